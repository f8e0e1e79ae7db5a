#include "cluster/hierarchical/PointStore.h"

namespace seg::cluster::hierarchical {

PointStore::PointStore(const double* rows, std::size_t n, std::size_t d)
    : m_d(d), m_stride(n), m_count(n), m_alive(n), m_coords(n * d), m_slot(n), m_pos(n), m_live(n, 1) {
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t k = 0; k < d; ++k)
            m_coords[k * n + i] = rows[i * d + k];
        m_slot[i] = static_cast<int>(i);
        m_pos[i] = i;
    }
}

bool PointStore::compactIfSparse(std::vector<double>& a, std::vector<double>& b) {
    if (m_count < 64 || 2 * m_alive > m_count) return false;
    std::size_t out = 0;
    for (std::size_t p = 0; p < m_count; ++p) {
        if (!m_live[p]) continue;
        for (std::size_t k = 0; k < m_d; ++k)
            m_coords[k * m_stride + out] = m_coords[k * m_stride + p];
        a[out] = a[p];
        b[out] = b[p];
        m_slot[out] = m_slot[p];
        m_live[out] = 1;
        m_pos[m_slot[out]] = out;
        ++out;
    }
    m_count = out;
    return true;
}

}  // namespace seg::cluster::hierarchical
