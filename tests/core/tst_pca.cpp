// Tests for seg::reduce::fitPca / transform: variances, ratios, components (up to sign) and projections equal
// scikit-learn's PCA(svd_solver="full") (expected values made by tests/peer/make_pca_expected.py), the sign
// convention, degenerate data, errors, thread-count independence and cancellation.
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
#include "reduce/Pca.h"

using namespace seg;
using namespace seg::reduce;

namespace {

using namespace seg::test;

double maxAbs(const FeatureMatrix& m) {
    double s = 0.0;
    for (double v : m.values())
        s = std::max(s, std::abs(v));
    return s;
}

FeatureMatrix randomMatrix(std::size_t n, std::size_t d, std::uint64_t seed) {
    Rng rng(seed);
    std::normal_distribution<double> normal;
    FeatureMatrix x(n, d);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < d; ++j)
            x(i, j) = normal(rng) * static_cast<double>(j + 1) + (j == 0 ? 0.5 * x(i, d - 1) : 0.0);
    return x;
}

}  // namespace

class TestPca : public QObject {
    Q_OBJECT

private slots:
    void matchesScikitLearn_data();
    void matchesScikitLearn();
    void fewerComponents();
    void constantData();
    void sameBitsForAnyThreadCount();
    void errors();
    void progressAndCancel();
};

void TestPca::matchesScikitLearn_data() {
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SEGMENTLAB_TEST_DATA "/peer"));
    const QStringList files = dir.entryList({QStringLiteral("pca_*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestPca::matchesScikitLearn() {
    QFETCH(QString, path);
    const QJsonObject o = loadJson(path);
    const FeatureMatrix x = matrixFromRows(o["x"].toArray());
    const std::vector<double> variance = doublesFrom(o["explained_variance"].toArray());
    const std::vector<double> ratio = doublesFrom(o["explained_variance_ratio"].toArray());
    const std::vector<double> singular = doublesFrom(o["singular_values"].toArray());
    const std::vector<double> mean = doublesFrom(o["mean"].toArray());
    const FeatureMatrix components = matrixFromRows(o["components"].toArray());
    const FeatureMatrix projected = matrixFromRows(o["transform"].toArray());
    const FeatureMatrix newRows = matrixFromRows(o["new_rows"].toArray());
    const FeatureMatrix projectedNew = matrixFromRows(o["transform_new_rows"].toArray());
    const std::size_t c = variance.size();
    const std::size_t d = x.cols();

    const PcaResult r = fitPca(x);
    QCOMPARE(r.explainedVariance.size(), c);
    QCOMPARE(r.components.rows(), c);
    QCOMPARE(r.projection.rows(), x.rows());
    QCOMPARE(r.projection.cols(), c);

    // Variances: relative 1e-9, with an absolute floor for the zero ones (scikit-learn leaves ~1e-32 there,
    // we leave exactly 0 or ~1e-16 of the largest). Ratios: 1e-9 relative, absolute below 1e-3.
    const double top = variance[0];
    double worstRatio = 0.0;
    for (std::size_t k = 0; k < c; ++k) {
        QVERIFY2(std::abs(r.explainedVariance[k] - variance[k]) <= 1e-9 * variance[k] + 1e-13 * top,
                 qPrintable(QStringLiteral("variance %1: %2 vs %3")
                                .arg(k)
                                .arg(r.explainedVariance[k], 0, 'g', 17)
                                .arg(variance[k], 0, 'g', 17)));
        const double e = std::abs(r.explainedVarianceRatio[k] - ratio[k]);
        worstRatio = std::max(worstRatio, e);
        QVERIFY2(e <= 1e-9 * std::max(ratio[k], 1e-3),
                 qPrintable(QStringLiteral("ratio %1 off by %2").arg(k).arg(e)));
        QVERIFY(std::abs(r.singularValues[k] - singular[k]) <= 1e-9 * singular[k] + 1e-7 * singular[0]);
        QVERIFY(std::isfinite(r.explainedVarianceRatio[k]));
    }
    for (std::size_t j = 0; j < d; ++j)
        QVERIFY(std::abs(r.mean[j] - mean[j]) <= 1e-12 * std::max(1.0, std::abs(mean[j])));

    const double scale = std::max(maxAbs(projected), 1e-300);
    for (std::size_t k = 0; k < c; ++k) {
        // Sign convention: the largest-magnitude loading is positive, unit length.
        double norm = 0.0;
        std::size_t big = 0;
        for (std::size_t j = 0; j < d; ++j) {
            norm += r.components(k, j) * r.components(k, j);
            if (std::abs(r.components(k, j)) > std::abs(r.components(k, big))) big = j;
            QVERIFY(std::abs(r.loadings(k, j) - r.components(k, j) * std::sqrt(r.explainedVariance[k])) <=
                    1e-15 * std::sqrt(top));
        }
        QVERIFY(std::abs(norm - 1.0) < 1e-12);
        QVERIFY(r.components(k, big) > 0.0);

        // A direction is defined only if its variance is not zero and not shared with a neighbour.
        const bool zero = variance[k] <= 1e-9 * top;
        const bool tied = (k > 0 && variance[k - 1] - variance[k] <= 1e-6 * top) ||
                          (k + 1 < c && variance[k] - variance[k + 1] <= 1e-6 * top);
        if (zero || tied) {
            for (std::size_t i = 0; i < x.rows(); ++i)
                if (zero) QVERIFY(std::abs(r.projection(i, k)) <= 1e-9 * scale);
            continue;
        }
        double dot = 0.0;
        for (std::size_t j = 0; j < d; ++j)
            dot += r.components(k, j) * components(k, j);
        const double sign = dot < 0.0 ? -1.0 : 1.0;
        for (std::size_t j = 0; j < d; ++j)
            QVERIFY2(std::abs(r.components(k, j) - sign * components(k, j)) <= 1e-9,
                     qPrintable(QStringLiteral("component %1 loading %2").arg(k).arg(j)));
        for (std::size_t i = 0; i < x.rows(); ++i)
            QVERIFY(std::abs(r.projection(i, k) - sign * projected(i, k)) <= 1e-9 * scale);
        const FeatureMatrix mine = transform(r, newRows);
        for (std::size_t i = 0; i < newRows.rows(); ++i)
            QVERIFY(std::abs(mine(i, k) - sign * projectedNew(i, k)) <=
                    1e-9 * std::max(scale, maxAbs(projectedNew)));
    }
    qInfo("largest variance-ratio difference from scikit-learn: %.2e", worstRatio);
}

void TestPca::fewerComponents() {
    const FeatureMatrix x = randomMatrix(1000, 6, 3);
    const PcaResult all = fitPca(x);
    PcaParams p;
    p.components = 2;
    const PcaResult two = fitPca(x, p);
    QCOMPARE(two.components.rows(), std::size_t(2));
    QCOMPARE(two.projection.cols(), std::size_t(2));
    QCOMPARE(two.totalVariance, all.totalVariance);
    for (std::size_t k = 0; k < 2; ++k) {
        QCOMPARE(two.explainedVarianceRatio[k], all.explainedVarianceRatio[k]);
        for (std::size_t i = 0; i < x.rows(); ++i)
            QCOMPARE(two.projection(i, k), all.projection(i, k));
    }
    p.project = false;
    QCOMPARE(fitPca(x, p).projection.rows(), std::size_t(0));
}

void TestPca::constantData() {
    // Every feature constant: zero variance everywhere, ratios 0 (not NaN), projections 0.
    const FeatureMatrix x(5, 3, std::vector<double>(15, 2.5));
    const PcaResult r = fitPca(x);
    QCOMPARE(r.totalVariance, 0.0);
    for (std::size_t k = 0; k < r.explainedVariance.size(); ++k) {
        QCOMPARE(r.explainedVariance[k], 0.0);
        QCOMPARE(r.explainedVarianceRatio[k], 0.0);
    }
    for (double v : r.projection.values())
        QCOMPARE(v, 0.0);
    for (double v : r.components.values())
        QVERIFY(std::isfinite(v));
    for (double m : r.mean)
        QCOMPARE(m, 2.5);
}

void TestPca::sameBitsForAnyThreadCount() {
    const FeatureMatrix x = randomMatrix(100003, 7, 5);
    PcaParams p;
    p.threads = 1;
    const PcaResult one = fitPca(x, p);
    for (unsigned t : {2u, 3u}) {
        p.threads = t;
        const PcaResult many = fitPca(x, p);
        QVERIFY(many.explainedVariance == one.explainedVariance);
        QVERIFY(many.components.values() == one.components.values());
        QVERIFY(many.projection.values() == one.projection.values());
    }
}

void TestPca::errors() {
    auto code = [](auto&& fn) {
        try {
            fn();
        } catch (const Error& e) {
            return e.code();
        }
        return ErrorCode::Internal;
    };
    QCOMPARE(code([] { (void)fitPca(FeatureMatrix(1, 3)); }), ErrorCode::TooFewRows);
    QCOMPARE(code([] { (void)fitPca(FeatureMatrix(4, 0)); }), ErrorCode::NoFeatures);
    PcaParams p;
    p.components = 4;  // min(n, d) = 3
    QCOMPARE(code([&] { (void)fitPca(randomMatrix(10, 3, 1), p); }), ErrorCode::InvalidParameter);
    p.components = -1;
    QCOMPARE(code([&] { (void)fitPca(randomMatrix(10, 3, 1), p); }), ErrorCode::InvalidParameter);
    FeatureMatrix bad = randomMatrix(10000, 3, 1);
    bad(9000, 1) = std::numeric_limits<double>::infinity();
    try {
        (void)fitPca(bad);
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::NonFiniteValue);
        QCOMPARE(e.context().line, 9001);
        QCOMPARE(e.context().column, 2);
    }
    const PcaResult r = fitPca(randomMatrix(10, 3, 1));
    QCOMPARE(code([&] { (void)transform(r, FeatureMatrix(2, 4)); }), ErrorCode::InvalidParameter);
    QCOMPARE(code([&] { (void)transform(PcaResult{}, FeatureMatrix(2, 3)); }), ErrorCode::NotFitted);
}

void TestPca::progressAndCancel() {
    const FeatureMatrix x = randomMatrix(200000, 4, 9);
    std::vector<double> seen;
    (void)fitPca(x, {}, Progress([&](double f) {
                     seen.push_back(f);
                     return true;
                 }));
    QVERIFY(seen.size() > 5);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.back(), 1.0);
    QVERIFY_THROWS_EXCEPTION(Cancelled, (void)fitPca(x, {}, Progress([](double f) { return f < 0.5; })));
}

QTEST_APPLESS_MAIN(TestPca)
#include "tst_pca.moc"
