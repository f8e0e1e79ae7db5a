#include "cluster/kmeans/Problem.h"

#include <algorithm>

#include "common/Parallel.h"

namespace seg::cluster::kmeans {

void Problem::forEachChunk(const std::function<void(std::size_t chunk)>& fn) const {
    parallelFor(
        chunkCount(),
        [&](std::size_t begin, std::size_t end, unsigned) {
            for (std::size_t c = begin; c < end; ++c)
                fn(c);
        },
        threads, 1);
}

double Problem::sumPerChunk(const std::function<double(std::size_t chunk)>& fn) const {
    std::vector<double> partial(chunkCount(), 0.0);
    forEachChunk([&](std::size_t c) { partial[c] = fn(c); });
    double total = 0.0;
    for (double p : partial)
        total += p;
    return total;
}

std::size_t chunkRowsFor(std::size_t n, std::size_t k, std::size_t d) noexcept {
    // At most ~4M doubles of per-chunk sums in all, and at least 2048 rows a chunk.
    constexpr std::size_t minRows = 2048;
    constexpr std::size_t maxSumValues = std::size_t{1} << 22;
    const std::size_t perChunk = std::max<std::size_t>(1, k * d);
    const std::size_t maxChunks = std::max<std::size_t>(1, maxSumValues / perChunk);
    const std::size_t byBudget = (n + maxChunks - 1) / maxChunks;
    return std::max(minRows, byBudget);
}

}  // namespace seg::cluster::kmeans
