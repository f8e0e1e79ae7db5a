// ColumnSummaryModel: the texts a user reads for each kind of column (missing share, range, mean, dates),
// raw values for sorting, and the Qt model contract.
#include <QAbstractItemModelTester>
#include <QIcon>
#include <QLocale>
#include <QtTest>

#include "data/ColumnSummary.h"
#include "models/ColumnSummaryModel.h"

using seg::data::Column;
using seg::data::ColumnType;
using seg::data::kMissing;
using seg::data::Table;
using seg::ui::ColumnSummaryModel;

namespace {

Table smallTable() {
    Table table;
    table.addColumn(Column::numbers("CustomerID", {101, 102, 103}, ColumnType::Id));
    table.addColumn(Column::numbers("Age", {34, kMissing, 51.5}));
    table.addColumn(Column::strings("Region", {0, -1, 1}, {"North", "South"}));
    // 19753 = 2024-01-31 days since 1970-01-01
    table.addColumn(Column::numbers("Joined", {19753, 19754, kMissing}, ColumnType::Date));
    table.addColumn(Column::numbers("Spend", {1.0 / 3.0, 0.5, 0.25}));
    return table;
}

}  // namespace

class TestColumnSummaryModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void contract() {
        ColumnSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const Table table = smallTable();
        model.setSummaries(seg::data::summarize(table), table.rowCount());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(ColumnSummaryModel::FieldCount));
        model.setSummaries({}, 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void texts_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        using M = ColumnSummaryModel;
        QTest::newRow("name") << 1 << int(M::Name) << "Age";
        QTest::newRow("type numeric") << 1 << int(M::Type) << "Numeric";
        QTest::newRow("type id") << 0 << int(M::Type) << "Identifier";
        QTest::newRow("missing none") << 0 << int(M::Missing) << "0";
        QTest::newRow("missing share") << 1 << int(M::Missing) << "1 (33.3%)";
        QTest::newRow("distinct") << 2 << int(M::Distinct) << "2";
        QTest::newRow("min") << 1 << int(M::Min) << "34";
        QTest::newRow("max") << 1 << int(M::Max) << "51.5";
        QTest::newRow("mean") << 1 << int(M::Mean) << "42.75";
        QTest::newRow("small mean, 4 digits") << 4 << int(M::Mean) << "0.3611";
        QTest::newRow("category has no range") << 2 << int(M::Min) << "";
        QTest::newRow("id has no mean") << 0 << int(M::Mean) << "";
        QTest::newRow("date min") << 3 << int(M::Min) << "2024-01-31";
        QTest::newRow("date max") << 3 << int(M::Max) << "2024-02-01";
        QTest::newRow("date mean") << 3 << int(M::Mean) << "2024-01-31";
    }

    void texts() {
        QFETCH(int, row);
        QFETCH(int, field);
        QFETCH(QString, text);
        ColumnSummaryModel model;
        const Table table = smallTable();
        model.setSummaries(seg::data::summarize(table), table.rowCount());
        QCOMPARE(model.index(row, field).data().toString(), text);
    }

    void fewMissingNeverReadAsNone() {
        std::vector<double> values(2000, 1.0);
        values[7] = kMissing;
        Table table;
        table.addColumn(Column::numbers("x", std::move(values)));
        ColumnSummaryModel model;
        model.setSummaries(seg::data::summarize(table), table.rowCount());
        QCOMPARE(model.index(0, ColumnSummaryModel::Missing).data().toString(), QStringLiteral("1 (<0.1%)"));
    }

    void rolesAndHeaders() {
        ColumnSummaryModel model;
        const Table table = smallTable();
        model.setSummaries(seg::data::summarize(table), table.rowCount());
        using M = ColumnSummaryModel;
        QCOMPARE(model.index(1, M::Mean).data(M::ValueRole).toDouble(), 42.75);
        QCOMPARE(model.index(1, M::Missing).data(M::ValueRole).toULongLong(), 1ull);
        QVERIFY(model.index(2, M::Min).data(M::ValueRole).isNull());
        QVERIFY(!model.index(1, M::Type).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!model.index(1, M::Type).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.index(1, M::Mean).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
        QVERIFY(model.index(1, M::Name).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignLeft);
        for (int field = 0; field < M::FieldCount; ++field) {
            QVERIFY(!model.headerData(field, Qt::Horizontal).toString().isEmpty());
            QVERIFY(!model.headerData(field, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        }
        QCOMPARE(model.headerData(M::Missing, Qt::Horizontal).toString(), QStringLiteral("Missing"));
    }
};

QTEST_MAIN(TestColumnSummaryModel)
#include "tst_columnsummarymodel.moc"
