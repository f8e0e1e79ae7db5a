// Mini-batch k-means for very large n (D. Sculley 2010, "Web-scale k-means clustering", WWW), following
// scikit-learn's MiniBatchKMeans: per-centre learning rates, low-count centres re-seeded from the batch,
// early stop on a smoothed batch inertia that stops improving or on a small centre change.
#pragma once

#include <cstddef>
#include <cstdint>

#include "cluster/kmeans/Problem.h"
#include "cluster/kmeans/SingleRun.h"
#include "common/Progress.h"

namespace seg::cluster::kmeans {

struct MiniBatchSettings {
    std::size_t k = 8;
    std::size_t batchSize = 1024;
    int maxIter = 100;       // passes over the data at most (scikit-learn's max_iter)
    double tolerance = 0.0;  // absolute, on the sum of squared centre moves in one step; 0 disables
    int nInit = 3;           // k-means++ seedings compared on a validation sample; the best is refined
    int maxNoImprovement = 10;
    double reassignmentRatio = 0.01;
};

// Labels and inertia of the result are over all rows; nIter is scikit-learn's n_iter_ (steps x batch / n,
// rounded up); emptyClustersReseeded counts centres re-seeded from a batch.
[[nodiscard]] RunResult runMiniBatch(const Problem& problem, const MiniBatchSettings& settings,
                                     std::uint64_t seed, const Progress& progress = {});

}  // namespace seg::cluster::kmeans
