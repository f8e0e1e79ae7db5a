// Small vectorisable loops shared by the linkage algorithms (Müllner 2011, arXiv:1109.2378): points stored
// feature-major (structure of arrays) so one point's distance to many others runs across SIMD lanes.
#pragma once

#include <cstddef>

// The distance loops are compiled twice, for AVX2 and for the baseline, and picked at load time: the build
// targets baseline x86-64 (SSE2), which halves the width of these loops on every machine we ship to.
// No FMA on purpose: a squared distance summed feature by feature with separate multiply and add rounds
// exactly as scipy.spatial.distance.pdist does, so ties in the data stay ties and SciPy's tie-breaking can be
// followed.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define SEG_HIER_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define SEG_HIER_CLONES
#endif

namespace seg::cluster::hierarchical {

// out[p] = sum over k of (coords[k * stride + p] - x[k])^2 for p in [0, count), k in feature order.
void squaredDistances(const double* coords, std::size_t stride, std::size_t d, std::size_t count,
                      const double* x, double* out) noexcept;

// Position of the first minimum of v[0, count) (count > 0); NaN never occurs here.
[[nodiscard]] std::size_t firstMinimum(const double* v, std::size_t count) noexcept;

}  // namespace seg::cluster::hierarchical
