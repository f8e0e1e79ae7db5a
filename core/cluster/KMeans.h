// k-means clustering: k-means++ seeding (scikit-learn's greedy variant, Arthur & Vassilvitskii 2007), n_init
// restarts keeping the lowest inertia, Lloyd and an accelerated exact step (Hamerly 2010), mini-batch
// (Sculley 2010).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "common/FeatureMatrix.h"
#include "common/Progress.h"
#include "common/Warning.h"

namespace seg::cluster {

enum class KMeansAlgorithm {
    Auto,       // Hamerly for small k and d, Lloyd otherwise
    Lloyd,      // plain assignment/update iterations (fused distance-and-argmin kernel)
    Hamerly,    // exact, with distance bounds that skip most distance computations
    MiniBatch,  // approximate, for very large n
};

struct KMeansParams {
    int k = 8;
    int nInit = 10;     // restarts with different seeds; the lowest inertia wins
    int maxIter = 300;  // per restart
    double tol = 1e-4;  // relative to the mean feature variance, as scikit-learn (centre shift^2 sum)
    std::uint64_t seed = 0;
    KMeansAlgorithm algorithm = KMeansAlgorithm::Auto;
    std::size_t batchSize = 1024;  // mini-batch only
    unsigned threads = 0;          // 0: seg::workerCount()
    // Throws seg::Error(InvalidParameter) naming the parameter and the limit ("k=5 needs at least 5 rows").
    void validate(std::size_t n, std::size_t d) const;
};

struct KMeansResult {
    std::vector<int> labels;  // one per row, 0..k-1
    FeatureMatrix centers;    // k x d
    double inertia = 0.0;     // sum of squared distances to the assigned centre
    int nIter = 0;            // iterations of the winning restart
    bool converged = false;
    int emptyClustersReseeded = 0;
    Warnings warnings;  // empty clusters re-seeded, no convergence, fewer distinct points than k
};

[[nodiscard]] KMeansResult fitKMeans(const FeatureMatrix& x, const KMeansParams& params,
                                     const Progress& progress = {});
// Nearest centre of each row of x (same features, same preparation). Throws if the result has no centres.
[[nodiscard]] std::vector<int> predictKMeans(const KMeansResult& model, const FeatureMatrix& x);

}  // namespace seg::cluster
