#include "cluster/hierarchical/MicroClusters.h"

#include <algorithm>
#include <atomic>
#include <limits>
#include <numeric>

#include "cluster/hierarchical/Kernels.h"
#include "common/Parallel.h"
#include "common/Random.h"

namespace seg::cluster::hierarchical {

namespace {

// Nearest centre of each row: the centres feature-major, so one row's squared distances to all of them run
// across SIMD lanes (exact differences, no |x|^2 - 2 x.c + |c|^2 cancellation). Chunks come from a shared
// counter so a descheduled worker does not hold the others up. (A BLAS GEMM was tried: with K = d = 10 it is
// bound by writing its kk x rows output, and OpenBLAS's spinning threads lost badly on a busy machine.)
void assignNearest(const double* rows, std::size_t count, std::size_t d,
                   const std::vector<double>& centresSoA, std::size_t kk, std::vector<int>& labels,
                   const Progress& progress) {
    constexpr std::size_t chunk = 2048;
    const std::size_t chunks = (count + chunk - 1) / chunk;
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    const unsigned workers = blockCount(chunks, 0, 1);
    parallelFor(
        workers,
        [&](std::size_t, std::size_t, unsigned block) {
            std::vector<double> dist(kk);
            for (std::size_t c = next++; c < chunks && !stop.load(std::memory_order_relaxed); c = next++) {
                const std::size_t end = std::min(count, (c + 1) * chunk);
                for (std::size_t i = c * chunk; i < end; ++i) {
                    squaredDistances(centresSoA.data(), kk, d, kk, rows + i * d, dist.data());
                    labels[i] = static_cast<int>(firstMinimum(dist.data(), kk));
                }
                if (block == 0) {
                    try {
                        progress.report(double(c + 1) / double(chunks));
                    } catch (...) {
                        stop = true;
                        throw;
                    }
                }
            }
        },
        workers, 1);
}

// Means of the rows per label into `centres` (kk x d row-major; a centre with no rows keeps its place);
// returns the counts.
std::vector<std::size_t> means(const double* rows, std::size_t count, std::size_t d,
                               const std::vector<int>& labels, std::vector<double>& centres) {
    const std::size_t kk = centres.size() / d;
    std::vector<std::size_t> sizes(kk, 0);
    std::vector<double> sums(kk * d, 0.0);
    for (std::size_t i = 0; i < count; ++i) {
        double* s = sums.data() + std::size_t(labels[i]) * d;
        for (std::size_t j = 0; j < d; ++j)
            s[j] += rows[i * d + j];
        ++sizes[labels[i]];
    }
    for (std::size_t c = 0; c < kk; ++c)
        if (sizes[c] > 0)
            for (std::size_t j = 0; j < d; ++j)
                centres[c * d + j] = sums[c * d + j] / double(sizes[c]);
    return sizes;
}

std::vector<double> featureMajor(const std::vector<double>& centres, std::size_t d) {
    const std::size_t kk = centres.size() / d;
    std::vector<double> soa(kk * d);
    for (std::size_t c = 0; c < kk; ++c)
        for (std::size_t j = 0; j < d; ++j)
            soa[j * kk + c] = centres[c * d + j];
    return soa;
}

}  // namespace

MicroClustering microClusters(const FeatureMatrix& x, std::size_t k, std::size_t sampleSize,
                              std::uint64_t seed, const Progress& progress) {
    const std::size_t n = x.rows();
    const std::size_t d = x.cols();
    Rng rng(seedFor(seed, 0));

    // A uniform sample without replacement (partial Fisher-Yates), in row order for locality.
    const std::size_t s = std::min(n, std::max(sampleSize, k));
    std::vector<std::uint32_t> pick(n);
    std::iota(pick.begin(), pick.end(), 0u);
    for (std::size_t i = 0; i < s && s < n; ++i)
        std::swap(pick[i], pick[i + uniformIndex(rng, n - i)]);
    pick.resize(s);
    std::sort(pick.begin(), pick.end());
    std::vector<double> sample(s * d);
    std::vector<double> coords(s * d);  // feature-major copy for the seeding kernel
    for (std::size_t i = 0; i < s; ++i)
        for (std::size_t j = 0; j < d; ++j) {
            sample[i * d + j] = x(pick[i], j);
            coords[j * s + i] = x(pick[i], j);
        }

    // k-means++ seeding: each centre drawn with probability proportional to the squared distance to the
    // nearest centre so far.
    const Progress seeding = progress.sub(0.0, 0.3);
    std::vector<std::size_t> chosen{static_cast<std::size_t>(uniformIndex(rng, s))};
    std::vector<double> nearest(s, std::numeric_limits<double>::infinity());
    std::vector<double> scratch(s);
    for (;;) {
        const double* c = sample.data() + chosen.back() * d;
        parallelFor(
            s,
            [&](std::size_t begin, std::size_t end, unsigned) {
                squaredDistances(coords.data() + begin, s, d, end - begin, c, scratch.data() + begin);
                for (std::size_t i = begin; i < end; ++i)
                    nearest[i] = std::min(nearest[i], scratch[i]);
            },
            0, 16384);
        if (chosen.size() == k) break;
        const double total = std::accumulate(nearest.begin(), nearest.end(), 0.0);
        if (!(total > 0.0)) break;  // every sample point is already a centre: fewer distinct points than k
        double r = uniform01(rng) * total;
        std::size_t next = 0;
        while (next + 1 < s && (r -= nearest[next]) >= 0.0)
            ++next;
        while (nearest[next] == 0.0 && next > 0)
            --next;  // never re-pick an existing centre when rounding lands on one
        chosen.push_back(next);
        seeding.report(double(chosen.size()) / double(k));
    }
    const std::size_t kk = chosen.size();
    std::vector<double> centres(kk * d);
    for (std::size_t c = 0; c < kk; ++c)
        for (std::size_t j = 0; j < d; ++j)
            centres[c * d + j] = sample[chosen[c] * d + j];

    // Lloyd on the sample.
    constexpr int kIterations = 6;
    std::vector<int> labels(s, 0);
    for (int it = 0; it < kIterations; ++it) {
        std::vector<int> before = labels;
        assignNearest(sample.data(), s, d, featureMajor(centres, d), kk, labels,
                      progress.sub(0.3 + 0.05 * it, 0.35 + 0.05 * it));
        means(sample.data(), s, d, labels, centres);
        if (it > 0 && before == labels) break;
    }

    // Every row to its nearest centre; centres become exact means over all rows.
    MicroClustering out;
    std::vector<int> all(n);
    assignNearest(x.data(), n, d, featureMajor(centres, d), kk, all, progress.sub(0.6, 1.0));
    const std::vector<std::size_t> counts = means(x.data(), n, d, all, centres);
    std::vector<int> renumber(kk, -1);
    std::size_t live = 0;
    for (std::size_t c = 0; c < kk; ++c)
        if (counts[c] > 0) renumber[c] = static_cast<int>(live++);
    out.centers = FeatureMatrix(live, d);
    out.sizes.resize(live);
    for (std::size_t c = 0; c < kk; ++c) {
        if (renumber[c] < 0) continue;
        out.sizes[renumber[c]] = counts[c];
        for (std::size_t j = 0; j < d; ++j)
            out.centers(renumber[c], j) = centres[c * d + j];
    }
    for (std::size_t i = 0; i < n; ++i)
        all[i] = renumber[all[i]];
    out.rowToCluster = std::move(all);
    return out;
}

}  // namespace seg::cluster::hierarchical
