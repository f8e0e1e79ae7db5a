// Tests for the generated segment descriptions and names (profile/Describe.h): planted segments are described
// by what was planted, thresholds decide what is mentioned, names are short and unique, column names are
// humanised, and other locales format their numbers.
#include <QRegularExpression>
#include <QtTest>
#include <set>

#include "data/Table.h"
#include "profile/Describe.h"
#include "profile/SegmentProfile.h"

using namespace seg;
using namespace seg::profile;

namespace {

constexpr std::size_t kPerSegment = 250;

// 4 segments of 250 rows: segment 0 spends 3x the others, segment 1 orders a fifth as often, segment 2 lives
// mostly in the North, segment 3 is like everyone. Age is the same noise everywhere.
struct Planted {
    data::Table table;
    std::vector<int> labels;
};

Planted planted(double spendFactor = 3.0) {
    Planted p;
    const std::size_t n = 4 * kPerSegment;
    std::vector<double> spend(n), orders(n), age(n);
    std::vector<std::int32_t> region(n);
    for (std::size_t i = 0; i < n; ++i) {
        const int s = static_cast<int>(i / kPerSegment);
        p.labels.push_back(s);
        const double wiggle = static_cast<double>(i % 11) - 5.0;
        spend[i] = (s == 0 ? 100.0 * spendFactor : 100.0) + 2.0 * wiggle;
        orders[i] = (s == 1 ? 2.0 : 10.0) + 0.2 * wiggle;
        age[i] = 40.0 + static_cast<double>((i * 7) % 13);
        // North 80% in segment 2, 20% elsewhere; the rest spread over three other regions.
        const std::size_t r = i % 10;
        region[i] = (s == 2 ? r < 8 : r < 2) ? 0 : static_cast<std::int32_t>(1 + r % 3);
    }
    p.table.addColumn(data::Column::numbers("total_spend", spend));
    p.table.addColumn(data::Column::numbers("orders_per_year", orders));
    p.table.addColumn(data::Column::numbers("Age", age));
    p.table.addColumn(data::Column::strings("region", region, {"North", "South", "East", "West"}));
    return p;
}

std::vector<SegmentDescription> describe(const Planted& p, int k = 4, const QLocale& locale = QLocale::c(),
                                         const DescribeParams& params = {},
                                         const std::vector<std::string>& features = {"total_spend",
                                                                                     "orders_per_year"}) {
    return describeSegments(profileSegments(p.table, p.labels, k, features), locale, params);
}

}  // namespace

class TestDescribe : public QObject {
    Q_OBJECT

private slots:
    void plantedSegments();
    void namesAreUnique();
    void namesAreShort();
    void thresholds_data();
    void thresholds();
    void phrasingUnits_data();
    void phrasingUnits();
    void clusteringFeaturesOnly();
    void emptySegment();
    void otherLocales_data();
    void otherLocales();
    void humanise_data();
    void humanise();
};

void TestDescribe::plantedSegments() {
    const std::vector<SegmentDescription> d = describe(planted());
    QCOMPARE(d.size(), std::size_t{4});
    for (const auto& x : d)
        qInfo("%s: %s", qPrintable(x.name), qPrintable(x.description));

    // Segment 0: 300 against an overall mean of 150.
    QVERIFY(d[0].name.startsWith(QStringLiteral("High total spend")));
    QVERIFY(d[0].description.startsWith(QStringLiteral("High total spend (2.0× average)")));
    QVERIFY(!d[0].typical);
    QCOMPARE(d[0].features.front(), std::size_t{0});

    // Segment 1: 2 orders against 8 overall, 75% fewer.
    QVERIFY(d[1].name.startsWith(QStringLiteral("Low orders per year")));
    QVERIFY(d[1].description.contains(QStringLiteral("low orders per year (−75%)"), Qt::CaseInsensitive));

    // Segment 2: 80% North against 35% overall.
    QVERIFY(d[2].description.contains(QStringLiteral("region mostly North (80% vs 35% overall)"),
                                      Qt::CaseInsensitive));
    QVERIFY(d[2].name.contains(QStringLiteral("North")));

    // Segment 3 is measured against means pulled by segments 0 and 1; whatever it says, nobody's
    // description mentions age, planted the same everywhere.
    const QRegularExpression age(QStringLiteral("\\bage\\b"), QRegularExpression::CaseInsensitiveOption);
    for (const auto& x : d)
        QVERIFY(!x.description.contains(age));
    for (const auto& x : d)
        QVERIFY(x.description.endsWith(u'.'));
}

void TestDescribe::namesAreUnique() {
    // Segments 0 and 1 planted alike (both high spenders): their top feature is the same.
    Planted p = planted();
    for (std::size_t i = kPerSegment; i < 2 * kPerSegment; ++i)
        p.labels[i] = 0;
    for (std::size_t i = 0; i < kPerSegment; ++i)
        p.labels[i] = static_cast<int>(i % 2);
    const std::vector<SegmentDescription> d = describe(p);
    std::set<QString> names;
    for (const auto& x : d)
        names.insert(x.name);
    QCOMPARE(names.size(), d.size());

    // Every segment typical: numbered.
    Planted same = planted(1.0);
    for (std::size_t i = 0; i < same.labels.size(); ++i)
        same.labels[i] = static_cast<int>(i % 3);
    const std::vector<SegmentDescription> t =
        describeSegments(profileSegments(same.table, same.labels, 3, {}), QLocale::c());
    for (std::size_t s = 0; s < t.size(); ++s) {
        QVERIFY(t[s].typical);
        QCOMPARE(t[s].description, QStringLiteral("Close to the average customer."));
        QCOMPARE(t[s].name, QStringLiteral("Typical customers (segment %1)").arg(s + 1));
    }
}

void TestDescribe::namesAreShort() {
    Planted p = planted();
    p.table.column(0).setName("total_spend_in_the_last_twelve_months_online");
    p.table.column(1).setName("orders_per_year_including_cancelled_ones");
    for (const auto& x : describe(p, 4, QLocale::c(), {}, {})) {
        QVERIFY2(x.name.size() <= 40, qPrintable(x.name));
        QVERIFY(!x.name.isEmpty());
    }
}

// A segment shifted by `shift` overall sds on one feature is mentioned from 0.5 sd on.
void TestDescribe::thresholds_data() {
    QTest::addColumn<double>("shift");
    QTest::addColumn<bool>("mentioned");
    QTest::newRow("0.3 sd") << 0.3 << false;
    QTest::newRow("0.45 sd") << 0.45 << false;
    QTest::newRow("0.55 sd") << 0.55 << true;
    QTest::newRow("2 sd") << 2.0 << true;
}

void TestDescribe::thresholds() {
    QFETCH(double, shift);
    QFETCH(bool, mentioned);
    // A share w of rows at 110, the rest (segment 1) at 100: segment 1 lies sqrt(w / (1 - w)) overall sds
    // below the mean, so w = shift^2 / (1 + shift^2) puts it `shift` sds away.
    const std::size_t n = 10000;
    const auto high = static_cast<std::size_t>(std::lround(n * shift * shift / (1.0 + shift * shift)));
    std::vector<double> x(n);
    std::vector<int> labels(n);
    for (std::size_t i = 0; i < n; ++i) {
        labels[i] = i < high ? 0 : 1;
        x[i] = i < high ? 110.0 : 100.0;
    }
    data::Table t;
    t.addColumn(data::Column::numbers("score", x));
    const SegmentProfile p = profileSegments(t, labels, 2, {"score"});
    QVERIFY(std::abs(p.features[0].numeric.segments[1].difference + shift) < 1e-3);
    const auto d = describeSegments(p, QLocale::c());
    QCOMPARE(!d[1].typical, mentioned);
    QCOMPARE(d[1].description.contains(QStringLiteral("score")), mentioned);
    if (mentioned) QCOMPARE(d[1].name, QStringLiteral("Low score"));
}

// The unit of a numeric phrase: ratio, percentage, or standard deviations when ratios mean nothing.
void TestDescribe::phrasingUnits_data() {
    QTest::addColumn<int>("lowRows");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<QString>("highText");
    QTest::addColumn<QString>("lowText");
    QTest::newRow("ratio") << 2 << 10.0 << 50.0 << "High x (1.7× average)."
                           << "Low x (−67%).";
    QTest::newRow("large ratio") << 38 << 0.0 << 100.0 << "High x (20× average)."
                                 << "Close to the average customer.";
    QTest::newRow("small change") << 2 << 1000.0 << 1020.0 << "High x (+1.0 SD)."
                                  << "Low x (−1.0 SD).";
    QTest::newRow("negative mean") << 2 << -50.0 << -10.0 << "High x (+1.0 SD)."
                                   << "Low x (−1.0 SD).";
    QTest::newRow("zero mean") << 2 << -10.0 << 10.0 << "High x (+1.0 SD)."
                               << "Low x (−1.0 SD).";
}

void TestDescribe::phrasingUnits() {
    QFETCH(int, lowRows);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(QString, highText);
    QFETCH(QString, lowText);
    std::vector<double> x(static_cast<std::size_t>(lowRows), low);
    std::vector<int> labels(x.size(), 0);
    x.insert(x.end(), {high, high});
    labels.insert(labels.end(), {1, 1});
    data::Table t;
    t.addColumn(data::Column::numbers("x", x));
    const auto d = describeSegments(profileSegments(t, labels, 2, {"x"}), QLocale::c());
    QCOMPARE(d[1].description, highText);
    QCOMPARE(d[0].description, lowText);
}

void TestDescribe::clusteringFeaturesOnly() {
    DescribeParams params;
    params.clusteringFeaturesOnly = true;
    const auto d = describe(planted(), 4, QLocale::c(), params, {"total_spend"});
    QVERIFY(d[0].name.startsWith(QStringLiteral("High total spend")));
    QVERIFY(!d[2].description.contains(QStringLiteral("North")));
    for (const auto& x : d)
        QVERIFY(!x.description.contains(QStringLiteral("orders")));
}

void TestDescribe::emptySegment() {
    const Planted p = planted();
    const auto d = describe(p, 5);
    QCOMPARE(d[4].name, QStringLiteral("Empty segment"));
    QVERIFY(d[4].typical);
}

void TestDescribe::otherLocales_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("ratio");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << "2,0×";
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << "2,0×";
    QTest::newRow("Arabic") << QLocale(QLocale::Arabic, QLocale::Egypt) << QString();
    QTest::newRow("Japanese") << QLocale(QLocale::Japanese, QLocale::Japan) << "2.0×";
}

void TestDescribe::otherLocales() {
    QFETCH(QLocale, locale);
    QFETCH(QString, ratio);
    const auto d = describe(planted(), 4, locale);
    qInfo("%s", qPrintable(d[0].description));
    QVERIFY(!d[0].description.isEmpty());
    if (!ratio.isEmpty()) QVERIFY2(d[0].description.contains(ratio), qPrintable(d[0].description));
    std::set<QString> names;
    for (const auto& x : d)
        names.insert(x.name);
    QCOMPARE(names.size(), d.size());
}

void TestDescribe::humanise_data() {
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("snake") << "total_spend"
                           << "total spend";
    QTest::newRow("camel") << "totalSpend"
                           << "total spend";
    QTest::newRow("pascal") << "AnnualIncome"
                            << "annual income";
    QTest::newRow("acronym end") << "CustomerID"
                                 << "customer ID";
    QTest::newRow("acronym start") << "NPS_score"
                                   << "NPS score";
    QTest::newRow("acronym inside") << "lastHTTPStatus"
                                    << "last HTTP status";
    QTest::newRow("spaces") << "Annual Income (k$)"
                            << "annual income (k$)";
    QTest::newRow("dashes and dots") << "days-since.last   purchase"
                                     << "days since last purchase";
    QTest::newRow("digits") << "Q3_revenue"
                            << "Q3 revenue";
    QTest::newRow("upper words") << "ORDERS_PER_YEAR"
                                 << "ORDERS PER YEAR";
    QTest::newRow("single") << "Age"
                            << "age";
    QTest::newRow("unicode") << "Ümsatz_€"
                             << "ümsatz €";
    QTest::newRow("empty") << ""
                           << "";
}

void TestDescribe::humanise() {
    QFETCH(QString, column);
    QFETCH(QString, expected);
    QCOMPARE(humaniseColumnName(column.toStdString()), expected);
}

QTEST_APPLESS_MAIN(TestDescribe)
#include "tst_describe.moc"
