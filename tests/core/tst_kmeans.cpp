// Tests for k-means (cluster/KMeans.h and cluster/kmeans/*): agreement with scikit-learn on the data sets of
// tests/peer/make_kmeans_expected.py, degenerate data, errors, determinism and cancellation.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <cmath>
#include <limits>
#include <random>
#include <set>

#include "PeerJson.h"
#include "cluster/KMeans.h"
#include "cluster/kmeans/Problem.h"
#include "cluster/kmeans/Seeding.h"
#include "common/Error.h"

using namespace seg;
using namespace seg::cluster;

namespace {

using namespace seg::test;

// Same partition whatever the label names.
bool samePartition(const std::vector<int>& a, const std::vector<int>& b) {
    if (a.size() != b.size()) return false;
    std::map<int, int> ab, ba;
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto [x, newX] = ab.emplace(a[i], b[i]);
        auto [y, newY] = ba.emplace(b[i], a[i]);
        if (x->second != b[i] || y->second != a[i]) return false;
    }
    return true;
}

double directInertia(const FeatureMatrix& x, const KMeansResult& r) {
    double total = 0.0;
    for (std::size_t i = 0; i < x.rows(); ++i)
        for (std::size_t j = 0; j < x.cols(); ++j) {
            const double t = x(i, j) - r.centers(static_cast<std::size_t>(r.labels[i]), j);
            total += t * t;
        }
    return total;
}

bool hasWarning(const KMeansResult& r, WarningCode code, Warning* found = nullptr) {
    for (const auto& w : r.warnings)
        if (w.code == code) {
            if (found) *found = w;
            return true;
        }
    return false;
}

const QStringList kPeerSets = {"blobs_300x2_k3",      "blobs_1000x5_k5",     "blobs_3000x10_k8",
                               "blobs_2000x6_k2",     "duplicates_600x3_k4", "outlier_500x4_k4",
                               "onefeature_400x1_k3", "overlap_1500x3_k6",   "emptyinit_400x2_k4"};

}  // namespace

class TestKMeans : public QObject {
    Q_OBJECT

private slots:
    void fromInitMatchesScikitLearn_data();
    void fromInitMatchesScikitLearn();
    void hamerlyMatchesLloyd_data();
    void hamerlyMatchesLloyd();
    void bestOfTenWithinScikitLearn_data();
    void bestOfTenWithinScikitLearn();
    void miniBatchCloseToScikitLearn();
    void repeatsForSeedAndAnyThreadCount_data();
    void repeatsForSeedAndAnyThreadCount();
    void predictReproducesLabels();
    void predictErrors();
    void invalidParameters_data();
    void invalidParameters();
    void nonFiniteNamesRowAndColumn_data();
    void nonFiniteNamesRowAndColumn();
    void allRowsIdentical();
    void kOneIsTheMean();
    void fewerDistinctThanK();
    void exactlyKDistinct();
    void seedingPicksDistinctRows();
    void localTrials();
    void progressAndCancellation();
};

void TestKMeans::fromInitMatchesScikitLearn_data() {
    QTest::addColumn<QString>("name");
    for (const auto& n : kPeerSets)
        QTest::newRow(qPrintable(n)) << n;
}

// Same initial centres -> the same iterations: labels equal (not merely up to permutation), inertia and
// centres to 1e-9 relative.
void TestKMeans::fromInitMatchesScikitLearn() {
    QFETCH(QString, name);
    const QJsonObject doc = loadPeer(QStringLiteral("kmeans_"), name);
    const FeatureMatrix x = matrixFromRows(doc["x"].toArray());
    const FeatureMatrix init = matrixFromRows(doc["init"].toArray());
    const QJsonObject expected = doc["from_init"].toObject();
    KMeansParams params;
    params.algorithm = KMeansAlgorithm::Lloyd;
    const KMeansResult r = fitKMeansFrom(x, init, params);
    QVERIFY(r.labels == intsFrom(expected["labels"].toArray()));
    const double inertia = expected["inertia"].toDouble();
    QVERIFY2(
        std::abs(r.inertia - inertia) <= 1e-9 * inertia,
        qPrintable(
            QStringLiteral("ours %1 scikit-learn %2").arg(r.inertia, 0, 'g', 17).arg(inertia, 0, 'g', 17)));
    QCOMPARE(r.nIter, expected["n_iter"].toInt());
    const FeatureMatrix centres = matrixFromRows(expected["centers"].toArray());
    double scale = 1.0;
    for (double v : centres.values())
        scale = std::max(scale, std::abs(v));
    for (std::size_t t = 0; t < centres.values().size(); ++t)
        QVERIFY(std::abs(r.centers.values()[t] - centres.values()[t]) <= 1e-9 * scale);
    QVERIFY(std::abs(directInertia(x, r) - r.inertia) <= 1e-9 * r.inertia + 1e-12);
    if (name.startsWith("emptyinit")) {
        QVERIFY(r.emptyClustersReseeded >= 2);
        Warning w;
        QVERIFY(hasWarning(r, WarningCode::EmptyClusterReseeded, &w));
        QCOMPARE(w.context.count, r.emptyClustersReseeded);
    }
}

void TestKMeans::hamerlyMatchesLloyd_data() {
    fromInitMatchesScikitLearn_data();
}

// The accelerated step is exact: from the same centres, the same labels at every step, hence the same result.
void TestKMeans::hamerlyMatchesLloyd() {
    QFETCH(QString, name);
    const QJsonObject doc = loadPeer(QStringLiteral("kmeans_"), name);
    const FeatureMatrix x = matrixFromRows(doc["x"].toArray());
    const FeatureMatrix init = matrixFromRows(doc["init"].toArray());
    KMeansParams params;
    params.algorithm = KMeansAlgorithm::Lloyd;
    const KMeansResult lloyd = fitKMeansFrom(x, init, params);
    params.algorithm = KMeansAlgorithm::Hamerly;
    const KMeansResult hamerly = fitKMeansFrom(x, init, params);
    QVERIFY(hamerly.labels == lloyd.labels);
    QCOMPARE(hamerly.nIter, lloyd.nIter);
    QCOMPARE(hamerly.inertia, lloyd.inertia);
    QVERIFY(hamerly.centers.values() == lloyd.centers.values());

    // And from k-means++ seeds, with restarts.
    params.k = doc["k"].toInt();
    params.nInit = 3;
    params.seed = 11;
    params.algorithm = KMeansAlgorithm::Lloyd;
    const KMeansResult a = fitKMeans(x, params);
    params.algorithm = KMeansAlgorithm::Hamerly;
    const KMeansResult b = fitKMeans(x, params);
    QVERIFY(a.labels == b.labels);
    QCOMPARE(a.inertia, b.inertia);
}

void TestKMeans::bestOfTenWithinScikitLearn_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("algorithm");
    for (const auto& n : kPeerSets) {
        if (n.startsWith("emptyinit")) continue;
        QTest::newRow(qPrintable(n + "/lloyd")) << n << static_cast<int>(KMeansAlgorithm::Lloyd);
        QTest::newRow(qPrintable(n + "/auto")) << n << static_cast<int>(KMeansAlgorithm::Auto);
    }
}

// Our own seeds differ from scikit-learn's (another generator), so compare the quality of the best of ten.
void TestKMeans::bestOfTenWithinScikitLearn() {
    QFETCH(QString, name);
    QFETCH(int, algorithm);
    const QJsonObject doc = loadPeer(QStringLiteral("kmeans_"), name);
    const FeatureMatrix x = matrixFromRows(doc["x"].toArray());
    KMeansParams params;
    params.k = doc["k"].toInt();
    params.nInit = 10;
    params.algorithm = static_cast<KMeansAlgorithm>(algorithm);
    const KMeansResult r = fitKMeans(x, params);
    const double peer = doc["best_inertia_n_init_10"].toDouble();
    QVERIFY2(r.inertia <= peer * 1.001,
             qPrintable(
                 QStringLiteral("ours %1 scikit-learn %2").arg(r.inertia, 0, 'g', 12).arg(peer, 0, 'g', 12)));
    QCOMPARE(r.labels.size(), x.rows());
    QCOMPARE(r.centers.rows(), static_cast<std::size_t>(params.k));
    QVERIFY(r.converged);
    QVERIFY(std::abs(directInertia(x, r) - r.inertia) <= 1e-9 * r.inertia + 1e-12);
}

void TestKMeans::miniBatchCloseToScikitLearn() {
    const QJsonObject doc = loadPeer(QStringLiteral("kmeans_"), "blobs_3000x10_k8");
    const FeatureMatrix x = matrixFromRows(doc["x"].toArray());
    KMeansParams params;
    params.k = doc["k"].toInt();
    params.nInit = 3;
    params.batchSize = 256;
    params.algorithm = KMeansAlgorithm::MiniBatch;
    const KMeansResult a = fitKMeans(x, params);
    const double peer = doc["best_inertia_n_init_10"].toDouble();
    // Mini-batch trades a little inertia for speed (Sculley reports a few percent).
    QVERIFY2(a.inertia <= peer * 1.05, qPrintable(QString::number(a.inertia / peer)));
    QVERIFY(std::abs(directInertia(x, a) - a.inertia) <= 1e-9 * a.inertia);
    const KMeansResult b = fitKMeans(x, params);
    QVERIFY(a.labels == b.labels);
    QCOMPARE(a.inertia, b.inertia);
}

void TestKMeans::repeatsForSeedAndAnyThreadCount_data() {
    QTest::addColumn<int>("algorithm");
    QTest::newRow("lloyd") << int(KMeansAlgorithm::Lloyd);
    QTest::newRow("hamerly") << int(KMeansAlgorithm::Hamerly);
    QTest::newRow("minibatch") << int(KMeansAlgorithm::MiniBatch);
}

// 20,000 rows of six overlapping blobs: several chunks, so every thread count splits the work differently.
void TestKMeans::repeatsForSeedAndAnyThreadCount() {
    QFETCH(int, algorithm);
    constexpr std::size_t n = 20000, d = 3;
    std::mt19937_64 rng(2024);
    std::normal_distribution<double> g;
    FeatureMatrix x(n, d);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < d; ++j)
            x(i, j) = g(rng) + 2.5 * double((i + j) % 6);
    QVERIFY(n / kmeans::chunkRowsFor(n, 6, d) >= 8);
    KMeansParams params;
    params.algorithm = KMeansAlgorithm(algorithm);
    params.k = 6;
    params.nInit = 4;
    params.seed = 42;
    params.threads = 1;
    const KMeansResult one = fitKMeans(x, params);
    for (unsigned threads : {1u, 2u, 3u, 8u}) {
        params.threads = threads;
        const KMeansResult again = fitKMeans(x, params);
        QVERIFY(again.labels == one.labels);
        QCOMPARE(again.inertia, one.inertia);
        QVERIFY(again.inertia == one.inertia);  // every bit: QCOMPARE on doubles is fuzzy
        QVERIFY(again.centers.values() == one.centers.values());
        QCOMPARE(again.nIter, one.nIter);
    }
    params.seed = 43;
    const KMeansResult other = fitKMeans(x, params);
    QVERIFY(other.inertia > 0.0);
}

void TestKMeans::predictReproducesLabels() {
    const FeatureMatrix x =
        matrixFromRows(loadPeer(QStringLiteral("kmeans_"), "blobs_1000x5_k5")["x"].toArray());
    KMeansParams params;
    params.k = 5;
    params.nInit = 2;
    const KMeansResult r = fitKMeans(x, params);
    QVERIFY(predictKMeans(r, x) == r.labels);
    // A row at a centre belongs to that centre.
    FeatureMatrix atCentres = r.centers;
    const std::vector<int> own = predictKMeans(r, atCentres);
    for (std::size_t c = 0; c < own.size(); ++c)
        QCOMPARE(own[c], static_cast<int>(c));
}

void TestKMeans::predictErrors() {
    const KMeansResult empty;
    try {
        (void)predictKMeans(empty, FeatureMatrix(3, 2));
        QFAIL("predict before fit must throw");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::NotFitted);
    }
    FeatureMatrix x(10, 2);
    for (std::size_t i = 0; i < 10; ++i)
        x(i, 0) = static_cast<double>(i);
    KMeansParams params;
    params.k = 2;
    const KMeansResult r = fitKMeans(x, params);
    try {
        (void)predictKMeans(r, FeatureMatrix(3, 3));
        QFAIL("feature count mismatch must throw");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::InvalidParameter);
        QCOMPARE(e.context().limit, 2);
    }
}

void TestKMeans::invalidParameters_data() {
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("nInit");
    QTest::addColumn<int>("maxIter");
    QTest::addColumn<double>("tol");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("limit");
    const int invalid = static_cast<int>(ErrorCode::InvalidParameter);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("k=0") << 0 << 10 << 300 << 1e-4 << 20 << invalid << "k=0" << qint64(0) << qint64(1);
    QTest::newRow("k=-3") << -3 << 10 << 300 << 1e-4 << 20 << invalid << "k=-3" << qint64(0) << qint64(1);
    QTest::newRow("nInit=0") << 2 << 0 << 300 << 1e-4 << 20 << invalid << "nInit=0" << qint64(0) << qint64(1);
    QTest::newRow("maxIter=0") << 2 << 10 << 0 << 1e-4 << 20 << invalid << "maxIter=0" << qint64(0)
                               << qint64(1);
    QTest::newRow("tol<0") << 2 << 10 << 300 << -0.5 << 20 << invalid << "tol=-0.5" << qint64(0) << qint64(0);
    QTest::newRow("tol=nan") << 2 << 10 << 300 << nan << 20 << invalid << "tol=nan" << qint64(0) << qint64(0);
    QTest::newRow("n<k") << 5 << 10 << 300 << 1e-4 << 3 << static_cast<int>(ErrorCode::TooFewRows) << ""
                         << qint64(3) << qint64(5);
}

void TestKMeans::invalidParameters() {
    QFETCH(int, k);
    QFETCH(int, nInit);
    QFETCH(int, maxIter);
    QFETCH(double, tol);
    QFETCH(int, rows);
    QFETCH(int, code);
    QFETCH(QString, detail);
    QFETCH(qint64, count);
    QFETCH(qint64, limit);
    FeatureMatrix x(static_cast<std::size_t>(rows), 2);
    for (int i = 0; i < rows; ++i)
        x(static_cast<std::size_t>(i), 0) = i;
    KMeansParams params;
    params.k = k;
    params.nInit = nInit;
    params.maxIter = maxIter;
    params.tol = tol;
    try {
        (void)fitKMeans(x, params);
        QFAIL("expected seg::Error");
    } catch (const Error& e) {
        QCOMPARE(static_cast<int>(e.code()), code);
        QCOMPARE(QString::fromStdString(e.context().detail), detail);
        QCOMPARE(e.context().count, count);
        QCOMPARE(e.context().limit, limit);
    }
}

void TestKMeans::nonFiniteNamesRowAndColumn_data() {
    QTest::addColumn<double>("value");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("+inf") << std::numeric_limits<double>::infinity();
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity();
}

void TestKMeans::nonFiniteNamesRowAndColumn() {
    QFETCH(double, value);
    FeatureMatrix x(30, 3);
    x.names = {"age", "income", "visits"};
    for (std::size_t i = 0; i < 30; ++i)
        for (std::size_t j = 0; j < 3; ++j)
            x(i, j) = static_cast<double>(i * 3 + j);
    x(16, 1) = value;  // row 17, column 2 (1-based)
    KMeansParams params;
    params.k = 3;
    try {
        (void)fitKMeans(x, params);
        QFAIL("expected NonFiniteValue");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::NonFiniteValue);
        QCOMPARE(e.context().line, 17);
        QCOMPARE(e.context().column, 2);
        QCOMPARE(QString::fromStdString(e.context().detail), QStringLiteral("income"));
    }
}

// Documented result: every centre on the row, all labels 0, inertia 0, and a warning.
void TestKMeans::allRowsIdentical() {
    FeatureMatrix x(50, 3);
    for (std::size_t i = 0; i < 50; ++i) {
        x(i, 0) = 1.5;
        x(i, 1) = -2.0;
        x(i, 2) = 7.25;
    }
    for (auto algorithm : {KMeansAlgorithm::Lloyd, KMeansAlgorithm::Hamerly, KMeansAlgorithm::MiniBatch}) {
        KMeansParams params;
        params.k = 3;
        params.algorithm = algorithm;
        const KMeansResult r = fitKMeans(x, params);
        QCOMPARE(r.inertia, 0.0);
        for (int l : r.labels)
            QCOMPARE(l, r.labels[0]);
        for (std::size_t c = 0; c < 3; ++c)
            for (std::size_t j = 0; j < 3; ++j)
                QCOMPARE(r.centers(c, j), x(0, j));
        Warning w;
        QVERIFY(hasWarning(r, WarningCode::FewerDistinctPointsThanK, &w));
        QCOMPARE(w.context.count, 1);
        QCOMPARE(w.context.limit, 3);
    }
}

void TestKMeans::kOneIsTheMean() {
    const FeatureMatrix x =
        matrixFromRows(loadPeer(QStringLiteral("kmeans_"), "outlier_500x4_k4")["x"].toArray());
    KMeansParams params;
    params.k = 1;
    const KMeansResult r = fitKMeans(x, params);
    std::vector<double> mean(x.cols(), 0.0);
    for (std::size_t i = 0; i < x.rows(); ++i)
        for (std::size_t j = 0; j < x.cols(); ++j)
            mean[j] += x(i, j) / static_cast<double>(x.rows());
    double ss = 0.0;
    for (std::size_t i = 0; i < x.rows(); ++i) {
        QCOMPARE(r.labels[i], 0);
        for (std::size_t j = 0; j < x.cols(); ++j)
            ss += (x(i, j) - mean[j]) * (x(i, j) - mean[j]);
    }
    for (std::size_t j = 0; j < x.cols(); ++j)
        QVERIFY(std::abs(r.centers(0, j) - mean[j]) <= 1e-12 * (1.0 + std::abs(mean[j])));
    QVERIFY(std::abs(r.inertia - ss) <= 1e-10 * ss);
    QVERIFY(r.converged);
    QVERIFY(r.warnings.empty());
}

void TestKMeans::fewerDistinctThanK() {
    // 5 distinct rows, each repeated 40 times, asked for 7 clusters.
    FeatureMatrix x(200, 2);
    for (std::size_t i = 0; i < 200; ++i) {
        x(i, 0) = static_cast<double>(i % 5) * 3.0;
        x(i, 1) = static_cast<double>((i % 5) * (i % 5));
    }
    KMeansParams params;
    params.k = 7;
    const KMeansResult r = fitKMeans(x, params);
    QCOMPARE(r.inertia, 0.0);
    Warning w;
    QVERIFY(hasWarning(r, WarningCode::FewerDistinctPointsThanK, &w));
    QCOMPARE(w.context.count, 5);
    QCOMPARE(w.context.limit, 7);
    QCOMPARE(std::set<int>(r.labels.begin(), r.labels.end()).size(), std::size_t{5});
}

void TestKMeans::exactlyKDistinct() {
    FeatureMatrix x(200, 2);
    for (std::size_t i = 0; i < 200; ++i) {
        x(i, 0) = static_cast<double>(i % 5) * 3.0;
        x(i, 1) = static_cast<double>((i % 5) * (i % 5));
    }
    KMeansParams params;
    params.k = 5;
    const KMeansResult r = fitKMeans(x, params);
    QCOMPARE(r.inertia, 0.0);
    QVERIFY(!hasWarning(r, WarningCode::FewerDistinctPointsThanK));
    std::vector<int> truth(200);
    for (std::size_t i = 0; i < 200; ++i)
        truth[i] = static_cast<int>(i % 5);
    QVERIFY(samePartition(r.labels, truth));
}

void TestKMeans::seedingPicksDistinctRows() {
    const FeatureMatrix x =
        matrixFromRows(loadPeer(QStringLiteral("kmeans_"), "blobs_3000x10_k8")["x"].toArray());
    kmeans::Problem p;
    p.x = x.data();
    p.n = x.rows();
    p.d = x.cols();
    p.chunkRows = kmeans::chunkRowsFor(p.n, 8, p.d);
    for (std::uint64_t seed = 0; seed < 5; ++seed) {
        Rng rng(seed);
        std::vector<std::size_t> rows;
        const std::vector<double> centres = kmeans::greedyKMeansPlusPlus(p, 8, rng, {}, &rows);
        QCOMPARE(rows.size(), std::size_t{8});
        QCOMPARE(std::set<std::size_t>(rows.begin(), rows.end()).size(), std::size_t{8});
        for (std::size_t c = 0; c < 8; ++c)
            for (std::size_t j = 0; j < p.d; ++j)
                QCOMPARE(centres[c * p.d + j], x(rows[c], j));
    }
}

void TestKMeans::localTrials() {
    QCOMPARE(kmeans::localTrialsFor(1), std::size_t{2});
    QCOMPARE(kmeans::localTrialsFor(2), std::size_t{2});
    QCOMPARE(kmeans::localTrialsFor(3), std::size_t{3});
    QCOMPARE(kmeans::localTrialsFor(8), std::size_t{4});
    QCOMPARE(kmeans::localTrialsFor(20), std::size_t{4});
    QCOMPARE(kmeans::localTrialsFor(21), std::size_t{5});
}

void TestKMeans::progressAndCancellation() {
    const FeatureMatrix x =
        matrixFromRows(loadPeer(QStringLiteral("kmeans_"), "overlap_1500x3_k6")["x"].toArray());
    KMeansParams params;
    params.k = 6;
    params.nInit = 3;
    std::vector<double> seen;
    const KMeansResult r = fitKMeans(x, params, Progress([&](double f) {
                                         seen.push_back(f);
                                         return true;
                                     }));
    QVERIFY(!seen.empty());
    QCOMPARE(seen.back(), 1.0);
    for (std::size_t t = 1; t < seen.size(); ++t)
        QVERIFY(seen[t] >= seen[t - 1]);

    for (auto algorithm : {KMeansAlgorithm::Lloyd, KMeansAlgorithm::Hamerly, KMeansAlgorithm::MiniBatch}) {
        params.algorithm = algorithm;
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 (void)fitKMeans(x, params, Progress([&](double) { return ++calls < 3; })));
        QCOMPARE(calls, 3);
    }
}

QTEST_GUILESS_MAIN(TestKMeans)
#include "tst_kmeans.moc"
