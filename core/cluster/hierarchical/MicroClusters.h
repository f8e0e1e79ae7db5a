// Stage one of two-stage hierarchical clustering: k-means micro-clusters (k-means++, Arthur & Vassilvitskii
// 2007; Lloyd 1982) whose centroids and sizes feed weighted Ward (Müllner 2011, arXiv:1109.2378).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "common/FeatureMatrix.h"
#include "common/Progress.h"

namespace seg::cluster::hierarchical {

struct MicroClustering {
    FeatureMatrix centers;           // exact means of the rows assigned to each micro-cluster
    std::vector<std::size_t> sizes;  // rows per micro-cluster, all > 0
    std::vector<int> rowToCluster;   // per row
};

// k-means++ and a few Lloyd iterations on a seeded sample of `sampleSize` rows (the centres only need to tile
// the data, not to converge), then one assignment of every row, centres recomputed from all rows and empty
// micro-clusters dropped.
// Fewer than k micro-clusters come back when the data has fewer distinct points.
[[nodiscard]] MicroClustering microClusters(const FeatureMatrix& x, std::size_t k, std::size_t sampleSize,
                                            std::uint64_t seed, const Progress& progress);

}  // namespace seg::cluster::hierarchical
