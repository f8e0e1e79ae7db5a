// Ward linkage by the nearest-neighbour chain on cluster centroids and sizes, with no distance matrix
// (Müllner 2011, arXiv:1109.2378, sections 3.2 and 4; Ward 1963): O(n d) memory.
#pragma once

#include <vector>

#include "cluster/hierarchical/Dendrogram.h"
#include "common/Progress.h"

namespace seg::cluster::hierarchical {

// m points (row-major, d columns) with initial sizes (weights; empty = all 1). Ward's distance between
// clusters A and B is sqrt(2 |A||B| / (|A|+|B|)) ||c_A - c_B||, which is what SciPy's Lance-Williams update
// computes from singletons, and with initial sizes it is Ward on the data with each initial cluster kept
// together. Merges in the order found, the union of x < y in slot y; chain, restart and ties as scipy's
// nn_chain.
[[nodiscard]] std::vector<Merge> wardChainLinkage(const double* points, std::size_t m, std::size_t d,
                                                  const std::vector<double>& sizes, const Progress& progress);

}  // namespace seg::cluster::hierarchical
