// The one interface the k-means iteration driver needs from an assignment policy (mlpack's split: Lloyd,
// Hamerly, ... each a small class with one job): label every row with its nearest centre.
#pragma once

#include <cstddef>
#include <vector>

#include "cluster/kmeans/ClusterSums.h"
#include "cluster/kmeans/Problem.h"

namespace seg::cluster::kmeans {

class AssignStep {
public:
    virtual ~AssignStep() = default;
    // centres: k x d row-major. Sets labels[i] to the nearest centre (lowest index on ties), returns how
    // many labels changed, and refreshes the chunks of `sums` whose labels changed (or were never summed).
    // Every policy must give exactly the labels of the plain Lloyd pass.
    virtual std::size_t assign(const std::vector<double>& centres, std::vector<int>& labels,
                               ClusterSums& sums) = 0;
    // Forgets the previous run (a new restart), keeping buffers for reuse.
    virtual void restart() {}
};

}  // namespace seg::cluster::kmeans
