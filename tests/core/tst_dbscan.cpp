// fitDbscan and kDistanceCurve against scikit-learn (fixtures by tests/peer/make_dbscan_expected.py), and the
// degenerate inputs: NaN, eps <= 0, minSamples < 1, identical rows, cancellation.
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <map>

#include "PeerJson.h"
#include "cluster/Dbscan.h"
#include "common/Error.h"
#include "common/Random.h"

using namespace seg;
using namespace seg::cluster;

namespace {

using namespace seg::test;

FeatureMatrix matrixOf(const QJsonObject& o) {
    const auto n = static_cast<std::size_t>(o["n"].toInt());
    const auto d = static_cast<std::size_t>(o["d"].toInt());
    std::vector<double> v;
    for (const auto& x : o["data"].toArray())
        v.push_back(x.toDouble());
    return FeatureMatrix(n, d, std::move(v));
}

// Same partition, whatever the cluster numbers: noise is -1 in both, and the numbers map one-to-one.
bool samePartition(const std::vector<int>& a, const std::vector<int>& b, QString& why) {
    if (a.size() != b.size()) return why = "sizes differ", false;
    std::map<int, int> ab, ba;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if ((a[i] < 0) != (b[i] < 0)) return why = QStringLiteral("row %1: noise in one only").arg(i), false;
        if (a[i] < 0) continue;
        const auto [x, newA] = ab.emplace(a[i], b[i]);
        const auto [y, newB] = ba.emplace(b[i], a[i]);
        if (x->second != b[i] || y->second != a[i])
            return why = QStringLiteral("row %1: cluster %2 vs %3").arg(i).arg(a[i]).arg(b[i]), false;
    }
    return true;
}

template <class F>
ErrorCode errorOf(F&& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal;
}

}  // namespace

class TestDbscan : public QObject {
    Q_OBJECT

private slots:
    void matchesScikitLearn_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<unsigned>("threads");
        for (const char* name : {"blobs2d", "blobs5d", "blobs10d", "sharedBorders", "gridDuplicates",
                                 "allNoise", "oneCluster", "minSamplesOne"}) {
            QTest::addRow("%s/1 thread", name) << QString(name) << 1u;
            QTest::addRow("%s/2 threads", name) << QString(name) << 2u;
        }
    }
    void matchesScikitLearn() {
        QFETCH(QString, name);
        QFETCH(unsigned, threads);
        const QJsonObject o = loadPeer(QStringLiteral("dbscan_"), name);
        const FeatureMatrix x = matrixOf(o);
        DbscanParams p;
        p.eps = o["eps"].toDouble();
        p.minSamples = o["min_samples"].toInt();
        p.threads = threads;
        const DbscanResult r = fitDbscan(x, p);
        const std::vector<int> expected = intsFrom(o["labels"].toArray());
        const std::vector<int> core = intsFrom(o["core"].toArray());
        QString why;
        QVERIFY2(samePartition(r.labels, expected, why), qPrintable(why));
        // Stronger than a permutation: clusters are numbered in scikit-learn's order too.
        QVERIFY(r.labels == expected);
        for (std::size_t i = 0; i < core.size(); ++i)
            QVERIFY2(r.coreMask[i] == core[i],
                     qPrintable(QStringLiteral("core mask differs at row %1").arg(i)));
        QCOMPARE(r.nClusters, o["n_clusters"].toInt());
        QCOMPARE(static_cast<int>(r.nNoise), o["n_noise"].toInt());

        // The k-distance curve equals scikit-learn's k-th neighbour distances (self included), sorted.
        const QJsonArray kd = o["k_distance"].toArray();
        QCOMPARE(r.kDistance.k, p.minSamples);
        QCOMPARE(r.kDistance.distances.size(), static_cast<std::size_t>(kd.size()));
        for (qsizetype i = 0; i < kd.size(); ++i)
            QVERIFY(std::fabs(r.kDistance.distances[static_cast<std::size_t>(i)] - kd[i].toDouble()) <=
                    1e-12 * (1.0 + kd[i].toDouble()));
        QVERIFY(r.kDistance.kneeIndex < r.kDistance.distances.size());
    }

    void kDistanceCurveAlone() {
        const QJsonObject o = loadPeer(QStringLiteral("dbscan_"), "blobs5d");
        const FeatureMatrix x = matrixOf(o);
        const KDistanceCurve c = kDistanceCurve(x, o["min_samples"].toInt());
        const QJsonArray kd = o["k_distance"].toArray();
        QCOMPARE(c.distances.size(), static_cast<std::size_t>(kd.size()));
        QCOMPARE(c.sampled, std::size_t(0));
        for (qsizetype i = 0; i < kd.size(); ++i)
            QVERIFY(std::fabs(c.distances[static_cast<std::size_t>(i)] - kd[i].toDouble()) <= 1e-12);
        QCOMPARE(c.suggestedEps, c.distances[c.kneeIndex]);
        // A sampled curve keeps exact distances for the rows it samples: its values are a subset.
        const KDistanceCurve s = kDistanceCurve(x, o["min_samples"].toInt(), {}, 0, 300);
        QCOMPARE(s.sampled, std::size_t(300));
        for (double v : s.distances)
            QVERIFY(std::binary_search(c.distances.begin(), c.distances.end(), v));
    }

    void kneedleFindsTheElbow() {
        // Flat, then a sharp rise: the knee is where the rise starts.
        std::vector<double> y;
        for (int i = 0; i < 90; ++i)
            y.push_back(1.0 + 0.001 * i);
        for (int i = 0; i < 10; ++i)
            y.push_back(1.09 + 0.5 * (i + 1));
        QCOMPARE(kneedleIndex(y), std::size_t(89));
        QCOMPARE(kneedleIndex({1.0, 1.0, 1.0, 1.0}), std::size_t(0));
        QCOMPARE(kneedleIndex({1.0, 2.0}), std::size_t(0));
    }

    // Survey answers: 5,000 rows of four 1-5 Likert answers. With 625 possible rows most have 4 exact
    // copies, so most k-distances are 0 and the knee of the whole curve is a zero radius (the run failed
    // with "0 usable rows"). The suggestion must be positive and give a run with segments, raw and scaled.
    void suggestedEpsOnDuplicateHeavyData_data() {
        QTest::addColumn<std::uint64_t>("seed");
        QTest::addColumn<bool>("standardise");
        for (std::uint64_t seed : {1, 2, 3}) {
            QTest::addRow("raw, seed %d", int(seed)) << seed << false;
            QTest::addRow("standardised, seed %d", int(seed)) << seed << true;
        }
    }

    void suggestedEpsOnDuplicateHeavyData() {
        QFETCH(std::uint64_t, seed);
        QFETCH(bool, standardise);
        const std::size_t n = 5000;
        FeatureMatrix x(n, 4);
        Rng rng(seed);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < 4; ++j)
                x(i, j) = 1.0 + static_cast<double>(uniformIndex(rng, 5));
        if (standardise) {
            for (std::size_t j = 0; j < 4; ++j) {
                double mean = 0.0, sq = 0.0;
                for (std::size_t i = 0; i < n; ++i)
                    mean += x(i, j) / static_cast<double>(n);
                for (std::size_t i = 0; i < n; ++i)
                    sq += (x(i, j) - mean) * (x(i, j) - mean) / static_cast<double>(n);
                for (std::size_t i = 0; i < n; ++i)
                    x(i, j) = (x(i, j) - mean) / std::sqrt(sq);
            }
        }
        DbscanParams p;
        const KDistanceCurve c = kDistanceCurve(x, p.minSamples);
        QVERIFY2(c.distances.front() == 0.0, "the data should hold rows with k exact copies");
        QVERIFY2(c.suggestedEps > 0.0, qPrintable(QString::number(c.suggestedEps)));
        QCOMPARE(c.suggestedEps, c.distances[c.kneeIndex]);
        p.eps = c.suggestedEps;
        const DbscanResult r = fitDbscan(x, p);
        QVERIFY(r.nClusters >= 1);
        QVERIFY(r.nNoise < n);
        // The rule: Kneedle on the positive part of the curve.
        const auto zeros = static_cast<std::size_t>(
            std::upper_bound(c.distances.begin(), c.distances.end(), 0.0) - c.distances.begin());
        const std::vector<double> positive(c.distances.begin() + static_cast<std::ptrdiff_t>(zeros),
                                           c.distances.end());
        QCOMPARE(c.kneeIndex, zeros + kneedleIndex(positive));
    }

    void identicalRows() {
        FeatureMatrix x(50, 3);
        for (std::size_t i = 0; i < 50; ++i)
            for (std::size_t j = 0; j < 3; ++j)
                x(i, j) = 1.5;
        DbscanParams p;
        p.eps = 0.1;
        p.minSamples = 50;
        const DbscanResult r = fitDbscan(x, p);
        QCOMPARE(r.nClusters, 1);
        QCOMPARE(r.nNoise, std::size_t(0));
        QVERIFY(std::all_of(r.coreMask.begin(), r.coreMask.end(), [](auto c) { return c == 1; }));
        p.minSamples = 51;  // more than the rows: everything is noise, as in scikit-learn
        const DbscanResult none = fitDbscan(x, p);
        QCOMPARE(none.nClusters, 0);
        QCOMPARE(none.nNoise, std::size_t(50));
        QVERIFY(none.kDistance.distances.empty());
    }

    void rejectsBadInput_data() {
        QTest::addColumn<double>("eps");
        QTest::addColumn<int>("minSamples");
        QTest::addColumn<int>("nanRow");
        QTest::addColumn<int>("code");
        QTest::newRow("eps zero") << 0.0 << 5 << -1 << int(ErrorCode::InvalidParameter);
        QTest::newRow("eps negative") << -1.0 << 5 << -1 << int(ErrorCode::InvalidParameter);
        QTest::newRow("eps infinite") << qInf() << 5 << -1 << int(ErrorCode::InvalidParameter);
        QTest::newRow("min_samples zero") << 0.5 << 0 << -1 << int(ErrorCode::InvalidParameter);
        QTest::newRow("NaN") << 0.5 << 5 << 7 << int(ErrorCode::NonFiniteValue);
    }
    void rejectsBadInput() {
        QFETCH(double, eps);
        QFETCH(int, minSamples);
        QFETCH(int, nanRow);
        QFETCH(int, code);
        FeatureMatrix x(20, 2);
        x.names = {"a", "b"};
        if (nanRow >= 0) x(static_cast<std::size_t>(nanRow), 1) = qQNaN();
        DbscanParams p;
        p.eps = eps;
        p.minSamples = minSamples;
        try {
            (void)fitDbscan(x, p);
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(int(e.code()), code);
            if (nanRow >= 0) {
                QCOMPARE(e.context().line, std::int64_t(nanRow + 1));
                QCOMPARE(e.context().column, std::int64_t(2));
                QCOMPARE(e.context().detail, std::string("b"));
            }
        }
        QCOMPARE(errorOf([] { (void)fitDbscan(FeatureMatrix(0, 2), DbscanParams{}); }),
                 ErrorCode::TooFewRows);
        QCOMPARE(errorOf([] { (void)kDistanceCurve(FeatureMatrix(3, 2), 4); }), ErrorCode::TooFewRows);
    }

    void cancels() {
        const FeatureMatrix x = matrixOf(loadPeer(QStringLiteral("dbscan_"), "blobs10d"));
        DbscanParams p;
        p.eps = 3.2;
        p.minSamples = 10;
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 (void)fitDbscan(x, p, Progress([&](double) { return ++calls < 3; })));
        double last = -1.0;
        bool monotone = true;
        (void)fitDbscan(x, p, Progress([&](double f) {
                            monotone = monotone && f >= last;
                            last = f;
                            return true;
                        }));
        QVERIFY(monotone);
        QCOMPARE(last, 1.0);
    }
};

QTEST_APPLESS_MAIN(TestDbscan)
#include "tst_dbscan.moc"
