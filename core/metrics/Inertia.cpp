#include "metrics/Inertia.h"

#include <algorithm>
#include <string>

#include "common/Error.h"
#include "common/Parallel.h"
#include "metrics/CalinskiHarabasz.h"
#include "metrics/DaviesBouldin.h"

namespace seg::metrics {

namespace {
// Fixed chunks (not threads) define the summation order, so the result does not depend on the thread count.
constexpr std::size_t kChunkRows = 8192;
}  // namespace

double inertia(const FeatureMatrix& x, const std::vector<int>& labels, const FeatureMatrix& centers,
               const Progress& progress) {
    const std::size_t n = x.rows();
    const std::size_t d = x.cols();
    if (labels.size() != n) {
        throw Error(ErrorCode::InvalidParameter, {.detail = "labels=" + std::to_string(labels.size()),
                                                  .count = static_cast<std::int64_t>(labels.size()),
                                                  .limit = static_cast<std::int64_t>(n)});
    }
    if (centers.cols() != d) {
        throw Error(ErrorCode::InvalidParameter, {.detail = "centers=" + std::to_string(centers.cols()),
                                                  .count = static_cast<std::int64_t>(centers.cols()),
                                                  .limit = static_cast<std::int64_t>(d)});
    }
    const int k = static_cast<int>(centers.rows());
    for (std::size_t i = 0; i < n; ++i)
        if (labels[i] >= k) {
            throw Error(ErrorCode::InvalidParameter, {.detail = "label=" + std::to_string(labels[i]),
                                                      .line = static_cast<std::int64_t>(i) + 1,
                                                      .limit = k - 1});
        }
    LabelIndex index;
    index.code = labels;
    checkFinite(x, index);

    const std::size_t chunks = (n + kChunkRows - 1) / kChunkRows;
    std::vector<double> partial(chunks, 0.0);
    parallelFor(
        chunks,
        [&](std::size_t begin, std::size_t end, unsigned block) {
            for (std::size_t c = begin; c < end; ++c) {
                double acc = 0.0;
                for (std::size_t i = c * kChunkRows, e = std::min(n, (c + 1) * kChunkRows); i < e; ++i) {
                    if (labels[i] < 0) continue;
                    const double* r = x.row(i);
                    const double* m = centers.row(static_cast<std::size_t>(labels[i]));
                    double sq = 0.0;
                    for (std::size_t j = 0; j < d; ++j)
                        sq += (r[j] - m[j]) * (r[j] - m[j]);
                    acc += sq;
                }
                partial[c] = acc;
                if (block == 0) progress.report(static_cast<double>(c + 1 - begin) / (end - begin));
            }
        },
        0, 4);
    double total = 0.0;
    for (double p : partial)
        total += p;
    return total;
}

double withinClusterSumOfSquares(const FeatureMatrix& x, const std::vector<int>& labels,
                                 const Progress& progress) {
    return withinClusterSumOfSquares(computeClusterStats(x, labels, progress, false));
}

double withinClusterSumOfSquares(const ClusterStats& stats) {
    double total = 0.0;
    for (double v : stats.squaredDeviation)
        total += v;
    return total;
}

ClusterScores clusterScores(const FeatureMatrix& x, const std::vector<int>& labels,
                            const Progress& progress) {
    const ClusterStats stats = computeClusterStats(x, labels, progress);
    return {.inertia = withinClusterSumOfSquares(stats),
            .calinskiHarabasz = calinskiHarabasz(stats),
            .daviesBouldin = daviesBouldin(stats),
            .clusters = stats.clusters(),
            .rows = stats.rows()};
}

}  // namespace seg::metrics
