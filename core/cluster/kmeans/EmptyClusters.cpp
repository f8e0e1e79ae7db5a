#include "cluster/kmeans/EmptyClusters.h"

#include <algorithm>
#include <numeric>

#include "cluster/kmeans/AssignKernel.h"

namespace seg::cluster::kmeans {

std::size_t relocateEmptyClusters(const Problem& problem, const std::vector<double>& oldCentres,
                                  const std::vector<int>& labels, std::vector<double>& sums,
                                  std::vector<std::int64_t>& counts) {
    const std::size_t d = problem.d;
    std::vector<std::size_t> empty;
    for (std::size_t c = 0; c < counts.size(); ++c)
        if (counts[c] == 0) empty.push_back(c);
    if (empty.empty()) return 0;

    std::vector<double> distance(problem.n);
    problem.forEachChunk([&](std::size_t chunk) {
        for (std::size_t i = problem.chunkBegin(chunk), e = problem.chunkEnd(chunk); i < e; ++i)
            distance[i] = squaredDistance(problem.row(i),
                                          oldCentres.data() + static_cast<std::size_t>(labels[i]) * d, d);
    });
    // The farthest rows, farthest first; equal distances in row order, so the choice repeats exactly.
    const std::size_t take = std::min(empty.size(), problem.n);
    std::vector<std::size_t> order(problem.n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    auto farther = [&](std::size_t a, std::size_t b) {
        return distance[a] > distance[b] || (distance[a] == distance[b] && a < b);
    };
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(take), order.end(), farther);
    if (distance[order[0]] == 0.0) return 0;

    for (std::size_t t = 0; t < take; ++t) {
        const std::size_t target = empty[t];
        const std::size_t row = order[t];
        const auto from = static_cast<std::size_t>(labels[row]);
        const double* r = problem.row(row);
        for (std::size_t j = 0; j < d; ++j) {
            sums[from * d + j] -= r[j];
            sums[target * d + j] = r[j];
        }
        counts[target] = 1;
        counts[from] -= 1;
    }
    return take;
}

void averageCentres(const std::vector<double>& sums, const std::vector<std::int64_t>& counts, std::size_t d,
                    std::vector<double>& centres) {
    const std::size_t k = counts.size();
    centres.resize(k * d);
    const auto largest =
        static_cast<std::size_t>(std::max_element(counts.begin(), counts.end()) - counts.begin());
    // scikit-learn multiplies by the reciprocal; doing the same keeps centres equal to its last bit more
    // often.
    for (std::size_t c = 0; c < k; ++c) {
        if (counts[c] <= 0) continue;
        const double alpha = 1.0 / static_cast<double>(counts[c]);
        for (std::size_t j = 0; j < d; ++j)
            centres[c * d + j] = sums[c * d + j] * alpha;
    }
    for (std::size_t c = 0; c < k; ++c)
        if (counts[c] <= 0)
            for (std::size_t j = 0; j < d; ++j)
                centres[c * d + j] = centres[largest * d + j];
}

}  // namespace seg::cluster::kmeans
