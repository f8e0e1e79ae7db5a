#include "cluster/kmeans/ClusterSums.h"

#include <algorithm>

namespace seg::cluster::kmeans {

void ClusterSums::reset(const Problem& problem, std::size_t k) {
    m_k = k;
    m_d = problem.d;
    const std::size_t chunks = problem.chunkCount();
    m_sums.assign(chunks * k * m_d, 0.0);
    m_counts.assign(chunks * k, 0);
    m_valid.assign(chunks, 0);
}

void ClusterSums::accumulate(const Problem& problem, std::size_t chunk, const int* labels) {
    const std::size_t d = m_d;
    double* sums = m_sums.data() + chunk * m_k * d;
    std::int64_t* counts = m_counts.data() + chunk * m_k;
    std::fill(sums, sums + m_k * d, 0.0);
    std::fill(counts, counts + m_k, 0);
    for (std::size_t i = problem.chunkBegin(chunk), e = problem.chunkEnd(chunk); i < e; ++i) {
        const auto c = static_cast<std::size_t>(labels[i]);
        const double* r = problem.row(i);
        double* s = sums + c * d;
        for (std::size_t j = 0; j < d; ++j)
            s[j] += r[j];
        ++counts[c];
    }
    m_valid[chunk] = 1;
}

void ClusterSums::reduce(std::vector<double>& sums, std::vector<std::int64_t>& counts) const {
    const std::size_t kd = m_k * m_d;
    sums.assign(kd, 0.0);
    counts.assign(m_k, 0);
    for (std::size_t chunk = 0; chunk < m_valid.size(); ++chunk) {
        const double* s = m_sums.data() + chunk * kd;
        for (std::size_t t = 0; t < kd; ++t)
            sums[t] += s[t];
        const std::int64_t* c = m_counts.data() + chunk * m_k;
        for (std::size_t t = 0; t < m_k; ++t)
            counts[t] += c[t];
    }
}

}  // namespace seg::cluster::kmeans
