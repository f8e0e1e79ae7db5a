// Principal component analysis of the prepared feature matrix (Pearson 1901; Jolliffe 2002, "Principal
// Component Analysis"), through the eigendecomposition of the d x d covariance matrix rather than an SVD of
// the n x d data: one blocked pass over the rows instead of a full SVD, the same components and variances.
#pragma once

#include <cstddef>
#include <vector>

#include "common/FeatureMatrix.h"
#include "common/Progress.h"
#include "common/Warning.h"

namespace seg::reduce {

struct PcaParams {
    int components = 0;    // components kept; 0 = all, min(n, d)
    bool project = true;   // also project every row (PcaResult::projection)
    unsigned threads = 0;  // 0: seg::workerCount()
    // Throws InvalidParameter for components < 0 or > min(n, d) ("components=12", limit min(n, d)),
    // TooFewRows for n < 2, NoFeatures for d == 0.
    void validate(std::size_t n, std::size_t d) const;
};

// The layout of every matrix below follows FeatureMatrix: one component (or one row) per matrix row.
struct PcaResult {
    std::vector<double> mean;  // d, the centre subtracted before projecting
    FeatureMatrix
        components;  // c x d, unit rows; each row's largest-|.| loading is positive (first on a tie)
    std::vector<double> explainedVariance;       // c, eigenvalues of the covariance (n - 1 denominator)
    std::vector<double> explainedVarianceRatio;  // c, over the total variance; 0 when the total is 0
    std::vector<double> singularValues;          // c, of the centred data: sqrt(variance * (n - 1))
    FeatureMatrix loadings;      // c x d, components scaled by sqrt(explainedVariance) (biplot arrows)
    FeatureMatrix projection;    // n x c, (x - mean) * components^T, if PcaParams::project
    double totalVariance = 0.0;  // sum of all min(n, d) eigenvalues (the trace of the covariance)
    std::size_t samples = 0;
    Warnings warnings;
};

// Equal to sklearn.decomposition.PCA(n_components, svd_solver="full") up to each component's sign (scikit-
// learn fixes signs from U instead; ours follow the loadings, so they do not depend on the rows): same
// explained_variance_, explained_variance_ratio_, singular_values_, mean_ and transform(). Constant features
// get zero variance (ratio 0, no NaN). The covariance is accumulated from centred rows in fixed chunks
// reduced in order (results do not depend on the thread count); the eigenvalues of a d x d matrix then carry
// an absolute error of about 1e-16 of the largest, so variance ratios agree with an SVD's to 1e-15.
// Throws as PcaParams::validate, NonFiniteValue for NaN or infinity, Cancelled from progress.
[[nodiscard]] PcaResult fitPca(const FeatureMatrix& x, const PcaParams& params = {},
                               const Progress& progress = {});

// Projects new rows (same features, same preparation) onto the fitted components: n x c.
// Throws InvalidParameter when x has a different number of columns, NotFitted for an empty result.
[[nodiscard]] FeatureMatrix transform(const PcaResult& pca, const FeatureMatrix& x, unsigned threads = 0);

}  // namespace seg::reduce
