// Per-chunk sums of the rows of each cluster, kept between iterations and recomputed only for chunks
// whose labels changed; reduced in chunk order, so Lloyd and Hamerly get bit-identical centres.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "cluster/kmeans/Problem.h"

namespace seg::cluster::kmeans {

class ClusterSums {
public:
    void reset(const Problem& problem, std::size_t k);
    // Recomputes chunk `chunk` from the labels (safe to call for different chunks concurrently).
    void accumulate(const Problem& problem, std::size_t chunk, const int* labels);
    [[nodiscard]] bool valid(std::size_t chunk) const noexcept { return m_valid[chunk] != 0; }
    // Totals over all chunks, in chunk order: sums k x d, counts k.
    void reduce(std::vector<double>& sums, std::vector<std::int64_t>& counts) const;

private:
    std::size_t m_k = 0;
    std::size_t m_d = 0;
    std::vector<double> m_sums;          // chunks x k x d
    std::vector<std::int64_t> m_counts;  // chunks x k
    std::vector<unsigned char> m_valid;  // per chunk
};

}  // namespace seg::cluster::kmeans
