// Tests of TableBuilder's type inference: how cells of each kind become numeric, categorical, date, text and
// identifier columns, and how rows with absent cells are filled.
#include <QtTest>

#include <string>
#include <vector>

#include "data/TableBuilder.h"

using namespace seg::data;

Q_DECLARE_METATYPE(seg::data::ColumnType)

namespace {

// One column built from text cells, in the given position among filler columns.
Table buildText(const std::string& name, const std::vector<std::string>& cells, std::size_t position = 1,
                BuilderOptions options = {}) {
    std::vector<std::string> names;
    for (std::size_t j = 0; j < position; ++j)
        names.push_back("filler" + std::to_string(j));
    names.push_back(name);
    TableBuilder b(names, options);
    for (const auto& c : cells) {
        b.addText(position, c);
        b.endRow();
    }
    return b.finish();
}

}  // namespace

class TestTableBuilder : public QObject {
    Q_OBJECT

private slots:
    void inference_data();
    void inference();
    void numbersThenText();
    void typedCells();
    void absentCellsAreMissing();
    void reserveKeepsResults();
    void maxCategories();
    void decimalComma();
};

void TestTableBuilder::inference_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<int>("position");
    QTest::addColumn<ColumnType>("type");

    QTest::newRow("numbers") << "Income" << QStringList{"1", "2.5", "", "4"} << 1 << ColumnType::Numeric;
    QTest::newRow("few labels") << "Gender" << QStringList{"M", "F", "F", "M", "M", "F"} << 1
                                << ColumnType::Categorical;
    QTest::newRow("many distinct words")
        << "Comment" << QStringList{"a", "b", "c", "d", "e", "f"} << 1 << ColumnType::Text;
    QTest::newRow("unique integers named like an id")
        << "CustomerID" << QStringList{"3", "1", "2", "10"} << 1 << ColumnType::Id;
    QTest::newRow("repeated integers named like an id")
        << "CustomerID" << QStringList{"1", "1", "2", "3"} << 1 << ColumnType::Numeric;
    QTest::newRow("unique strings in first column")
        << "Who" << QStringList{"C1", "C2", "C3", "C4"} << 0 << ColumnType::Id;
    QTest::newRow("zero-padded codes named like an id")
        << "Member No" << QStringList{"0001", "0002", "0003"} << 2 << ColumnType::Id;
    QTest::newRow("iso dates") << "Signup" << QStringList{"2024-01-31", "2023-12-01", "NA"} << 1
                               << ColumnType::Date;
    QTest::newRow("day-first dates") << "Signup" << QStringList{"31/01/2024", "01/02/2024"} << 1
                                     << ColumnType::Date;
}

void TestTableBuilder::inference() {
    QFETCH(QString, name);
    QFETCH(QStringList, cells);
    QFETCH(int, position);
    QFETCH(ColumnType, type);
    std::vector<std::string> c;
    for (const auto& s : cells)
        c.push_back(s.toStdString());
    const Table t = buildText(name.toStdString(), c, static_cast<std::size_t>(position));
    QCOMPARE(t.rowCount(), static_cast<std::size_t>(cells.size()));
    QCOMPARE(columnTypeName(t.column(static_cast<std::size_t>(position)).type()), columnTypeName(type));
}

// A number column that meets a word keeps what it read as text, shown as it was parsed.
void TestTableBuilder::numbersThenText() {
    const Table t = buildText("Size", {"1", "2.50", "NA", "large", "1"});
    const Column& c = t.column(1);
    QCOMPARE(c.storage(), Storage::Strings);
    QCOMPARE(c.display(0), std::string("1"));
    QCOMPARE(c.display(1), std::string("2.5"));
    QVERIFY(c.isMissing(2));
    QCOMPARE(c.display(3), std::string("large"));
    QCOMPARE(c.codes()[0], c.codes()[4]);
}

void TestTableBuilder::typedCells() {
    TableBuilder b({"n", "d", "s"});
    b.addNumber(0, 1.5);
    b.addDate(1, 19753.5, true);
    b.addString(2, "007");
    b.endRow();
    b.addNumber(0, std::numeric_limits<double>::infinity());  // not a value
    b.addMissing(1);
    b.addString(2, "  ");
    b.endRow();
    const Table t = b.finish();
    QCOMPARE(t.column(0).type(), ColumnType::Numeric);
    QVERIFY(t.column(0).isMissing(1));
    QCOMPARE(t.column(1).type(), ColumnType::Date);
    QVERIFY(t.column(1).hasTime());
    QCOMPARE(t.column(1).display(0), std::string("2024-01-31 12:00:00"));
    QCOMPARE(t.column(2).storage(), Storage::Strings);
    QCOMPARE(t.column(2).display(0), std::string("007"));
    QVERIFY(t.column(2).isMissing(1));
}

void TestTableBuilder::absentCellsAreMissing() {
    TableBuilder b({"a", "b"});
    b.addText(1, "x");
    b.endRow();
    b.addText(0, "2");
    b.endRow();
    const Table t = b.finish();
    QCOMPARE(t.rowCount(), 2u);
    QVERIFY(t.column(0).isMissing(0));
    QCOMPARE(t.column(0).number(1), 2.0);
    QVERIFY(t.column(1).isMissing(1));
}

void TestTableBuilder::reserveKeepsResults() {
    for (const std::size_t capacity : {std::size_t{0}, std::size_t{3}, std::size_t{1} << 20}) {
        TableBuilder b({"id", "v", "label"});
        b.reserve(capacity);
        for (int i = 0; i < 1000; ++i) {
            b.addText(0, std::to_string(i + 1));
            b.addText(1, std::to_string(i % 10) + ".5");
            b.addText(2, i % 2 ? "odd" : "even");
            b.endRow();
        }
        const Table t = b.finish();
        QCOMPARE(t.rowCount(), 1000u);
        QCOMPARE(t.column(0).type(), ColumnType::Id);
        QCOMPARE(t.column(1).number(999), 9.5);
        QCOMPARE(t.column(2).type(), ColumnType::Categorical);
    }
}

void TestTableBuilder::maxCategories() {
    std::vector<std::string> cells;
    for (int i = 0; i < 40; ++i)
        cells.push_back("label" + std::to_string(i % 8));
    BuilderOptions small;
    small.maxCategories = 5;
    QCOMPARE(buildText("x", cells, 1).column(1).type(), ColumnType::Categorical);
    QCOMPARE(buildText("x", cells, 1, small).column(1).type(), ColumnType::Text);
}

void TestTableBuilder::decimalComma() {
    BuilderOptions o;
    o.number = NumberFormat::comma();
    const Table t = buildText("Price", {"1,5", "1.234,5", "2"}, 1, o);
    QCOMPARE(t.column(1).type(), ColumnType::Numeric);
    QCOMPARE(t.column(1).number(0), 1.5);
    QCOMPARE(t.column(1).number(1), 1234.5);
}

QTEST_APPLESS_MAIN(TestTableBuilder)
#include "tst_tablebuilder.moc"
