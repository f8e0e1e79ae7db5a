// Choosing k: fit k = kmin..kmax, score each, and recommend one k from the elbow of the inertia curve
// (Kneedle) and the validity indices' votes, each vote a reason that can be said in one plain sentence.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "common/FeatureMatrix.h"
#include "common/Progress.h"
#include "common/Warning.h"
#include "run/Segmentation.h"

namespace seg::run {

enum class Criterion {
    Elbow,             // the knee of inertia against k
    Silhouette,        // highest mean silhouette
    CalinskiHarabasz,  // highest
    DaviesBouldin,     // lowest
    Bic,               // lowest (mixtures)
};
[[nodiscard]] const char* criterionName(Criterion c) noexcept;  // "elbow", "silhouette", ...

struct Vote {
    Criterion criterion;
    int k = 0;
    double value = 0.0;  // the criterion's value at that k (inertia for the elbow)
};

struct SweepParams {
    Algorithm algorithm = Algorithm::KMeans;  // k-means, hierarchical (one tree, cut at every k) or mixtures
    int kMin = 2;
    int kMax = 10;
    int nInit = 3;  // restarts per k (k-means and mixtures)
    std::uint64_t seed = 0;
    cluster::Linkage linkage = cluster::Linkage::Ward;
    cluster::CovarianceType covariance = cluster::CovarianceType::Full;
    bool silhouette = true;
    metrics::SilhouetteParams silhouetteParams;
    void validate(std::size_t n) const;
};

struct SweepResult {
    std::vector<int> k;
    std::vector<double> inertia;
    std::vector<double> silhouette;  // NaN where not computed
    std::vector<double> calinskiHarabasz;
    std::vector<double> daviesBouldin;
    std::vector<double> bic;  // mixtures only; NaN otherwise
    std::optional<int> elbowK;
    std::vector<Vote> votes;
    int recommendedK = 0;
    Warnings warnings;
};

// On an already prepared matrix (each k sees the same rows).
[[nodiscard]] SweepResult sweepK(const FeatureMatrix& x, const SweepParams& params,
                                 const Progress& progress = {});
// The recommendation rule on its own (for tests and for sweeps whose values came from elsewhere): the k with
// the most votes; a tie goes to the silhouette's choice if it is among the tied, else to the smallest tied k.
[[nodiscard]] int recommend(const std::vector<Vote>& votes);

}  // namespace seg::run
