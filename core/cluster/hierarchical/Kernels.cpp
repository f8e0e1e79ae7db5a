#include "cluster/hierarchical/Kernels.h"

#include <algorithm>
#include <cstring>

namespace seg::cluster::hierarchical {

SEG_HIER_CLONES void squaredDistances(const double* coords, std::size_t stride, std::size_t d,
                                      std::size_t count, const double* x, double* out) noexcept {
    // Tiles keep the partial sums in L1 while every feature row streams past once.
    constexpr std::size_t tile = 512;
    for (std::size_t p0 = 0; p0 < count; p0 += tile) {
        const std::size_t p1 = std::min(count, p0 + tile);
        double* o = out + p0;
        const std::size_t len = p1 - p0;
        {
            const double* c = coords + p0;
            const double xk = x[0];
            for (std::size_t p = 0; p < len; ++p) {
                const double t = c[p] - xk;
                o[p] = t * t;
            }
        }
        for (std::size_t k = 1; k < d; ++k) {
            const double* c = coords + k * stride + p0;
            const double xk = x[k];
            for (std::size_t p = 0; p < len; ++p) {
                const double t = c[p] - xk;
                o[p] += t * t;
            }
        }
    }
}

SEG_HIER_CLONES std::size_t firstMinimum(const double* v, std::size_t count) noexcept {
    // Two passes: a branch-free minimum over 4-wide lanes (GCC does not vectorise a floating-point min
    // reduction by itself without -ffast-math), then the first position holding it.
    using V4 = double __attribute__((vector_size(32)));
    double m = v[0];
    std::size_t p = 0;
    if (count >= 8) {
        V4 a, b;
        std::memcpy(&a, v, sizeof a);
        std::memcpy(&b, v + 4, sizeof b);
        for (p = 8; p + 8 <= count; p += 8) {
            V4 c, e;
            std::memcpy(&c, v + p, sizeof c);
            std::memcpy(&e, v + p + 4, sizeof e);
            a = c < a ? c : a;
            b = e < b ? e : b;
        }
        a = b < a ? b : a;
        m = std::min(std::min(a[0], a[1]), std::min(a[2], a[3]));
    }
    for (; p < count; ++p)
        m = v[p] < m ? v[p] : m;
    p = 0;
    while (v[p] != m)
        ++p;
    return p;
}

}  // namespace seg::cluster::hierarchical
