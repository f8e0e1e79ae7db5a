// fitGaussianMixture against scikit-learn from the same start (fixtures by tests/peer/make_gmm_expected.py),
// predict / predictProba / scoreSamples, and degenerate inputs: n < k, identical rows, NaN, bad parameters.
#include <QtTest>
#include <algorithm>
#include <cmath>

#include "PeerJson.h"
#include "cluster/GaussianMixture.h"
#include "common/Error.h"

using namespace seg;
using namespace seg::cluster;

namespace {

using namespace seg::test;

CovarianceType covarianceOf(const QString& s) {
    return s == "diag"        ? CovarianceType::Diag
           : s == "spherical" ? CovarianceType::Spherical
                              : CovarianceType::Full;
}

// Agreement with scikit-learn, about 100 times the worst difference seen (relative to 1 + |value|; absolute
// for weights and probabilities). Worst seen on the round fixtures: score 8e-16, sample 5e-14, mean 3e-15,
// weight 1.3e-15, probability 3e-15.
struct Tolerances {
    double score = 1e-13;  // score, lower bound, BIC, AIC
    double sample = 5e-12;
    double mean = 1e-13;
    double weight = 1e-13;
    double proba = 1e-13;
};
// degenerate3d: components singular to ~1e-12 but for reg_covar (1e-6). scikit-learn forms diagonal and
// spherical variances as E[x^2] - mean^2, which at |x| = 12 loses ~1e-14 of a 1e-6 variance (we sum about
// the mean), so the scores differ by up to 1e-9 (sample 3.2e-9) there; full covariances agree to 1e-15.
constexpr Tolerances kDegenerate{.score = 1e-8, .sample = 1e-7};

FeatureMatrix blobs(std::size_t n, std::size_t d, unsigned seed) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> g;
    FeatureMatrix x(n, d);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < d; ++j)
            x(i, j) = g(rng) + (i % 3) * 6.0;
    return x;
}

}  // namespace

class TestGaussianMixture : public QObject {
    Q_OBJECT

private slots:
    void matchesScikitLearn_data() {
        QTest::addColumn<QString>("name");
        for (const char* data :
             {"blobs2d", "skewed5d", "blobs10d", "overlap3d", "slowStart2d", "degenerate3d"})
            for (const char* cov : {"full", "diag", "spherical"})
                QTest::addRow("%s_%s", data, cov) << QStringLiteral("%1_%2").arg(data, cov);
    }
    void matchesScikitLearn() {
        QFETCH(QString, name);
        const QJsonObject o = loadPeer(QStringLiteral("gmm_"), name);
        const auto n = static_cast<std::size_t>(o["n"].toInt());
        const auto d = static_cast<std::size_t>(o["d"].toInt());
        const int k = o["k"].toInt();
        const FeatureMatrix x(n, d, doublesFrom(o["data"].toArray()));
        GmmParams p;
        p.k = k;
        p.covariance = covarianceOf(o["covariance"].toString());
        p.initialMeans =
            FeatureMatrix(static_cast<std::size_t>(k), d, doublesFrom(o["initial_means"].toArray()));
        const GmmResult r = fitGaussianMixture(x, p);

        // The fits differ from scikit-learn by rounding only (the worst differences are printed), so a change
        // of method, such as dropping reg_covar, shows.
        const auto rel = [](double ours, double theirs) {
            return std::fabs(ours - theirs) / (1.0 + std::fabs(theirs));
        };
        const Tolerances tol = name.startsWith(QLatin1String("degenerate")) ? kDegenerate : Tolerances{};
        const double score = o["score"].toDouble();
        qInfo("score %.3g, lower bound %.3g, bic %.3g", rel(r.meanLogLikelihood, score),
              rel(r.lowerBound, o["lower_bound"].toDouble()), rel(r.bic, o["bic"].toDouble()));
        QVERIFY2(rel(r.meanLogLikelihood, score) <= tol.score,
                 qPrintable(QStringLiteral("score %1 vs %2")
                                .arg(r.meanLogLikelihood, 0, 'g', 17)
                                .arg(score, 0, 'g', 17)));
        QVERIFY(rel(r.lowerBound, o["lower_bound"].toDouble()) <= tol.score);
        QCOMPARE(r.nIter, o["n_iter"].toInt());
        QCOMPARE(r.converged, o["converged"].toBool());
        QCOMPARE(r.nParameters, o["n_parameters"].toInt());
        // BIC and AIC follow from the score: the same relative tolerance.
        QVERIFY(rel(r.bic, o["bic"].toDouble()) <= tol.score);
        QVERIFY(rel(r.aic, o["aic"].toDouble()) <= tol.score);
        QVERIFY(std::fabs(r.bic - (-2.0 * n * r.meanLogLikelihood + r.nParameters * std::log(double(n)))) <=
                1e-9 * std::fabs(r.bic));

        // Same start, so the components keep scikit-learn's order: no permutation to undo.
        const std::vector<double> weights = doublesFrom(o["weights"].toArray());
        const std::vector<double> means = doublesFrom(o["means"].toArray());
        double worstWeight = 0.0, worstMean = 0.0, worstSample = 0.0, worstProba = 0.0;
        for (int c = 0; c < k; ++c) {
            worstWeight = std::max(worstWeight, std::fabs(r.weights[c] - weights[c]));
            for (std::size_t j = 0; j < d; ++j)
                worstMean = std::max(worstMean, rel(r.means(c, j), means[c * d + j]));
        }
        const QJsonArray labels = o["labels"].toArray();
        std::size_t differ = 0;
        for (std::size_t i = 0; i < n; ++i)
            differ += r.labels[i] != labels[static_cast<qsizetype>(i)].toInt();
        const std::vector<double> samples = doublesFrom(o["score_samples"].toArray());
        for (std::size_t i = 0; i < n; ++i)
            worstSample = std::max(worstSample, rel(r.logLikelihood[i], samples[i]));
        const FeatureMatrix proba = predictProbaGaussianMixture(r, x);
        const std::vector<double> head = doublesFrom(o["predict_proba_head"].toArray());
        for (std::size_t i = 0; i < 20; ++i)
            for (int c = 0; c < k; ++c)
                worstProba = std::max(worstProba, std::fabs(proba(i, c) - head[i * k + c]));
        qInfo("worst differences: score %.3g, weight %.3g, mean %.3g, sample %.3g, proba %.3g",
              rel(r.meanLogLikelihood, score), worstWeight, worstMean, worstSample, worstProba);
        QVERIFY2(worstWeight <= tol.weight, qPrintable(QString::number(worstWeight)));
        QVERIFY2(worstMean <= tol.mean, qPrintable(QString::number(worstMean)));
        QVERIFY2(differ == 0, qPrintable(QStringLiteral("%1 labels differ").arg(differ)));
        QVERIFY2(worstSample <= tol.sample, qPrintable(QString::number(worstSample)));
        QVERIFY2(worstProba <= tol.proba, qPrintable(QString::number(worstProba)));

        // Soft memberships sum to one; predict on the training rows reproduces the fit.
        for (std::size_t i = 0; i < n; ++i) {
            double s = 0.0;
            for (int c = 0; c < k; ++c)
                s += r.responsibilities(i, static_cast<std::size_t>(c));
            QVERIFY(std::fabs(s - 1.0) <= 1e-12);
        }
        QVERIFY(predictGaussianMixture(r, x) == r.labels);
        const std::vector<double> scored = scoreSamplesGaussianMixture(r, x);
        for (std::size_t i = 0; i < n; ++i)
            QVERIFY(std::fabs(scored[i] - r.logLikelihood[i]) <= 1e-12 * (1.0 + std::fabs(scored[i])));
    }

    void kmeansStartIsRepeatable_data() {
        QTest::addColumn<int>("covariance");
        QTest::newRow("full") << int(CovarianceType::Full);
        QTest::newRow("diag") << int(CovarianceType::Diag);
        QTest::newRow("spherical") << int(CovarianceType::Spherical);
    }
    void kmeansStartIsRepeatable() {
        QFETCH(int, covariance);
        // 20,000 rows: ten chunks of 2,048, so the thread counts below split the E-step differently.
        const FeatureMatrix x = blobs(20000, 4, 3);
        GmmParams p;
        p.k = 3;
        p.covariance = CovarianceType(covariance);
        p.nInit = 3;
        p.seed = 42;
        const GmmResult a = fitGaussianMixture(x, p);
        const GmmResult b = fitGaussianMixture(x, p);
        QCOMPARE(a.meanLogLikelihood, b.meanLogLikelihood);
        QVERIFY(a.labels == b.labels);
        QVERIFY(a.converged);
        QVERIFY(std::isfinite(a.meanLogLikelihood));
        // Three well separated blobs: one component each, equal weights.
        for (double w : a.weights)
            QVERIFY(std::fabs(w - 1.0 / 3.0) < 0.01);
        p.threads = 1;
        QCOMPARE(fitGaussianMixture(x, p).meanLogLikelihood,
                 a.meanLogLikelihood);  // thread count is invisible
        for (unsigned threads : {2u, 3u, 8u}) {
            p.threads = threads;
            const GmmResult t = fitGaussianMixture(x, p);
            QVERIFY(t.meanLogLikelihood == a.meanLogLikelihood);  // every bit: QCOMPARE on doubles is fuzzy
            QVERIFY(t.lowerBound == a.lowerBound);
            QVERIFY(t.labels == a.labels);
            QVERIFY(t.means.values() == a.means.values());
            QVERIFY(t.responsibilities.values() == a.responsibilities.values());
        }
    }

    void identicalRowsStayFinite_data() {
        QTest::addColumn<int>("covariance");
        QTest::newRow("full") << int(CovarianceType::Full);
        QTest::newRow("diag") << int(CovarianceType::Diag);
        QTest::newRow("spherical") << int(CovarianceType::Spherical);
    }
    void identicalRowsStayFinite() {
        QFETCH(int, covariance);
        FeatureMatrix x(40, 3);
        for (std::size_t i = 0; i < 40; ++i)
            for (std::size_t j = 0; j < 3; ++j)
                x(i, j) = 2.0 + j;
        GmmParams p;
        p.k = 2;
        p.covariance = CovarianceType(covariance);
        const GmmResult r = fitGaussianMixture(x, p);
        QVERIFY(std::isfinite(r.meanLogLikelihood));
        QVERIFY(std::isfinite(r.bic) && std::isfinite(r.aic));
        for (const FeatureMatrix& c : r.covariances)
            for (std::size_t j = 0; j < 3; ++j)
                QVERIFY(std::fabs(c(j, j) - p.regCovar) <= 1e-9);  // the regularisation alone
        for (double v : r.responsibilities.values())
            QVERIFY(std::isfinite(v));
    }

    void rejectsBadInput() {
        const FeatureMatrix x = blobs(10, 2, 1);
        auto codeOf = [&](const GmmParams& p, const FeatureMatrix& data) {
            try {
                (void)fitGaussianMixture(data, p);
            } catch (const Error& e) {
                return e.code();
            }
            return ErrorCode::Internal;
        };
        GmmParams p;
        p.k = 11;
        QCOMPARE(codeOf(p, x), ErrorCode::TooFewRows);
        p.k = 0;
        QCOMPARE(codeOf(p, x), ErrorCode::InvalidParameter);
        p = {};
        p.regCovar = -1.0;
        QCOMPARE(codeOf(p, x), ErrorCode::InvalidParameter);
        p = {};
        p.nInit = 0;
        QCOMPARE(codeOf(p, x), ErrorCode::InvalidParameter);
        p = {};
        p.k = 2;
        p.initialMeans = FeatureMatrix(3, 2);
        QCOMPARE(codeOf(p, x), ErrorCode::InvalidParameter);
        FeatureMatrix bad = x;
        bad(4, 1) = qInf();
        try {
            (void)fitGaussianMixture(bad, GmmParams{});
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::NonFiniteValue);
            QCOMPARE(e.context().line, std::int64_t(5));
            QCOMPARE(e.context().column, std::int64_t(2));
        }
        QCOMPARE(
            [&] {
                try {
                    (void)predictGaussianMixture(GmmResult{}, x);
                } catch (const Error& e) {
                    return e.code();
                }
                return ErrorCode::Internal;
            }(),
            ErrorCode::NotFitted);
    }

    void reportsNonConvergence() {
        const FeatureMatrix x = blobs(300, 2, 5);
        GmmParams p;
        p.k = 3;
        p.maxIter = 1;
        p.tol = 0.0;
        const GmmResult r = fitGaussianMixture(x, p);
        QVERIFY(!r.converged);
        QCOMPARE(r.nIter, 1);
        QVERIFY(std::any_of(r.warnings.begin(), r.warnings.end(),
                            [](const Warning& w) { return w.code == WarningCode::NotConverged; }));
    }

    void cancels() {
        const FeatureMatrix x = blobs(3000, 3, 9);
        GmmParams p;
        p.k = 3;
        p.nInit = 4;
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, (void)fitGaussianMixture(x, p, Progress([&](double) { return ++calls < 2; })));
    }
};

QTEST_APPLESS_MAIN(TestGaussianMixture)
#include "tst_gaussianmixture.moc"
