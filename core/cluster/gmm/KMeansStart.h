// Hard labels for a Gaussian mixture's start from given means (GmmParams::initialMeans): each row's nearest
// mean, the labels from which the starting weights and covariances are estimated.
#pragma once

#include <vector>

#include "common/FeatureMatrix.h"

namespace seg::cluster::gmm {

// Each row's nearest row of `centers` (squared Euclidean distance; ties to the lowest index).
[[nodiscard]] std::vector<int> nearestCenter(const FeatureMatrix& x, const FeatureMatrix& centers,
                                             unsigned threads);

}  // namespace seg::cluster::gmm
