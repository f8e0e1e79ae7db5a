// Empty clusters after an update step: each is re-seeded at one of the rows farthest from their own centre,
// as scikit-learn's _relocate_empty_clusters_dense (the row's label is left alone until the next step).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "cluster/kmeans/Problem.h"

namespace seg::cluster::kmeans {

// sums (k x d) and counts (k) are the per-cluster totals of the step just done; oldCentres are the centres
// the labels were computed against. Moves the farthest rows' contributions into the empty clusters and
// returns how many clusters were re-seeded (0 when every row sits on its centre: with fewer distinct rows
// than k, re-seeding cannot help).
std::size_t relocateEmptyClusters(const Problem& problem, const std::vector<double>& oldCentres,
                                  const std::vector<int>& labels, std::vector<double>& sums,
                                  std::vector<std::int64_t>& counts);

// Centres = sums / counts; a cluster still empty is put on the largest cluster's centre (scikit-learn's
// _average_centers), so it never sits at an arbitrary origin.
void averageCentres(const std::vector<double>& sums, const std::vector<std::int64_t>& counts, std::size_t d,
                    std::vector<double>& centres);

}  // namespace seg::cluster::kmeans
