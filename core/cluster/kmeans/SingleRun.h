// One k-means run from given initial centres: scikit-learn's _kmeans_single_lloyd loop (assign, update,
// re-seed empty clusters, stop on identical labels or on a centre shift within tolerance), with the
// assignment done by any AssignStep policy.
#pragma once

#include <cstddef>
#include <vector>

#include "cluster/kmeans/AssignStep.h"
#include "cluster/kmeans/Problem.h"
#include "common/Progress.h"

namespace seg::cluster::kmeans {

struct RunResult {
    std::vector<int> labels;
    std::vector<double> centres;  // k x d, in the problem's (centred) coordinates
    double inertia = 0.0;
    int nIter = 0;
    bool converged = false;
    int emptyClustersReseeded = 0;
};

// tolerance is absolute (scikit-learn's tol times the mean feature variance), compared with the sum over
// centres of the squared shift. Reports progress after every iteration. `labels` may hand in a buffer
// from an earlier run to reuse (its contents are ignored).
[[nodiscard]] RunResult runKMeans(const Problem& problem, AssignStep& step, std::vector<double> centres,
                                  int maxIter, double tolerance, const Progress& progress = {},
                                  std::vector<int> labels = {});

// Sum of squared distances from each row to its labelled centre (direct form), chunk-ordered.
[[nodiscard]] double inertiaOf(const Problem& problem, const std::vector<double>& centres,
                               const std::vector<int>& labels);

}  // namespace seg::cluster::kmeans
