// The Calinski-Harabasz index (variance ratio criterion): between-cluster over within-cluster dispersion,
// each divided by its degrees of freedom; higher is better. Calinski & Harabasz 1974, "A dendrite method
// for cluster analysis".
#pragma once

#include <vector>

#include "common/FeatureMatrix.h"
#include "common/Progress.h"
#include "metrics/ClusterStats.h"

namespace seg::metrics {

// Identical to sklearn.metrics.calinski_harabasz_score (1.2) on the non-noise rows (labels < 0 are left
// out): B (n - k) / (W (k - 1)), and 1.0 when the within-cluster dispersion W is exactly 0 (every cluster
// one repeated point; such clusters get an exact centroid here, see computeClusterStats).
// Throws InvalidParameter unless 2 <= clusters <= rows - 1; NonFiniteValue for NaN or infinity.
[[nodiscard]] double calinskiHarabasz(const FeatureMatrix& x, const std::vector<int>& labels,
                                      const Progress& progress = {});
[[nodiscard]] double calinskiHarabasz(const ClusterStats& stats);

}  // namespace seg::metrics
