// ProfileTableModel: one row per profiled column, most telling first; overall and per-segment values as the
// core profile has them; names in the headers; QAbstractItemModelTester through every change.
#include <QAbstractItemModelTester>
#include <QtTest>

#include "data/Import.h"
#include "models/ProfileTableModel.h"
#include "profile/SegmentProfile.h"
#include "run/Segmentation.h"

using seg::ui::ProfileTableModel;

class TestProfileTableModel : public QObject {
    Q_OBJECT

    std::shared_ptr<const seg::profile::SegmentProfile> m_profile;

private slots:
    void initTestCase() {
        const auto imported = seg::data::importTable(SEGMENTLAB_SOURCE_DIR "/resources/sample/customers.csv");
        seg::run::SegmentationParams params;
        params.prep.features = {"age", "annual_income", "total_spend", "orders_per_year"};
        params.k = 3;
        const auto r = seg::run::runSegmentation(imported.table, params);
        m_profile = std::make_shared<const seg::profile::SegmentProfile>(
            seg::profile::profileSegments(imported.table, r.rowLabels, r.k, params.prep.features));
    }

    void rowsColumnsAndValues() {
        ProfileTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setProfile(m_profile, {"Young savers", "", "Big spenders"});
        QCOMPARE(model.rowCount(), int(m_profile->features.size()));
        QCOMPARE(model.columnCount(), 3 + 3);
        // Most telling first: the core's ranking (eta² for numbers, V² for categories).
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.featureAt(row), &m_profile->features[m_profile->ranking[std::size_t(row)]]);
        // Segment cells hold the core's means; unused columns are in italics.
        bool sawUnused = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto* f = model.featureAt(row);
            if (f->kind == seg::profile::FeatureKind::Numeric) {
                for (int s = 0; s < 3; ++s)
                    QCOMPARE(model.index(row, model.segmentColumn(s))
                                 .data(ProfileTableModel::ValueRole)
                                 .toDouble(),
                             f->numeric.segments[std::size_t(s)].mean);
                QCOMPARE(model.index(row, 1).data(ProfileTableModel::ValueRole).toDouble(),
                         f->numeric.overall.mean);
            }
            if (!f->usedForClustering) {
                sawUnused = true;
                QVERIFY(model.index(row, 0).data(Qt::FontRole).value<QFont>().italic());
            }
        }
        QVERIFY(sawUnused);  // region, gender, tenure... are profiled too
        QCOMPARE(model.headerData(model.segmentColumn(0), Qt::Horizontal).toString(),
                 QStringLiteral("Young savers"));
        QCOMPARE(model.headerData(model.segmentColumn(1), Qt::Horizontal).toString(),
                 QStringLiteral("Segment 2"));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.setNames({"A", "B", "C"});
        QCOMPARE(headers.count(), 1);
        QCOMPARE(model.headerData(model.segmentColumn(2), Qt::Horizontal).toString(), QStringLiteral("C"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestProfileTableModel)
#include "tst_profiletablemodel.moc"
