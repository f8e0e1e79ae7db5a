// The dendrogram's edge: merges (slot pairs) relabelled to SciPy's format by union-find, leaf order and flat
// cuts (Müllner 2011, arXiv:1109.2378, section 2.3: the stepwise dendrogram).
#pragma once

#include <cstddef>
#include <vector>

#include "cluster/Hierarchical.h"

namespace seg::cluster::hierarchical {

// A merge as the algorithms see it: two slots (a cluster lives in the slot of one of its leaves) and a
// height.
struct Merge {
    int a = 0;
    int b = 0;
    double height = 0.0;
};

// SciPy's `label`: optionally a stable sort by height (the monotone methods), then each merge's slots are
// mapped to their current cluster ids by union-find; row i creates cluster m + i; the smaller id comes first.
// leafSizes (m entries, or empty for all ones) give the size column.
[[nodiscard]] std::vector<LinkageRow> toSciPy(std::vector<Merge> merges, std::size_t m, bool sortByHeight,
                                              const std::vector<std::size_t>& leafSizes);

// scipy.cluster.hierarchy.leaves_list: pre-order from the root, first child (column a) first.
[[nodiscard]] std::vector<int> leafOrder(const std::vector<LinkageRow>& z);

// Per row, the largest height in its subtree (SciPy's max_dists): equals the height unless there are
// inversions.
[[nodiscard]] std::vector<double> maxDists(const std::vector<LinkageRow>& z);

// Flat clusters of the leaves: every row whose max-dist is <= threshold is applied. Labels 0..c-1 follow the
// leaf order, so the leftmost cluster of the dendrogram is 0.
[[nodiscard]] std::vector<int> leafClusters(const std::vector<LinkageRow>& z, const std::vector<double>& md,
                                            double threshold, bool none);

}  // namespace seg::cluster::hierarchical
