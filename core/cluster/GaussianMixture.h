// Gaussian mixture models fitted by expectation-maximisation (Dempster, Laird & Rubin 1977), mirroring
// scikit-learn 1.2's GaussianMixture step for step so that log-likelihoods, BIC and AIC compare directly.
//
// As scikit-learn: k-means initialisation (labels -> weights, means, covariances), reg_covar added to every
// covariance diagonal, Cholesky factors of the precisions, log-sum-exp responsibilities, convergence when the
// mean log-likelihood lower bound changes by less than tol, n_init restarts keeping the best lower bound, and
// bic/aic from _n_parameters. See Bishop 2006, "Pattern Recognition and Machine Learning", section 9.2.
// One difference: each restart starts from the best of 10 k-means runs, not one, so the mixture does not
// inherit one unlucky seeding (given initialMeans, the start is exactly scikit-learn's).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "common/FeatureMatrix.h"
#include "common/Progress.h"
#include "common/Warning.h"

namespace seg::cluster {

enum class CovarianceType {
    Full,       // one full d x d covariance per component
    Diag,       // one diagonal covariance per component
    Spherical,  // one variance per component (sigma^2 * I)
};

struct GmmParams {
    int k = 1;  // components (scikit-learn's n_components)
    CovarianceType covariance = CovarianceType::Full;
    int nInit = 1;           // restarts; the best final lower bound wins
    int maxIter = 100;       // EM iterations per restart
    double tol = 1e-3;       // on the change of the mean log-likelihood lower bound
    double regCovar = 1e-6;  // added to every covariance diagonal
    std::uint64_t seed = 0;
    // Starting means (k x d) in place of k-means. As with scikit-learn's means_init, weights and covariances
    // still come from hard labels: here each row's nearest starting mean, so the start is fully determined by
    // these means (tests/peer/make_gmm_expected.py builds the same start for scikit-learn). Every restart
    // starts from these means, so nInit > 1 only repeats the same fit.
    std::optional<FeatureMatrix> initialMeans;
    unsigned threads = 0;  // 0: seg::workerCount()
    // Throws seg::Error(InvalidParameter / TooFewRows) naming the parameter and the limit.
    void validate(std::size_t n, std::size_t d) const;
};

struct GmmResult {
    CovarianceType covariance = CovarianceType::Full;
    std::vector<double> weights;             // k mixing weights, summing to 1
    FeatureMatrix means;                     // k x d
    std::vector<FeatureMatrix> covariances;  // k matrices d x d (diagonal for Diag, sigma^2 I for Spherical)
    std::vector<FeatureMatrix> precisionsCholesky;  // k upper-triangular d x d, P = U U^T (scikit-learn's)
    std::vector<int> labels;                        // argmax of the responsibilities, one per row
    FeatureMatrix responsibilities;                 // n x k soft memberships, rows sum to 1
    std::vector<double> logLikelihood;              // per row: log p(x_i) under the fitted mixture
    double meanLogLikelihood = 0.0;                 // mean of logLikelihood (scikit-learn's score(X))
    double lowerBound = 0.0;                        // the winning restart's final lower bound (lower_bound_)
    double bic = 0.0;                               // -2 n meanLogLikelihood + p ln n
    double aic = 0.0;                               // -2 n meanLogLikelihood + 2 p
    int nParameters = 0;                            // p: free parameters (scikit-learn's _n_parameters)
    int nIter = 0;                                  // iterations of the winning restart
    bool converged = false;                         // as scikit-learn: true if any restart converged
    Warnings warnings;                              // NotConverged, CovarianceRegularised
};

[[nodiscard]] GmmResult fitGaussianMixture(const FeatureMatrix& x, const GmmParams& params,
                                           const Progress& progress = {});

// For new rows (same features, same preparation as the fit). Throw NotFitted if the model has no components.
[[nodiscard]] std::vector<int> predictGaussianMixture(const GmmResult& model, const FeatureMatrix& x);
[[nodiscard]] FeatureMatrix predictProbaGaussianMixture(const GmmResult& model, const FeatureMatrix& x);
// log p(x_i) per row (scikit-learn's score_samples).
[[nodiscard]] std::vector<double> scoreSamplesGaussianMixture(const GmmResult& model, const FeatureMatrix& x);

}  // namespace seg::cluster
