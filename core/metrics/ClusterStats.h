// Per-cluster statistics shared by the centroid-based validation metrics (Davies-Bouldin, Calinski-Harabasz,
// inertia) and the label handling every metric shares: noise rows excluded, labels encoded as scikit-learn's
// LabelEncoder does (ascending label value -> 0..k-1).
#pragma once

#include <cstddef>
#include <vector>

#include "common/FeatureMatrix.h"
#include "common/Progress.h"

namespace seg::metrics {

// Labels as the metrics see them. A negative label (DBSCAN's -1) marks a noise row: it is left out of every
// metric, exactly as a scikit-learn user passes only the non-noise rows (X[labels >= 0], labels[labels >=
// 0]).
struct LabelIndex {
    std::vector<int> code;              // per input row: 0..k-1, or -1 for noise
    std::vector<int> values;            // code -> original label value, ascending
    std::vector<std::size_t> counts;    // rows per code
    std::vector<std::size_t> firstRow;  // first input row of each code
    std::size_t used = 0;               // non-noise rows
    [[nodiscard]] int clusters() const noexcept { return static_cast<int>(values.size()); }
};

// Throws InvalidParameter when labels.size() != rows.
[[nodiscard]] LabelIndex encodeLabels(const std::vector<int>& labels, std::size_t rows);

// scikit-learn's check_number_of_labels: 2 <= k <= n - 1, else InvalidParameter ("clusters=K", limit 2 or
// n - 1), the condition of "Number of labels is K. Valid values are 2 to n_samples - 1 (inclusive)".
void checkClusterCount(int clusters, std::size_t rows);

// Throws NonFiniteValue (1-based row and column) for the first NaN or infinity in a non-noise row.
void checkFinite(const FeatureMatrix& x, const LabelIndex& index);

// Two passes over the rows (sums, then deviations from the centroids), in fixed chunks whose partials are
// reduced in chunk order, so results do not depend on the number of threads.
struct ClusterStats {
    LabelIndex index;
    FeatureMatrix centroids;               // k x d, cluster means
    std::vector<double> mean;              // d, mean of the non-noise rows
    std::vector<double> squaredDeviation;  // per cluster: sum of ||x - centroid||^2 (within-cluster SS)
    std::vector<double> meanDistance;      // per cluster: mean ||x - centroid|| (Davies-Bouldin's S_i)
    [[nodiscard]] int clusters() const noexcept { return index.clusters(); }
    [[nodiscard]] std::size_t rows() const noexcept { return index.used; }
};

// Validates labels (size; 2 <= k <= n - 1 unless checkCount is false, and always k >= 1) and values
// (finite), then computes the statistics.
// Centroids are accumulated as offsets from each cluster's first row (shifted sums): this keeps precision
// for features with a large offset (incomes) and makes the centroid of a cluster of identical rows exactly
// that row, so its dispersion is exactly 0 (scikit-learn can leave rounding noise there).
[[nodiscard]] ClusterStats computeClusterStats(const FeatureMatrix& x, const std::vector<int>& labels,
                                               const Progress& progress = {}, bool checkCount = true);

}  // namespace seg::metrics
