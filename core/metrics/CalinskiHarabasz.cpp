#include "metrics/CalinskiHarabasz.h"

namespace seg::metrics {

double calinskiHarabasz(const FeatureMatrix& x, const std::vector<int>& labels, const Progress& progress) {
    return calinskiHarabasz(computeClusterStats(x, labels, progress));
}

double calinskiHarabasz(const ClusterStats& stats) {
    const std::size_t k = static_cast<std::size_t>(stats.clusters());
    const std::size_t d = stats.centroids.cols();
    // Accumulated cluster by cluster, in scikit-learn's order and with its operation order below.
    double between = 0.0;
    double within = 0.0;
    for (std::size_t c = 0; c < k; ++c) {
        const double* m = stats.centroids.row(c);
        double sq = 0.0;
        for (std::size_t j = 0; j < d; ++j)
            sq += (m[j] - stats.mean[j]) * (m[j] - stats.mean[j]);
        between += static_cast<double>(stats.index.counts[c]) * sq;
        within += stats.squaredDeviation[c];
    }
    if (within == 0.0) return 1.0;
    const double n = static_cast<double>(stats.rows());
    const double kk = static_cast<double>(k);
    return between * (n - kk) / (within * (kk - 1.0));
}

}  // namespace seg::metrics
