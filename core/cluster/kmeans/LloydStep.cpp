#include "cluster/kmeans/LloydStep.h"

#include <vector>

namespace seg::cluster::kmeans {

std::size_t LloydStep::assign(const std::vector<double>& centres, std::vector<int>& labels,
                              ClusterSums& sums) {
    const Problem& p = m_problem;
    m_packed.pack(centres.data(), centres.size() / p.d, p.d);
    std::vector<std::size_t> changed(p.chunkCount(), 0);
    p.forEachChunk([&](std::size_t chunk) {
        const std::size_t begin = p.chunkBegin(chunk);
        const std::size_t end = p.chunkEnd(chunk);
        thread_local std::vector<int> fresh;
        fresh.resize(end - begin);
        nearestCentres(p.x, begin, end, m_packed, fresh.data());
        std::size_t count = 0;
        for (std::size_t i = begin; i < end; ++i) {
            count += static_cast<std::size_t>(labels[i] != fresh[i - begin]);
            labels[i] = fresh[i - begin];
        }
        changed[chunk] = count;
        if (count != 0 || !sums.valid(chunk)) sums.accumulate(p, chunk, labels.data());
    });
    std::size_t total = 0;
    for (std::size_t c : changed)
        total += c;
    return total;
}

void labelRows(const Problem& problem, const PackedCentres& centres, int* labels) {
    problem.forEachChunk([&](std::size_t chunk) {
        const std::size_t begin = problem.chunkBegin(chunk);
        nearestCentres(problem.x, begin, problem.chunkEnd(chunk), centres, labels + begin);
    });
}

}  // namespace seg::cluster::kmeans
