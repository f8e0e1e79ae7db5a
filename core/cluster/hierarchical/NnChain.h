// The nearest-neighbour chain algorithm on a condensed distance matrix for the reducible linkages complete,
// average, weighted (and Ward) (Müllner 2011, arXiv:1109.2378, section 3.2 and Figure 5).
#pragma once

#include <vector>

#include "cluster/Hierarchical.h"
#include "cluster/hierarchical/Dendrogram.h"
#include "cluster/hierarchical/DistanceMatrix.h"

namespace seg::cluster::hierarchical {

// Merges in the order found (slots: the union of x < y lives on in slot y), heights unsorted. Overwrites d.
// The search order is scipy's nn_chain: the chain restarts at the lowest active slot, a search prefers the
// previous chain element and otherwise the lowest slot among equal distances.
[[nodiscard]] std::vector<Merge> nnChainLinkage(DistanceMatrix& d, Linkage linkage, const Progress& progress);

}  // namespace seg::cluster::hierarchical
