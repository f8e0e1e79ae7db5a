// Tests for seg::metrics::silhouette: per-row values and the mean equal scikit-learn's (expected values made
// by tests/peer/make_metrics_expected.py), a brute-force oracle on larger random data, noise rows, sampling,
// errors, determinism across thread counts, progress and cancellation.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <limits>

#include "common/Error.h"
#include "common/Random.h"
#include "metrics/Silhouette.h"

using namespace seg;
using namespace seg::metrics;

namespace {

struct PeerCase {
    FeatureMatrix x;
    std::vector<int> labels;
    std::vector<double> samples;
    double score = 0.0;
};

PeerCase loadCase(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot open %s", qPrintable(path));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonArray rows = o["x"].toArray();
    const std::size_t d = static_cast<std::size_t>(rows.at(0).toArray().size());
    PeerCase c;
    c.x = FeatureMatrix(static_cast<std::size_t>(rows.size()), d);
    for (qsizetype i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < d; ++j)
            c.x(static_cast<std::size_t>(i), j) =
                rows.at(i).toArray().at(static_cast<qsizetype>(j)).toDouble();
    for (const auto v : o["labels"].toArray())
        c.labels.push_back(v.toInt());
    for (const auto v : o["silhouette_samples"].toArray())
        c.samples.push_back(v.toDouble());
    c.score = o["silhouette_score"].toDouble();
    return c;
}

// Silhouette values live in [-1, 1]: compare absolutely (relatively above 1, which cannot happen).
bool close(double ours, double peer, double tol = 1e-9) {
    return std::abs(ours - peer) <= tol * std::max(1.0, std::abs(peer));
}

SilhouetteParams exact(unsigned threads = 0) {
    SilhouetteParams p;
    p.mode = SilhouetteMode::Exact;
    p.threads = threads;
    return p;
}

// Rows from k Gaussian blobs; labels = the blob, with a few rows relabelled at random so clusters overlap
// and, for small blobs, clusters of one row appear.
void blobs(std::size_t n, std::size_t d, int k, std::uint64_t seed, FeatureMatrix& x,
           std::vector<int>& labels) {
    Rng rng(seed);
    std::normal_distribution<double> normal;
    x = FeatureMatrix(n, d);
    labels.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        // Unequal sizes: cluster c gets weight c + 1.
        const int c = static_cast<int>(std::sqrt(uniform01(rng)) * k);
        labels[i] = c;
        for (std::size_t j = 0; j < d; ++j)
            x(i, j) = 4.0 * c * ((j % 2) ? 1.0 : -0.5) + normal(rng);
        if (uniform01(rng) < 0.05)
            labels[i] = static_cast<int>(uniformIndex(rng, static_cast<std::uint64_t>(k)));
    }
}

// O(n^2) textbook silhouette (Rousseeuw 1987), the oracle for sizes that exercise tiling and threads.
std::vector<double> bruteForce(const FeatureMatrix& x, const std::vector<int>& labels, int k) {
    const std::size_t n = x.rows();
    std::vector<double> sums(n * static_cast<std::size_t>(k), 0.0);
    std::vector<double> counts(static_cast<std::size_t>(k), 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        counts[static_cast<std::size_t>(labels[i])] += 1.0;
        for (std::size_t j = 0; j < n; ++j) {
            double sq = 0.0;
            for (std::size_t f = 0; f < x.cols(); ++f)
                sq += (x(i, f) - x(j, f)) * (x(i, f) - x(j, f));
            sums[i * static_cast<std::size_t>(k) + static_cast<std::size_t>(labels[j])] += std::sqrt(sq);
        }
    }
    std::vector<double> s(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t own = static_cast<std::size_t>(labels[i]);
        if (counts[own] == 1.0) continue;
        const double a = sums[i * static_cast<std::size_t>(k) + own] / (counts[own] - 1.0);
        double b = std::numeric_limits<double>::infinity();
        for (std::size_t c = 0; c < static_cast<std::size_t>(k); ++c)
            if (c != own && counts[c] > 0)
                b = std::min(b, sums[i * static_cast<std::size_t>(k) + c] / counts[c]);
        s[i] = (b - a) / std::max(a, b);
    }
    return s;
}

}  // namespace

class TestSilhouette : public QObject {
    Q_OBJECT

private slots:
    void matchesScikitLearn_data();
    void matchesScikitLearn();
    void matchesBruteForce_data();
    void matchesBruteForce();
    void sameBitsForAnyThreadCount();
    void noiseRowsAreLeftOut();
    void labelValuesDoNotMatter();
    void sampledEstimate();
    void autoModeSwitchesAtTheLimit();
    void sampleKeepsEverySegment_data();
    void sampleKeepsEverySegment();
    void errors_data();
    void errors();
    void progressAndCancel();
};

void TestSilhouette::matchesScikitLearn_data() {
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SEGMENTLAB_TEST_DATA "/peer"));
    const QStringList files = dir.entryList({QStringLiteral("metrics_*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestSilhouette::matchesScikitLearn() {
    QFETCH(QString, path);
    const PeerCase c = loadCase(path);
    const SilhouetteResult r = silhouette(c.x, c.labels, exact());
    QCOMPARE(r.values.size(), c.samples.size());
    QVERIFY(!r.sampled);
    QVERIFY(r.warnings.empty());
    double worst = 0.0;
    for (std::size_t i = 0; i < c.samples.size(); ++i) {
        worst = std::max(worst, std::abs(r.values[i] - c.samples[i]));
        if (!close(r.values[i], c.samples[i]))
            QFAIL(qPrintable(QStringLiteral("row %1: %2 vs scikit-learn %3")
                                 .arg(i)
                                 .arg(r.values[i], 0, 'g', 17)
                                 .arg(c.samples[i], 0, 'g', 17)));
    }
    QVERIFY2(close(r.mean, c.score), qPrintable(QString::number(r.mean - c.score, 'g', 3)));
    qInfo("largest difference from scikit-learn: %.2e", worst);
}

void TestSilhouette::matchesBruteForce_data() {
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("d");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("seed");
    // Sizes chosen so groups and tiles end off the vector width, and one-row clusters occur (k = 40).
    QTest::newRow("n=3001 d=7 k=5") << 3001 << 7 << 5 << 1;
    QTest::newRow("n=1500 d=1 k=3") << 1500 << 1 << 3 << 2;
    QTest::newRow("n=777 d=13 k=40") << 777 << 13 << 40 << 3;
    QTest::newRow("n=17 d=2 k=4") << 17 << 2 << 4 << 4;
}

void TestSilhouette::matchesBruteForce() {
    QFETCH(int, n);
    QFETCH(int, d);
    QFETCH(int, k);
    QFETCH(int, seed);
    FeatureMatrix x;
    std::vector<int> labels;
    blobs(static_cast<std::size_t>(n), static_cast<std::size_t>(d), k, static_cast<std::uint64_t>(seed), x,
          labels);
    // Compact the codes (the brute force wants every cluster present).
    std::vector<int> seen(static_cast<std::size_t>(k), -1);
    int used = 0;
    for (int& l : labels) {
        if (seen[static_cast<std::size_t>(l)] < 0) seen[static_cast<std::size_t>(l)] = used++;
        l = seen[static_cast<std::size_t>(l)];
    }
    const std::vector<double> expected = bruteForce(x, labels, used);
    const SilhouetteResult r = silhouette(x, labels, exact(2));
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(close(r.values[i], expected[i], 1e-12), qPrintable(QString::number(i)));
}

void TestSilhouette::sameBitsForAnyThreadCount() {
    FeatureMatrix x;
    std::vector<int> labels;
    blobs(5003, 6, 7, 11, x, labels);
    const SilhouetteResult one = silhouette(x, labels, exact(1));
    for (unsigned threads : {2u, 3u, 5u}) {
        const SilhouetteResult many = silhouette(x, labels, exact(threads));
        QVERIFY(one.values == many.values);
        QCOMPARE(many.mean, one.mean);
    }
}

void TestSilhouette::noiseRowsAreLeftOut() {
    const PeerCase c = loadCase(QStringLiteral(SEGMENTLAB_TEST_DATA "/peer/metrics_blobs_n300_d5_k4.json"));
    // Interleave noise rows (label -1) far away: they must change nothing.
    std::vector<double> values;
    std::vector<int> labels;
    std::vector<std::size_t> original;
    for (std::size_t i = 0; i < c.x.rows(); ++i) {
        if (i % 7 == 3) {
            for (std::size_t j = 0; j < c.x.cols(); ++j)
                values.push_back(100.0 + static_cast<double>(j));
            labels.push_back(-1);
            original.push_back(SIZE_MAX);
        }
        values.insert(values.end(), c.x.row(i), c.x.row(i) + c.x.cols());
        labels.push_back(c.labels[i]);
        original.push_back(i);
    }
    const FeatureMatrix x(labels.size(), c.x.cols(), values);
    const SilhouetteResult r = silhouette(x, labels, exact());
    QCOMPARE(r.rowsEligible, c.x.rows());
    QCOMPARE(r.rowsScored, c.x.rows());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (original[i] == SIZE_MAX)
            QVERIFY(std::isnan(r.values[i]));
        else
            QVERIFY(close(r.values[i], c.samples[original[i]]));
    }
    QVERIFY(close(r.mean, c.score));
}

void TestSilhouette::labelValuesDoNotMatter() {
    const PeerCase c = loadCase(QStringLiteral(SEGMENTLAB_TEST_DATA "/peer/metrics_blobs_n2000_d3_k8.json"));
    std::vector<int> relabelled = c.labels;
    for (int& l : relabelled)
        l = 1000 - 3 * l;
    const SilhouetteResult a = silhouette(c.x, c.labels, exact());
    const SilhouetteResult b = silhouette(c.x, relabelled, exact());
    for (std::size_t i = 0; i < a.values.size(); ++i)
        QVERIFY(close(a.values[i], b.values[i], 1e-13));
    QCOMPARE(b.clusterLabels.size(), std::size_t(8));
    QVERIFY(std::is_sorted(b.clusterLabels.begin(), b.clusterLabels.end()));
    // Cluster means are ordered as clusterLabels: ascending label values reverse the order here.
    for (std::size_t c2 = 0; c2 < 8; ++c2)
        QVERIFY(close(a.clusterMeans[c2], b.clusterMeans[7 - c2], 1e-12));
}

void TestSilhouette::sampledEstimate() {
    FeatureMatrix x;
    std::vector<int> labels;
    blobs(6000, 4, 5, 21, x, labels);
    const SilhouetteResult full = silhouette(x, labels, exact());
    SilhouetteParams p;
    p.mode = SilhouetteMode::Sampled;
    p.sampleSize = 1500;
    p.seed = 7;
    const SilhouetteResult a = silhouette(x, labels, p);
    QVERIFY(a.sampled);
    QCOMPARE(a.rowsScored, std::size_t(1500));
    QCOMPARE(a.rowsEligible, std::size_t(6000));
    QCOMPARE(a.warnings.size(), std::size_t(1));
    QCOMPARE(a.warnings[0].code, WarningCode::SilhouetteSampled);
    QCOMPARE(a.warnings[0].context.count, 1500);
    QCOMPARE(a.warnings[0].context.limit, 6000);
    const auto scored =
        std::count_if(a.values.begin(), a.values.end(), [](double v) { return !std::isnan(v); });
    QCOMPARE(scored, 1500);
    // The same seed repeats the estimate exactly; another seed draws another sample.
    const SilhouetteResult again = silhouette(x, labels, p);
    QCOMPARE(again.mean, a.mean);
    p.seed = 8;
    const SilhouetteResult other = silhouette(x, labels, p);
    QVERIFY(other.mean != a.mean);
    // Standard error of a 1500-row mean here is about 0.01.
    QVERIFY2(std::abs(a.mean - full.mean) < 0.05, qPrintable(QString::number(a.mean - full.mean)));
    // A sample at least as large as the data is the exact value.
    p.sampleSize = 6000;
    const SilhouetteResult whole = silhouette(x, labels, p);
    QVERIFY(!whole.sampled);
    QCOMPARE(whole.mean, full.mean);
}

void TestSilhouette::autoModeSwitchesAtTheLimit() {
    FeatureMatrix x;
    std::vector<int> labels;
    blobs(2000, 3, 4, 5, x, labels);
    SilhouetteParams p;
    p.exactLimit = 2000;
    p.sampleSize = 500;
    QVERIFY(!silhouette(x, labels, p).sampled);
    p.exactLimit = 1999;
    const SilhouetteResult r = silhouette(x, labels, p);
    QVERIFY(r.sampled);
    QCOMPARE(r.rowsScored, std::size_t(500));
    // The default switches above 30,000 rows.
    QCOMPARE(SilhouetteParams{}.exactLimit, std::size_t(30000));
}

// One large Gaussian blob (segment 0) and a few far rows (segment 1), as k-means with k = 2 cuts it: a
// uniform 30,000-row sample of 200,000 misses all three far rows with probability 0.61, which used to throw
// "clusters=1 is not valid" and abort the run. The stratified sample keeps every segment.
void TestSilhouette::sampleKeepsEverySegment_data() {
    QTest::addColumn<std::uint64_t>("seed");
    QTest::addColumn<std::size_t>("sampleSize");
    QTest::addColumn<int>("far");
    for (std::uint64_t seed : {1, 2, 3, 4})
        QTest::addRow("200000+3, default sample, seed %d", int(seed)) << seed << std::size_t(30000) << 3;
    QTest::addRow("200000+3, sample 1000") << std::uint64_t(5) << std::size_t(1000) << 3;
    QTest::addRow("200000+1, sample 1000") << std::uint64_t(6) << std::size_t(1000) << 1;
}

void TestSilhouette::sampleKeepsEverySegment() {
    QFETCH(std::uint64_t, seed);
    QFETCH(std::size_t, sampleSize);
    QFETCH(int, far);
    const std::size_t blob = 200000;
    const std::size_t n = blob + static_cast<std::size_t>(far);
    FeatureMatrix x(n, 2);
    std::vector<int> labels(n, 0);
    Rng rng(99);
    std::normal_distribution<double> normal;
    for (std::size_t i = 0; i < blob; ++i) {
        x(i, 0) = normal(rng);
        x(i, 1) = normal(rng);
    }
    for (std::size_t i = blob; i < n; ++i) {
        x(i, 0) = 100.0 + static_cast<double>(i - blob);
        x(i, 1) = 100.0;
        labels[i] = 1;
    }
    SilhouetteParams p;  // Auto: sampled above 30,000 rows
    p.sampleSize = sampleSize;
    p.seed = seed;
    SilhouetteResult r;
    try {
        r = silhouette(x, labels, p);
    } catch (const Error& e) {
        QFAIL(e.what());
    }
    QVERIFY(r.sampled);
    QVERIFY(r.stratified);
    QCOMPARE(r.rowsScored, sampleSize);
    QCOMPARE(r.clusterLabels, (std::vector<int>{0, 1}));
    // Every far row is in the sample (a segment keeps min(size, 2..10) rows), the blob holds the rest.
    QCOMPARE(r.clusterSizes, (std::vector<std::size_t>{sampleSize - std::size_t(far), std::size_t(far)}));
    for (std::size_t i = blob; i < n; ++i)
        QVERIFY(!std::isnan(r.values[i]));
    QVERIFY(std::isfinite(r.mean));
    // Far rows are well separated: their own silhouettes are near 1 and so is the blob's.
    QVERIFY2(r.mean > 0.9 && r.mean <= 1.0, qPrintable(QString::number(r.mean)));
    const bool single = std::any_of(r.warnings.begin(), r.warnings.end(), [](const Warning& w) {
        return w.code == WarningCode::SilhouetteSegmentOfOne && w.context.count == 1;
    });
    QCOMPARE(single, far == 1);
    // The same seed draws the same sample.
    QCOMPARE(silhouette(x, labels, p).mean, r.mean);
}

void TestSilhouette::errors_data() {
    QTest::addColumn<std::vector<int>>("labels");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("limit");
    QTest::newRow("one cluster") << std::vector<int>{0, 0, 0, 0} << int(ErrorCode::InvalidParameter)
                                 << QStringLiteral("clusters=1") << 2;
    QTest::newRow("k == n") << std::vector<int>{0, 1, 2, 3} << int(ErrorCode::InvalidParameter)
                            << QStringLiteral("clusters=4") << 3;
    QTest::newRow("k == n after noise") << std::vector<int>{0, -1, 1, -1} << int(ErrorCode::InvalidParameter)
                                        << QStringLiteral("clusters=2") << 1;
    QTest::newRow("all noise") << std::vector<int>{-1, -1, -1, -1} << int(ErrorCode::InvalidParameter)
                               << QStringLiteral("clusters=0") << 2;
    QTest::newRow("size mismatch") << std::vector<int>{0, 1, 0} << int(ErrorCode::InvalidParameter)
                                   << QStringLiteral("labels=3") << 4;
}

void TestSilhouette::errors() {
    QFETCH(std::vector<int>, labels);
    QFETCH(int, code);
    QFETCH(QString, detail);
    QFETCH(int, limit);
    const FeatureMatrix x(4, 2, {0, 0, 1, 1, 2, 2, 3, 3});
    try {
        (void)silhouette(x, labels);
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(int(e.code()), code);
        QCOMPARE(QString::fromStdString(e.context().detail), detail);
        QCOMPARE(e.context().limit, limit);
    }
}

void TestSilhouette::progressAndCancel() {
    FeatureMatrix x;
    std::vector<int> labels;
    blobs(4000, 5, 4, 9, x, labels);
    std::vector<double> seen;
    (void)silhouette(x, labels, exact(2), Progress([&](double f) {
                         seen.push_back(f);
                         return true;
                     }));
    QVERIFY(seen.size() > 10);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.back(), 1.0);

    int calls = 0;
    QVERIFY_THROWS_EXCEPTION(Cancelled, (void)silhouette(x, labels, exact(2), Progress([&](double f) {
                                                             ++calls;
                                                             return f < 0.3;
                                                         })));
    QVERIFY(calls > 1);

    // A NaN is reported with its 1-based row and column.
    x(17, 3) = std::numeric_limits<double>::quiet_NaN();
    try {
        (void)silhouette(x, labels);
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::NonFiniteValue);
        QCOMPARE(e.context().line, 18);
        QCOMPARE(e.context().column, 4);
    }
}

QTEST_APPLESS_MAIN(TestSilhouette)
#include "tst_silhouette.moc"
