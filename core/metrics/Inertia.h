// Inertia: the sum of squared Euclidean distances of rows to their cluster's centre (k-means' objective and
// the elbow curve's y axis), for given centres or for the cluster means (the within-cluster sum of squares).
#pragma once

#include <vector>

#include "common/FeatureMatrix.h"
#include "common/Progress.h"
#include "metrics/ClusterStats.h"

namespace seg::metrics {

// Sum over non-noise rows of ||x_i - centers[labels_i]||^2, as scikit-learn's KMeans.inertia_ for the same
// labels and centres. labels index rows of centers (0..centers.rows()-1); negative labels are noise and left
// out. Throws InvalidParameter for a label out of range or a size mismatch; NonFiniteValue for NaN/infinity.
[[nodiscard]] double inertia(const FeatureMatrix& x, const std::vector<int>& labels,
                             const FeatureMatrix& centers, const Progress& progress = {});

// Within-cluster sum of squares about each cluster's mean (any number of clusters >= 1; noise left out).
[[nodiscard]] double withinClusterSumOfSquares(const FeatureMatrix& x, const std::vector<int>& labels,
                                               const Progress& progress = {});
[[nodiscard]] double withinClusterSumOfSquares(const ClusterStats& stats);

// Inertia (about the means), Calinski-Harabasz and Davies-Bouldin from one pair of passes over the rows.
struct ClusterScores {
    double inertia = 0.0;
    double calinskiHarabasz = 0.0;
    double daviesBouldin = 0.0;
    int clusters = 0;
    std::size_t rows = 0;  // non-noise rows used
};
[[nodiscard]] ClusterScores clusterScores(const FeatureMatrix& x, const std::vector<int>& labels,
                                          const Progress& progress = {});

}  // namespace seg::metrics
