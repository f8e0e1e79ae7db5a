#include "metrics/Silhouette.h"

#include <immintrin.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#include "common/Error.h"
#include "common/Parallel.h"
#include "common/Random.h"
#include "metrics/ClusterStats.h"

// How the exact silhouette is computed. Rows are reordered so each cluster is contiguous; then every
// silhouette needs, per (row, cluster), the sum of distances from the row to the cluster's rows. The rows
// are cut into "groups" (a run of one cluster's rows, at most about n/64 of them), and each group into
// "tiles" of at most 256 rows, so a tile's features (stored feature-major) stay in L1 while every row pair of
// a group streams past them. A group task sums distances from its rows to its own rows (the whole square)
// and to all later rows (the upper triangle): each later row's share comes out of the same distances as a
// column sum, kept per (group, row), so every distance is computed once except inside groups (~3%).
// Column partials are added in group order after the parallel part, and row sums in tile order, so the
// result does not depend on the number of threads or on scheduling.

namespace seg::metrics {

namespace {

constexpr std::size_t kTileRows = 256;
constexpr std::size_t kGroupsTarget = 64;

// Distances from row a (and row b when two) to the columns [j0, j1) of the feature-major matrix xt
// (feature f of column j at xt[f * ld + j]): adds the row sums to *ra, *rb and, when col is set,
// d(a, j) + d(b, j) to col[j - j0].
using RowsKernel = void (*)(const double* a, const double* b, const double* xt, std::size_t ld, std::size_t d,
                            std::size_t j0, std::size_t j1, double* col, double* ra, double* rb);

template <bool Two, bool Col>
void rowsScalar(const double* a, const double* b, const double* xt, std::size_t ld, std::size_t d,
                std::size_t j0, std::size_t j1, double* col, double* ra, double* rb) {
    double sa = 0.0;
    double sb = 0.0;
    for (std::size_t j = j0; j < j1; ++j) {
        double qa = 0.0;
        double qb = 0.0;
        for (std::size_t f = 0; f < d; ++f) {
            const double v = xt[f * ld + j];
            qa += (v - a[f]) * (v - a[f]);
            if constexpr (Two) qb += (v - b[f]) * (v - b[f]);
        }
        const double da = std::sqrt(qa);
        const double db = Two ? std::sqrt(qb) : 0.0;
        sa += da;
        sb += db;
        if constexpr (Col) col[j - j0] += Two ? da + db : da;
    }
    *ra += sa;
    if constexpr (Two) *rb += sb;
}

__attribute__((target("avx2,fma"))) inline double hsum(__m256d v) {
    const __m128d lo = _mm256_castpd256_pd128(v);
    const __m128d hi = _mm256_extractf128_pd(v, 1);
    const __m128d s = _mm_add_pd(lo, hi);
    return _mm_cvtsd_f64(_mm_add_sd(s, _mm_unpackhi_pd(s, s)));
}

// AVX2 + FMA: 16 columns x 2 rows per step, 8 independent accumulators to hide the FMA latency over the
// feature loop; a masked step for the last columns so short (small-cluster) tiles stay vectorised.
template <bool Two, bool Col>
__attribute__((target("avx2,fma"))) void rowsAvx2(const double* a, const double* b, const double* xt,
                                                  std::size_t ld, std::size_t d, std::size_t j0,
                                                  std::size_t j1, double* col, double* ra, double* rb) {
    __m256d accA = _mm256_setzero_pd();
    __m256d accB = _mm256_setzero_pd();
    std::size_t j = j0;
    for (; j + 16 <= j1; j += 16) {
        __m256d a0 = _mm256_setzero_pd(), a1 = a0, a2 = a0, a3 = a0;
        __m256d b0 = a0, b1 = a0, b2 = a0, b3 = a0;
        const double* p = xt + j;
        for (std::size_t f = 0; f < d; ++f, p += ld) {
            const __m256d v0 = _mm256_loadu_pd(p);
            const __m256d v1 = _mm256_loadu_pd(p + 4);
            const __m256d v2 = _mm256_loadu_pd(p + 8);
            const __m256d v3 = _mm256_loadu_pd(p + 12);
            const __m256d xa = _mm256_broadcast_sd(a + f);
            __m256d t0 = _mm256_sub_pd(v0, xa), t1 = _mm256_sub_pd(v1, xa);
            __m256d t2 = _mm256_sub_pd(v2, xa), t3 = _mm256_sub_pd(v3, xa);
            a0 = _mm256_fmadd_pd(t0, t0, a0);
            a1 = _mm256_fmadd_pd(t1, t1, a1);
            a2 = _mm256_fmadd_pd(t2, t2, a2);
            a3 = _mm256_fmadd_pd(t3, t3, a3);
            if constexpr (Two) {
                const __m256d xb = _mm256_broadcast_sd(b + f);
                t0 = _mm256_sub_pd(v0, xb), t1 = _mm256_sub_pd(v1, xb);
                t2 = _mm256_sub_pd(v2, xb), t3 = _mm256_sub_pd(v3, xb);
                b0 = _mm256_fmadd_pd(t0, t0, b0);
                b1 = _mm256_fmadd_pd(t1, t1, b1);
                b2 = _mm256_fmadd_pd(t2, t2, b2);
                b3 = _mm256_fmadd_pd(t3, t3, b3);
            }
        }
        a0 = _mm256_sqrt_pd(a0), a1 = _mm256_sqrt_pd(a1), a2 = _mm256_sqrt_pd(a2), a3 = _mm256_sqrt_pd(a3);
        accA = _mm256_add_pd(accA, _mm256_add_pd(_mm256_add_pd(a0, a1), _mm256_add_pd(a2, a3)));
        if constexpr (Two) {
            b0 = _mm256_sqrt_pd(b0), b1 = _mm256_sqrt_pd(b1), b2 = _mm256_sqrt_pd(b2),
            b3 = _mm256_sqrt_pd(b3);
            accB = _mm256_add_pd(accB, _mm256_add_pd(_mm256_add_pd(b0, b1), _mm256_add_pd(b2, b3)));
            a0 = _mm256_add_pd(a0, b0), a1 = _mm256_add_pd(a1, b1);
            a2 = _mm256_add_pd(a2, b2), a3 = _mm256_add_pd(a3, b3);
        }
        if constexpr (Col) {
            double* c = col + (j - j0);
            _mm256_storeu_pd(c, _mm256_add_pd(_mm256_loadu_pd(c), a0));
            _mm256_storeu_pd(c + 4, _mm256_add_pd(_mm256_loadu_pd(c + 4), a1));
            _mm256_storeu_pd(c + 8, _mm256_add_pd(_mm256_loadu_pd(c + 8), a2));
            _mm256_storeu_pd(c + 12, _mm256_add_pd(_mm256_loadu_pd(c + 12), a3));
        }
    }
    for (; j < j1; j += 4) {
        const std::size_t left = std::min<std::size_t>(4, j1 - j);
        const __m256i mask = _mm256_cmpgt_epi64(_mm256_set1_epi64x(static_cast<long long>(left)),
                                                _mm256_set_epi64x(3, 2, 1, 0));
        __m256d sa = _mm256_setzero_pd();
        __m256d sb = _mm256_setzero_pd();
        const double* p = xt + j;
        for (std::size_t f = 0; f < d; ++f, p += ld) {
            const __m256d v = _mm256_maskload_pd(p, mask);
            const __m256d ta = _mm256_sub_pd(v, _mm256_broadcast_sd(a + f));
            sa = _mm256_fmadd_pd(ta, ta, sa);
            if constexpr (Two) {
                const __m256d tb = _mm256_sub_pd(v, _mm256_broadcast_sd(b + f));
                sb = _mm256_fmadd_pd(tb, tb, sb);
            }
        }
        // Lanes past j1 measured a distance to zeros: drop them.
        const __m256d keep = _mm256_castsi256_pd(mask);
        __m256d da = _mm256_and_pd(_mm256_sqrt_pd(sa), keep);
        accA = _mm256_add_pd(accA, da);
        if constexpr (Two) {
            const __m256d db = _mm256_and_pd(_mm256_sqrt_pd(sb), keep);
            accB = _mm256_add_pd(accB, db);
            da = _mm256_add_pd(da, db);
        }
        if constexpr (Col) {
            double* c = col + (j - j0);
            _mm256_maskstore_pd(c, mask, _mm256_add_pd(_mm256_maskload_pd(c, mask), da));
        }
    }
    *ra += hsum(accA);
    if constexpr (Two) *rb += hsum(accB);
}

struct Kernels {
    RowsKernel one;
    RowsKernel two;
    RowsKernel oneCol;
    RowsKernel twoCol;
};

Kernels pickKernels() {
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return {rowsAvx2<false, false>, rowsAvx2<true, false>, rowsAvx2<false, true>, rowsAvx2<true, true>};
    return {rowsScalar<false, false>, rowsScalar<true, false>, rowsScalar<false, true>,
            rowsScalar<true, true>};
}

struct Span {
    std::size_t begin;
    std::size_t end;
    int cluster;
};

// Splits [begin, end) into ceil(len / most) nearly equal spans.
void split(std::size_t begin, std::size_t end, std::size_t most, int cluster, std::vector<Span>& out) {
    const std::size_t len = end - begin;
    const std::size_t parts = (len + most - 1) / most;
    for (std::size_t p = 0; p < parts; ++p)
        out.push_back({begin + len * p / parts, begin + len * (p + 1) / parts, cluster});
}

// Exact silhouette of the rows `rows` of x, with codes 0..k-1 (every code present). Returns one value per
// entry of `rows`, in that order.
std::vector<double> exactSilhouette(const FeatureMatrix& x, const std::vector<std::size_t>& rows,
                                    const std::vector<int>& codes, int k, unsigned threads,
                                    const Progress& progress) {
    const std::size_t m = rows.size();
    const std::size_t d = x.cols();
    const std::size_t kk = static_cast<std::size_t>(k);

    // Cluster-contiguous order (stable, so ties keep input order).
    std::vector<std::size_t> counts(kk, 0);
    for (int c : codes)
        ++counts[static_cast<std::size_t>(c)];
    std::vector<std::size_t> start(kk + 1, 0);
    for (std::size_t c = 0; c < kk; ++c)
        start[c + 1] = start[c] + counts[c];
    std::vector<std::size_t> order(m);
    {
        std::vector<std::size_t> next(start.begin(), start.end() - 1);
        for (std::size_t p = 0; p < m; ++p)
            order[next[static_cast<std::size_t>(codes[p])]++] = p;
    }
    // Row-major copy for the broadcast rows, feature-major copy for the vectorised columns.
    const std::size_t ld = (m + 7) / 8 * 8;
    std::vector<double> xs(m * d);
    std::vector<double> xt(d * ld, 0.0);
    for (std::size_t s = 0; s < m; ++s) {
        const double* r = x.row(rows[order[s]]);
        std::copy_n(r, d, xs.data() + s * d);
        for (std::size_t f = 0; f < d; ++f)
            xt[f * ld + s] = r[f];
    }

    const std::size_t groupRows = std::max(kTileRows, (m + kGroupsTarget - 1) / kGroupsTarget);
    std::vector<Span> groups;
    for (std::size_t c = 0; c < kk; ++c)
        split(start[c], start[c + 1], groupRows, static_cast<int>(c), groups);
    std::vector<Span> tiles;
    std::vector<std::size_t> firstTile(groups.size() + 1, 0);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        split(groups[g].begin, groups[g].end, kTileRows, groups[g].cluster, tiles);
        firstTile[g + 1] = tiles.size();
    }
    // Column partials of group g cover the rows after it: colOffset[g] + (row - groups[g].end).
    std::vector<std::size_t> colOffset(groups.size() + 1, 0);
    std::vector<double> work(groups.size());
    double totalWork = 0.0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        colOffset[g + 1] = colOffset[g] + (m - groups[g].end);
        const double len = static_cast<double>(groups[g].end - groups[g].begin);
        work[g] = len * static_cast<double>(m - groups[g].begin);
        totalWork += work[g];
    }
    std::vector<double> colPart(colOffset.back(), 0.0);
    std::vector<double> sums(m * kk, 0.0);  // per sorted row, per cluster: sum of distances

    const Kernels kernels = pickKernels();
    std::atomic<std::size_t> nextGroup{0};
    std::atomic<bool> stop{false};
    std::atomic<std::uint64_t> done{0};  // pairs, for progress
    // Small inputs (a k-sweep on a few thousand rows) finish before a thread would start.
    const unsigned workers = m < 2048 ? 1u : threads ? threads : workerCount();

    auto runGroup = [&](std::size_t g, unsigned block) {
        const Span grp = groups[g];
        double* colBase = colPart.data() + colOffset[g];
        for (std::size_t t = firstTile[g]; t < tiles.size(); ++t) {
            if (stop.load(std::memory_order_relaxed)) return;
            const Span tile = tiles[t];
            const bool inGroup = t < firstTile[g + 1];
            double* col = inGroup ? nullptr : colBase + (tile.begin - grp.end);
            const std::size_t c = static_cast<std::size_t>(tile.cluster);
            std::size_t i = grp.begin;
            for (; i + 2 <= grp.end; i += 2) {
                double ra = 0.0;
                double rb = 0.0;
                const double* a = xs.data() + i * d;
                (inGroup ? kernels.two : kernels.twoCol)(a, a + d, xt.data(), ld, d, tile.begin, tile.end,
                                                         col, &ra, &rb);
                sums[i * kk + c] += ra;
                sums[(i + 1) * kk + c] += rb;
            }
            if (i < grp.end) {
                double ra = 0.0;
                const double* a = xs.data() + i * d;
                (inGroup ? kernels.one : kernels.oneCol)(a, a, xt.data(), ld, d, tile.begin, tile.end, col,
                                                         &ra, &ra);
                sums[i * kk + c] += ra;
            }
            const std::uint64_t pairs = (grp.end - grp.begin) * (tile.end - tile.begin);
            const double fraction =
                static_cast<double>(done.fetch_add(pairs, std::memory_order_relaxed) + pairs) / totalWork;
            if (block == 0) {
                try {
                    progress.report(0.95 * fraction);
                } catch (...) {
                    stop = true;
                    throw;
                }
            }
        }
    };
    parallelFor(
        workers,
        [&](std::size_t, std::size_t, unsigned block) {
            for (;;) {
                if (stop.load(std::memory_order_relaxed)) return;
                const std::size_t g = nextGroup.fetch_add(1);
                if (g >= groups.size()) return;
                runGroup(g, block);
            }
        },
        workers, 1);

    // Column partials, in group order.
    parallelFor(
        tiles.size(),
        [&](std::size_t begin, std::size_t end, unsigned) {
            for (std::size_t t = begin; t < end; ++t) {
                const Span tile = tiles[t];
                for (std::size_t g = 0; g < groups.size() && groups[g].end <= tile.begin; ++g) {
                    const double* part = colPart.data() + colOffset[g] - groups[g].end;
                    const std::size_t c = static_cast<std::size_t>(groups[g].cluster);
                    for (std::size_t s = tile.begin; s < tile.end; ++s)
                        sums[s * kk + c] += part[s];
                }
            }
        },
        workers, 8);
    progress.report(0.97);

    // s = (b - a) / max(a, b) with scikit-learn's operation order; NaN (one-row cluster, or a == b == 0)
    // becomes 0, as its nan_to_num.
    std::vector<double> values(m);
    for (std::size_t s = 0; s < m; ++s) {
        const std::size_t own = static_cast<std::size_t>(codes[order[s]]);
        const double* row = sums.data() + s * kk;
        const double a = row[own] / static_cast<double>(counts[own] - 1);
        double b = std::numeric_limits<double>::infinity();
        for (std::size_t c = 0; c < kk; ++c)
            if (c != own) b = std::min(b, row[c] / static_cast<double>(counts[c]));
        const double v = (b - a) / std::max(a, b);
        values[order[s]] = std::isnan(v) ? 0.0 : v;
    }
    return values;
}

// The rows of a stratified sample of about m of `rows` (the non-noise rows, ascending), seeded. Every cluster
// keeps min(size, clamp(m / k, 2, 10)) rows, so a small segment is never left out (a uniform sample of
// 30,000 of 200,000 rows misses a segment of 3 rows with probability 0.6); the rest of the sample is shared
// in proportion to the rows each cluster has left (largest remainders, ties to the lower code). The sample
// holds exactly m rows unless m < 2k, when the floors alone are more. Within a cluster the rows are a
// uniform draw (partial Fisher-Yates), clusters drawn in code order; returned in input order for locality.
std::vector<std::size_t> stratifiedSample(const std::vector<std::size_t>& rows, const LabelIndex& index,
                                          std::size_t m, std::uint64_t seed) {
    const auto k = static_cast<std::size_t>(index.clusters());
    std::vector<std::vector<std::size_t>> members(k);
    for (std::size_t i : rows)
        members[static_cast<std::size_t>(index.code[i])].push_back(i);
    const std::size_t floor = std::clamp<std::size_t>(m / k, 2, 10);
    std::vector<std::size_t> quota(k);
    std::size_t taken = 0;
    std::size_t spare = 0;  // rows beyond the floors
    for (std::size_t c = 0; c < k; ++c) {
        quota[c] = std::min(members[c].size(), floor);
        taken += quota[c];
        spare += members[c].size() - quota[c];
    }
    if (taken < m && spare > 0) {
        const std::size_t extra = std::min(m - taken, spare);
        std::vector<std::pair<double, std::size_t>> remainders;  // (-remainder, cluster)
        std::size_t given = 0;
        for (std::size_t c = 0; c < k; ++c) {
            const double share = static_cast<double>(extra) *
                                 static_cast<double>(members[c].size() - quota[c]) /
                                 static_cast<double>(spare);
            const auto whole = std::min(static_cast<std::size_t>(share), members[c].size() - quota[c]);
            quota[c] += whole;
            given += whole;
            remainders.emplace_back(-(share - static_cast<double>(whole)), c);
        }
        std::sort(remainders.begin(), remainders.end());
        for (std::size_t r = 0; given < extra && r < remainders.size(); ++r) {
            const std::size_t c = remainders[r].second;
            if (quota[c] < members[c].size()) ++quota[c], ++given;
        }
    }
    Rng rng(seedFor(seed, 0));
    std::vector<std::size_t> out;
    for (std::size_t c = 0; c < k; ++c) {
        std::vector<std::size_t>& v = members[c];
        for (std::size_t p = 0; p < quota[c]; ++p)
            std::swap(v[p], v[p + uniformIndex(rng, v.size() - p)]);
        out.insert(out.end(), v.begin(), v.begin() + static_cast<std::ptrdiff_t>(quota[c]));
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

void SilhouetteParams::validate() const {
    if (sampleSize < 2) {
        throw Error(ErrorCode::InvalidParameter, {.detail = "sampleSize=" + std::to_string(sampleSize),
                                                  .count = static_cast<std::int64_t>(sampleSize),
                                                  .limit = 2});
    }
}

SilhouetteResult silhouette(const FeatureMatrix& x, const std::vector<int>& labels,
                            const SilhouetteParams& params, const Progress& progress) {
    params.validate();
    const LabelIndex index = encodeLabels(labels, x.rows());
    if (x.cols() == 0) throw Error(ErrorCode::NoFeatures, {});
    checkClusterCount(index.clusters(), index.used);
    checkFinite(x, index);

    std::vector<std::size_t> rows;
    rows.reserve(index.used);
    for (std::size_t i = 0; i < x.rows(); ++i)
        if (index.code[i] >= 0) rows.push_back(i);

    SilhouetteResult result;
    result.rowsEligible = rows.size();
    const bool sample = (params.mode == SilhouetteMode::Sampled && rows.size() > params.sampleSize) ||
                        (params.mode == SilhouetteMode::Auto && rows.size() > params.exactLimit &&
                         rows.size() > params.sampleSize);
    if (sample) {
        rows = stratifiedSample(rows, index, params.sampleSize, params.seed);
        result.sampled = true;
        result.stratified = true;
        result.warnings.push_back({WarningCode::SilhouetteSampled,
                                   {.count = static_cast<std::int64_t>(rows.size()),
                                    .limit = static_cast<std::int64_t>(result.rowsEligible)}});
    }

    // Codes of the clusters present among the rows scored (a sample can miss a small cluster).
    std::vector<int> remap(static_cast<std::size_t>(index.clusters()), -1);
    for (std::size_t i : rows)
        remap[static_cast<std::size_t>(index.code[i])] = 0;
    int k = 0;
    for (std::size_t c = 0; c < remap.size(); ++c)
        if (remap[c] == 0) {
            remap[c] = k++;
            result.clusterLabels.push_back(index.values[c]);
        }
    checkClusterCount(k, rows.size());
    std::vector<int> codes(rows.size());
    for (std::size_t p = 0; p < rows.size(); ++p)
        codes[p] = remap[static_cast<std::size_t>(index.code[rows[p]])];

    const std::vector<double> values = exactSilhouette(x, rows, codes, k, params.threads, progress);

    result.values.assign(x.rows(), std::numeric_limits<double>::quiet_NaN());
    result.clusterMeans.assign(static_cast<std::size_t>(k), 0.0);
    result.clusterSizes.assign(static_cast<std::size_t>(k), 0);
    double total = 0.0;
    for (std::size_t p = 0; p < rows.size(); ++p) {
        result.values[rows[p]] = values[p];
        total += values[p];
        result.clusterMeans[static_cast<std::size_t>(codes[p])] += values[p];
        ++result.clusterSizes[static_cast<std::size_t>(codes[p])];
    }
    std::int64_t singles = 0;
    for (std::size_t c = 0; c < result.clusterMeans.size(); ++c) {
        result.clusterMeans[c] /= static_cast<double>(result.clusterSizes[c]);
        if (result.clusterSizes[c] == 1) ++singles;
    }
    result.rowsScored = rows.size();
    result.mean = total / static_cast<double>(rows.size());
    if (result.stratified) {
        // Each cluster weighs by its share of the eligible rows, as in the full data, not by its share of
        // the sample (the floors over-represent small clusters).
        double weighted = 0.0;
        for (std::size_t c = 0; c < result.clusterMeans.size(); ++c) {
            const int label = result.clusterLabels[c];
            const auto code = static_cast<std::size_t>(
                std::lower_bound(index.values.begin(), index.values.end(), label) - index.values.begin());
            weighted += result.clusterMeans[c] * static_cast<double>(index.counts[code]);
        }
        result.mean = weighted / static_cast<double>(result.rowsEligible);
    }
    // Exact values keep scikit-learn's convention silently; an estimate says when a segment it could not
    // sample twice (a segment of one row) is scored 0.
    if (result.sampled && singles > 0)
        result.warnings.push_back({WarningCode::SilhouetteSegmentOfOne, {.count = singles}});
    progress.report(1.0);
    return result;
}

}  // namespace seg::metrics
