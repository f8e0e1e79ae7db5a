// Hamerly's exact accelerated assignment (G. Hamerly 2010, "Making k-means even faster", SIAM SDM): one
// upper bound to the assigned centre and one lower bound to all others per row skip most distance work.
#pragma once

#include <vector>

#include "cluster/kmeans/AssignKernel.h"
#include "cluster/kmeans/AssignStep.h"

namespace seg::cluster::kmeans {

// Exact: a row is skipped only when its bounds prove, with room for every rounding error of the kernel's
// scores, that the Lloyd pass would keep its label; rows the bounds cannot settle go through the same
// kernel as Lloyd, so the labels are Lloyd's bit for bit. Needs Problem::squaredNorms.
class HamerlyStep final : public AssignStep {
public:
    explicit HamerlyStep(const Problem& problem) : m_problem(problem) {}
    std::size_t assign(const std::vector<double>& centres, std::vector<int>& labels,
                       ClusterSums& sums) override;
    void restart() override { m_started = false; }

private:
    std::size_t assignAll(std::vector<int>& labels, ClusterSums& sums);
    std::size_t assignBounded(const std::vector<double>& centres, std::vector<int>& labels,
                              ClusterSums& sums);

    const Problem& m_problem;
    PackedCentres m_packed;
    std::vector<double> m_previous;  // centres of the last call, to measure how far each moved
    std::vector<double> m_upper;     // >= distance to the assigned centre
    std::vector<double> m_lower;     // <= distance to every other centre
    double m_maxCentreNorm = 0.0;    // max |c|^2, scales the kernel's rounding error
    bool m_started = false;
};

}  // namespace seg::cluster::kmeans
