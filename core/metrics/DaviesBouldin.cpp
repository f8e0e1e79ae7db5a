#include "metrics/DaviesBouldin.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace seg::metrics {

double daviesBouldin(const FeatureMatrix& x, const std::vector<int>& labels, const Progress& progress) {
    return daviesBouldin(computeClusterStats(x, labels, progress));
}

double daviesBouldin(const ClusterStats& stats) {
    const std::size_t k = static_cast<std::size_t>(stats.clusters());
    const std::size_t d = stats.centroids.cols();
    // numpy.allclose(a, 0) with its default atol, as scikit-learn tests for degenerate clusterings.
    constexpr double kAllCloseAtol = 1e-8;
    const auto& scatter = stats.meanDistance;
    const bool scatterZero =
        std::all_of(scatter.begin(), scatter.end(), [](double v) { return std::abs(v) <= kAllCloseAtol; });

    std::vector<double> separation(k * k, 0.0);
    bool separationZero = true;
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = i + 1; j < k; ++j) {
            const double* a = stats.centroids.row(i);
            const double* b = stats.centroids.row(j);
            double sq = 0.0;
            for (std::size_t f = 0; f < d; ++f)
                sq += (a[f] - b[f]) * (a[f] - b[f]);
            const double m = std::sqrt(sq);
            separation[i * k + j] = separation[j * k + i] = m;
            separationZero = separationZero && m <= kAllCloseAtol;
        }
    if (scatterZero || separationZero) return 0.0;

    double total = 0.0;
    for (std::size_t i = 0; i < k; ++i) {
        double worst = 0.0;  // the i == j term, (2 S_i) / inf, is 0 in scikit-learn's max as well
        for (std::size_t j = 0; j < k; ++j) {
            if (j == i) continue;
            const double m = separation[i * k + j];
            const double ratio =
                (scatter[i] + scatter[j]) / (m == 0.0 ? std::numeric_limits<double>::infinity() : m);
            worst = std::max(worst, ratio);
        }
        total += worst;
    }
    return total / static_cast<double>(k);
}

}  // namespace seg::metrics
