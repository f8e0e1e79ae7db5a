// Lance-Williams updates on unsquared Euclidean distances as scipy.cluster.hierarchy writes them (Müllner
// 2011, arXiv:1109.2378, Figure 2): d(i, x u y) from d(x,i), d(y,i), d(x,y) and the sizes.
#pragma once

#include <algorithm>
#include <cmath>

#include "cluster/Hierarchical.h"

namespace seg::cluster::hierarchical {

// Each formula keeps SciPy's order of operations so that rounding, and hence tie-breaking, agrees with it.
// Centroid and median clamp a negative radicand (rounding, for collinear points) to 0 where SciPy gets NaN.
template <Linkage L>
[[nodiscard]] inline double lanceWilliams(double dxi, double dyi, double dxy, double nx, double ny,
                                          double ni) noexcept {
    if constexpr (L == Linkage::Single) {
        return std::min(dxi, dyi);
    } else if constexpr (L == Linkage::Complete) {
        return std::max(dxi, dyi);
    } else if constexpr (L == Linkage::Average) {
        return (nx * dxi + ny * dyi) / (nx + ny);
    } else if constexpr (L == Linkage::Weighted) {
        return 0.5 * (dxi + dyi);
    } else if constexpr (L == Linkage::Ward) {
        const double t = 1.0 / (nx + ny + ni);
        return std::sqrt(
            std::max(0.0, (ni + nx) * t * dxi * dxi + (ni + ny) * t * dyi * dyi - ni * t * dxy * dxy));
    } else if constexpr (L == Linkage::Centroid) {
        return std::sqrt(std::max(
            0.0, ((nx * dxi * dxi) + (ny * dyi * dyi) - (nx * ny * dxy * dxy) / (nx + ny)) / (nx + ny)));
    } else {
        static_assert(L == Linkage::Median);
        return std::sqrt(std::max(0.0, 0.5 * (dxi * dxi + dyi * dyi) - 0.25 * dxy * dxy));
    }
}

}  // namespace seg::cluster::hierarchical
