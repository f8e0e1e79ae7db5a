// The condensed Euclidean distance matrix of the matrix-based linkages (Müllner 2011, arXiv:1109.2378):
// n(n-1)/2 doubles in scipy.spatial.distance.pdist's order, filled in parallel, with no other O(n^2) storage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "common/FeatureMatrix.h"
#include "common/Progress.h"

namespace seg::cluster::hierarchical {

class DistanceMatrix {
public:
    // pdist(x, 'euclidean'): each distance summed feature by feature in order, then its square root, so the
    // values are pdist's to the last bit.
    DistanceMatrix(const FeatureMatrix& x, const Progress& progress);
    DistanceMatrix(const DistanceMatrix&) = delete;
    DistanceMatrix& operator=(const DistanceMatrix&) = delete;

    [[nodiscard]] std::size_t size() const noexcept { return m_n; }
    // Distance between i and j, i < j.
    [[nodiscard]] double& at(std::size_t i, std::size_t j) noexcept {
        return m_values.get()[m_rowStart[i] + j];
    }
    // Row i as an array indexed by j > i.
    [[nodiscard]] double* row(std::size_t i) noexcept { return m_values.get() + m_rowStart[i]; }
    // Keeps only the positions with keep[i] != 0, in order, in place (each kept pair moves to a lower
    // address, so one forward pass suffices). Shrinks the working set once most clusters have merged away.
    void compact(const std::vector<std::uint8_t>& keep);

private:
    std::size_t m_n = 0;
    struct Free {
        void operator()(double* p) const noexcept;
    };
    std::unique_ptr<double, Free>
        m_values;  // n(n-1)/2, uninitialised until filled (no 1.6 GB of zeros to write)
    std::vector<std::ptrdiff_t>
        m_rowStart;  // offset of row i minus (i + 1): at(i, j) = values[rowStart[i] + j]
};

}  // namespace seg::cluster::hierarchical
