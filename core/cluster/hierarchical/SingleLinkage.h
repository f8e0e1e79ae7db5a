// Single linkage as a minimum spanning tree grown by Prim's algorithm on the points, distances computed on
// the fly (Müllner 2011, arXiv:1109.2378, section 3.3 and Figure 6): O(n^2 d) time, O(n d) memory.
#pragma once

#include <vector>

#include "cluster/hierarchical/Dendrogram.h"
#include "common/FeatureMatrix.h"
#include "common/Progress.h"

namespace seg::cluster::hierarchical {

// Tree edges in Prim's order, each as (previously added point, newly added point, distance), as
// scipy.cluster.hierarchy's mst_single_linkage records them; toSciPy(sorted) makes the dendrogram.
[[nodiscard]] std::vector<Merge> primSingleLinkage(const FeatureMatrix& x, const Progress& progress);

}  // namespace seg::cluster::hierarchical
