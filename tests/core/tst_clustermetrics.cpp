// Tests for the centroid-based metrics: Davies-Bouldin, Calinski-Harabasz and inertia equal scikit-learn's
// (expected values made by tests/peer/make_metrics_expected.py), degenerate clusterings, noise rows, large
// offsets, errors and thread-count independence.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <cmath>
#include <limits>

#include "PeerJson.h"
#include "common/Error.h"
#include "common/Random.h"
#include "metrics/CalinskiHarabasz.h"
#include "metrics/DaviesBouldin.h"
#include "metrics/Inertia.h"

using namespace seg;
using namespace seg::metrics;

namespace {

using namespace seg::test;

std::vector<int> labelsOf(const QJsonObject& o) {
    std::vector<int> labels;
    for (const auto v : o["labels"].toArray())
        labels.push_back(v.toInt());
    return labels;
}

// 1e-9 relative, or absolute for values near zero.
bool close(double ours, double peer, double tol = 1e-9) {
    return std::abs(ours - peer) <= tol * std::max(1.0, std::abs(peer));
}

#define COMPARE_CLOSE(ours, peer) \
    QVERIFY2(                     \
        close(ours, peer),        \
        qPrintable(QStringLiteral("%1 vs scikit-learn %2").arg(ours, 0, 'g', 17).arg(peer, 0, 'g', 17)))

void blobs(std::size_t n, std::size_t d, int k, std::uint64_t seed, FeatureMatrix& x,
           std::vector<int>& labels) {
    Rng rng(seed);
    std::normal_distribution<double> normal;
    x = FeatureMatrix(n, d);
    labels.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        labels[i] = static_cast<int>(uniformIndex(rng, static_cast<std::uint64_t>(k)));
        for (std::size_t j = 0; j < d; ++j)
            x(i, j) = 3.0 * labels[i] * (j % 2 ? 1.0 : -1.0) + normal(rng);
    }
}

}  // namespace

class TestClusterMetrics : public QObject {
    Q_OBJECT

private slots:
    void matchesScikitLearn_data();
    void matchesScikitLearn();
    void noiseRowsAreLeftOut();
    void largeOffsetKeepsPrecision();
    void sameBitsForAnyThreadCount();
    void errors();
    void cancel();
};

void TestClusterMetrics::matchesScikitLearn_data() {
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SEGMENTLAB_TEST_DATA "/peer"));
    const QStringList files = dir.entryList({QStringLiteral("metrics_*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestClusterMetrics::matchesScikitLearn() {
    QFETCH(QString, path);
    const QJsonObject o = loadJson(path);
    const FeatureMatrix x = matrixFromRows(o["x"].toArray());
    const std::vector<int> labels = labelsOf(o);
    const double db = daviesBouldin(x, labels);
    const double ch = calinskiHarabasz(x, labels);
    COMPARE_CLOSE(db, o["davies_bouldin"].toDouble());
    COMPARE_CLOSE(ch, o["calinski_harabasz"].toDouble());
    COMPARE_CLOSE(withinClusterSumOfSquares(x, labels), o["wcss"].toDouble());

    // The one-pass bundle gives the same bits as the separate functions.
    const ClusterScores s = clusterScores(x, labels);
    QCOMPARE(s.daviesBouldin, db);
    QCOMPARE(s.calinskiHarabasz, ch);
    QCOMPARE(s.rows, x.rows());

    if (o.contains("centers")) {
        const FeatureMatrix centers = matrixFromRows(o["centers"].toArray());
        COMPARE_CLOSE(inertia(x, labels, centers), o["kmeans_inertia"].toDouble());
    }
}

void TestClusterMetrics::noiseRowsAreLeftOut() {
    const QJsonObject o =
        loadJson(QStringLiteral(SEGMENTLAB_TEST_DATA "/peer/metrics_blobs_n800_d10_k5.json"));
    const FeatureMatrix x0 = matrixFromRows(o["x"].toArray());
    const std::vector<int> labels0 = labelsOf(o);
    std::vector<double> values;
    std::vector<int> labels;
    for (std::size_t i = 0; i < x0.rows(); ++i) {
        if (i % 5 == 0) {
            values.insert(values.end(), x0.cols(), -50.0);
            labels.push_back(-1);
        }
        values.insert(values.end(), x0.row(i), x0.row(i) + x0.cols());
        labels.push_back(labels0[i]);
    }
    const FeatureMatrix x(labels.size(), x0.cols(), values);
    COMPARE_CLOSE(daviesBouldin(x, labels), o["davies_bouldin"].toDouble());
    COMPARE_CLOSE(calinskiHarabasz(x, labels), o["calinski_harabasz"].toDouble());
    COMPARE_CLOSE(withinClusterSumOfSquares(x, labels), o["wcss"].toDouble());
    COMPARE_CLOSE(inertia(x, labels, matrixFromRows(o["centers"].toArray())), o["kmeans_inertia"].toDouble());
    QCOMPARE(clusterScores(x, labels).rows, x0.rows());
}

void TestClusterMetrics::largeOffsetKeepsPrecision() {
    // Incomes in currency units: a 1e6 offset must not eat the within-cluster spread (shifted sums).
    FeatureMatrix x;
    std::vector<int> labels;
    blobs(20000, 3, 4, 3, x, labels);
    const ClusterScores plain = clusterScores(x, labels);
    for (double& v : x.eigen().reshaped())
        v += 1e6;
    const ClusterScores shifted = clusterScores(x, labels);
    // The shifted data itself is rounded to ~1e-10 (one ulp of 1e6), so expect agreement to about that.
    QVERIFY(close(shifted.calinskiHarabasz, plain.calinskiHarabasz, 1e-8));
    QVERIFY(close(shifted.daviesBouldin, plain.daviesBouldin, 1e-8));
    QVERIFY(std::abs(shifted.inertia - plain.inertia) <= 1e-8 * plain.inertia);
}

void TestClusterMetrics::sameBitsForAnyThreadCount() {
    FeatureMatrix x;
    std::vector<int> labels;
    blobs(300001, 5, 6, 8, x, labels);
    qputenv("SEGMENTLAB_THREADS", "1");
    const ClusterScores one = clusterScores(x, labels);
    for (const char* t : {"2", "3"}) {
        qputenv("SEGMENTLAB_THREADS", t);
        const ClusterScores many = clusterScores(x, labels);
        QCOMPARE(many.inertia, one.inertia);
        QCOMPARE(many.calinskiHarabasz, one.calinskiHarabasz);
        QCOMPARE(many.daviesBouldin, one.daviesBouldin);
    }
    qunsetenv("SEGMENTLAB_THREADS");
}

void TestClusterMetrics::errors() {
    const FeatureMatrix x(4, 2, {0, 0, 1, 1, 2, 2, 3, 3});
    auto check = [&](const std::vector<int>& labels, ErrorCode code, const char* detail) {
        for (int which = 0; which < 2; ++which) {
            try {
                (void)(which ? daviesBouldin(x, labels) : calinskiHarabasz(x, labels));
                QFAIL("no error");
            } catch (const Error& e) {
                QCOMPARE(e.code(), code);
                QCOMPARE(e.context().detail, std::string(detail));
            }
        }
    };
    check({0, 0, 0, 0}, ErrorCode::InvalidParameter, "clusters=1");
    check({0, 1, 2, 3}, ErrorCode::InvalidParameter, "clusters=4");
    check({0, 1, 0}, ErrorCode::InvalidParameter, "labels=3");
    // Inertia needs no second cluster, but labels must index the centres.
    QCOMPARE(withinClusterSumOfSquares(x, {0, 0, 0, 0}), 2 * (2.25 + 0.25 + 0.25 + 2.25));
    const FeatureMatrix centers(1, 2, {1.5, 1.5});
    QCOMPARE(inertia(x, {0, 0, 0, -1}, centers), 2 * (2.25 + 0.25 + 0.25));  // the noise row is left out
    QVERIFY_THROWS_EXCEPTION(Error, (void)inertia(x, {0, 1, 0, 0}, centers));
    FeatureMatrix bad = x;
    bad(2, 1) = std::numeric_limits<double>::quiet_NaN();
    try {
        (void)calinskiHarabasz(bad, {0, 0, 1, 1});
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::NonFiniteValue);
        QCOMPARE(e.context().line, 3);
        QCOMPARE(e.context().column, 2);
    }
    // A NaN in a noise row does not matter.
    QCOMPARE(calinskiHarabasz(bad, {0, 0, -1, 1}),
             calinskiHarabasz(FeatureMatrix(3, 2, {0, 0, 1, 1, 3, 3}), {0, 0, 1}));
}

void TestClusterMetrics::cancel() {
    FeatureMatrix x;
    std::vector<int> labels;
    blobs(200000, 4, 3, 2, x, labels);
    QVERIFY_THROWS_EXCEPTION(Cancelled,
                             (void)daviesBouldin(x, labels, Progress([](double) { return false; })));
}

QTEST_APPLESS_MAIN(TestClusterMetrics)
#include "tst_clustermetrics.moc"
