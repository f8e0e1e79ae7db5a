// SegmentListModel: which rows a run lists (segments, then outliers, then those left out), counts and shares
// in the user's locale, default and custom names, renaming without a reset, and the Qt model contract.
#include <QAbstractItemModelTester>
#include <QIcon>
#include <QLocale>
#include <QSignalSpy>
#include <QtTest>
#include <numeric>

#include "ChartStyle.h"
#include "models/SegmentListModel.h"

using seg::ui::SegmentListModel;
using Sizes = std::vector<std::size_t>;

namespace {

QColor swatchCentre(const QVariant& decoration) {
    const QImage image = decoration.value<QIcon>().pixmap(16, 16).toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

}  // namespace

class TestSegmentListModel : public QObject {
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { QLocale::setDefault(QLocale::system()); }

    void emptyModel() {
        SegmentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(SegmentListModel::ColumnCount));
        QCOMPARE(model.segmentAt(0), SegmentListModel::NoSegment);
        QCOMPARE(model.rowOfSegment(0), -1);
        QCOMPARE(model.rowOfSegment(-1), -1);
    }

    void rows_data() {
        QTest::addColumn<Sizes>("sizes");
        QTest::addColumn<int>("noise");
        QTest::addColumn<int>("leftOut");
        QTest::addColumn<QList<int>>("segments");  // SegmentRole of each row, top to bottom
        QTest::newRow("segments only") << Sizes{5, 3} << 0 << 0 << QList<int>{0, 1};
        QTest::newRow("with outliers") << Sizes{5, 3} << 2 << 0 << QList<int>{0, 1, -1};
        QTest::newRow("with left out") << Sizes{5, 3} << 0 << 4 << QList<int>{0, 1, -2};
        QTest::newRow("both") << Sizes{5, 3, 9} << 2 << 4 << QList<int>{0, 1, 2, -1, -2};
        QTest::newRow("only outliers") << Sizes{} << 7 << 0 << QList<int>{-1};
        QTest::newRow("empty segment kept") << Sizes{0, 6} << 1 << 0 << QList<int>{0, 1, -1};
        QTest::newRow("nothing") << Sizes{} << 0 << 0 << QList<int>{};
    }

    void rows() {
        QFETCH(Sizes, sizes);
        QFETCH(int, noise);
        QFETCH(int, leftOut);
        QFETCH(QList<int>, segments);
        SegmentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSegments(sizes, std::size_t(noise), std::size_t(leftOut));
        QCOMPARE(model.rowCount(), segments.size());
        for (int row = 0; row < segments.size(); ++row) {
            QCOMPARE(model.segmentAt(row), segments[row]);
            QCOMPARE(model.rowOfSegment(segments[row]), row);
            for (int column = 0; column < SegmentListModel::ColumnCount; ++column)
                QCOMPARE(model.index(row, column).data(SegmentListModel::SegmentRole).toInt(), segments[row]);
        }
        QCOMPARE(model.segmentAt(-1), SegmentListModel::NoSegment);
        QCOMPARE(model.segmentAt(int(segments.size())), SegmentListModel::NoSegment);
        // Not listed: outliers and left out only when there are any; segments past k never; -3 never.
        if (!segments.contains(-1)) QCOMPARE(model.rowOfSegment(-1), -1);
        if (!segments.contains(-2)) QCOMPARE(model.rowOfSegment(-2), -1);
        QCOMPARE(model.rowOfSegment(int(sizes.size())), -1);
        QCOMPARE(model.rowOfSegment(-3), -1);

        // Counts add up to every row, and shares to 100%.
        const std::size_t total =
            std::accumulate(sizes.begin(), sizes.end(), std::size_t(noise) + std::size_t(leftOut));
        qulonglong counted = 0;
        double shares = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            counted += model.index(row, SegmentListModel::CountColumn)
                           .data(SegmentListModel::ValueRole)
                           .toULongLong();
            shares +=
                model.index(row, SegmentListModel::ShareColumn).data(SegmentListModel::ValueRole).toDouble();
        }
        QCOMPARE(counted, qulonglong(total));
        if (total > 0) QVERIFY2(std::abs(shares - 1.0) < 1e-12, qPrintable(QString::number(shares, 'g', 17)));
    }

    void sharesShownSumTo100() {
        SegmentListModel model;
        model.setSegments({1000, 3000, 5000}, 600, 400);
        double percent = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            QString text = model.index(row, SegmentListModel::ShareColumn).data().toString();
            QVERIFY2(text.endsWith(QLatin1Char('%')), qPrintable(text));
            text.chop(1);
            percent += QLocale().toDouble(text);
        }
        QCOMPARE(percent, 100.0);
        QCOMPARE(model.index(3, SegmentListModel::ShareColumn).data().toString(), QStringLiteral("6.0%"));
        QCOMPARE(model.index(4, SegmentListModel::ShareColumn).data().toString(), QStringLiteral("4.0%"));
    }

    void localeFormatting_data() {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("count");
        QTest::addColumn<QString>("share");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << "1,234,567"
                               << "61.7%";
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << "1.234.567"
                               << "61,7%";
    }

    void localeFormatting() {
        QFETCH(QLocale, locale);
        QFETCH(QString, count);
        QFETCH(QString, share);
        QLocale::setDefault(locale);
        SegmentListModel model;
        // 1,234,567 of 2,000,000 = 61.728%
        model.setSegments({1'234'567, 765'433}, 0, 0);
        const QModelIndex countCell = model.index(0, SegmentListModel::CountColumn);
        const QModelIndex shareCell = model.index(0, SegmentListModel::ShareColumn);
        QCOMPARE(countCell.data().toString(), count);
        QCOMPARE(shareCell.data().toString(), share);
        QCOMPARE(countCell.data(SegmentListModel::ValueRole).toULongLong(), 1'234'567ULL);
        QCOMPARE(shareCell.data(SegmentListModel::ValueRole).toDouble(), 1'234'567.0 / 2'000'000.0);
        QVERIFY(countCell.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
        QVERIFY(shareCell.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
        QVERIFY(
            model.index(0, SegmentListModel::NameColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>() &
            Qt::AlignLeft);
    }

    void tinyShareNotZero() {
        SegmentListModel model;
        model.setSegments({1, 999'999}, 0, 0);
        QCOMPARE(model.index(0, SegmentListModel::ShareColumn).data().toString(), QStringLiteral("<0.1%"));
        model.setSegments({0, 10}, 0, 0);
        QCOMPARE(model.index(0, SegmentListModel::ShareColumn).data().toString(), QStringLiteral("0.0%"));
    }

    void names_data() {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("expected");  // rows top to bottom
        QTest::newRow("defaults") << QStringList{}
                                  << QStringList{"Segment 1", "Segment 2", "Segment 3", "Outliers",
                                                 "Left out (missing values)"};
        QTest::newRow("custom") << QStringList{"Bargain hunters", "Loyal", "New"}
                                << QStringList{"Bargain hunters", "Loyal", "New", "Outliers",
                                               "Left out (missing values)"};
        QTest::newRow("empty and missing entries")
            << QStringList{"", "Loyal"}
            << QStringList{"Segment 1", "Loyal", "Segment 3", "Outliers", "Left out (missing values)"};
    }

    void names() {
        QFETCH(QStringList, names);
        QFETCH(QStringList, expected);
        SegmentListModel model;
        model.setSegments({4, 5, 6}, 1, 2, names);
        QCOMPARE(model.rowCount(), expected.size());
        for (int row = 0; row < expected.size(); ++row) {
            QCOMPARE(model.index(row, SegmentListModel::NameColumn).data().toString(), expected[row]);
            QCOMPARE(model.segmentName(model.segmentAt(row)), expected[row]);
        }
        QCOMPARE(model.segmentName(7), QStringLiteral("Segment 8"));
        QVERIFY(model.segmentName(-3).isEmpty());
    }

    void setNamesChangesOnlyNameColumn() {
        SegmentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSegments({4, 5, 6}, 1, 2);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setNames({QStringLiteral("Loyal"), QString(), QStringLiteral("New")});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), int(SegmentListModel::NameColumn));
        QCOMPARE(bottomRight.column(), int(SegmentListModel::NameColumn));
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(bottomRight.row(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Loyal"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Segment 2"));
        QCOMPARE(model.segmentName(2), QStringLiteral("New"));

        // Nothing to rename: no signal.
        model.setSegments({}, 3, 0);
        changed.clear();
        model.setNames({QStringLiteral("X")});
        QCOMPARE(changed.size(), 0);
    }

    void swatches() {
        SegmentListModel model;
        model.setSegments({1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 1, 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            const int segment = model.segmentAt(row);
            const QVariant decoration =
                model.index(row, SegmentListModel::NameColumn).data(Qt::DecorationRole);
            QVERIFY(decoration.canConvert<QIcon>());
            QVERIFY(!decoration.value<QIcon>().isNull());
            if (segment == SegmentListModel::LeftOutSegment)
                QCOMPARE(swatchCentre(decoration).alpha(), 0);  // an outline: no segment colour
            else
                QCOMPARE(swatchCentre(decoration).rgba(), seg::chart::paletteColor(segment).rgba());
            QVERIFY(!model.index(row, SegmentListModel::CountColumn).data(Qt::DecorationRole).isValid());
        }
        QCOMPARE(swatchCentre(model.index(model.rowOfSegment(-1), 0).data(Qt::DecorationRole)).rgba(),
                 seg::chart::outlierColor().rgba());
        // Crisp on high-DPI screens: a 32 px pixmap is drawn at 32 px, not scaled up.
        QCOMPARE(SegmentListModel::swatchIcon(seg::chart::paletteColor(0))
                     .availableSizes()
                     .contains(QSize(32, 32)),
                 true);
    }

    void tooltipsAndHeaders() {
        SegmentListModel model;
        model.setSegments({3}, 1, 1);
        QCOMPARE(model.index(model.rowOfSegment(-1), 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral(
                     "Customers DBSCAN found in no dense group: unusual customers worth a look on their "
                     "own."));
        QVERIFY(model.index(model.rowOfSegment(-2), 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("missing value")));
        // The share column says which share it is: of all customers (charts/Share.h).
        const QStringList headers{"Segment", "Customers", "Share of all"};
        for (int column = 0; column < SegmentListModel::ColumnCount; ++column) {
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers[column]);
            QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        }
        QVERIFY(!model.headerData(SegmentListModel::ColumnCount, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }

    void clear() {
        SegmentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSegments({2, 3}, 1, 1, {QStringLiteral("A")});
        model.setNames({QStringLiteral("B"), QStringLiteral("C")});
        model.setSegments({7}, 0, 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOfSegment(0), -1);
        QCOMPARE(model.segmentName(0), QStringLiteral("Segment 1"));
        model.setSegments({1, 1}, 0, 0);
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_MAIN(TestSegmentListModel)
#include "tst_segmentlistmodel.moc"
