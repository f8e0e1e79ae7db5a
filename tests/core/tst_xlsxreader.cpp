// Tests of the XLSX reader (data/XlsxReader.h) on fixtures in tests/data/xlsx, written by LibreOffice,
// openpyxl and by hand (make_fixtures.py regenerates all of them and prints openpyxl's reading of the
// peer-written ones).
#include <QFile>
#include <QtTest>
#include <string>
#include <vector>

#include "common/Error.h"
#include "data/ValueParsing.h"
#include "data/XlsxReader.h"
#include "data/xlsx/DateFormats.h"
#include "data/xlsx/SheetReader.h"

using namespace seg;
using namespace seg::data;

Q_DECLARE_METATYPE(seg::ErrorCode)

namespace {

std::string fixture(const char* name) {
    return std::string(SEGMENTLAB_TEST_DATA) + "/xlsx/" + name;
}

std::string names(const Table& t) {
    std::string s;
    for (const Column& c : t.columns())
        s += (s.empty() ? "" : "|") + c.name();
    return s;
}

const Column& col(const XlsxResult& r, const char* name) {
    const auto i = r.table.indexOf(name);
    if (i < 0) throw std::runtime_error(std::string("no column ") + name);
    return r.table.column(static_cast<std::size_t>(i));
}

std::int64_t warningCount(const XlsxResult& r, WarningCode code) {
    for (const Warning& w : r.warnings)
        if (w.code == code) return w.context.count;
    return -1;
}

int warningsOf(const XlsxResult& r, WarningCode code) {
    int n = 0;
    for (const Warning& w : r.warnings)
        n += w.code == code;
    return n;
}

}  // namespace

class TestXlsxReader : public QObject {
    Q_OBJECT

private slots:
    void shapes_data();
    void shapes();
    void errors_data();
    void errors();
    void malformedNamesPartAndLine();
    void cellTypes();
    void dateSystem1904();
    void dates_data();
    void dates();
    void formatCodes_data();
    void formatCodes();
    void serials_data();
    void serials();
    void cellReferences_data();
    void cellReferences();
    void sparseCells();
    void richText();
    void numbersStoredAsText();
    void headerDetection();
    void libreOffice();
    void openpyxlTwoSheets();
    void previewStopsEarly();
    void progressAndCancel();
    void bufferMatchesFile();
    void tooManyCells();
};

void TestXlsxReader::shapes_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("headerOption");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<QString>("columns");
    QTest::newRow("types") << "types.xlsx"
                           << "" << -1 << 5 << 1 << "Name|Kind|Amount|When|Flag|Formula";
    QTest::newRow("types, header 2") << "types.xlsx"
                                     << "" << 2 << 4 << 2 << "Ann|plain|12.5|2024-01-15|TRUE|25";
    QTest::newRow("types, no header")
        << "types.xlsx"
        << "" << 0 << 6 << 0 << "Column 1|Column 2|Column 3|Column 4|Column 5|Column 6";
    QTest::newRow("sparse") << "sparse.xlsx"
                            << "Sparse" << -1 << 4 << 1 << "id|x|Column 3|z|Column 6";
    QTest::newRow("other sheet") << "sparse.xlsx"
                                 << "Other" << -1 << 1 << 1 << "k";
    QTest::newRow("default sheet is the first") << "sparse.xlsx"
                                                << "" << -1 << 1 << 1 << "k";
    QTest::newRow("header below titles")
        << "header_detect.xlsx"
        << "" << -1 << 3 << 5 << "Region|Sales|Column 3|Sales (2)|Units|Column 7";
    QTest::newRow("libreoffice") << "libreoffice_report.xlsx"
                                 << "" << -1 << 3 << 3 << "Customer|Joined|Spend|Active|Note|Ratio";
    QTest::newRow("openpyxl orders") << "openpyxl_two_sheets.xlsx"
                                     << "Orders" << -1 << 5 << 1 << "Order|Customer|Date|Total";
    QTest::newRow("utf-16 sheet part") << "utf16_sheet.xlsx"
                                       << "" << -1 << 2 << 1 << "ville|n";
    QTest::newRow("stored, not deflated") << "stored.xlsx"
                                          << "" << -1 << 2 << 0 << "Column 1";
    QTest::newRow("many rows") << "many_rows.xlsx"
                               << "" << -1 << 3000 << 1 << "i|sq";
}

void TestXlsxReader::shapes() {
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(int, headerOption);
    QFETCH(int, rows);
    QFETCH(int, headerRow);
    QFETCH(QString, columns);
    XlsxOptions o;
    o.sheet = sheet.toStdString();
    o.headerRow = headerOption;
    const XlsxResult r = readXlsxFile(fixture(file.toUtf8().constData()), o);
    QCOMPARE(int(r.table.rowCount()), rows);
    QCOMPARE(r.headerRow, headerRow);
    QCOMPARE(QString::fromStdString(names(r.table)), columns);
    QVERIFY(!r.truncated);
}

void TestXlsxReader::errors_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<seg::ErrorCode>("code");
    QTest::addColumn<QString>("detail");
    QTest::newRow("bomb") << "bomb.xlsx"
                          << "" << -1 << ErrorCode::ZipBomb << "xl/worksheets/sheet1.xml";
    QTest::newRow("bomb, directory lies") << "bomb_lying_size.xlsx"
                                          << "" << -1 << ErrorCode::ZipBomb << "xl/worksheets/sheet1.xml";
    QTest::newRow("size mismatch") << "size_mismatch.xlsx"
                                   << "" << -1 << ErrorCode::CorruptZip
                                   << "xl/worksheets/sheet1.xml: size differs from the zip directory";
    QTest::newRow("malformed sheet") << "malformed.xlsx"
                                     << "" << -1 << ErrorCode::MalformedXml << "";
    QTest::newRow("malformed styles") << "malformed_styles.xlsx"
                                      << "" << -1 << ErrorCode::MalformedXml << "";
    QTest::newRow("undefined entity") << "undefined_entity.xlsx"
                                      << "" << -1 << ErrorCode::MalformedXml << "";
    QTest::newRow("truncated zip") << "truncated.xlsx"
                                   << "" << -1 << ErrorCode::CorruptZip << "central directory";
    QTest::newRow("not a zip") << "not_a_zip.xlsx"
                               << "" << -1 << ErrorCode::NotZip << "";
    QTest::newRow("ole2: xls or encrypted")
        << "ole2.xlsx"
        << "" << -1 << ErrorCode::UnsupportedFormat << "legacy .xls or encrypted workbook";
    QTest::newRow("no workbook") << "no_workbook.xlsx"
                                 << "" << -1 << ErrorCode::MissingWorkbookPart << "xl/workbook.xml";
    QTest::newRow("missing file") << "does_not_exist.xlsx"
                                  << "" << -1 << ErrorCode::FileNotFound << "";
    QTest::newRow("sheet not found") << "types.xlsx"
                                     << "Nope" << -1 << ErrorCode::SheetNotFound << "Nope";
    QTest::newRow("header row beyond the sheet") << "types.xlsx"
                                                 << "" << 50 << ErrorCode::HeaderRowOutOfRange << "";
}

void TestXlsxReader::errors() {
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(int, headerRow);
    QFETCH(seg::ErrorCode, code);
    QFETCH(QString, detail);
    XlsxOptions o;
    o.sheet = sheet.toStdString();
    o.headerRow = headerRow;
    o.limits.maxEntryBytes = 1u << 20;  // the bombs inflate to 2 MiB
    try {
        (void)readXlsxFile(fixture(file.toUtf8().constData()), o);
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(errorCodeName(e.code()), errorCodeName(code));
        if (!detail.isEmpty()) QCOMPARE(QString::fromStdString(e.context().detail), detail);
    }
}

void TestXlsxReader::malformedNamesPartAndLine() {
    try {
        (void)readXlsxFile(fixture("malformed.xlsx"));
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::MalformedXml);
        QVERIFY(e.context().detail.rfind("xl/worksheets/sheet1.xml: ", 0) == 0);
        QCOMPARE(e.context().line, 4);
    }
}

void TestXlsxReader::cellTypes() {
    const XlsxResult r = readXlsxFile(fixture("types.xlsx"));
    QVERIFY(!r.date1904);
    const Column& kind =
        col(r, "Kind");  // str, inlineStr, a duration, an ISO date cell and a bad number: text
    QCOMPARE(kind.display(0), std::string("plain"));
    QCOMPARE(kind.display(1), std::string("inline"));
    QCOMPARE(kind.display(2), std::string("7"));
    QCOMPARE(kind.display(3), std::string("2023-07-01 09:15:00"));
    QCOMPARE(kind.display(4), std::string("x"));
    const Column& amount = col(r, "Amount");  // "0.0 \"m\"", "[Red]0.00" and "#,##0.00" are not dates
    QCOMPARE(amount.type(), ColumnType::Numeric);
    QCOMPARE(amount.numbers(), (std::vector<double>{12.5, -3, 1500, 0.25, 1}));
    const Column& flag = col(r, "Flag");
    QCOMPARE(flag.type(), ColumnType::Categorical);
    QCOMPARE(flag.display(0), std::string("TRUE"));
    QCOMPARE(flag.display(1), std::string("FALSE"));
    QVERIFY(flag.isMissing(2));  // boolean formula without a cached value
    QVERIFY(flag.isMissing(3));  // #N/A
    const Column& formula = col(r, "Formula");
    QCOMPARE(formula.number(0), 25.0);
    QVERIFY(formula.isMissing(1));  // #DIV/0!
    QVERIFY(formula.isMissing(2));  // no cached value
    QVERIFY(formula.isMissing(3));  // t="str" without a cached value
    QCOMPARE(warningCount(r, WarningCode::ErrorCellsAsMissing), 2);
    QCOMPARE(warningCount(r, WarningCode::FormulaWithoutValue), 3);
    for (const Warning& w : r.warnings)
        if (w.code == WarningCode::ErrorCellsAsMissing) QCOMPARE(w.context.detail, std::string("Types"));
}

void TestXlsxReader::dateSystem1904() {
    // The same serials in the 1904 system are 1462 days later (18.17.4.1).
    const XlsxResult a = readXlsxFile(fixture("types.xlsx"));
    const XlsxResult b = readXlsxFile(fixture("types_1904.xlsx"));
    QVERIFY(b.date1904);
    const Column& da = col(a, "When");
    const Column& db = col(b, "When");
    QCOMPARE(db.display(0), std::string("2028-01-16 00:00:00"));
    QCOMPARE(db.number(0) - da.number(0), 1462.0);
    QCOMPARE(db.display(1), std::string("2028-01-16 18:00:00"));
}

void TestXlsxReader::dates_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("hasTime");
    // openpyxl's reading of the same cells (make_fixtures.py prints it) is the reference.
    for (const char* f : {"openpyxl_two_sheets.xlsx", "openpyxl_1904.xlsx"}) {
        const QString file = f;
        QTest::newRow(qPrintable(file + " yyyy-mm-dd")) << file << "Customers"
                                                        << "Joined" << 2 << "2020-02-29" << false;
        QTest::newRow(qPrintable(file + " dd/mm/yyyy hh:mm:ss"))
            << file << "Customers"
            << "LastSeen" << 1 << "2024-02-01 17:05:30" << true;
        QTest::newRow(qPrintable(file + " d mmm yyyy")) << file << "Customers"
                                                        << "Birthday" << 0 << "1990-12-25" << false;
        QTest::newRow(qPrintable(file + " m/d/yy h:mm")) << file << "Orders"
                                                         << "Date" << 4 << "2024-01-05 13:30:00" << true;
    }
    QTest::newRow("built-in 14") << "types.xlsx"
                                 << ""
                                 << "When" << 0 << "2024-01-15 00:00:00" << true;
    QTest::newRow("serial 60 (1900-02-29)") << "types.xlsx"
                                            << ""
                                            << "When" << 2 << "1900-02-28 00:00:00" << true;
    QTest::newRow("serial 59, [$-409] locale") << "types.xlsx"
                                               << ""
                                               << "When" << 3 << "1900-02-28 00:00:00" << true;
    QTest::newRow("serial 61, escaped text") << "types.xlsx"
                                             << ""
                                             << "When" << 4 << "1900-03-01 00:00:00" << true;
    QTest::newRow("libreoffice date") << "libreoffice_report.xlsx"
                                      << ""
                                      << "Joined" << 0 << "2023-01-15 00:00:00" << true;
    QTest::newRow("libreoffice datetime") << "libreoffice_report.xlsx"
                                          << ""
                                          << "Joined" << 1 << "2023-03-01 14:30:00" << true;
    // LibreOffice counts 1900-01-01 as serial 2 (it has no 1900-02-29); Excel and openpyxl read 2 as
    // 1900-01-02.
    QTest::newRow("libreoffice 1900") << "libreoffice_report.xlsx"
                                      << ""
                                      << "Joined" << 2 << "1900-01-02 00:00:00" << true;
}

void TestXlsxReader::dates() {
    QFETCH(QString, file);
    QFETCH(QString, sheet);
    QFETCH(QString, column);
    QFETCH(int, row);
    QFETCH(QString, expected);
    QFETCH(bool, hasTime);
    XlsxOptions o;
    o.sheet = sheet.toStdString();
    const XlsxResult r = readXlsxFile(fixture(file.toUtf8().constData()), o);
    const Column& c = col(r, column.toUtf8().constData());
    QCOMPARE(c.type(), ColumnType::Date);
    QCOMPARE(c.hasTime(), hasTime);
    QCOMPARE(QString::fromStdString(c.display(static_cast<std::size_t>(row))), expected);
}

void TestXlsxReader::formatCodes_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");  // 0 none, 1 date, 2 date and time
    QTest::newRow("General") << "General" << 0;
    QTest::newRow("yyyy-mm-dd") << "yyyy-mm-dd" << 1;
    QTest::newRow("escaped") << "yyyy\\-mm\\-dd" << 1;
    QTest::newRow("d mmm yyyy") << "d mmm yyyy" << 1;
    QTest::newRow("datetime") << "dd/mm/yyyy hh:mm:ss" << 2;
    QTest::newRow("am/pm") << "h:mm AM/PM" << 2;
    QTest::newRow("fractional seconds") << "mm:ss.0" << 2;
    QTest::newRow("locale prefix") << "[$-409]d-mmm-yy;@" << 1;
    QTest::newRow("colour") << "[Red]0.00" << 0;
    QTest::newRow("colour and date") << "[Blue]yyyy-mm-dd" << 1;
    QTest::newRow("elapsed hours") << "[h]:mm" << 0;
    QTest::newRow("elapsed minutes") << "[mm]:ss" << 0;
    QTest::newRow("quoted unit") << "0.0 \"m\"" << 0;
    QTest::newRow("unit after digits") << "0.0 mmm" << 0;
    QTest::newRow("currency") << "#,##0.00 \"EUR\"" << 0;
    QTest::newRow("scientific") << "0.00E+00" << 0;
    QTest::newRow("percent") << "0%" << 0;
    QTest::newRow("text") << "@" << 0;
    QTest::newRow("quoted date words") << "\"day\" 0" << 0;
    QTest::newRow("second section ignored") << "0.00;dd/mm/yyyy" << 0;
    QTest::newRow("fill and spacing") << "_(* yyyy" << 1;
}

void TestXlsxReader::formatCodes() {
    QFETCH(QString, code);
    QFETCH(int, kind);
    QCOMPARE(int(xlsx::classifyFormatCode(code.toStdString())), kind);
}

void TestXlsxReader::serials_data() {
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1900: serial 1") << 1.0 << false << "1900-01-01";
    QTest::newRow("1900: serial 59") << 59.0 << false << "1900-02-28";
    QTest::newRow("1900: serial 60, the fictitious 29th") << 60.0 << false << "1900-02-28";
    QTest::newRow("1900: serial 61") << 61.0 << false << "1900-03-01";
    QTest::newRow("1900: 1970") << 25569.0 << false << "1970-01-01";
    QTest::newRow("1900: 2024-01-31 12:00") << 45322.5 << false << "2024-01-31 12:00:00";
    QTest::newRow("1904: serial 0") << 0.0 << true << "1904-01-01";
    QTest::newRow("1904: 2024-01-31") << 43860.0 << true << "2024-01-31";
}

void TestXlsxReader::serials() {
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, expected);
    const double days = xlsx::serialToDays(serial, date1904);
    QCOMPARE(QString::fromStdString(formatDate(days, expected.size() > 10)), expected);
}

void TestXlsxReader::cellReferences_data() {
    QTest::addColumn<QString>("ref");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("column");
    QTest::addColumn<qint64>("row");
    QTest::newRow("A1") << "A1" << true << 0 << qint64(1);
    QTest::newRow("Z9") << "Z9" << true << 25 << qint64(9);
    QTest::newRow("AA10") << "AA10" << true << 26 << qint64(10);
    QTest::newRow("XFD1048576") << "XFD1048576" << true << 16383 << qint64(1048576);
    QTest::newRow("absolute") << "$B$2" << true << 1 << qint64(2);
    QTest::newRow("beyond XFD") << "XFE1" << false << 0 << qint64(0);
    QTest::newRow("no row") << "A" << false << 0 << qint64(0);
    QTest::newRow("row 0") << "A0" << false << 0 << qint64(0);
    QTest::newRow("digits first") << "1A" << false << 0 << qint64(0);
    QTest::newRow("empty") << "" << false << 0 << qint64(0);
    QTest::newRow("huge row") << "A99999999999999999999" << false << 0 << qint64(0);
}

void TestXlsxReader::cellReferences() {
    QFETCH(QString, ref);
    QFETCH(bool, ok);
    QFETCH(int, column);
    QFETCH(qint64, row);
    std::uint32_t c = 0;
    std::int64_t r = 0;
    const std::string s = ref.toStdString();
    QCOMPARE(xlsx::parseCellReference(s, c, r), ok);
    if (ok) {
        QCOMPARE(int(c), column);
        QCOMPARE(qint64(r), row);
    }
}

void TestXlsxReader::sparseCells() {
    XlsxOptions o;
    o.sheet = "Sparse";
    const XlsxResult r = readXlsxFile(fixture("sparse.xlsx"), o);
    QCOMPARE(r.sheets, (std::vector<std::string>{"Other", "Sparse"}));
    // Cells without r follow on from the previous cell; out-of-order cells land in their columns.
    auto values = [&](const char* name) {
        std::vector<std::string> v;
        const Column& c = col(r, name);
        for (std::size_t i = 0; i < c.size(); ++i)
            v.push_back(c.display(i));
        return v;
    };
    QCOMPARE(values("id"), (std::vector<std::string>{"1", "2", "3", "4"}));
    QCOMPARE(values("x"), (std::vector<std::string>{"10", "20", "", ""}));
    QCOMPARE(values("Column 3"), (std::vector<std::string>{"100", "200", "", ""}));
    QCOMPARE(values("z"), (std::vector<std::string>{"1000", "", "", "400"}));
    QCOMPARE(values("Column 6"), (std::vector<std::string>{"", "", "5", ""}));
    // Rows 3 and 6 are absent from the file.
    QCOMPARE(warningCount(r, WarningCode::BlankRowsSkipped), 2);
}

void TestXlsxReader::richText() {
    const XlsxResult r = readXlsxFile(fixture("richtext.xlsx"));
    const Column& label = col(r, "Label");
    QCOMPARE(label.display(0), std::string("Big spender"));      // runs joined, phonetic run dropped
    QCOMPARE(label.display(1), std::string("Tab\tand_x0041_"));  // _x0009_ and the escaped underscore
    QCOMPARE(label.display(2), std::string("caf\u00e9 & cr\u00e8me <3"));  // entities
    QCOMPARE(label.display(3), std::string("\u6771\u4eac"));               // without its katakana reading
    QCOMPARE(label.display(4), std::string("inline"));                     // inline rich text
    QCOMPARE(label.display(5), std::string("<cdata> & co"));
    QCOMPARE(col(r, "Score").numbers(), (std::vector<double>{1, 2, 3, 4, 5, 6}));
}

void TestXlsxReader::numbersStoredAsText() {
    const XlsxResult r = readXlsxFile(fixture("numbers_as_text.xlsx"));
    QCOMPARE(col(r, "n").type(), ColumnType::Numeric);
    QCOMPARE(col(r, "n").numbers(), (std::vector<double>{42, 43, 44}));
    QCOMPARE(col(r, "grouped").numbers(), (std::vector<double>{1234.5, 2000, 17.25}));
    QCOMPARE(col(r, "spaced").numbers(), (std::vector<double>{3.5, 4, -1000}));
    // Leading zeros make codes, not numbers (ValueParsing.h).
    QCOMPARE(col(r, "code").storage(), Storage::Strings);
    QCOMPARE(col(r, "code").display(0), std::string("007"));
}

void TestXlsxReader::headerDetection() {
    const XlsxResult r = readXlsxFile(fixture("header_detect.xlsx"));
    QCOMPARE(r.headerRow, 5);
    QCOMPARE(col(r, "Units").numbers(), (std::vector<double>{3, 4, 5}));
    QCOMPARE(col(r, "Column 7").display(0), std::string("7"));
    // The empty name inside the header and the duplicate are renamed; G, beyond the header, just gets a name.
    QCOMPARE(warningsOf(r, WarningCode::ColumnRenamed), 2);
    for (const Warning& w : r.warnings) {
        if (w.code != WarningCode::ColumnRenamed) continue;
        QVERIFY((w.context.column == 3 && w.context.detail == "Column 3") ||
                (w.context.column == 4 && w.context.detail == "Sales (2)"));
    }
    // Row 8 (an empty cell and a space) and the missing row 9.
    QCOMPARE(warningCount(r, WarningCode::BlankRowsSkipped), 2);
}

void TestXlsxReader::libreOffice() {
    const XlsxResult r = readXlsxFile(fixture("libreoffice_report.xlsx"));
    QCOMPARE(r.headerRow, 3);  // below a merged title and a blank row
    QCOMPARE(col(r, "Spend").numbers(), (std::vector<double>{120.5, 0, 75}));  // "75" typed as text
    QCOMPARE(col(r, "Active").display(0), std::string("TRUE"));
    QCOMPARE(col(r, "Active").display(1), std::string("FALSE"));
    QCOMPARE(col(r, "Note").display(0), std::string("big spender"));
    const Column& ratio = col(r, "Ratio");
    QCOMPARE(ratio.number(0), 30.125);
    QVERIFY(ratio.isMissing(1));  // #DIV/0!
    QCOMPARE(ratio.number(2), 18.75);
    QCOMPARE(warningCount(r, WarningCode::ErrorCellsAsMissing), 1);
    QCOMPARE(warningCount(r, WarningCode::BlankRowsSkipped), 1);
}

void TestXlsxReader::openpyxlTwoSheets() {
    QCOMPARE(listXlsxSheets(fixture("openpyxl_two_sheets.xlsx")),
             (std::vector<std::string>{"Customers", "Orders"}));
    const XlsxResult r = readXlsxFile(fixture("openpyxl_two_sheets.xlsx"));
    QCOMPARE(r.sheet, std::string("Customers"));
    QCOMPARE(col(r, "Spend").numbers(), (std::vector<double>{120.5, 80, 0.25}));
    QCOMPARE(col(r, "Member").display(2), std::string("TRUE"));
    QCOMPARE(col(r, "CustomerID").numbers(), (std::vector<double>{1001, 1002, 1003}));
}

void TestXlsxReader::previewStopsEarly() {
    XlsxOptions o;
    o.maxRows = 10;
    const XlsxResult r = readXlsxFile(fixture("many_rows.xlsx"), o);
    QVERIFY(r.truncated);
    QCOMPARE(r.table.rowCount(), std::size_t(10));
    QCOMPARE(col(r, "sq").number(9), 100.0);
    QCOMPARE(warningCount(r, WarningCode::RowsTruncated), 10);
    o.maxRows = 3000;  // exactly all: not truncated
    QVERIFY(!readXlsxFile(fixture("many_rows.xlsx"), o).truncated);
}

void TestXlsxReader::progressAndCancel() {
    std::vector<double> seen;
    const XlsxResult r = readXlsxFile(fixture("many_rows.xlsx"), {}, Progress([&](double f) {
                                          seen.push_back(f);
                                          return true;
                                      }));
    QCOMPARE(r.table.rowCount(), std::size_t(3000));
    QVERIFY(!seen.empty());
    QCOMPARE(seen.back(), 1.0);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    int calls = 0;
    QVERIFY_THROWS_EXCEPTION(Cancelled, (void)readXlsxFile(fixture("many_rows.xlsx"), {},
                                                           Progress([&](double) { return ++calls < 2; })));
}

void TestXlsxReader::bufferMatchesFile() {
    QFile f(QString::fromStdString(fixture("types.xlsx")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const XlsxResult a = readXlsxBuffer(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    const XlsxResult b = readXlsxFile(fixture("types.xlsx"));
    QCOMPARE(names(a.table), names(b.table));
    for (std::size_t c = 0; c < a.table.columnCount(); ++c)
        for (std::size_t i = 0; i < a.table.rowCount(); ++i)
            QCOMPARE(a.table.column(c).display(i), b.table.column(c).display(i));
}

void TestXlsxReader::tooManyCells() {
    XlsxOptions o;
    o.limits.maxCells = 100;
    try {
        (void)readXlsxFile(fixture("many_rows.xlsx"), o);
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::TooManyCells);
        QCOMPARE(e.context().limit, 100);
        QCOMPARE(e.context().detail, std::string("xl/worksheets/sheet1.xml"));
    }
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
