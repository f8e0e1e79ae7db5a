// TableModel: roles, alignment and missing cells on a hand-built table, the Qt model contract
// (QAbstractItemModelTester), and a million-row table shared rather than copied; then the Segment column,
// the row filter and their model <-> table row mapping.
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QIcon>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>
#include <numeric>

#include "data/Table.h"
#include "models/TableModel.h"
#include "ChartStyle.h"

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

// Five customers for the segment and filter tests: labels {0, 1, -1, -2, 1}.
std::shared_ptr<const Table> fiveRows() {
    auto table = std::make_shared<Table>();
    table->addColumn(
        Column::strings("CustomerID", {0, 1, 2, 3, 4}, {"A", "B", "C", "D", "E"}, ColumnType::Id));
    table->addColumn(Column::numbers("Spend", {10, 20, 30, kMissing, 50}));
    return table;
}

std::vector<int> fiveLabels() {
    return {0, 1, -1, -2, 1};
}

Qt::Alignment alignment(const QVariant& v) {
    return v.value<Qt::Alignment>();
}

// The colour at the middle of a decoration icon, as a view would draw it at 16 px.
QColor swatchCentre(const QVariant& decoration) {
    const QImage image = decoration.value<QIcon>().pixmap(16, 16).toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
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

    // --- Segment column ---

    void noRunNoSegmentRole() {
        TableModel model;
        model.setTable(fiveRows());
        QVERIFY(!model.hasSegments());
        QCOMPARE(model.columnOffset(), 0);
        QVERIFY(model.index(0, 0).data(TableModel::SegmentRole).isNull());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("CustomerID"));
    }

    void segmentColumn_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("segment");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("greyed");
        QTest::addColumn<QString>("tipContains");
        QTest::newRow("custom name") << 0 << 0 << "Young savers" << false << "";
        QTest::newRow("empty name gives default") << 1 << 1 << "Segment 2" << false << "";
        QTest::newRow("outlier") << 2 << -1 << "Outlier" << false << "DBSCAN";
        QTest::newRow("left out") << 3 << -2 << "Left out" << true << "missing values in a chosen feature";
        QTest::newRow("same segment again") << 4 << 1 << "Segment 2" << false << "";
    }

    void segmentColumn() {
        QFETCH(int, row);
        QFETCH(int, segment);
        QFETCH(QString, text);
        QFETCH(bool, greyed);
        QFETCH(QString, tipContains);
        TableModel model;
        model.setTable(fiveRows());
        model.setSegments(fiveLabels(), {QStringLiteral("Young savers"), QString()});
        QVERIFY(model.hasSegments());
        QCOMPARE(model.columnOffset(), 1);
        QCOMPARE(model.columnCount(), 3);

        const QModelIndex cell = model.index(row, 0);
        QCOMPARE(cell.data(Qt::DisplayRole).toString(), text);
        QCOMPARE(cell.data(TableModel::ValueRole).toInt(), segment);
        QCOMPARE(cell.data(TableModel::SegmentRole).toInt(), segment);
        QVERIFY(alignment(cell.data(Qt::TextAlignmentRole)) & Qt::AlignLeft);
        QCOMPARE(cell.data(Qt::ForegroundRole).isValid(), greyed);
        if (tipContains.isEmpty())
            QVERIFY(!cell.data(Qt::ToolTipRole).isValid());
        else
            QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(tipContains),
                     qPrintable(cell.data(Qt::ToolTipRole).toString()));
        // The swatch is the palette colour the charts use (noise grey for outliers); "left out" is only an
        // outline, so its middle is empty.
        QVERIFY(cell.data(Qt::DecorationRole).canConvert<QIcon>());
        if (segment >= -1)
            QCOMPARE(swatchCentre(cell.data(Qt::DecorationRole)).rgba(),
                     seg::chart::paletteColor(segment).rgba());
        else
            QCOMPARE(swatchCentre(cell.data(Qt::DecorationRole)).alpha(), 0);

        // SegmentRole is the same in every column; the table's own columns move one to the right.
        QCOMPARE(model.index(row, 2).data(TableModel::SegmentRole).toInt(), segment);
        QCOMPARE(model.index(row, 1).data().toString(), QString(QChar('A' + row)));
        QCOMPARE(model.index(row, 1).data(TableModel::ValueRole).toString(), QString(QChar('A' + row)));
    }

    void segmentHeaders() {
        TableModel model;
        model.setTable(fiveRows());
        model.setSegments(fiveLabels());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Segment"));
        QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("CustomerID"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Spend"));
        QVERIFY(!model.headerData(3, Qt::Horizontal).isValid());
        QVERIFY(model.headerData(2, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Spend")));
    }

    void segmentColumnSignals() {
        TableModel model;
        model.setTable(fiveRows());
        QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::columnsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Showing a run inserts one column at 0, so views keep their scroll position and selection.
        model.setSegments(fiveLabels());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 0);

        // A new run over the same rows changes data in place.
        model.setSegments({1, 1, 0, 0, -1}, {QStringLiteral("Loyal")});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(4, 2));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Loyal"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Segment 2"));

        // Empty labels remove the column again.
        model.setSegments({});
        QCOMPARE(removed.size(), 1);
        QVERIFY(!model.hasSegments());
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("A"));
        QVERIFY(model.index(0, 0).data(TableModel::SegmentRole).isNull());
        model.setSegments({});  // already gone: nothing happens
        QCOMPARE(removed.size(), 1);
        QCOMPARE(reset.size(), 0);
    }

    void badLabelsIgnored_data() {
        QTest::addColumn<std::vector<int>>("labels");
        QTest::addColumn<QString>("warning");
        QTest::newRow("too few") << std::vector<int>{0, 1} << "2 labels for a table of 5 rows";
        QTest::newRow("too many") << std::vector<int>{0, 0, 0, 0, 0, 0} << "6 labels for a table of 5 rows";
        QTest::newRow("below -2") << std::vector<int>{0, -3, 0, 0, 0} << "label -3";
        QTest::newRow("more segments than rows") << std::vector<int>{0, 9, 0, 0, 0} << "label 9";
    }

    void badLabelsIgnored() {
        QFETCH(std::vector<int>, labels);
        QFETCH(QString, warning);
        TableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(fiveRows());
        // Ignored without a run shown...
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(warning)));
        model.setSegments(labels);
        QVERIFY(!model.hasSegments());
        QCOMPARE(model.columnCount(), 2);
        // ...and with one: the previous run stays.
        model.setSegments(fiveLabels());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(warning)));
        model.setSegments(labels);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(2, 0).data(TableModel::SegmentRole).toInt(), -1);
    }

    void labelsWithoutTableIgnored() {
        TableModel model;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("table of 0 rows")));
        model.setSegments({0});
        QVERIFY(!model.hasSegments());
        QCOMPARE(model.columnCount(), 0);
    }

    // --- Row filter ---

    void unfilteredMapping() {
        TableModel model;
        model.setTable(fiveRows());
        QVERIFY(!model.isFiltered());
        for (int row = 0; row < 5; ++row) {
            QCOMPARE(model.tableRow(row), row);
            QCOMPARE(model.modelRow(row), row);
        }
        QCOMPARE(model.tableRow(5), -1);
        QCOMPARE(model.tableRow(-1), -1);
        QCOMPARE(model.modelRow(5), -1);
        QCOMPARE(model.modelRow(-1), -1);
        TableModel empty;
        QCOMPARE(empty.tableRow(0), -1);
        QCOMPARE(empty.modelRow(0), -1);
    }

    void filterMapping_data() {
        QTest::addColumn<std::vector<int>>("rows");
        QTest::newRow("reordered") << std::vector<int>{4, 0, 2};
        QTest::newRow("one") << std::vector<int>{3};
        QTest::newRow("all reversed") << std::vector<int>{4, 3, 2, 1, 0};
        QTest::newRow("none") << std::vector<int>{};
    }

    void filterMapping() {
        QFETCH(std::vector<int>, rows);
        TableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(fiveRows());
        model.setSegments(fiveLabels());
        model.setRowFilter(rows);
        QVERIFY(model.isFiltered());
        QCOMPARE(model.rowCount(), int(rows.size()));
        const std::vector<QString> ids{"A", "B", "C", "D", "E"};
        const std::vector<int> labels = fiveLabels();
        for (int m = 0; m < int(rows.size()); ++m) {
            const int t = rows[std::size_t(m)];
            QCOMPARE(model.tableRow(m), t);
            QCOMPARE(model.modelRow(t), m);
            // Cells, segments and the row number all follow the table row.
            QCOMPARE(model.index(m, 1).data().toString(), ids[std::size_t(t)]);
            QCOMPARE(model.index(m, 2).data(TableModel::SegmentRole).toInt(), labels[std::size_t(t)]);
            QCOMPARE(model.index(m, 0).data(TableModel::ValueRole).toInt(), labels[std::size_t(t)]);
            QCOMPARE(model.headerData(m, Qt::Vertical).toInt(), t + 1);
        }
        // Filtered-out table rows have no model row.
        for (int t = 0; t < 5; ++t) {
            if (std::find(rows.begin(), rows.end(), t) == rows.end()) QCOMPARE(model.modelRow(t), -1);
        }
        QCOMPARE(model.tableRow(int(rows.size())), -1);
        QVERIFY(!model.headerData(int(rows.size()), Qt::Vertical).isValid());

        // std::nullopt shows every row again.
        model.setRowFilter(std::nullopt);
        QVERIFY(!model.isFiltered());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.modelRow(4), 4);
        QCOMPARE(model.headerData(4, Qt::Vertical).toInt(), 5);
    }

    void switchingFilters() {
        TableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(fiveRows());
        model.setRowFilter(std::vector<int>{1, 3});
        model.setRowFilter(std::vector<int>{0, 3});
        QCOMPARE(model.modelRow(1), -1);  // shown by the previous filter only
        QCOMPARE(model.modelRow(0), 0);
        QCOMPARE(model.modelRow(3), 1);
        model.setRowFilter(std::nullopt);
        QCOMPARE(model.modelRow(3), 3);
        model.setRowFilter(std::vector<int>{4});
        QCOMPARE(model.modelRow(0), -1);
        QCOMPARE(model.modelRow(3), -1);
        QCOMPARE(model.modelRow(4), 0);
        // A new table of another size starts a new index.
        model.setTable(smallTable());
        model.setRowFilter(std::vector<int>{2});
        QCOMPARE(model.modelRow(2), 0);
        QCOMPARE(model.modelRow(4), -1);
    }

    void badFilterIgnored_data() {
        QTest::addColumn<std::vector<int>>("rows");
        QTest::addColumn<QString>("warning");
        QTest::newRow("past the end") << std::vector<int>{0, 5} << "row 5 is outside 0..4";
        QTest::newRow("negative") << std::vector<int>{-1} << "row -1 is outside 0..4";
        QTest::newRow("twice") << std::vector<int>{2, 1, 2} << "row 2 is listed twice";
    }

    void badFilterIgnored() {
        QFETCH(std::vector<int>, rows);
        QFETCH(QString, warning);
        TableModel model;
        model.setTable(fiveRows());
        model.setRowFilter(std::vector<int>{1, 3});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(warning)));
        model.setRowFilter(rows);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.tableRow(1), 3);
        QCOMPARE(model.modelRow(3), 1);
    }

    void setTableClearsSegmentsAndFilter() {
        TableModel model;
        model.setTable(fiveRows());
        model.setSegments(fiveLabels());
        model.setRowFilter(std::vector<int>{2});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setTable(smallTable());
        QCOMPARE(reset.size(), 1);
        QVERIFY(!model.hasSegments());
        QVERIFY(!model.isFiltered());
        QCOMPARE(model.columnOffset(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.tableRow(2), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("CustomerID"));
        QVERIFY(model.index(0, 0).data(TableModel::SegmentRole).isNull());
    }

    void contractAcrossOperations() {
        TableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(fiveRows());
        model.setSegments(fiveLabels(), {QStringLiteral("One")});
        model.setRowFilter(std::vector<int>{4, 1, 3});
        model.setSegments({2, 2, 1, 0, -1});
        model.setRowFilter(std::vector<int>{});
        model.setSegments({});
        model.setRowFilter(std::nullopt);
        model.setSegments(fiveLabels());
        model.setRowFilter(std::vector<int>{0});
        model.setTable(smallTable());
        model.setRowFilter(std::vector<int>{2, 0});
        model.setSegments({-2, -1, 0});
        model.setTable(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void millionRowsSegmentsAndFilter() {
        constexpr int n = 1'000'000;
        std::vector<double> values(n);
        std::iota(values.begin(), values.end(), 0.0);
        auto table = std::make_shared<Table>();
        table->addColumn(Column::numbers("Value", std::move(values)));

        std::vector<int> labels(n);
        for (int i = 0; i < n; ++i)
            labels[std::size_t(i)] = i % 101 == 0 ? -1 : i % 7;
        std::vector<int> everyOther(n / 2);
        for (int i = 0; i < n / 2; ++i)
            everyOther[std::size_t(i)] = n - 1 - 2 * i;  // odd rows, last first

        TableModel model;
        model.setTable(table);
        QElapsedTimer timer;
        timer.start();
        model.setSegments(std::move(labels));
        const double segmentsMs = double(timer.nsecsElapsed()) / 1e6;
        std::vector<int> segmentTwo;
        for (int i = 0; i < n; ++i)
            if (i % 7 == 2 && i % 101 != 0) segmentTwo.push_back(i);
        const auto segmentTwoSize = int(segmentTwo.size());

        // The first filter allocates the inverse index; switching to another (clicking the next segment)
        // reuses it.
        timer.restart();
        model.setRowFilter(std::move(segmentTwo));
        const double firstFilterMs = double(timer.nsecsElapsed()) / 1e6;
        QCOMPARE(model.rowCount(), segmentTwoSize);
        QCOMPARE(model.index(0, 0).data(TableModel::SegmentRole).toInt(), 2);
        timer.restart();
        model.setRowFilter(std::move(everyOther));
        const double filterMs = double(timer.nsecsElapsed()) / 1e6;
        qInfo(
            "1,000,000 rows: setSegments %.1f ms; setRowFilter first (%d rows) %.1f ms, then 500,000 rows "
            "%.1f ms",
            segmentsMs, segmentTwoSize, firstFilterMs, filterMs);
        // Rows of the previous filter that this one hides are hidden in the inverse index too.
        QCOMPARE(model.modelRow(2), -1);

        QCOMPARE(model.rowCount(), n / 2);
        QCOMPARE(model.tableRow(0), n - 1);
        QCOMPARE(model.modelRow(n - 1), 0);
        QCOMPARE(model.modelRow(1), n / 2 - 1);
        QCOMPARE(model.modelRow(0), -1);
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), n);
        QCOMPARE(model.index(0, 1).data().toString(), QString::number(n - 1));
        QCOMPARE(model.index(0, 0).data(TableModel::SegmentRole).toInt(), (n - 1) % 7);

        timer.restart();
        qsizetype chars = 0;
        for (int row = 0; row < n / 2; row += 5) {
            for (int column = 0; column < 2; ++column) {
                const QModelIndex index = model.index(row, column);
                chars += index.data(Qt::DisplayRole).toString().size();
                chars += index.data(Qt::DecorationRole).isValid();
            }
        }
        QVERIFY(chars > 0);
        qInfo("200,000 filtered cells with segments read in %lld ms",
              static_cast<long long>(timer.elapsed()));
    }
};

QTEST_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
