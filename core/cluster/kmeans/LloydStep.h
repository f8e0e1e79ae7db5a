// Lloyd's assignment step (Lloyd 1982, "Least squares quantization in PCM"): every row against every
// centre, by the fused distance-and-argmin kernel, chunk-parallel.
#pragma once

#include "cluster/kmeans/AssignKernel.h"
#include "cluster/kmeans/AssignStep.h"

namespace seg::cluster::kmeans {

class LloydStep final : public AssignStep {
public:
    explicit LloydStep(const Problem& problem) : m_problem(problem) {}
    std::size_t assign(const std::vector<double>& centres, std::vector<int>& labels,
                       ClusterSums& sums) override;

private:
    const Problem& m_problem;
    PackedCentres m_packed;
};

// Labels only (no sums), for predict and the final E-step: nearest centre of every row of `problem`.
void labelRows(const Problem& problem, const PackedCentres& centres, int* labels);

}  // namespace seg::cluster::kmeans
