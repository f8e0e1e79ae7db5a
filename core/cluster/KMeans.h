// k-means clustering: k-means++ seeding (scikit-learn's greedy variant, Arthur & Vassilvitskii 2007), n_init
// restarts keeping the lowest inertia, Lloyd and an accelerated exact step (Hamerly 2010), mini-batch
// (Sculley 2010). The policies live in cluster/kmeans/, one small file each; this is the public face.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "common/FeatureMatrix.h"
#include "common/Progress.h"
#include "common/Warning.h"

namespace seg::cluster {

enum class KMeansAlgorithm {
    Auto,       // Hamerly up to 64 features (same labels as Lloyd, less work), Lloyd above
    Lloyd,      // plain assignment/update iterations (fused distance-and-argmin kernel)
    Hamerly,    // exact, with distance bounds that skip most distance computations
    MiniBatch,  // approximate, for very large n
};

struct KMeansParams {
    int k = 8;
    int nInit = 10;          // restarts with different seeds; the lowest inertia wins
    int maxIter = 300;       // per restart (mini-batch: passes over the data at most)
    double tol = 1e-4;       // relative to the mean feature variance, as scikit-learn (centre shift^2 sum)
    std::uint64_t seed = 0;  // restart r seeds its generator with seg::seedFor(seed, r)
    KMeansAlgorithm algorithm = KMeansAlgorithm::Auto;
    std::size_t batchSize = 1024;  // mini-batch only (nInit seedings are compared, one is refined)
    unsigned threads = 0;          // 0: seg::workerCount(); results do not depend on it
    // Throws seg::Error naming the value and the limit: InvalidParameter (detail "k=0", limit 1; k, nInit,
    // maxIter, batchSize >= 1, tol >= 0), TooFewRows (count n, limit k), NoFeatures (d = 0).
    void validate(std::size_t n, std::size_t d) const;
};

struct KMeansResult {
    std::vector<int> labels;  // one per row, 0..k-1
    FeatureMatrix centers;    // k x d
    double inertia = 0.0;     // sum of squared distances to the assigned centre
    int nIter = 0;            // iterations of the winning restart (mini-batch: scikit-learn's n_iter_)
    bool converged = false;
    int emptyClustersReseeded = 0;
    Warnings warnings;  // empty clusters re-seeded, no convergence, fewer distinct points than k
    // The training feature means: distances are computed on centred rows (as scikit-learn does, for
    // accuracy), and predictKMeans centres new rows the same way, so on the training rows it reproduces
    // `labels` (up to rows equidistant from two centres within rounding).
    std::vector<double> featureMeans;
};

// Also throws NonFiniteValue (line = row, column, both 1-based) for NaN or infinity, and Cancelled from
// progress.report(), which is called at every iteration. All rows identical: every centre is that row,
// all labels 0, inertia 0, and a FewerDistinctPointsThanK warning (as for any data with fewer than k
// distinct rows).
[[nodiscard]] KMeansResult fitKMeans(const FeatureMatrix& x, const KMeansParams& params,
                                     const Progress& progress = {});
// Lloyd iterations from the given initial centres (k x d), a single run: scikit-learn's
// KMeans(init=centres, n_init=1). params.k, nInit and seed are ignored; MiniBatch runs as Lloyd.
[[nodiscard]] KMeansResult fitKMeansFrom(const FeatureMatrix& x, const FeatureMatrix& initialCentres,
                                         const KMeansParams& params, const Progress& progress = {});
// Nearest centre of each row of x (same features, same preparation). Throws NotFitted if the result has
// no centres, InvalidParameter if the feature count differs, NonFiniteValue for NaN or infinity.
[[nodiscard]] std::vector<int> predictKMeans(const KMeansResult& model, const FeatureMatrix& x);

}  // namespace seg::cluster
