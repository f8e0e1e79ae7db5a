// The Davies-Bouldin index: the mean over clusters of the worst ratio (S_i + S_j) / M_ij of within-cluster
// scatter to centroid separation; lower is better. Davies & Bouldin 1979, "A Cluster Separation Measure".
#pragma once

#include <vector>

#include "common/FeatureMatrix.h"
#include "common/Progress.h"
#include "metrics/ClusterStats.h"

namespace seg::metrics {

// Identical to sklearn.metrics.davies_bouldin_score (1.2) on the non-noise rows (labels < 0 are left out):
// S_i is the mean Euclidean distance of cluster i's rows to its centroid; 0.0 when every S_i or every
// centroid distance is within 1e-8 of 0 (numpy.allclose, as scikit-learn); pairs of coincident centroids are
// skipped. Centroid distances are computed directly rather than with scikit-learn's |a|^2 + |b|^2 - 2ab, so
// they are exact where scikit-learn's can carry rounding noise (coincident points).
// Throws InvalidParameter unless 2 <= clusters <= rows - 1; NonFiniteValue for NaN or infinity.
[[nodiscard]] double daviesBouldin(const FeatureMatrix& x, const std::vector<int>& labels,
                                   const Progress& progress = {});
// The same from precomputed statistics (a k-sweep computes them once for all three metrics).
[[nodiscard]] double daviesBouldin(const ClusterStats& stats);

}  // namespace seg::metrics
