#include "cluster/kmeans/AssignKernel.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string_view>

// The vector helpers below are always inlined into their callers, so the ABI note GCC gives for wide
// vector arguments does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace seg::cluster::kmeans {

namespace {

// Rows are scored in tiles of 8 held transposed (feature-major) on the stack, so each centre coordinate is
// broadcast once against 8 rows, every lane follows the same operations in the same order (no FMA
// contraction, no horizontal sums), and a row's result is bit-identical whatever its position, its tile
// or the instruction set the dispatcher picked.
constexpr std::size_t kTile = 8;
constexpr std::size_t kCentreBlock = 8;
constexpr std::size_t kStackFeatures = 64;

template <typename V>
[[gnu::always_inline]] inline V splat(double s) {
    return V{} + s;
}

template <typename V>
[[gnu::always_inline]] inline V load(const double* p) {
    V v;
    std::memcpy(&v, p, sizeof(V));
    return v;
}

template <typename V>
[[gnu::always_inline]] inline void store(double* p, V v) {
    std::memcpy(p, &v, sizeof(V));
}

// V: a GCC vector of doubles; KB: centres scored per pass over a tile, sized so the KB x (8 / lanes)
// accumulators stay in registers.
template <typename V, std::size_t KB, bool Indexed, bool Scores>
[[gnu::always_inline]] inline void kernel(const double* x, std::size_t begin, const std::uint32_t* rows,
                                          std::size_t count, const PackedCentres& pc, int* labels,
                                          double* best, double* second, double* xt) {
    constexpr std::size_t lanes = sizeof(V) / sizeof(double);
    constexpr std::size_t nv = kTile / lanes;
    const std::size_t d = pc.d();
    const std::size_t kp = pc.paddedK();
    const double* transposed = pc.transposed();
    const double* halfNorms = pc.halfNorms();
    const double inf = std::numeric_limits<double>::infinity();
    using Mask = decltype(V{} < V{});

    for (std::size_t t0 = 0; t0 < count; t0 += kTile) {
        const std::size_t m = std::min(kTile, count - t0);
        for (std::size_t w = 0; w < m; ++w) {
            const std::size_t row = Indexed ? rows[t0 + w] : begin + t0 + w;
            const double* r = x + row * d;
            for (std::size_t j = 0; j < d; ++j)
                xt[j * kTile + w] = r[j];
        }
        for (std::size_t w = m; w < kTile; ++w)
            for (std::size_t j = 0; j < d; ++j)
                xt[j * kTile + w] = 0.0;

        V bestV[nv];
        V secondV[nv];
        V labelV[nv];
        for (std::size_t v = 0; v < nv; ++v) {
            bestV[v] = splat<V>(inf);
            secondV[v] = splat<V>(inf);
            labelV[v] = splat<V>(0.0);
        }
        for (std::size_t c0 = 0; c0 < kp; c0 += KB) {
            V acc[KB][nv];
            for (std::size_t c = 0; c < KB; ++c)
                for (std::size_t v = 0; v < nv; ++v)
                    acc[c][v] = splat<V>(halfNorms[c0 + c]);
            for (std::size_t j = 0; j < d; ++j) {
                const double* ct = transposed + j * kp + c0;
                V xv[nv];
                for (std::size_t v = 0; v < nv; ++v)
                    xv[v] = load<V>(xt + j * kTile + v * lanes);
                for (std::size_t c = 0; c < KB; ++c) {
                    const double s = ct[c];
                    for (std::size_t v = 0; v < nv; ++v)
                        acc[c][v] -= xv[v] * s;
                }
            }
            for (std::size_t c = 0; c < KB; ++c) {
                const V id = splat<V>(static_cast<double>(c0 + c));
                for (std::size_t v = 0; v < nv; ++v) {
                    // Strictly less: the first of equal centres wins, as numpy's argmin.
                    const Mask better = acc[c][v] < bestV[v];
                    if constexpr (Scores) {
                        const Mask runnerUp = acc[c][v] < secondV[v];
                        secondV[v] = better ? bestV[v] : (runnerUp ? acc[c][v] : secondV[v]);
                    }
                    bestV[v] = better ? acc[c][v] : bestV[v];
                    labelV[v] = better ? id : labelV[v];
                }
            }
        }
        double lab[kTile];
        double bs[kTile];
        double ss[kTile];
        for (std::size_t v = 0; v < nv; ++v) {
            store(lab + v * lanes, labelV[v]);
            store(bs + v * lanes, bestV[v]);
            store(ss + v * lanes, secondV[v]);
        }
        for (std::size_t w = 0; w < m; ++w) {
            labels[t0 + w] = static_cast<int>(lab[w]);
            if constexpr (Scores) {
                best[t0 + w] = bs[w];
                second[t0 + w] = ss[w];
            }
        }
    }
}

template <typename V, std::size_t KB, bool Indexed, bool Scores>
[[gnu::always_inline]] inline void withTile(const double* x, std::size_t begin, const std::uint32_t* rows,
                                            std::size_t count, const PackedCentres& pc, int* labels,
                                            double* best, double* second) {
    if (pc.d() <= kStackFeatures) {
        alignas(64) double xt[kStackFeatures * kTile];
        kernel<V, KB, Indexed, Scores>(x, begin, rows, count, pc, labels, best, second, xt);
    } else {
        std::vector<double> xt(pc.d() * kTile);
        kernel<V, KB, Indexed, Scores>(x, begin, rows, count, pc, labels, best, second, xt.data());
    }
}

// Direct squared distances of a tile-transposed block of rows to m points, one vector lane per row.
template <typename V>
[[gnu::always_inline]] inline void distancesKernel(const double* x, std::size_t d, std::size_t begin,
                                                   std::size_t count, const double* points, std::size_t m,
                                                   double* out, double* xt) {
    constexpr std::size_t lanes = sizeof(V) / sizeof(double);
    constexpr std::size_t nv = kTile / lanes;
    for (std::size_t t0 = 0; t0 < count; t0 += kTile) {
        const std::size_t rows = std::min(kTile, count - t0);
        for (std::size_t w = 0; w < rows; ++w) {
            const double* r = x + (begin + t0 + w) * d;
            for (std::size_t j = 0; j < d; ++j)
                xt[j * kTile + w] = r[j];
        }
        for (std::size_t w = rows; w < kTile; ++w)
            for (std::size_t j = 0; j < d; ++j)
                xt[j * kTile + w] = 0.0;
        for (std::size_t c = 0; c < m; ++c) {
            const double* pc = points + c * d;
            V acc[nv];
            for (std::size_t v = 0; v < nv; ++v)
                acc[v] = splat<V>(0.0);
            for (std::size_t j = 0; j < d; ++j) {
                const double s = pc[j];
                for (std::size_t v = 0; v < nv; ++v) {
                    const V diff = load<V>(xt + j * kTile + v * lanes) - s;
                    acc[v] += diff * diff;
                }
            }
            double tmp[kTile];
            for (std::size_t v = 0; v < nv; ++v)
                store(tmp + v * lanes, acc[v]);
            for (std::size_t w = 0; w < rows; ++w)
                out[(t0 + w) * m + c] = tmp[w];
        }
    }
}

template <typename V>
[[gnu::always_inline]] inline void distancesWithTile(const double* x, std::size_t d, std::size_t begin,
                                                     std::size_t count, const double* points, std::size_t m,
                                                     double* out) {
    if (d <= kStackFeatures) {
        alignas(64) double xt[kStackFeatures * kTile];
        distancesKernel<V>(x, d, begin, count, points, m, out, xt);
    } else {
        std::vector<double> xt(d * kTile);
        distancesKernel<V>(x, d, begin, count, points, m, out, xt.data());
    }
}

using V2 = double __attribute__((vector_size(16)));
using V4 = double __attribute__((vector_size(32)));
using V8 = double __attribute__((vector_size(64)));

template <bool Indexed, bool Scores>
void runSse2(const double* x, std::size_t begin, const std::uint32_t* rows, std::size_t count,
             const PackedCentres& pc, int* labels, double* best, double* second) {
    withTile<V2, 2, Indexed, Scores>(x, begin, rows, count, pc, labels, best, second);
}

template <bool Indexed, bool Scores>
[[gnu::target("avx2")]] void runAvx2(const double* x, std::size_t begin, const std::uint32_t* rows,
                                     std::size_t count, const PackedCentres& pc, int* labels, double* best,
                                     double* second) {
    withTile<V4, 4, Indexed, Scores>(x, begin, rows, count, pc, labels, best, second);
}

template <bool Indexed, bool Scores>
[[gnu::target("avx512f")]] void runAvx512(const double* x, std::size_t begin, const std::uint32_t* rows,
                                          std::size_t count, const PackedCentres& pc, int* labels,
                                          double* best, double* second) {
    withTile<V8, 8, Indexed, Scores>(x, begin, rows, count, pc, labels, best, second);
}

void distancesSse2(const double* x, std::size_t d, std::size_t begin, std::size_t count, const double* points,
                   std::size_t m, double* out) {
    distancesWithTile<V2>(x, d, begin, count, points, m, out);
}

[[gnu::target("avx2")]] void distancesAvx2(const double* x, std::size_t d, std::size_t begin,
                                           std::size_t count, const double* points, std::size_t m,
                                           double* out) {
    distancesWithTile<V4>(x, d, begin, count, points, m, out);
}

[[gnu::target("avx512f")]] void distancesAvx512(const double* x, std::size_t d, std::size_t begin,
                                                std::size_t count, const double* points, std::size_t m,
                                                double* out) {
    distancesWithTile<V8>(x, d, begin, count, points, m, out);
}

using Isa = KernelIsa;

bool cpuSupports(Isa isa) {
    __builtin_cpu_init();
    switch (isa) {
        case Isa::Sse2:
            return true;
        case Isa::Avx2:
            return __builtin_cpu_supports("avx2");
        case Isa::Avx512:
            return __builtin_cpu_supports("avx512f");
    }
    return false;
}

// The widest the CPU and OS support; SEGMENTLAB_KMEANS_ISA=sse2|avx2 narrows it.
Isa detectIsa() {
    Isa isa = Isa::Sse2;
    if (cpuSupports(Isa::Avx2)) isa = Isa::Avx2;
    if (cpuSupports(Isa::Avx512)) isa = Isa::Avx512;
    if (const char* env = std::getenv("SEGMENTLAB_KMEANS_ISA")) {
        const std::string_view want(env);
        if (want == "sse2") isa = Isa::Sse2;
        if (want == "avx2" && isa == Isa::Avx512) isa = Isa::Avx2;
    }
    return isa;
}

std::atomic<Isa>& chosenIsa() {
    static std::atomic<Isa> chosen{detectIsa()};
    return chosen;
}

Isa isa() {
    return chosenIsa().load(std::memory_order_relaxed);
}

template <bool Indexed, bool Scores>
void dispatch(const double* x, std::size_t begin, const std::uint32_t* rows, std::size_t count,
              const PackedCentres& pc, int* labels, double* best, double* second) {
    switch (isa()) {
        case Isa::Avx512:
            runAvx512<Indexed, Scores>(x, begin, rows, count, pc, labels, best, second);
            break;
        case Isa::Avx2:
            runAvx2<Indexed, Scores>(x, begin, rows, count, pc, labels, best, second);
            break;
        case Isa::Sse2:
            runSse2<Indexed, Scores>(x, begin, rows, count, pc, labels, best, second);
            break;
    }
}

}  // namespace

std::vector<KernelIsa> supportedKernelIsas() {
    std::vector<KernelIsa> out;
    for (Isa i : {Isa::Sse2, Isa::Avx2, Isa::Avx512})
        if (cpuSupports(i)) out.push_back(i);
    return out;
}

KernelIsa kernelIsa() {
    return isa();
}

void setKernelIsa(KernelIsa path) {
    if (cpuSupports(path)) chosenIsa().store(path, std::memory_order_relaxed);
}

void PackedCentres::pack(const double* centres, std::size_t k, std::size_t d) {
    m_k = k;
    m_d = d;
    m_kp = (k + kCentreBlock - 1) / kCentreBlock * kCentreBlock;
    m_rows.assign(centres, centres + k * d);
    m_transposed.assign(d * m_kp, 0.0);
    m_halfNorms.assign(m_kp, std::numeric_limits<double>::infinity());
    for (std::size_t c = 0; c < k; ++c) {
        double norm = 0.0;
        for (std::size_t j = 0; j < d; ++j) {
            const double v = centres[c * d + j];
            m_transposed[j * m_kp + c] = v;
            norm += v * v;
        }
        m_halfNorms[c] = 0.5 * norm;
    }
}

void nearestCentres(const double* x, std::size_t begin, std::size_t end, const PackedCentres& centres,
                    int* labels, double* best, double* second) {
    if (end <= begin) return;
    if (best && second)
        dispatch<false, true>(x, begin, nullptr, end - begin, centres, labels, best, second);
    else
        dispatch<false, false>(x, begin, nullptr, end - begin, centres, labels, nullptr, nullptr);
}

void nearestCentresOf(const double* x, const std::uint32_t* rows, std::size_t count,
                      const PackedCentres& centres, int* labels, double* best, double* second) {
    if (count == 0) return;
    dispatch<true, true>(x, 0, rows, count, centres, labels, best, second);
}

void squaredDistancesTo(const double* x, std::size_t d, std::size_t begin, std::size_t end,
                        const double* points, std::size_t m, double* out) {
    if (end <= begin || m == 0) return;
    switch (isa()) {
        case Isa::Avx512:
            distancesAvx512(x, d, begin, end - begin, points, m, out);
            break;
        case Isa::Avx2:
            distancesAvx2(x, d, begin, end - begin, points, m, out);
            break;
        case Isa::Sse2:
            distancesSse2(x, d, begin, end - begin, points, m, out);
            break;
    }
}

double squaredDistance(const double* a, const double* b, std::size_t d) noexcept {
    double s = 0.0;
    for (std::size_t j = 0; j < d; ++j) {
        const double t = a[j] - b[j];
        s += t * t;
    }
    return s;
}

}  // namespace seg::cluster::kmeans
