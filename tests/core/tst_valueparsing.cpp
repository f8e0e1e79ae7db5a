// Tests of cell-text parsing: numbers in both decimal styles, missing tokens, dates and identifier-like
// names. The fast path of parseNumber is checked against std::from_chars on random decimals (seed printed).
#include <QtTest>

#include <charconv>
#include <cmath>
#include <random>
#include <string>

#include "data/ValueParsing.h"

using namespace seg::data;

Q_DECLARE_METATYPE(seg::data::DateOrder)

class TestValueParsing : public QObject {
    Q_OBJECT

private slots:
    void parseNumber_data();
    void parseNumber();
    void fastPathMatchesFromChars();
    void missingToken_data();
    void missingToken();
    void parseDate_data();
    void parseDate();
    void idNames_data();
    void idNames();
    void formatRoundTrip();
};

void TestValueParsing::parseNumber_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("comma");  // NumberFormat::comma() instead of dot()
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");

    QTest::newRow("integer") << "42" << false << true << 42.0;
    QTest::newRow("negative decimal") << "-1.5" << false << true << -1.5;
    QTest::newRow("plus sign") << "+3" << false << true << 3.0;
    QTest::newRow("zero point five") << "0.5" << false << true << 0.5;
    QTest::newRow("no integer part") << ".5" << false << true << 0.5;
    QTest::newRow("trailing point") << "7." << false << true << 7.0;
    QTest::newRow("exponent") << "1.5E-2" << false << true << 0.015;
    QTest::newRow("grouped dot style") << "1,234,567.25" << false << true << 1234567.25;
    QTest::newRow("grouped comma style") << "1.234.567,25" << true << true << 1234567.25;
    QTest::newRow("decimal comma") << "12,5" << true << true << 12.5;
    QTest::newRow("space grouping") << "1 234,5" << true << true << 1234.5;
    QTest::newRow("no-break space grouping") << QString::fromUtf8("1\u00a0234,5") << true << true << 1234.5;
    QTest::newRow("narrow no-break space") << QString::fromUtf8("1\u202f234,5") << true << true << 1234.5;
    QTest::newRow("long mantissa") << "12345678901234567890" << false << true << 12345678901234567890.0;
    QTest::newRow("many decimals") << "0.1234567890123456789" << false << true << 0.1234567890123456789;
    QTest::newRow("code with leading zero") << "007" << false << false << 0.0;
    QTest::newRow("postcode") << "01234" << false << false << 0.0;
    QTest::newRow("bad grouping") << "1,23" << false << false << 0.0;
    QTest::newRow("group too long") << "1234,567.5" << false << false << 0.0;
    QTest::newRow("space without comma style") << "1 234" << false << false << 0.0;
    QTest::newRow("decimal comma in dot style") << "12,5" << false << false << 0.0;
    QTest::newRow("word") << "abc" << false << false << 0.0;
    QTest::newRow("inf") << "inf" << false << false << 0.0;
    QTest::newRow("nan") << "nan" << false << false << 0.0;
    QTest::newRow("sign only") << "-" << false << false << 0.0;
    QTest::newRow("empty") << "" << false << false << 0.0;
    QTest::newRow("exponent without digits") << "1e" << false << false << 0.0;
    QTest::newRow("trailing text") << "12kg" << false << false << 0.0;
    QTest::newRow("out of range") << "1e999" << false << false << 0.0;
}

void TestValueParsing::parseNumber() {
    QFETCH(QString, text);
    QFETCH(bool, comma);
    QFETCH(bool, ok);
    QFETCH(double, value);
    const std::string s = text.toStdString();
    const auto v = seg::data::parseNumber(s, comma ? NumberFormat::comma() : NumberFormat::dot());
    QCOMPARE(v.has_value(), ok);
    if (ok) QCOMPARE(*v, value);
}

// The exact fast path (digits / power of ten) and from_chars must agree bit for bit.
void TestValueParsing::fastPathMatchesFromChars() {
    const auto seed = std::random_device{}();
    qInfo("seed %u", seed);
    std::mt19937_64 rng(seed);
    for (int i = 0; i < 200000; ++i) {
        const int intDigits = 1 + static_cast<int>(rng() % 9);
        const int fracDigits = static_cast<int>(rng() % 8);
        std::string s = (rng() % 2) ? "-" : "";
        s += static_cast<char>('1' + rng() % 9);
        for (int k = 1; k < intDigits; ++k)
            s += static_cast<char>('0' + rng() % 10);
        if (fracDigits) {
            s += '.';
            for (int k = 0; k < fracDigits; ++k)
                s += static_cast<char>('0' + rng() % 10);
        }
        double expected = 0;
        std::from_chars(s.data(), s.data() + s.size(), expected);
        const auto got = seg::data::parseNumber(s);
        QVERIFY2(got && *got == expected, s.c_str());
    }
}

void TestValueParsing::missingToken_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("missing");
    for (const char* t :
         {"", "  ", "NA", "na", "N/A", "n/a", "null", "NULL", "-", " - ", "NaN", "#N/A", "None"})
        QTest::newRow(t) << t << true;
    for (const char* t : {"0", "--", "Nope", "nan5", "n.a.", "x"})
        QTest::newRow(t) << t << false;
}

void TestValueParsing::missingToken() {
    QFETCH(QString, text);
    QFETCH(bool, missing);
    QCOMPARE(isMissingToken(text.toStdString()), missing);
}

void TestValueParsing::parseDate_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("days");
    QTest::addColumn<bool>("hasTime");

    const double jan31 = static_cast<double>(daysFromCivil(2024, 1, 31));
    QTest::newRow("iso") << "2024-01-31" << DateOrder::YMD << true << jan31 << false;
    QTest::newRow("day first slash") << "31/01/2024" << DateOrder::DMY << true << jan31 << false;
    QTest::newRow("month first slash") << "01/31/2024" << DateOrder::MDY << true << jan31 << false;
    QTest::newRow("dotted") << "31.01.2024" << DateOrder::DMY << true << jan31 << false;
    QTest::newRow("dashed dmy") << "31-01-2024" << DateOrder::DMY << true << jan31 << false;
    QTest::newRow("with time") << "2024-01-31 06:00" << DateOrder::YMD << true << jan31 + 0.25 << true;
    QTest::newRow("iso T and Z") << "2024-01-31T12:00:00Z" << DateOrder::YMD << true << jan31 + 0.5 << true;
    QTest::newRow("pm") << "01/31/2024 6:00 PM" << DateOrder::MDY << true << jan31 + 0.75 << true;
    QTest::newRow("leap day") << "2024-02-29" << DateOrder::YMD << true
                              << static_cast<double>(daysFromCivil(2024, 2, 29)) << false;
    QTest::newRow("not a leap year") << "2023-02-29" << DateOrder::YMD << false << 0.0 << false;
    QTest::newRow("month 13") << "31/13/2024" << DateOrder::DMY << false << 0.0 << false;
    QTest::newRow("wrong order") << "31/01/2024" << DateOrder::MDY << false << 0.0 << false;
    QTest::newRow("two-digit year") << "31/01/24" << DateOrder::DMY << false << 0.0 << false;
    QTest::newRow("epoch") << "1970-01-01" << DateOrder::YMD << true << 0.0 << false;
    QTest::newRow("text") << "January" << DateOrder::YMD << false << 0.0 << false;
}

void TestValueParsing::parseDate() {
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(bool, ok);
    QFETCH(double, days);
    QFETCH(bool, hasTime);
    bool t = false;
    const auto d = seg::data::parseDate(text.toStdString(), order, &t);
    QCOMPARE(d.has_value(), ok);
    if (!ok) return;
    QCOMPARE(*d, days);
    QCOMPARE(t, hasTime);
}

void TestValueParsing::idNames_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("id");
    for (const char* n : {"ID", "id", "CustomerID", "CUST_ID", "Customer Id", "client_no", "Member Number",
                          "key", "PhoneNo", "order-code", "#"})
        QTest::newRow(n) << n << true;
    for (const char* n :
         {"Idea", "Video", "Paid", "Android", "Income", "Kidhome", "casino", "Genre", "Monkey"})
        QTest::newRow(n) << n << false;
}

void TestValueParsing::idNames() {
    QFETCH(QString, name);
    QFETCH(bool, id);
    QCOMPARE(looksLikeIdName(name.toStdString()), id);
}

void TestValueParsing::formatRoundTrip() {
    for (double v : {0.0, 1.0, -2.5, 0.1, 1234567.125, 1e-7, 3.141592653589793, 1e20}) {
        const std::string s = formatNumber(v);
        const auto back = seg::data::parseNumber(s);
        QVERIFY2(back && *back == v, s.c_str());
    }
    QCOMPARE(formatNumber(42.0), std::string("42"));
    QCOMPARE(formatDate(static_cast<double>(daysFromCivil(2024, 1, 31)) + 0.5, true),
             std::string("2024-01-31 12:00:00"));
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(daysFromCivil(1999, 12, 31), y, m, d);
    QCOMPARE(y, 1999);
    QCOMPARE(m, 12u);
    QCOMPARE(d, 31u);
}

QTEST_APPLESS_MAIN(TestValueParsing)
#include "tst_valueparsing.moc"
