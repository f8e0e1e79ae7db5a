// TableModel: roles, alignment and missing cells on a hand-built table, the Qt model contract
// (QAbstractItemModelTester), and a million-row table shared rather than copied.
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QIcon>
#include <QtTest>
#include <cmath>

#include "data/Table.h"
#include "models/TableModel.h"

using seg::data::Column;
using seg::data::ColumnType;
using seg::data::kMissing;
using seg::data::Table;
using seg::ui::TableModel;

namespace {

std::shared_ptr<const Table> smallTable() {
    auto table = std::make_shared<Table>();
    table->addColumn(Column::strings("CustomerID", {0, 1, 2}, {"C1", "C2", "C3"}, ColumnType::Id));
    table->addColumn(Column::numbers("Age", {34, kMissing, 51.5}));
    table->addColumn(Column::strings("Region", {0, -1, 1}, {"North", "Süd"}));
    // 19753 = 2024-01-31 days since 1970-01-01
    table->addColumn(Column::numbers("Joined", {19753, 19754, kMissing}, ColumnType::Date));
    return table;
}

Qt::Alignment alignment(const QVariant& v) {
    return v.value<Qt::Alignment>();
}

}  // namespace

class TestTableModel : public QObject {
    Q_OBJECT

private slots:
    void emptyModel() {
        TableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        QVERIFY(!model.headerData(0, Qt::Horizontal).isValid());
    }

    void contract() {
        TableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(smallTable());
        model.setTable(nullptr);
        model.setTable(smallTable());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        // Tables have no children.
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void display_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("right");
        QTest::addColumn<bool>("missing");
        QTest::newRow("id string") << 0 << 0 << "C1" << false << false;
        QTest::newRow("integer") << 0 << 1 << "34" << true << false;
        QTest::newRow("decimal") << 2 << 1 << "51.5" << true << false;
        QTest::newRow("missing number") << 1 << 1 << TableModel::missingText() << true << true;
        QTest::newRow("category") << 0 << 2 << "North" << false << false;
        QTest::newRow("utf-8 category") << 2 << 2 << "Süd" << false << false;
        QTest::newRow("missing category") << 1 << 2 << TableModel::missingText() << false << true;
        QTest::newRow("date") << 0 << 3 << "2024-01-31" << true << false;
        QTest::newRow("missing date") << 2 << 3 << TableModel::missingText() << true << true;
    }

    void display() {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(bool, right);
        QFETCH(bool, missing);
        TableModel model;
        model.setTable(smallTable());
        const QModelIndex index = model.index(row, column);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), text);
        QCOMPARE(bool(alignment(index.data(Qt::TextAlignmentRole)) & Qt::AlignRight), right);
        // Missing cells are greyed and explained; present ones use the view's normal colours.
        QCOMPARE(index.data(Qt::ForegroundRole).isValid(), missing);
        QCOMPARE(index.data(Qt::ToolTipRole).isValid(), missing);
        QCOMPARE(index.data(TableModel::ValueRole).isNull(), missing);
    }

    void valueRole() {
        TableModel model;
        model.setTable(smallTable());
        QCOMPARE(model.index(2, 1).data(TableModel::ValueRole).toDouble(), 51.5);
        QCOMPARE(model.index(0, 2).data(TableModel::ValueRole).toString(), QStringLiteral("North"));
    }

    void headers() {
        TableModel model;
        model.setTable(smallTable());
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Age"));
        QVERIFY(!model.headerData(1, Qt::Horizontal, Qt::DecorationRole).value<QIcon>().isNull());
        const QString tip = model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Identifier")), qPrintable(tip));
        QVERIFY(
            model.headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("Date")));
        // Row numbers count from 1, like a spreadsheet's.
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
        QCOMPARE(model.headerData(2, Qt::Vertical).toInt(), 3);
        QVERIFY(!model.headerData(4, Qt::Horizontal).isValid());
    }

    void millionRowsShared() {
        constexpr std::size_t n = 1'000'000;
        std::vector<double> values(n);
        std::vector<std::int32_t> codes(n);
        for (std::size_t i = 0; i < n; ++i) {
            values[i] = (i % 97 == 0) ? kMissing : static_cast<double>(i);
            codes[i] = static_cast<std::int32_t>(i % 3);
        }
        auto table = std::make_shared<Table>();
        table->addColumn(Column::numbers("Value", std::move(values)));
        table->addColumn(Column::strings("Group", std::move(codes), {"a", "b", "c"}));
        std::shared_ptr<const Table> shared = table;
        const double* buffer = table->column(0).numbers().data();

        TableModel model;
        QElapsedTimer timer;
        timer.start();
        model.setTable(shared);
        QVERIFY2(timer.elapsed() < 50, "setTable must not copy or scan the table");
        // The model holds the same table, not a copy.
        QCOMPARE(model.table().get(), shared.get());
        QCOMPARE(model.table()->column(0).numbers().data(), buffer);
        QCOMPARE(shared.use_count(), 3L);  // table, shared, model

        QCOMPARE(model.rowCount(), int(n));
        QCOMPARE(model.index(int(n) - 1, 0).data().toString(), QString::number(n - 1));
        QCOMPARE(model.index(97, 0).data().toString(), TableModel::missingText());
        QCOMPARE(model.index(int(n) - 1, 1).data().toString(), QStringLiteral("a"));  // 999999 % 3 == 0

        // What a view asks for while scrolling: a screenful at a time, anywhere in the table.
        timer.restart();
        qsizetype chars = 0;
        for (int row = 0; row < int(n); row += 10) {
            for (int column = 0; column < 2; ++column) {
                const QModelIndex index = model.index(row, column);
                chars += index.data(Qt::DisplayRole).toString().size();
                chars += index.data(Qt::TextAlignmentRole).isValid();
            }
        }
        QVERIFY(chars > 0);
        qInfo("200,000 cells read in %lld ms", static_cast<long long>(timer.elapsed()));
        QVERIFY2(timer.elapsed() < 5000, "data() must be O(1) per cell");
    }
};

QTEST_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
