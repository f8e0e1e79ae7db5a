// Points (or cluster centroids) stored feature-major for the vector algorithms, single linkage by Prim and
// Ward by NN-chain (Müllner 2011, arXiv:1109.2378, section 4): O(n d) memory instead of a distance matrix.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace seg::cluster::hierarchical {

// Positions hold live slots in increasing slot order; a dead position stays until compact(), which keeps that
// order (the algorithms break ties by lowest slot, so the order is part of the result).
class PointStore {
public:
    // n points of d coordinates, row-major.
    PointStore(const double* rows, std::size_t n, std::size_t d);

    [[nodiscard]] std::size_t dims() const noexcept { return m_d; }
    [[nodiscard]] std::size_t count() const noexcept { return m_count; }
    [[nodiscard]] std::size_t alive() const noexcept { return m_alive; }
    [[nodiscard]] std::size_t stride() const noexcept { return m_stride; }
    [[nodiscard]] const double* coords() const noexcept { return m_coords.data(); }
    [[nodiscard]] double& coord(std::size_t pos, std::size_t k) noexcept {
        return m_coords[k * m_stride + pos];
    }
    [[nodiscard]] int slotAt(std::size_t pos) const noexcept { return m_slot[pos]; }
    [[nodiscard]] std::size_t posOf(int slot) const noexcept { return m_pos[slot]; }
    [[nodiscard]] bool live(std::size_t pos) const noexcept { return m_live[pos] != 0; }
    void kill(std::size_t pos) noexcept {
        m_live[pos] = 0;
        --m_alive;
    }
    // Drops dead positions when they are the majority (amortised O(n d) overall), moving the per-position
    // arrays given along with the coordinates. Returns whether it compacted.
    bool compactIfSparse(std::vector<double>& a, std::vector<double>& b);

private:
    std::size_t m_d;
    std::size_t m_stride;
    std::size_t m_count;
    std::size_t m_alive;
    std::vector<double> m_coords;  // d rows of m_stride
    std::vector<int> m_slot;
    std::vector<std::size_t> m_pos;
    std::vector<std::uint8_t> m_live;
};

}  // namespace seg::cluster::hierarchical
