// The generic algorithm for linkages that may have inversions (centroid, median): nearest-neighbour lower
// bounds in a binary heap (Müllner 2011, arXiv:1109.2378, section 3.1, Figure 3).
#pragma once

#include <vector>

#include "cluster/Hierarchical.h"
#include "cluster/hierarchical/Dendrogram.h"
#include "cluster/hierarchical/DistanceMatrix.h"

namespace seg::cluster::hierarchical {

// Merges in merge order (the union of x < y lives on in slot y). Overwrites d. Candidates, heap and
// tie-breaking follow scipy.cluster.hierarchy's fast_linkage step by step, so inversions and ties come out as
// in SciPy.
[[nodiscard]] std::vector<Merge> genericLinkage(DistanceMatrix& d, Linkage linkage, const Progress& progress);

}  // namespace seg::cluster::hierarchical
