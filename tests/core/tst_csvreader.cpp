// Tests of the CSV/TSV reader: dialects, quoting, encodings, header detection, warnings, every error with its
// line, previews and cancellation. Fixtures are in tests/data/csv (written by its make_fixtures.py).
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <string>

#include "common/Error.h"
#include "data/CsvReader.h"

using namespace seg;
using namespace seg::data;

Q_DECLARE_METATYPE(seg::ErrorCode)
Q_DECLARE_METATYPE(seg::WarningCode)
Q_DECLARE_METATYPE(seg::data::Encoding)
Q_DECLARE_METATYPE(seg::data::ColumnType)
Q_DECLARE_METATYPE(seg::data::CsvOptions)
Q_DECLARE_METATYPE(seg::data::DecimalMark)

namespace {

std::string fixture(const char* name) {
    return std::string(SEGMENTLAB_TEST_DATA) + "/csv/" + name;
}

std::string readBytes(const std::string& path) {
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QByteArray b = f.readAll();
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

QString cell(const Table& t, std::size_t row, std::size_t col) {
    return QString::fromStdString(t.column(col).display(row));
}

QStringList names(const Table& t) {
    QStringList out;
    for (const auto& c : t.columns())
        out << QString::fromStdString(c.name());
    return out;
}

std::size_t countWarnings(const CsvResult& r, WarningCode code) {
    std::size_t n = 0;
    for (const auto& w : r.warnings)
        n += w.code == code;
    return n;
}

}  // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void dialects_data();
    void dialects();
    void quoting();
    void latin1Fallback();
    void forcedOptions();
    void decimalComma_data();
    void decimalComma();
    void missingTokens();
    void header_data();
    void header();
    void renamedColumns();
    void blankLines();
    void trailingDelimiter_data();
    void trailingDelimiter();
    void errors_data();
    void errors();
    void fileErrors();
    void preview_data();
    void preview();
    void previewDoesNotReadWholeInput();
    void previewOfFileWithLongFirstRecord();
    void cancellation();
    void progressReachesOne();
    void inferredTypes();
    void fileAndBufferAgree();
};

// Every delimiter, line ending and encoding read to the same three people.
void TestCsvReader::dialects_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("fallback");

    QTest::newRow("comma") << "comma.csv" << ',' << Encoding::Utf8 << false << false;
    QTest::newRow("semicolon") << "semicolon.csv" << ';' << Encoding::Utf8 << false << false;
    QTest::newRow("tab") << "tab.tsv" << '\t' << Encoding::Utf8 << false << false;
    QTest::newRow("pipe") << "pipe.txt" << '|' << Encoding::Utf8 << false << false;
    QTest::newRow("crlf") << "crlf.csv" << ',' << Encoding::Utf8 << false << false;
    QTest::newRow("lone cr") << "cr_only.csv" << ',' << Encoding::Utf8 << false << false;
    QTest::newRow("no final newline") << "no_final_newline.csv" << ',' << Encoding::Utf8 << false << false;
    QTest::newRow("excel sep= hint") << "sep_hint.csv" << ';' << Encoding::Utf8 << false << false;
    QTest::newRow("utf-8 bom") << "bom_utf8.csv" << ',' << Encoding::Utf8 << true << false;
    QTest::newRow("utf-16le bom") << "utf16le.csv" << ',' << Encoding::Utf16LE << true << false;
    QTest::newRow("utf-16be bom") << "utf16be.csv" << ',' << Encoding::Utf16BE << true << false;
}

void TestCsvReader::dialects() {
    QFETCH(QString, file);
    QFETCH(char, delimiter);
    QFETCH(Encoding, encoding);
    QFETCH(bool, bom);
    QFETCH(bool, fallback);
    const CsvResult r = readCsvFile(fixture(file.toUtf8().constData()));
    QCOMPARE(r.dialect.delimiter, delimiter);
    QCOMPARE(r.dialect.encoding, encoding);
    QCOMPARE(r.dialect.bom, bom);
    QCOMPARE(r.dialect.headerRow, 1);
    QCOMPARE(countWarnings(r, WarningCode::EncodingFallback), fallback ? 1u : 0u);
    QCOMPARE(names(r.table), QStringList({"name", "age", "city"}));
    QCOMPARE(r.table.rowCount(), 3u);
    QCOMPARE(cell(r.table, 2, 0), QStringLiteral("Chloé"));
    QCOMPARE(r.table.column(1).type(), ColumnType::Numeric);
    QCOMPARE(r.table.column(1).number(2), 45.0);
    QCOMPARE(cell(r.table, 1, 2), QStringLiteral("Oslo"));
    QVERIFY(!r.truncated);
}

void TestCsvReader::quoting() {
    const CsvResult r = readCsvFile(fixture("quoted.csv"));
    QCOMPARE(r.dialect.delimiter, ',');
    QCOMPARE(r.table.rowCount(), 5u);
    QCOMPARE(cell(r.table, 0, 1), QStringLiteral("Hello, world"));
    QCOMPARE(cell(r.table, 1, 1), QStringLiteral("She said \"hi\""));
    QCOMPARE(cell(r.table, 2, 1), QStringLiteral("two\r\nlines"));
    QCOMPARE(cell(r.table, 3, 1), QStringLiteral("spaced, quoted"));
    QCOMPARE(cell(r.table, 4, 1), QStringLiteral("plain \"inner\" quote"));
    for (std::size_t i = 0; i < 5; ++i)
        QCOMPARE(r.table.column(2).number(i), 3.0 + static_cast<double>(i));
}

void TestCsvReader::latin1Fallback() {
    const CsvResult r = readCsvFile(fixture("latin1.csv"));
    QCOMPARE(r.dialect.encoding, Encoding::Latin1);
    QCOMPARE(countWarnings(r, WarningCode::EncodingFallback), 1u);
    QCOMPARE(r.warnings.front().context.detail, std::string("Latin-1"));
    QCOMPARE(cell(r.table, 0, 0), QStringLiteral("Crème brûlée"));
    QCOMPARE(cell(r.table, 2, 0), QStringLiteral("Euro € sign"));  // 0x80 read as windows-1252
}

void TestCsvReader::forcedOptions() {
    CsvOptions o;
    o.delimiter = ';';
    o.encoding = Encoding::Latin1;
    o.decimal = DecimalMark::Dot;
    const CsvResult r = readCsvFile(fixture("decimal_comma.csv"), o);
    QCOMPARE(r.dialect.delimiter, ';');
    QCOMPARE(r.dialect.encoding, Encoding::Latin1);
    QCOMPARE(countWarnings(r, WarningCode::EncodingFallback), 0u);  // asked for, not a fallback
    QCOMPARE(r.dialect.number.decimal, '.');
    QCOMPARE(r.table.column(1).storage(), Storage::Strings);  // "1,5" is no number with a decimal dot
    o = {};
    o.delimiter = '|';  // a single column when the file has no '|'
    const CsvResult single = readCsvFile(fixture("comma.csv"), o);
    QCOMPARE(single.table.columnCount(), 1u);
    QCOMPARE(cell(single.table, 0, 0), QStringLiteral("Anna,34,Lyon"));
}

void TestCsvReader::decimalComma_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<DecimalMark>("mark");
    QTest::addColumn<char>("decimal");
    QTest::addColumn<double>("price0");
    QTest::addColumn<double>("price2");
    QTest::addColumn<double>("stock0");

    QTest::newRow("comma detected with ';'")
        << "decimal_comma.csv" << DecimalMark::Auto << ',' << 1.5 << 1234.5 << 1200.0;
    QTest::newRow("dot detected with ';'")
        << "decimal_dot_semicolon.csv" << DecimalMark::Auto << '.' << 1.5 << 1234.5 << 1200.0;
    QTest::newRow("comma forced") << "decimal_comma.csv" << DecimalMark::Comma << ',' << 1.5 << 1234.5
                                  << 1200.0;
    QTest::newRow("latin-1 with comma") << "latin1.csv" << DecimalMark::Auto << ',' << 4.5 << 3.0 << -1.0;
    QTest::newRow("thousands in quotes, ','")
        << "thousands.csv" << DecimalMark::Auto << '.' << 1234.5 << 7.0 << -1.0;
}

void TestCsvReader::decimalComma() {
    QFETCH(QString, file);
    QFETCH(DecimalMark, mark);
    QFETCH(char, decimal);
    QFETCH(double, price0);
    QFETCH(double, price2);
    QFETCH(double, stock0);
    CsvOptions o;
    o.decimal = mark;
    const CsvResult r = readCsvFile(fixture(file.toUtf8().constData()), o);
    QCOMPARE(r.dialect.number.decimal, decimal);
    QCOMPARE(r.table.column(1).type(), ColumnType::Numeric);
    QCOMPARE(r.table.column(1).number(0), price0);
    QCOMPARE(r.table.column(1).number(2), price2);
    if (stock0 >= 0) QCOMPARE(r.table.column(2).number(0), stock0);
}

void TestCsvReader::missingTokens() {
    const CsvResult r = readCsvFile(fixture("missing.csv"));
    const Column& a = r.table.column(0);
    QCOMPARE(a.type(), ColumnType::Numeric);
    QCOMPARE(a.number(0), 1.0);
    for (std::size_t i = 1; i <= 4; ++i)
        QVERIFY2(a.isMissing(i), qPrintable(QString::number(i)));
    QCOMPARE(a.number(5), 5.0);
    const Column& b = r.table.column(1);
    QVERIFY(b.isMissing(3));  // empty
    QVERIFY(b.isMissing(5));  // NaN
    QCOMPARE(cell(r.table, 4, 1), QStringLiteral("w"));
}

void TestCsvReader::header_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<int>("detected");
    QTest::addColumn<QStringList>("columnNames");
    QTest::addColumn<int>("rows");

    const QStringList generated{"Column 1", "Column 2", "Column 3"};
    QTest::newRow("numbers only: none") << "no_header_numbers.csv" << -1 << 0 << generated << 3;
    QTest::newRow("all text, names never reappear")
        << "header_all_text.csv" << -1 << 1 << QStringList{"first", "last", "city"} << 3;
    QTest::newRow("all text, first row repeats below") << "no_header_text.csv" << -1 << 0 << generated << 4;
    QTest::newRow("forced none") << "comma.csv" << 0 << 0 << generated << 4;
    QTest::newRow("forced row 2") << "comma.csv" << 2 << 2 << QStringList{"Anna", "34", "Lyon"} << 2;
    QTest::newRow("titles above, forced row 3")
        << "titles_above.csv" << 3 << 3 << QStringList{"region", "revenue"} << 2;
    QTest::newRow("leading blank line") << "blank_lines.csv" << -1 << 2 << QStringList{"x", "y"} << 3;
}

void TestCsvReader::header() {
    QFETCH(QString, file);
    QFETCH(int, headerRow);
    QFETCH(int, detected);
    QFETCH(QStringList, columnNames);
    QFETCH(int, rows);
    CsvOptions o;
    o.headerRow = headerRow;
    const CsvResult r = readCsvFile(fixture(file.toUtf8().constData()), o);
    QCOMPARE(r.dialect.headerRow, detected);
    QCOMPARE(names(r.table), columnNames);
    QCOMPARE(r.table.rowCount(), static_cast<std::size_t>(rows));
}

void TestCsvReader::renamedColumns() {
    const CsvResult r = readCsvFile(fixture("renamed.csv"));
    QCOMPARE(r.dialect.headerRow, 1);
    QCOMPARE(names(r.table), QStringList({"Age", "Column 2", "Age (2)", "Name"}));
    QCOMPARE(countWarnings(r, WarningCode::ColumnRenamed), 2u);
    QCOMPARE(r.warnings[0].context.column, 2);
    QCOMPARE(r.warnings[0].context.detail, std::string("Column 2"));
    QCOMPARE(r.warnings[1].context.column, 3);
    QCOMPARE(r.warnings[1].context.detail, std::string("Age (2)"));
}

void TestCsvReader::blankLines() {
    const CsvResult r = readCsvFile(fixture("blank_lines.csv"));
    QCOMPARE(r.table.rowCount(), 3u);
    QCOMPARE(r.table.column(1).number(2), 6.0);
    QCOMPARE(countWarnings(r, WarningCode::BlankRowsSkipped), 1u);
    for (const auto& w : r.warnings)
        if (w.code == WarningCode::BlankRowsSkipped) QCOMPARE(w.context.count, 4);  // "", "   ", ",", ""
}

void TestCsvReader::trailingDelimiter_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("on every line") << "trailing_delimiter.csv" << ';';
    QTest::newRow("on the header only") << "trailing_header_only.csv" << ',';
}

void TestCsvReader::trailingDelimiter() {
    QFETCH(QString, file);
    QFETCH(char, delimiter);
    const CsvResult r = readCsvFile(fixture(file.toUtf8().constData()));
    QCOMPARE(r.dialect.delimiter, delimiter);
    QCOMPARE(names(r.table), QStringList({"x", "y"}));
    QCOMPARE(r.table.rowCount(), 2u);
    QCOMPARE(r.table.column(1).number(1), 4.0);
    QVERIFY(r.warnings.empty());  // dropped silently
}

void TestCsvReader::errors_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<CsvOptions>("options");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("limit");

    const CsvOptions none;
    CsvOptions utf8;
    utf8.encoding = Encoding::Utf8;
    CsvOptions row10;
    row10.headerRow = 10;
    CsvOptions quoteDelimiter;
    quoteDelimiter.delimiter = '"';

    QTest::newRow("0 bytes") << "empty.csv" << none << ErrorCode::FileEmpty << 0ll << 0ll << 0ll;
    QTest::newRow("BOM and whitespace")
        << "whitespace.csv" << none << ErrorCode::FileEmpty << 0ll << 0ll << 0ll;
    QTest::newRow("header only") << "header_only.csv" << none << ErrorCode::NoData << 0ll << 0ll << 0ll;
    QTest::newRow("NUL byte") << "binary.csv" << none << ErrorCode::BinaryFile << 3ll << 0ll << 0ll;
    QTest::newRow("control bytes") << "control_bytes.csv" << none << ErrorCode::BinaryFile << 1ll << 0ll
                                   << 0ll;
    QTest::newRow("unterminated quote")
        << "unterminated.csv" << none << ErrorCode::UnterminatedQuote << 3ll << 0ll << 0ll;
    QTest::newRow("more fields") << "ragged_more.csv" << none << ErrorCode::RaggedRow << 4ll << 4ll << 3ll;
    // The quoted record spans lines 3-4, so the short row is on physical line 5.
    QTest::newRow("fewer fields") << "ragged_fewer.csv" << none << ErrorCode::RaggedRow << 5ll << 2ll << 3ll;
    QTest::newRow("title above detected header")
        << "titles_above.csv" << none << ErrorCode::RaggedRow << 3ll << 2ll << 1ll;
    QTest::newRow("forced UTF-8 on Latin-1")
        << "latin1.csv" << utf8 << ErrorCode::InvalidEncoding << 2ll << 0ll << 0ll;
    QTest::newRow("header row past the end")
        << "comma.csv" << row10 << ErrorCode::HeaderRowOutOfRange << 0ll << 10ll << 4ll;
    QTest::newRow("quote as delimiter")
        << "comma.csv" << quoteDelimiter << ErrorCode::BadDelimiter << 0ll << 0ll << 0ll;
}

void TestCsvReader::errors() {
    QFETCH(QString, file);
    QFETCH(CsvOptions, options);
    QFETCH(ErrorCode, code);
    QFETCH(qint64, line);
    QFETCH(qint64, count);
    QFETCH(qint64, limit);
    const std::string path = fixture(file.toUtf8().constData());
    // Same answer from the file and from the bytes in memory.
    for (int viaBuffer = 0; viaBuffer < 2; ++viaBuffer) {
        try {
            const CsvResult r =
                viaBuffer ? readCsvBuffer(readBytes(path), options, {}, path) : readCsvFile(path, options);
            QFAIL(qPrintable(QStringLiteral("no error; %1 rows").arg(r.table.rowCount())));
        } catch (const Error& e) {
            QCOMPARE(e.code(), code);
            QCOMPARE(e.context().path, path);
            QCOMPARE(e.context().line, line);
            QCOMPARE(e.context().count, count);
            QCOMPARE(e.context().limit, limit);
        }
    }
}

void TestCsvReader::fileErrors() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string missing = (dir.path() + "/nope.csv").toStdString();
    try {
        (void)readCsvFile(missing);
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::FileNotFound);
        QCOMPARE(e.context().path, missing);
    }
    try {
        (void)readCsvFile(dir.path().toStdString());
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::FileUnreadable);
    }
}

void TestCsvReader::preview_data() {
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("truncated");
    QTest::newRow("fewer than there are") << 2 << 2 << true;
    QTest::newRow("exactly all") << 3 << 3 << false;
    QTest::newRow("more than there are") << 50 << 3 << false;
}

void TestCsvReader::preview() {
    QFETCH(int, maxRows);
    QFETCH(int, rows);
    QFETCH(bool, truncated);
    CsvOptions o;
    o.maxRows = static_cast<std::size_t>(maxRows);
    const CsvResult r = readCsvFile(fixture("comma.csv"), o);
    QCOMPARE(r.table.rowCount(), static_cast<std::size_t>(rows));
    QCOMPARE(r.truncated, truncated);
    QCOMPARE(countWarnings(r, WarningCode::RowsTruncated), truncated ? 1u : 0u);
}

// A preview stops early: a NUL byte and a ragged row 5 MB into the input are never seen by it.
void TestCsvReader::previewDoesNotReadWholeInput() {
    std::string bytes = "id,score\n";
    for (int i = 1; bytes.size() < 5'000'000; ++i)
        bytes += std::to_string(i) + "," + std::to_string(i % 97) + "\n";
    bytes += "1,2,3\n";
    bytes += std::string("x,\0y\n", 5);
    CsvOptions o;
    o.maxRows = 10;
    const CsvResult r = readCsvBuffer(bytes, o);
    QCOMPARE(r.table.rowCount(), 10u);
    QVERIFY(r.truncated);
    QTemporaryDir dir;
    const QString path = dir.path() + "/big.csv";
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes.data(), static_cast<qint64>(bytes.size()));
    f.close();
    const CsvResult fromFile = readCsvFile(path.toStdString(), o);
    QCOMPARE(fromFile.table.rowCount(), 10u);
    QVERIFY(fromFile.truncated);
    try {
        (void)readCsvFile(path.toStdString());
        QFAIL("the whole file should fail");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BinaryFile);
    }
}

// A first record longer than the first block read makes the preview read further, not fail.
void TestCsvReader::previewOfFileWithLongFirstRecord() {
    std::string bytes = "note,n\n\"" + std::string(3'000'000, 'a') + "\",1\nshort,2\nshort,3\n";
    QTemporaryDir dir;
    const QString path = dir.path() + "/long.csv";
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes.data(), static_cast<qint64>(bytes.size()));
    f.close();
    CsvOptions o;
    o.maxRows = 1;
    const CsvResult r = readCsvFile(path.toStdString(), o);
    QCOMPARE(r.table.rowCount(), 1u);
    QCOMPARE(r.table.column(0).display(0).size(), 3'000'000u);
    QVERIFY(r.truncated);
}

void TestCsvReader::cancellation() {
    const std::string bytes = readBytes(fixture("customers.csv"));
    int calls = 0;
    const Progress cancel([&calls](double) {
        ++calls;
        return false;
    });
    QVERIFY_THROWS_EXCEPTION(Cancelled, (void)readCsvBuffer(bytes, {}, cancel));
    QCOMPARE(calls, 1);
    QVERIFY_THROWS_EXCEPTION(Cancelled, (void)readCsvFile(fixture("customers.csv"), {}, cancel));
}

void TestCsvReader::progressReachesOne() {
    std::string bytes = "a,b\n";
    for (int i = 0; i < 100'000; ++i)
        bytes += std::to_string(i) + ",x" + std::to_string(i % 7) + "\n";
    std::vector<double> seen;
    const Progress track([&seen](double f) {
        seen.push_back(f);
        return true;
    });
    const CsvResult r = readCsvBuffer(bytes, {}, track);
    QCOMPARE(r.table.rowCount(), 100'000u);
    QVERIFY(seen.size() > 10);  // every ~64 KiB of about 1.2 MB, throttled to 1% steps
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.back(), 1.0);
}

void TestCsvReader::inferredTypes() {
    const CsvResult r = readCsvFile(fixture("customers.csv"));
    QCOMPARE(r.table.rowCount(), 12u);
    const QList<ColumnType> expected{ColumnType::Id,      ColumnType::Categorical, ColumnType::Numeric,
                                     ColumnType::Numeric, ColumnType::Date,        ColumnType::Text};
    for (int j = 0; j < expected.size(); ++j)
        QVERIFY2(r.table.column(static_cast<std::size_t>(j)).type() == expected[j],
                 qPrintable(QString::fromStdString(r.table.column(static_cast<std::size_t>(j)).name())));
    QCOMPARE(cell(r.table, 0, 4), QStringLiteral("2023-01-10"));
    QCOMPARE(r.table.column(1).levels().size(), 2u);
}

void TestCsvReader::fileAndBufferAgree() {
    for (const char* name : {"quoted.csv", "latin1.csv", "utf16be.csv", "customers.csv"}) {
        const std::string path = fixture(name);
        const CsvResult a = readCsvFile(path);
        const CsvResult b = readCsvBuffer(readBytes(path));
        QCOMPARE(a.table.rowCount(), b.table.rowCount());
        QCOMPARE(names(a.table), names(b.table));
        for (std::size_t j = 0; j < a.table.columnCount(); ++j)
            for (std::size_t i = 0; i < a.table.rowCount(); ++i)
                QCOMPARE(cell(a.table, i, j), cell(b.table, i, j));
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
