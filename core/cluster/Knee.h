// Knee / elbow detection on a sampled curve: Kneedle (Satopää, Albrecht, Irwin & Raghavan 2011, "Finding a
// 'Kneedle' in a Haystack"), the offline form: normalise, flip to concave-increasing, take the largest
// difference.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace seg::cluster {

enum class CurveShape {
    ConvexDecreasing,  // inertia against k (the elbow), a sorted k-distance curve read from the right
    ConcaveIncreasing,
    ConvexIncreasing,  // a sorted k-distance curve (DBSCAN's eps)
    ConcaveDecreasing,
};

// Index of the knee of y(x) (x strictly increasing), or nullopt when the curve is too short (< 3 points),
// flat, or straight (no point lies measurably off the chord).
[[nodiscard]] std::optional<std::size_t> findKnee(const std::vector<double>& x, const std::vector<double>& y,
                                                  CurveShape shape);

}  // namespace seg::cluster
