#include "cluster/GaussianMixture.h"

#include <Eigen/Cholesky>
#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>

#include "cluster/KMeans.h"
#include "cluster/gmm/KMeansStart.h"
#include "common/Error.h"
#include "common/Parallel.h"
#include "common/Random.h"

namespace seg::cluster {

namespace {
constexpr int kKMeansStarts = 10;  // k-means restarts behind each mixture restart
}  // namespace

namespace {

using Eigen::MatrixXd;
using Eigen::VectorXd;
using RowBlock = Eigen::Map<const RowMatrix>;

// Rows per unit of work. Sums are formed per chunk and added in chunk order, so a fit gives the same bits
// whatever the number of threads.
constexpr std::size_t kChunk = 2048;
// scikit-learn adds 10 machine epsilons to every component's responsibility sum so an empty component divides
// by a tiny number instead of zero.
constexpr double kTinyMass = 10.0 * std::numeric_limits<double>::epsilon();

struct Model {
    CovarianceType type = CovarianceType::Full;
    Eigen::Index k = 0;
    Eigen::Index d = 0;
    VectorXd weights;                // k
    RowMatrix means;                 // k x d
    std::vector<MatrixXd> cov;       // full: k of d x d
    std::vector<MatrixXd> precChol;  // full: k upper-triangular d x d
    MatrixXd covDiag;                // diag / spherical: k x d (spherical: one value repeated)
    MatrixXd precDiag;               // diag / spherical: k x d, 1 / sqrt(covDiag)
    VectorXd logDet;                 // k: log det of precChol (half the log det of the precision)
};

// Sufficient statistics of one chunk, taken about the current means (shifting by the old mean keeps the
// one-pass covariance free of the cancellation that sum(r x x^T) - n mu mu^T suffers far from the origin).
struct Stats {
    VectorXd mass;                 // k: sum of responsibilities
    MatrixXd first;                // k x d: sum r (x - mu_old)
    std::vector<MatrixXd> second;  // full: k of d x d, sum r (x - mu_old)(x - mu_old)^T
    MatrixXd secondDiag;           // diag / spherical: k x d, sum r (x - mu_old)^2
    double logLikelihood = 0.0;    // sum over the chunk's rows of log p(x)

    void reset(Eigen::Index k, Eigen::Index d, bool full) {
        mass = VectorXd::Zero(k);
        first = MatrixXd::Zero(k, d);
        if (full)
            second.assign(static_cast<std::size_t>(k), MatrixXd::Zero(d, d));
        else
            secondDiag = MatrixXd::Zero(k, d);
        logLikelihood = 0.0;
    }
    void add(const Stats& o) {
        mass += o.mass;
        first += o.first;
        for (std::size_t c = 0; c < second.size(); ++c)
            second[c] += o.second[c];
        if (secondDiag.size()) secondDiag += o.secondDiag;
        logLikelihood += o.logLikelihood;
    }
};

[[noreturn]] void invalid(const std::string& what, std::int64_t limit) {
    ErrorContext c;
    c.detail = what;
    c.limit = limit;
    throw Error(ErrorCode::InvalidParameter, c);
}

// log(w_c) + log N(x | mu_c, Sigma_c) for the rows of one chunk, m x k.
void weightedLogProb(const Model& p, const RowBlock& xb, MatrixXd& out) {
    const Eigen::Index m = xb.rows();
    const double constant = static_cast<double>(p.d) * std::log(2.0 * std::numbers::pi);
    out.resize(m, p.k);
    RowMatrix diff(m, p.d);
    RowMatrix y(m, p.d);
    for (Eigen::Index c = 0; c < p.k; ++c) {
        diff = xb.rowwise() - p.means.row(c);
        VectorXd maha;
        if (p.type == CovarianceType::Full) {
            y.noalias() = diff * p.precChol[static_cast<std::size_t>(c)].triangularView<Eigen::Upper>();
            maha = y.rowwise().squaredNorm();
        } else {
            const Eigen::RowVectorXd prec = p.precDiag.row(c).array().square();
            maha = (diff.array().square().rowwise() * prec.array()).rowwise().sum();
        }
        out.col(c) = (-0.5 * (maha.array() + constant) + p.logDet(c) + std::log(p.weights(c))).matrix();
    }
}

// Turns weighted log-probabilities into responsibilities in place (log-sum-exp per row); returns the row
// log-likelihoods.
VectorXd normalise(MatrixXd& w) {
    VectorXd lse(w.rows());
    for (Eigen::Index i = 0; i < w.rows(); ++i) {
        const double mx = w.row(i).maxCoeff();
        if (!std::isfinite(mx)) {
            lse(i) = mx;
            w.row(i).setConstant(1.0 / static_cast<double>(w.cols()));
            continue;
        }
        lse(i) = mx + std::log((w.row(i).array() - mx).exp().sum());
        w.row(i) = (w.row(i).array() - lse(i)).exp();
    }
    return lse;
}

// One E-step over every row. Fills `total` with the statistics for the M-step when asked, and the
// responsibilities / row log-likelihoods for the final result when asked. Returns the summed log-likelihood.
double expectation(const FeatureMatrix& x, const Model& p, unsigned threads, Stats* total,
                   FeatureMatrix* resp, std::vector<double>* rowLogLikelihood) {
    const std::size_t n = x.rows();
    const std::size_t chunks = (n + kChunk - 1) / kChunk;
    const bool full = p.type == CovarianceType::Full;
    std::vector<Stats> partial(chunks);
    parallelFor(
        chunks,
        [&](std::size_t begin, std::size_t end, unsigned) {
            MatrixXd w;
            RowMatrix diff;
            for (std::size_t ch = begin; ch < end; ++ch) {
                const std::size_t r0 = ch * kChunk;
                const auto m = static_cast<Eigen::Index>(std::min(kChunk, n - r0));
                const RowBlock xb(x.row(r0), m, p.d);
                weightedLogProb(p, xb, w);
                const VectorXd lse = normalise(w);
                Stats& s = partial[ch];
                if (total) s.reset(p.k, p.d, full);
                s.logLikelihood = lse.sum();
                if (rowLogLikelihood) {
                    for (Eigen::Index i = 0; i < m; ++i)
                        (*rowLogLikelihood)[r0 + static_cast<std::size_t>(i)] = lse(i);
                }
                if (resp) {
                    for (Eigen::Index i = 0; i < m; ++i)
                        for (Eigen::Index c = 0; c < p.k; ++c)
                            (*resp)(r0 + static_cast<std::size_t>(i), static_cast<std::size_t>(c)) = w(i, c);
                }
                if (!total) continue;
                for (Eigen::Index c = 0; c < p.k; ++c) {
                    diff = xb.rowwise() - p.means.row(c);
                    const auto r = w.col(c);
                    s.mass(c) = r.sum();
                    s.first.row(c) = (diff.transpose() * r).transpose();
                    if (full) {
                        RowMatrix weighted = diff.array().colwise() * r.array();
                        s.second[static_cast<std::size_t>(c)].noalias() = diff.transpose() * weighted;
                    } else {
                        s.secondDiag.row(c) = (diff.array().square().colwise() * r.array()).colwise().sum();
                    }
                }
            }
        },
        threads, 1);
    double sum = 0.0;
    if (total) total->reset(p.k, p.d, full);
    for (const Stats& s : partial) {
        if (total)
            total->add(s);
        else
            sum += s.logLikelihood;
    }
    return total ? total->logLikelihood : sum;
}

// Cholesky factors of the precisions (scikit-learn's _compute_precision_cholesky). scikit-learn stops with an
// error when a covariance is not positive definite; here the diagonal is raised until it is, and counted.
void computePrecisions(Model& p, double regCovar, int& regularised) {
    p.logDet.resize(p.k);
    if (p.type == CovarianceType::Full) {
        p.precChol.resize(static_cast<std::size_t>(p.k));
        for (Eigen::Index c = 0; c < p.k; ++c) {
            MatrixXd& cov = p.cov[static_cast<std::size_t>(c)];
            Eigen::LLT<MatrixXd> llt(cov);
            double jitter = std::max(regCovar, 1e-10 * std::max(cov.diagonal().cwiseAbs().maxCoeff(), 1.0));
            for (int attempt = 0; llt.info() != Eigen::Success; ++attempt) {
                if (attempt == 20 || !cov.allFinite()) {
                    throw Error(ErrorCode::Internal,
                                ErrorContext{.detail = "covariance not positive definite"});
                }
                cov.diagonal().array() += jitter;
                jitter *= 10.0;
                ++regularised;
                llt.compute(cov);
            }
            const MatrixXd lower = llt.matrixL();
            MatrixXd inv = MatrixXd::Identity(p.d, p.d);
            lower.triangularView<Eigen::Lower>().solveInPlace(inv);
            p.precChol[static_cast<std::size_t>(c)] = inv.transpose();
            p.logDet(c) = p.precChol[static_cast<std::size_t>(c)].diagonal().array().log().sum();
        }
        return;
    }
    const double floor = regCovar > 0.0 ? regCovar : 1e-12;
    for (Eigen::Index c = 0; c < p.k; ++c) {
        for (Eigen::Index j = 0; j < p.d; ++j) {
            if (!(p.covDiag(c, j) > 0.0)) {
                p.covDiag(c, j) = floor;
                ++regularised;
            }
        }
    }
    p.precDiag = p.covDiag.array().sqrt().inverse();
    p.logDet = p.precDiag.array().log().rowwise().sum();
}

// Covariances from statistics taken about `centre` (k x d) for components whose new means are p.means;
// scikit-learn's _estimate_gaussian_covariances_{full,diag,spherical} with reg_covar on the diagonal.
void covariancesFrom(Model& p, const Stats& s, const RowMatrix& centre, double regCovar) {
    const bool full = p.type == CovarianceType::Full;
    if (full)
        p.cov.assign(static_cast<std::size_t>(p.k), MatrixXd());
    else
        p.covDiag.resize(p.k, p.d);
    for (Eigen::Index c = 0; c < p.k; ++c) {
        const double nk = s.mass(c) + kTinyMass;
        const VectorXd delta = (p.means.row(c) - centre.row(c)).transpose();
        const VectorXd first = s.first.row(c).transpose();
        if (full) {
            // sum r (x-mu)(x-mu)^T = S - first delta^T - delta first^T + mass delta delta^T
            MatrixXd cov = s.second[static_cast<std::size_t>(c)] - first * delta.transpose() -
                           delta * first.transpose() + s.mass(c) * delta * delta.transpose();
            cov /= nk;
            cov = 0.5 * (cov + cov.transpose());
            cov.diagonal().array() += regCovar;
            p.cov[static_cast<std::size_t>(c)] = std::move(cov);
        } else {
            Eigen::RowVectorXd var =
                ((s.secondDiag.row(c).transpose().array() - 2.0 * first.array() * delta.array() +
                  s.mass(c) * delta.array().square()) /
                 nk)
                    .transpose();
            var.array() += regCovar;
            if (p.type == CovarianceType::Spherical) var.setConstant(var.mean());
            p.covDiag.row(c) = var;
        }
    }
}

// M-step (scikit-learn's _m_step) from statistics taken about the previous means.
Model maximisation(const Model& old, const Stats& s, double regCovar, int& regularised) {
    Model p;
    p.type = old.type;
    p.k = old.k;
    p.d = old.d;
    const VectorXd nk = s.mass.array() + kTinyMass;
    p.means.resize(p.k, p.d);
    for (Eigen::Index c = 0; c < p.k; ++c)
        p.means.row(c) = (s.first.row(c) + s.mass(c) * old.means.row(c)) / nk(c);
    covariancesFrom(p, s, old.means, regCovar);
    p.weights = nk / nk.sum();
    computePrecisions(p, regCovar, regularised);
    return p;
}

// Parameters from hard labels (scikit-learn's _initialize with a one-hot resp); `means` then replaces the
// label means when given, exactly as means_init does.
Model fromLabels(const FeatureMatrix& x, const std::vector<int>& labels, const GmmParams& params,
                 const FeatureMatrix* means, unsigned threads, int& regularised) {
    Model p;
    p.type = params.covariance;
    p.k = params.k;
    p.d = static_cast<Eigen::Index>(x.cols());
    const std::size_t n = x.rows();
    VectorXd count = VectorXd::Zero(p.k);
    MatrixXd sum = MatrixXd::Zero(p.k, p.d);
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<Eigen::Index>(labels[i]);
        count(c) += 1.0;
        sum.row(c) += RowBlock(x.row(i), 1, p.d);
    }
    p.means.resize(p.k, p.d);
    for (Eigen::Index c = 0; c < p.k; ++c)
        p.means.row(c) = sum.row(c) / (count(c) + kTinyMass);
    // Second moments about the label means: one pass of the E-step's statistics code with one-hot weights.
    Stats s;
    s.reset(p.k, p.d, p.type == CovarianceType::Full);
    s.mass = count;
    (void)threads;
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<Eigen::Index>(labels[i]);
        const Eigen::RowVectorXd diff = RowBlock(x.row(i), 1, p.d) - p.means.row(c);
        s.first.row(c) += diff;
        if (p.type == CovarianceType::Full)
            s.second[static_cast<std::size_t>(c)].noalias() += diff.transpose() * diff;
        else
            s.secondDiag.row(c) += diff.array().square().matrix();
    }
    covariancesFrom(p, s, p.means, params.regCovar);
    p.weights = (count.array() + kTinyMass) / static_cast<double>(n);
    if (means) {
        for (Eigen::Index c = 0; c < p.k; ++c)
            p.means.row(c) = RowBlock(means->row(static_cast<std::size_t>(c)), 1, p.d);
    }
    computePrecisions(p, params.regCovar, regularised);
    return p;
}

Model modelOf(const GmmResult& r) {
    if (r.weights.empty() || r.means.rows() != r.weights.size() ||
        r.precisionsCholesky.size() != r.weights.size()) {
        throw Error(ErrorCode::NotFitted, ErrorContext{.detail = "gaussian mixture"});
    }
    Model p;
    p.type = r.covariance;
    p.k = static_cast<Eigen::Index>(r.weights.size());
    p.d = static_cast<Eigen::Index>(r.means.cols());
    p.weights = Eigen::Map<const VectorXd>(r.weights.data(), p.k);
    p.means = r.means.eigen();
    p.logDet.resize(p.k);
    if (p.type == CovarianceType::Full) {
        for (const FeatureMatrix& u : r.precisionsCholesky)
            p.precChol.push_back(u.eigen());
    } else {
        p.precDiag.resize(p.k, p.d);
        for (Eigen::Index c = 0; c < p.k; ++c)
            p.precDiag.row(c) =
                r.precisionsCholesky[static_cast<std::size_t>(c)].eigen().diagonal().transpose();
    }
    for (Eigen::Index c = 0; c < p.k; ++c)
        p.logDet(c) =
            r.precisionsCholesky[static_cast<std::size_t>(c)].eigen().diagonal().array().log().sum();
    return p;
}

void checkColumns(const GmmResult& r, const FeatureMatrix& x) {
    if (x.cols() != r.means.cols()) {
        throw Error(ErrorCode::InvalidParameter,
                    ErrorContext{.detail = "columns=" + std::to_string(x.cols()),
                                 .count = static_cast<std::int64_t>(x.cols()),
                                 .limit = static_cast<std::int64_t>(r.means.cols())});
    }
    requireFinite(x);
}

int parameterCount(CovarianceType type, int k, int d) {
    // scikit-learn's _n_parameters: covariance + mean parameters + (k - 1) free weights.
    const int cov = type == CovarianceType::Full   ? k * d * (d + 1) / 2
                    : type == CovarianceType::Diag ? k * d
                                                   : k;
    return cov + k * d + k - 1;
}

}  // namespace

void GmmParams::validate(std::size_t n, std::size_t d) const {
    if (k < 1) invalid("n_components=" + std::to_string(k), 1);
    if (nInit < 1) invalid("n_init=" + std::to_string(nInit), 1);
    if (maxIter < 0) invalid("max_iter=" + std::to_string(maxIter), 0);
    if (!(tol >= 0.0) || !std::isfinite(tol)) invalid("tol=" + std::to_string(tol), 0);
    if (!(regCovar >= 0.0) || !std::isfinite(regCovar)) invalid("reg_covar=" + std::to_string(regCovar), 0);
    if (d == 0) throw Error(ErrorCode::NoFeatures, {});
    if (n < static_cast<std::size_t>(k)) {
        throw Error(ErrorCode::TooFewRows, ErrorContext{.count = static_cast<std::int64_t>(n), .limit = k});
    }
    if (initialMeans) {
        if (initialMeans->rows() != static_cast<std::size_t>(k) || initialMeans->cols() != d) {
            invalid("means_init=" + std::to_string(initialMeans->rows()) + "x" +
                        std::to_string(initialMeans->cols()),
                    k);
        }
        for (double v : initialMeans->values())
            if (!std::isfinite(v)) invalid("means_init=nan", 0);
    }
}

GmmResult fitGaussianMixture(const FeatureMatrix& x, const GmmParams& params, const Progress& progress) {
    const std::size_t n = x.rows();
    params.validate(n, x.cols());
    requireFinite(x);
    const unsigned threads = params.threads;
    int regularised = 0;
    bool converged = false;
    double bestBound = -std::numeric_limits<double>::infinity();
    bool haveBest = false;
    Model best;
    int bestIter = 0;

    for (int init = 0; init < params.nInit; ++init) {
        const Progress step = progress.sub(static_cast<double>(init) / params.nInit,
                                           static_cast<double>(init + 1) / params.nInit);
        std::vector<int> labels;
        if (params.initialMeans) {
            labels = gmm::nearestCenter(x, *params.initialMeans, threads);
        } else {
            // scikit-learn starts from one k-means run (init_params="kmeans", n_init=1), which leaves the
            // mixture to the luck of one seeding: on the benchmark blobs that start ends 0.16 nats per row
            // worse. The best of ten k-means runs costs a few per cent of the EM and starts it from the best
            // partition k-means finds.
            KMeansParams km;
            km.k = params.k;
            km.nInit = kKMeansStarts;
            km.seed = seedFor(params.seed, static_cast<std::uint64_t>(init));
            km.threads = threads;
            labels = fitKMeans(x, km, step.sub(0.0, 0.05)).labels;
        }
        Model p = fromLabels(x, labels, params, params.initialMeans ? &*params.initialMeans : nullptr,
                             threads, regularised);
        step.report(0.05);
        double bound = -std::numeric_limits<double>::infinity();
        int iter = 0;
        Stats stats;
        for (int it = 1; it <= params.maxIter; ++it) {
            const double previous = bound;
            bound = expectation(x, p, threads, &stats, nullptr, nullptr) / static_cast<double>(n);
            p = maximisation(p, stats, params.regCovar, regularised);
            iter = it;
            step.report(0.05 + 0.95 * it / params.maxIter);
            if (std::abs(bound - previous) < params.tol) {
                converged = true;
                break;
            }
        }
        if (!haveBest || bound > bestBound) {
            haveBest = true;
            bestBound = bound;
            best = std::move(p);
            bestIter = iter;
        }
    }

    GmmResult r;
    r.covariance = params.covariance;
    r.lowerBound = bestBound;
    r.nIter = bestIter;
    r.converged = converged;
    const auto k = static_cast<std::size_t>(params.k);
    const std::size_t d = x.cols();
    r.weights.assign(best.weights.data(), best.weights.data() + best.k);
    r.means =
        FeatureMatrix(k, d, std::vector<double>(best.means.data(), best.means.data() + best.means.size()));
    for (std::size_t c = 0; c < k; ++c) {
        FeatureMatrix cov(d, d);
        FeatureMatrix u(d, d);
        if (best.type == CovarianceType::Full) {
            cov.eigen() = best.cov[c];
            u.eigen() = best.precChol[c];
        } else {
            for (std::size_t j = 0; j < d; ++j) {
                cov(j, j) = best.covDiag(static_cast<Eigen::Index>(c), static_cast<Eigen::Index>(j));
                u(j, j) = best.precDiag(static_cast<Eigen::Index>(c), static_cast<Eigen::Index>(j));
            }
        }
        r.covariances.push_back(std::move(cov));
        r.precisionsCholesky.push_back(std::move(u));
    }
    r.responsibilities = FeatureMatrix(n, k);
    r.logLikelihood.resize(n);
    const double total = expectation(x, best, threads, nullptr, &r.responsibilities, &r.logLikelihood);
    r.meanLogLikelihood = total / static_cast<double>(n);
    r.labels.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double* row = r.responsibilities.row(i);
        r.labels[i] = static_cast<int>(std::max_element(row, row + k) - row);
    }
    r.nParameters = parameterCount(params.covariance, params.k, static_cast<int>(d));
    const double nn = static_cast<double>(n);
    r.bic = -2.0 * r.meanLogLikelihood * nn + r.nParameters * std::log(nn);
    r.aic = -2.0 * r.meanLogLikelihood * nn + 2.0 * r.nParameters;
    if (!converged && params.maxIter > 0)
        r.warnings.push_back({WarningCode::NotConverged, ErrorContext{.count = params.maxIter}});
    if (regularised > 0)
        r.warnings.push_back({WarningCode::CovarianceRegularised, ErrorContext{.count = regularised}});
    progress.report(1.0);
    return r;
}

std::vector<double> scoreSamplesGaussianMixture(const GmmResult& model, const FeatureMatrix& x) {
    const Model p = modelOf(model);
    checkColumns(model, x);
    std::vector<double> out(x.rows());
    expectation(x, p, 0, nullptr, nullptr, &out);
    return out;
}

FeatureMatrix predictProbaGaussianMixture(const GmmResult& model, const FeatureMatrix& x) {
    const Model p = modelOf(model);
    checkColumns(model, x);
    FeatureMatrix resp(x.rows(), static_cast<std::size_t>(p.k));
    expectation(x, p, 0, nullptr, &resp, nullptr);
    return resp;
}

std::vector<int> predictGaussianMixture(const GmmResult& model, const FeatureMatrix& x) {
    const FeatureMatrix resp = predictProbaGaussianMixture(model, x);
    std::vector<int> labels(x.rows());
    const std::size_t k = resp.cols();
    for (std::size_t i = 0; i < x.rows(); ++i) {
        const double* row = resp.row(i);
        labels[i] = static_cast<int>(std::max_element(row, row + k) - row);
    }
    return labels;
}

}  // namespace seg::cluster
