// Greedy k-means++ seeding (Arthur & Vassilvitskii 2007, "k-means++: the advantages of careful seeding",
// SODA; the greedy variant with 2 + floor(ln k) local trials is scikit-learn's _kmeans_plusplus).
#pragma once

#include <cstddef>
#include <vector>

#include "cluster/kmeans/Problem.h"
#include "common/Progress.h"
#include "common/Random.h"

namespace seg::cluster::kmeans {

// 2 + floor(ln k), as scikit-learn's default n_local_trials.
[[nodiscard]] std::size_t localTrialsFor(std::size_t k) noexcept;

// k initial centres (k x d, row-major), each a row of the problem: the first uniformly at random, then
// each next one the best of localTrials candidates drawn with probability proportional to the squared
// distance to the nearest centre so far, "best" meaning the lowest total squared distance once added.
// Sampling follows numpy's searchsorted on the running sum (the first row whose running sum reaches the
// draw); sums are per chunk in chunk order, so the draw repeats exactly for any thread count.
// rowsChosen (optional) receives the k row indices; scratch (optional, n doubles after the call) lets
// restarts reuse one buffer instead of faulting in fresh pages each time.
[[nodiscard]] std::vector<double> greedyKMeansPlusPlus(const Problem& problem, std::size_t k, Rng& rng,
                                                       const Progress& progress = {},
                                                       std::vector<std::size_t>* rowsChosen = nullptr,
                                                       std::vector<double>* scratch = nullptr);

}  // namespace seg::cluster::kmeans
