// Tests for segment profiles (profile/SegmentProfile.h) and the F / chi-squared tails behind their p-values
// (profile/Distributions.h): every number equals pandas / SciPy's (tests/peer/make_profile_expected.py), the
// tails equal scipy.stats on a grid, degenerate segments and columns give the documented values, results do
// not depend on label names or thread count, and 1,000,000 rows x 12 columns are timed.
#include <math.h>  // signgam
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>
#include <cmath>
#include <limits>
#include <random>

#include "PeerJson.h"
#include "common/Error.h"
#include "common/Parallel.h"
#include "data/Import.h"
#include "profile/Distributions.h"
#include "profile/SegmentProfile.h"

using namespace seg;
using namespace seg::profile;

namespace {

using namespace seg::test;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double worstProfileDeviation = 0.0;

// 1e-9 relative (absolute near zero); JSON null stands for NaN (undefined).
bool closeTo(double ours, const QJsonValue& peer, double tol = 1e-9) {
    if (peer.isNull() || peer.isUndefined()) return std::isnan(ours);
    const double p = peer.toDouble();
    const double dev = std::abs(ours - p) / std::max(1.0, std::abs(p));
    worstProfileDeviation = std::max(worstProfileDeviation, std::isnan(dev) ? 1.0 : dev);
    return dev <= tol;
}

#define COMPARE_PEER(ours, peer, what)                                   \
    QVERIFY2(closeTo(ours, peer),                                        \
             qPrintable(QStringLiteral("%1: %2 vs SciPy %3")             \
                            .arg(what)                                   \
                            .arg(ours, 0, 'g', 17)                       \
                            .arg((peer).isNull() ? QStringLiteral("NaN") \
                                                 : QString::number((peer).toDouble(), 'g', 17))))

// Relative deviation of a tail probability; both underflowing below 1e-300 counts as agreement.
double tailDeviation(double ours, double peer) {
    if (peer < 1e-300 && ours < 1e-300) return 0.0;
    return std::abs(ours - peer) / peer;
}

data::Table loadFixture(const QJsonObject& o) {
    const QString path = QStringLiteral(SEGMENTLAB_TEST_DATA "/") + o["csv"].toString();
    return data::importTable(path.toStdString()).table;
}

std::vector<std::string> stringsFrom(const QJsonArray& a) {
    std::vector<std::string> v;
    for (const auto& x : a)
        v.push_back(x.toString().toStdString());
    return v;
}

const FeatureProfile* featureNamed(const SegmentProfile& p, const std::string& name) {
    for (const FeatureProfile& f : p.features)
        if (f.name == name) return &f;
    return nullptr;
}

// A table of numeric columns only (and optionally one categorical), for the degenerate cases.
data::Table numericTable(const std::vector<std::pair<std::string, std::vector<double>>>& columns) {
    data::Table t;
    for (const auto& [name, values] : columns)
        t.addColumn(data::Column::numbers(name, values));
    return t;
}

}  // namespace

class TestSegmentProfile : public QObject {
    Q_OBJECT

private slots:
    void matchesScipy();
    void fTailMatchesScipy();
    void chiSquaredTailMatchesScipy();
    void tailEdges();
    void tailsWriteNoGlobalState();
    void rankingsAreOrdered();
    void sameUnderLabelPermutation();
    void sameBitsForAnyThreadCount();
    void degenerate_data();
    void degenerate();
    void constantColumn();
    void oneSegment();
    void allMissingInSegment();
    void categoricalSingleLevel();
    void errors();
    void cancel();
    void timingMillionRows();
    void cleanupTestCase();
};

void TestSegmentProfile::matchesScipy() {
    const QJsonObject o = loadPeer(QStringLiteral("profile_"), QStringLiteral("customers"));
    const data::Table table = loadFixture(o);
    const std::vector<int> labels = intsFrom(o["labels"].toArray());
    const int k = o["k"].toInt();
    const std::vector<std::string> features = stringsFrom(o["features"].toArray());
    const SegmentProfile p = profileSegments(table, labels, k, features);

    QCOMPARE(p.k, k);
    QCOMPARE(p.rows, labels.size());
    QCOMPARE(p.outliers, static_cast<std::size_t>(o["outliers"].toInt()));
    QCOMPARE(p.leftOut, static_cast<std::size_t>(o["left_out"].toInt()));
    const QJsonArray sizes = o["sizes"].toArray();
    for (int s = 0; s < k; ++s) {
        QCOMPARE(p.segments[s].size, static_cast<std::size_t>(sizes[s].toInt()));
        QCOMPARE(p.segments[s].share,
                 static_cast<double>(p.segments[s].size) / static_cast<double>(p.segmented));
    }

    // Id, date and text columns are skipped; the rest keep the table's order.
    const QJsonObject numeric = o["numeric"].toObject();
    const QJsonObject categorical = o["categorical"].toObject();
    QCOMPARE(p.features.size(), static_cast<std::size_t>(numeric.size() + categorical.size()));
    QVERIFY(!featureNamed(p, "customer_id") && !featureNamed(p, "signup_date") && !featureNamed(p, "note"));
    for (std::size_t i = 1; i < p.features.size(); ++i)
        QVERIFY(p.features[i - 1].column < p.features[i].column);

    for (auto it = numeric.begin(); it != numeric.end(); ++it) {
        const std::string name = it.key().toStdString();
        const FeatureProfile* f = featureNamed(p, name);
        QVERIFY2(f, name.c_str());
        QCOMPARE(f->kind, FeatureKind::Numeric);
        QCOMPARE(f->usedForClustering, std::find(features.begin(), features.end(), name) != features.end());
        const QJsonObject e = it.value().toObject();
        const NumericProfile& n = f->numeric;
        const QJsonObject ov = e["overall"].toObject();
        const QString at = it.key();
        QCOMPARE(n.overall.count, static_cast<std::size_t>(ov["count"].toInt()));
        QCOMPARE(n.overall.missing, static_cast<std::size_t>(ov["missing"].toInt()));
        COMPARE_PEER(n.overall.mean, ov["mean"], at + " mean");
        COMPARE_PEER(n.overall.median, ov["median"], at + " median");
        COMPARE_PEER(n.overall.sd, ov["sd"], at + " sd");
        COMPARE_PEER(n.overall.index, ov["index"], at + " index");
        const QJsonArray segs = e["segments"].toArray();
        const QJsonArray scores = e["scores"].toArray();
        for (int s = 0; s < k; ++s) {
            const QJsonObject es = segs[s].toObject();
            const NumericStats& st = n.segments[s];
            const QString where = QStringLiteral("%1 segment %2").arg(at).arg(s);
            QCOMPARE(st.count, static_cast<std::size_t>(es["count"].toInt()));
            QCOMPARE(st.missing, static_cast<std::size_t>(es["missing"].toInt()));
            COMPARE_PEER(st.mean, es["mean"], where + " mean");
            COMPARE_PEER(st.median, es["median"], where + " median");
            COMPARE_PEER(st.sd, es["sd"], where + " sd");
            COMPARE_PEER(st.difference, es["difference"], where + " difference");
            COMPARE_PEER(st.index, es["index"], where + " index");
            for (const Distinction& d : p.segments[s].ranking)
                if (p.features[d.feature].name == name) {
                    COMPARE_PEER(d.difference, scores[s], where + " score");
                    QCOMPARE(d.level, -1);
                }
        }
        COMPARE_PEER(n.f, e["f"], at + " F");
        COMPARE_PEER(n.p, e["p"], at + " p");
        COMPARE_PEER(n.etaSquared, e["eta_squared"], at + " eta^2");
        COMPARE_PEER(f->effectSize, e["eta_squared"], at + " effect size");
        QCOMPARE(n.dfBetween, e["df_between"].toInt());
        QCOMPARE(n.dfWithin, e["df_within"].toInt());
    }

    for (auto it = categorical.begin(); it != categorical.end(); ++it) {
        const std::string name = it.key().toStdString();
        const FeatureProfile* f = featureNamed(p, name);
        QVERIFY2(f, name.c_str());
        QCOMPARE(f->kind, FeatureKind::Categorical);
        QVERIFY(!f->usedForClustering);
        const QJsonObject e = it.value().toObject();
        const CategoricalProfile& c = f->categorical;
        QCOMPARE(c.levels, stringsFrom(e["levels"].toArray()));
        auto compareCounts = [&](const LevelCounts& ours, const QJsonObject& peer, const QString& where) {
            QCOMPARE(ours.present, static_cast<std::size_t>(peer["present"].toInt()));
            QCOMPARE(ours.missing, static_cast<std::size_t>(peer["missing"].toInt()));
            const QJsonArray counts = peer["counts"].toArray();
            const QJsonArray shares = peer["shares"].toArray();
            QCOMPARE(ours.counts.size(), static_cast<std::size_t>(counts.size()));
            for (qsizetype j = 0; j < counts.size(); ++j) {
                QCOMPARE(ours.counts[j], static_cast<std::size_t>(counts[j].toInt()));
                COMPARE_PEER(ours.shares[j], shares[j], where + " share");
            }
        };
        const QString at = it.key();
        compareCounts(c.overall, e["overall"].toObject(), at);
        const QJsonArray segs = e["segments"].toArray();
        const QJsonArray scores = e["scores"].toArray();
        for (int s = 0; s < k; ++s) {
            compareCounts(c.segments[s], segs[s].toObject(), QStringLiteral("%1 segment %2").arg(at).arg(s));
            for (const Distinction& d : p.segments[s].ranking)
                if (p.features[d.feature].name == name) {
                    COMPARE_PEER(d.difference, scores[s], at + " score");
                    QVERIFY(d.level >= 0);
                }
        }
        COMPARE_PEER(c.chiSquared, e["chi_squared"], at + " chi2");
        COMPARE_PEER(c.p, e["p"], at + " p");
        QCOMPARE(c.df, e["df"].toInt());
        COMPARE_PEER(c.cramersV, e["cramers_v"], at + " V");
        COMPARE_PEER(f->effectSize, e["cramers_v"], at + " effect size");
    }
}

void TestSegmentProfile::fTailMatchesScipy() {
    const QJsonObject o = loadPeer(QStringLiteral("profile_"), QStringLiteral("distributions"));
    double worst = 0.0;
    double worstModerate = 0.0;  // d2 <= 1e4
    QString worstAt;
    int underflows = 0;
    int failures = 0;
    for (const auto& rowValue : o["f_sf"].toArray()) {
        const QJsonArray row = rowValue.toArray();
        const double d1 = row[0].toDouble(), d2 = row[1].toDouble(), f = row[2].toDouble();
        const double peer = row[3].toDouble();
        const double ours = fSurvival(f, d1, d2);
        underflows += peer < 1e-300;
        // Up to d2 = 1e4 the tail is ~1e-12 reproducible; beyond it, x = d2 / (d2 + d1 f) alone carries
        // a relative conditioning of about (d2 / 2) * 1e-16 in both implementations.
        const double tol = d2 <= 1e4 ? 1e-10 : 1e-9;
        const double dev = tailDeviation(ours, peer);
        if (dev > tol) {
            ++failures;
            qWarning("F(%g, %g) sf(%g): %.17g vs SciPy %.17g", d1, d2, f, ours, peer);
        }
        if (d2 <= 1e4) worstModerate = std::max(worstModerate, dev);
        if (dev > worst) {
            worst = dev;
            worstAt = QStringLiteral("F(%1, %2) at %3").arg(d1).arg(d2).arg(f);
        }
    }
    qInfo(
        "F sf: worst relative deviation from SciPy %.3g (%s), %.3g with d2 <= 1e4; %d grid points below "
        "1e-300",
        worst, qPrintable(worstAt), worstModerate, underflows);
    QCOMPARE(failures, 0);
}

void TestSegmentProfile::chiSquaredTailMatchesScipy() {
    const QJsonObject o = loadPeer(QStringLiteral("profile_"), QStringLiteral("distributions"));
    double worst = 0.0;
    QString worstAt;
    for (const auto& rowValue : o["chi2_sf"].toArray()) {
        const QJsonArray row = rowValue.toArray();
        const double df = row[0].toDouble(), x = row[1].toDouble();
        const double peer = row[2].toDouble();
        const double ours = chiSquaredSurvival(x, df);
        const double tol = df <= 1e4 ? 1e-10 : 1e-9;
        const double dev = tailDeviation(ours, peer);
        QVERIFY2(dev <= tol, qPrintable(QStringLiteral("chi2(%1) sf(%2): %3 vs SciPy %4")
                                            .arg(df)
                                            .arg(x)
                                            .arg(ours, 0, 'g', 17)
                                            .arg(peer, 0, 'g', 17)));
        if (dev > worst) {
            worst = dev;
            worstAt = QStringLiteral("chi2(%1) at %2").arg(df).arg(x);
        }
    }
    qInfo("chi2 sf: worst relative deviation from SciPy %.3g (%s)", worst, qPrintable(worstAt));
}

void TestSegmentProfile::tailEdges() {
    QCOMPARE(fSurvival(0.0, 3, 10), 1.0);
    QCOMPARE(fSurvival(-1.0, 3, 10), 1.0);
    QCOMPARE(fSurvival(std::numeric_limits<double>::infinity(), 3, 10), 0.0);
    QVERIFY(std::isnan(fSurvival(kNaN, 3, 10)));
    QVERIFY(std::isnan(fSurvival(1.0, 0, 10)));
    QCOMPARE(chiSquaredSurvival(0.0, 4), 1.0);
    QCOMPARE(chiSquaredSurvival(std::numeric_limits<double>::infinity(), 4), 0.0);
    QVERIFY(std::isnan(chiSquaredSurvival(1.0, 0)));
    // The two tails add up to one, each computed without the other's rounding.
    for (double a : {0.5, 3.0, 40.0, 2500.0})
        for (double x : {0.01, 0.3, 0.5, 0.9}) {
            const BetaTails t = regularizedBeta(a, 7.5, x, 1.0 - x);
            QVERIFY(std::abs(t.lower + t.upper - 1.0) < 1e-14);
            const GammaTails g = regularizedGamma(a, a * x * 2);
            QVERIFY(std::abs(g.lower + g.upper - 1.0) < 1e-14);
        }
    // Known closed forms: chi2 with 2 df is exponential, F(2, 2) sf(f) = 1 / (1 + f).
    for (double x : {0.1, 1.0, 10.0, 100.0, 1000.0}) {
        QVERIFY(std::abs(chiSquaredSurvival(x, 2) / std::exp(-x / 2) - 1.0) < 1e-13);
        QVERIFY(std::abs(fSurvival(x, 2, 2) * (1.0 + x) - 1.0) < 1e-13);
    }
}

// The tails run on several threads at once (one feature per task), so they must not write shared state:
// std::lgamma stores the sign of Gamma(x) in the global signgam (glibc: MT-Unsafe race:signgam), and each
// tail below reaches ln Gamma (degrees of freedom under the Stirling range).
void TestSegmentProfile::tailsWriteNoGlobalState() {
    signgam = 7;
    QVERIFY(fSurvival(1.5, 3, 4) > 0.0);
    QVERIFY(chiSquaredSurvival(2.0, 3) > 0.0);
    const BetaTails t = regularizedBeta(0.5, 7.5, 0.3, 0.7);
    QVERIFY(t.lower > 0.0 && t.upper > 0.0);
    const GammaTails g = regularizedGamma(2.5, 1.0);
    QVERIFY(g.lower > 0.0 && g.upper > 0.0);
    QCOMPARE(signgam, 7);
}

void TestSegmentProfile::rankingsAreOrdered() {
    const QJsonObject o = loadPeer(QStringLiteral("profile_"), QStringLiteral("customers"));
    const data::Table table = loadFixture(o);
    const SegmentProfile p = profileSegments(table, intsFrom(o["labels"].toArray()), o["k"].toInt(),
                                             stringsFrom(o["features"].toArray()));
    for (const SegmentSummary& s : p.segments) {
        QCOMPARE(s.ranking.size(), p.features.size());
        for (std::size_t i = 0; i < s.ranking.size(); ++i) {
            const Distinction& d = s.ranking[i];
            QCOMPARE(d.score, std::isfinite(d.difference) ? std::abs(d.difference) : 0.0);
            if (i) {
                QVERIFY(s.ranking[i - 1].score >= d.score);
                if (s.ranking[i - 1].score == d.score) QVERIFY(s.ranking[i - 1].feature < d.feature);
            }
        }
    }
    auto key = [&](std::size_t i) {
        const FeatureProfile& f = p.features[i];
        return f.kind == FeatureKind::Numeric ? f.effectSize : f.effectSize * f.effectSize;
    };
    QCOMPARE(p.ranking.size(), p.features.size());
    for (std::size_t i = 1; i < p.ranking.size(); ++i)
        QVERIFY(key(p.ranking[i - 1]) >= key(p.ranking[i]));
    // The planted structure: income is the strongest, the survey answers and the constant the weakest.
    QCOMPARE(p.features[p.ranking.front()].name, std::string("annual_income"));
    QCOMPARE(p.features[p.ranking.back()].name, std::string("store_count"));
}

void TestSegmentProfile::sameUnderLabelPermutation() {
    const QJsonObject o = loadPeer(QStringLiteral("profile_"), QStringLiteral("customers"));
    const data::Table table = loadFixture(o);
    const std::vector<int> labels = intsFrom(o["labels"].toArray());
    const std::vector<std::string> features = stringsFrom(o["features"].toArray());
    const int perm[] = {2, 0, 3, 1};
    std::vector<int> permuted(labels);
    for (int& l : permuted)
        if (l >= 0) l = perm[l];
    const SegmentProfile a = profileSegments(table, labels, 4, features);
    const SegmentProfile b = profileSegments(table, permuted, 4, features);
    for (std::size_t i = 0; i < a.features.size(); ++i) {
        const FeatureProfile& fa = a.features[i];
        const FeatureProfile& fb = b.features[i];
        QVERIFY(std::abs(fa.effectSize - fb.effectSize) <= 1e-12 * std::max(1.0, fa.effectSize));
        for (int s = 0; s < 4; ++s) {
            if (fa.kind == FeatureKind::Numeric) {
                QCOMPARE(fa.numeric.segments[s].mean, fb.numeric.segments[perm[s]].mean);
                QCOMPARE(fa.numeric.segments[s].median, fb.numeric.segments[perm[s]].median);
            } else {
                QCOMPARE(fa.categorical.segments[s].counts, fb.categorical.segments[perm[s]].counts);
            }
        }
    }
    for (int s = 0; s < 4; ++s)
        QCOMPARE(a.segments[s].ranking.front().feature, b.segments[perm[s]].ranking.front().feature);
}

void TestSegmentProfile::sameBitsForAnyThreadCount() {
    const QJsonObject o = loadPeer(QStringLiteral("profile_"), QStringLiteral("customers"));
    const data::Table table = loadFixture(o);
    const std::vector<int> labels = intsFrom(o["labels"].toArray());
    qputenv("SEGMENTLAB_THREADS", "1");
    const SegmentProfile one = profileSegments(table, labels, 4, {});
    for (const char* t : {"2", "5"}) {
        qputenv("SEGMENTLAB_THREADS", t);
        const SegmentProfile many = profileSegments(table, labels, 4, {});
        for (std::size_t i = 0; i < one.features.size(); ++i) {
            QCOMPARE(many.features[i].effectSize, one.features[i].effectSize);
            if (one.features[i].kind == FeatureKind::Numeric) {
                QCOMPARE(many.features[i].numeric.overall.sd, one.features[i].numeric.overall.sd);
                QCOMPARE(many.features[i].numeric.segments[1].median,
                         one.features[i].numeric.segments[1].median);
            }
        }
        QCOMPARE(many.ranking, one.ranking);
    }
    qunsetenv("SEGMENTLAB_THREADS");
}

// Segments of one row, an empty segment, outliers and left-out rows among them.
void TestSegmentProfile::degenerate_data() {
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<std::vector<int>>("labels");
    QTest::addColumn<int>("k");
    QTest::newRow("segment of one") << std::vector<double>{1, 2, 3, 10} << std::vector<int>{0, 0, 0, 1} << 2;
    QTest::newRow("empty segment") << std::vector<double>{1, 2, 3, 10, 11} << std::vector<int>{0, 0, 0, 2, 2}
                                   << 3;
    QTest::newRow("all single") << std::vector<double>{1, 5, 9} << std::vector<int>{0, 1, 2} << 3;
    QTest::newRow("outliers ignored")
        << std::vector<double>{1, 2, 1000, 3, 10, -50, 12} << std::vector<int>{0, 0, -1, 0, 1, -2, 1} << 2;
}

void TestSegmentProfile::degenerate() {
    QFETCH(std::vector<double>, values);
    QFETCH(std::vector<int>, labels);
    QFETCH(int, k);
    const SegmentProfile p = profileSegments(numericTable({{"x", values}}), labels, k, {"x"});
    const NumericProfile& n = p.features.at(0).numeric;
    // Direct computation over the segmented rows.
    double sum = 0.0, count = 0.0;
    std::vector<double> segSum(k, 0.0), segCount(k, 0.0);
    for (std::size_t i = 0; i < values.size(); ++i)
        if (labels[i] >= 0) {
            sum += values[i];
            ++count;
            segSum[labels[i]] += values[i];
            ++segCount[labels[i]];
        }
    const double mean = sum / count;
    double ssTotal = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (labels[i] >= 0) ssTotal += (values[i] - mean) * (values[i] - mean);
    QVERIFY(std::abs(n.overall.mean - mean) < 1e-12);
    QVERIFY(std::abs(n.overall.sd - std::sqrt(ssTotal / count)) < 1e-12);
    int groups = 0;
    for (int s = 0; s < k; ++s) {
        const NumericStats& st = n.segments[s];
        if (segCount[s] == 0) {
            QVERIFY(std::isnan(st.mean) && std::isnan(st.difference) && std::isnan(st.index));
            QCOMPARE(p.segments[s].size, std::size_t{0});
            QCOMPARE(p.segments[s].ranking.front().score, 0.0);
            continue;
        }
        ++groups;
        QVERIFY(std::abs(st.mean - segSum[s] / segCount[s]) < 1e-12);
        if (segCount[s] == 1) QCOMPARE(st.sd, 0.0);
        QVERIFY(std::isfinite(st.difference));
    }
    QCOMPARE(n.dfBetween, groups - 1);
    if (n.dfWithin == 0) {
        QVERIFY(std::isnan(n.f) && std::isnan(n.p));  // every segment a single row: no within variation
        QCOMPARE(n.etaSquared, 1.0);
    } else {
        QVERIFY(std::isfinite(n.f) && n.p >= 0.0 && n.p <= 1.0);
        QVERIFY(n.etaSquared > 0.0 && n.etaSquared <= 1.0);
    }
}

void TestSegmentProfile::constantColumn() {
    const std::vector<double> c(9, 0.1);
    const SegmentProfile p = profileSegments(numericTable({{"c", c}, {"zero", std::vector<double>(9, 0.0)}}),
                                             {0, 0, 0, 1, 1, 1, 2, 2, 2}, 3, {"c"});
    const NumericProfile& n = p.features[0].numeric;
    QCOMPARE(n.overall.mean, 0.1);
    QCOMPARE(n.overall.sd, 0.0);
    for (const NumericStats& st : n.segments) {
        QCOMPARE(st.mean, 0.1);
        QCOMPARE(st.sd, 0.0);
        QCOMPARE(st.difference, 0.0);
        QCOMPARE(st.index, 100.0);
    }
    QVERIFY(std::isnan(n.f) && std::isnan(n.p));
    QCOMPARE(n.etaSquared, 0.0);
    // A constant zero: the index is undefined.
    QVERIFY(std::isnan(p.features[1].numeric.segments[0].index));
    QVERIFY(std::isnan(p.features[1].numeric.overall.index));
    QCOMPARE(p.features[1].numeric.segments[0].difference, 0.0);
    // Constant within segments but different between them: F is infinite, p zero.
    const SegmentProfile q =
        profileSegments(numericTable({{"x", {1, 1, 2, 2, 3, 3}}}), {0, 0, 1, 1, 2, 2}, 3, {"x"});
    QVERIFY(std::isinf(q.features[0].numeric.f));
    QCOMPARE(q.features[0].numeric.p, 0.0);
    QCOMPARE(q.features[0].numeric.etaSquared, 1.0);
}

void TestSegmentProfile::oneSegment() {
    data::Table t = numericTable({{"x", {1, 2, 3, 4}}});
    t.addColumn(data::Column::strings("c", {0, 1, 1, 0}, {"a", "b"}));
    const SegmentProfile p = profileSegments(t, {0, 0, 0, 0}, 1, {"x"});
    QCOMPARE(p.segments[0].share, 1.0);
    QVERIFY(std::isnan(p.features[0].numeric.f) && std::isnan(p.features[0].numeric.p));
    QCOMPARE(p.features[0].numeric.etaSquared, 0.0);
    QCOMPARE(p.features[0].numeric.segments[0].difference, 0.0);
    QCOMPARE(p.features[0].numeric.segments[0].index, 100.0);
    const CategoricalProfile& c = p.features[1].categorical;
    QVERIFY(std::isnan(c.chiSquared) && std::isnan(c.p));
    QCOMPARE(c.df, 0);
    QCOMPARE(c.cramersV, 0.0);
    QCOMPARE(c.segments[0].shares, (std::vector<double>{0.5, 0.5}));
    QCOMPARE(p.segments[0].ranking[0].score, 0.0);
}

void TestSegmentProfile::allMissingInSegment() {
    data::Table t = numericTable({{"x", {1, 2, kNaN, kNaN, 5, 6}}});
    t.addColumn(data::Column::strings("c", {0, 1, -1, -1, 1, 1}, {"a", "b"}));
    const SegmentProfile p = profileSegments(t, {0, 0, 1, 1, 2, 2}, 3, {});
    const NumericStats& st = p.features[0].numeric.segments[1];
    QCOMPARE(st.count, std::size_t{0});
    QCOMPARE(st.missing, std::size_t{2});
    QVERIFY(std::isnan(st.mean) && std::isnan(st.median) && std::isnan(st.difference));
    QCOMPARE(p.features[0].numeric.dfBetween, 1);  // two segments with values
    QCOMPARE(p.features[0].numeric.overall.missing, std::size_t{2});
    const LevelCounts& lc = p.features[1].categorical.segments[1];
    QCOMPARE(lc.present, std::size_t{0});
    QCOMPARE(lc.shares, (std::vector<double>{0.0, 0.0}));
    QCOMPARE(p.features[1].categorical.df, 1);  // the empty segment's row is dropped
    for (const Distinction& d : p.segments[1].ranking)
        QCOMPARE(d.score, 0.0);
}

void TestSegmentProfile::categoricalSingleLevel() {
    data::Table t;
    // "b" only in an outlier row: not listed; one level left, so no test.
    t.addColumn(data::Column::strings("c", {0, 0, 1, 0}, {"a", "b"}));
    const SegmentProfile p = profileSegments(t, {0, 1, -1, 1}, 2, {});
    const CategoricalProfile& c = p.features[0].categorical;
    QCOMPARE(c.levels, std::vector<std::string>{"a"});
    QVERIFY(std::isnan(c.chiSquared));
    QCOMPARE(p.segments[0].ranking[0].score, 0.0);
    QCOMPARE(p.segments[0].ranking[0].level, -1);
}

void TestSegmentProfile::errors() {
    const data::Table t = numericTable({{"x", {1, 2, 3}}});
    auto check = [&](const std::vector<int>& labels, int k, const std::vector<std::string>& features,
                     ErrorCode code, std::int64_t line = 0) {
        try {
            (void)profileSegments(t, labels, k, features);
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.code(), code);
            QCOMPARE(e.context().line, line);
        }
    };
    check({0, 0, 0}, 0, {}, ErrorCode::InvalidParameter);
    check({0, 0}, 1, {}, ErrorCode::InvalidParameter);
    check({0, 2, 0}, 2, {}, ErrorCode::InvalidParameter, 2);
    check({0, -3, 0}, 2, {}, ErrorCode::InvalidParameter, 2);
    check({0, 0, 0}, 1, {"nope"}, ErrorCode::ColumnNotFound);
}

void TestSegmentProfile::cancel() {
    const data::Table t =
        numericTable({{"x", std::vector<double>(5000, 1.0)}, {"y", std::vector<double>(5000, 2.0)}});
    QVERIFY_THROWS_EXCEPTION(Cancelled, (void)profileSegments(t, std::vector<int>(5000, 0), 1, {},
                                                              Progress([](double) { return false; })));
}

void TestSegmentProfile::timingMillionRows() {
    const std::size_t n = 1'000'000;
    const int k = 6;
    std::mt19937_64 rng(42);
    std::normal_distribution<double> normal;
    std::uniform_int_distribution<int> segment(-1, k - 1);
    std::vector<int> labels(n);
    for (auto& l : labels)
        l = segment(rng);
    data::Table t;
    for (int j = 0; j < 9; ++j) {
        std::vector<double> v(n);
        for (std::size_t i = 0; i < n; ++i)
            v[i] = (i % 97 == 0) ? kNaN : normal(rng) + 0.3 * j * std::max(labels[i], 0);
        t.addColumn(data::Column::numbers("n" + std::to_string(j), std::move(v)));
    }
    for (int j = 0; j < 3; ++j) {
        std::vector<std::int32_t> codes(n);
        for (std::size_t i = 0; i < n; ++i)
            codes[i] = static_cast<std::int32_t>((rng() % 5 + std::max(labels[i], 0)) % 8);
        t.addColumn(data::Column::strings("c" + std::to_string(j), std::move(codes),
                                          {"a", "b", "c", "d", "e", "f", "g", "h"}));
    }
    QElapsedTimer timer;
    timer.start();
    const SegmentProfile p = profileSegments(t, labels, k, {"n0", "n1", "n2"});
    qInfo("profiled %zu rows x %zu columns in %lld ms (%u threads)", n, t.columnCount(), timer.elapsed(),
          workerCount());
    QCOMPARE(p.features.size(), std::size_t{12});
    QVERIFY(p.features[8].numeric.etaSquared > p.features[1].numeric.etaSquared);
}

void TestSegmentProfile::cleanupTestCase() {
    qInfo("profile: worst relative deviation from pandas / SciPy %.3g", worstProfileDeviation);
}

QTEST_APPLESS_MAIN(TestSegmentProfile)
#include "tst_segmentprofile.moc"
