#include "cluster/Knee.h"

#include <algorithm>
#include <cmath>

namespace seg::cluster {

std::optional<std::size_t> findKnee(const std::vector<double>& x, const std::vector<double>& y,
                                    CurveShape shape) {
    const std::size_t n = x.size();
    if (n < 3 || y.size() != n) return std::nullopt;
    const auto [xmin, xmax] = std::minmax_element(x.begin(), x.end());
    const auto [ymin, ymax] = std::minmax_element(y.begin(), y.end());
    const double xr = *xmax - *xmin;
    const double yr = *ymax - *ymin;
    if (!(xr > 0.0) || !(yr > 0.0) || !std::isfinite(xr) || !std::isfinite(yr)) return std::nullopt;
    // Kneedle's difference curve after normalising to the unit square and flipping the curve to concave
    // increasing; the knee is where the curve stands farthest from the straight line between its ends.
    std::vector<double> diff(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double xn = (x[i] - *xmin) / xr;
        const double yn = (y[i] - *ymin) / yr;
        switch (shape) {
            case CurveShape::ConcaveIncreasing:
                diff[i] = yn - xn;
                break;
            case CurveShape::ConvexDecreasing:
                diff[i] = (1.0 - yn) - xn;
                break;
            case CurveShape::ConvexIncreasing:
                diff[i] = xn - yn;
                break;
            case CurveShape::ConcaveDecreasing:
                diff[i] = yn + xn - 1.0;
                break;
        }
    }
    const auto best = std::max_element(diff.begin(), diff.end());
    if (*best <= 1e-9) return std::nullopt;  // a straight line: no knee
    return static_cast<std::size_t>(best - diff.begin());
}

}  // namespace seg::cluster
