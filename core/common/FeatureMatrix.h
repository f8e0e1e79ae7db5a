// The one matrix layout of the clustering core: n observations x d features, each observation's features
// contiguous (row-major n x d for Eigen == column-major d x n for Armadillo), so both libraries view one
// buffer.
#pragma once

#include <Eigen/Core>
#include <cassert>
#include <cstddef>
#include <string>
#include <vector>

namespace seg {

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

class FeatureMatrix {
public:
    FeatureMatrix() = default;
    FeatureMatrix(std::size_t rows, std::size_t cols)
        : m_rows(rows), m_cols(cols), m_values(rows * cols, 0.0) {}
    FeatureMatrix(std::size_t rows, std::size_t cols, std::vector<double> values)
        : m_rows(rows), m_cols(cols), m_values(std::move(values)) {
        assert(m_values.size() == rows * cols);
    }

    [[nodiscard]] std::size_t rows() const noexcept { return m_rows; }
    [[nodiscard]] std::size_t cols() const noexcept { return m_cols; }
    [[nodiscard]] bool empty() const noexcept { return m_rows == 0 || m_cols == 0; }
    [[nodiscard]] const double* data() const noexcept { return m_values.data(); }
    [[nodiscard]] double* data() noexcept { return m_values.data(); }
    [[nodiscard]] const std::vector<double>& values() const noexcept { return m_values; }
    [[nodiscard]] const double* row(std::size_t i) const noexcept { return m_values.data() + i * m_cols; }
    [[nodiscard]] double* row(std::size_t i) noexcept { return m_values.data() + i * m_cols; }
    [[nodiscard]] double operator()(std::size_t i, std::size_t j) const noexcept {
        return m_values[i * m_cols + j];
    }
    [[nodiscard]] double& operator()(std::size_t i, std::size_t j) noexcept {
        return m_values[i * m_cols + j];
    }

    // Zero-copy Eigen views (n x d, row-major).
    [[nodiscard]] Eigen::Map<const RowMatrix> eigen() const {
        return {m_values.data(), static_cast<Eigen::Index>(m_rows), static_cast<Eigen::Index>(m_cols)};
    }
    [[nodiscard]] Eigen::Map<RowMatrix> eigen() {
        return {m_values.data(), static_cast<Eigen::Index>(m_rows), static_cast<Eigen::Index>(m_cols)};
    }

    // Feature names, for results and messages (may be empty).
    std::vector<std::string> names;

private:
    std::size_t m_rows = 0;
    std::size_t m_cols = 0;
    std::vector<double> m_values;
};

// Throws seg::Error(NonFiniteValue) naming the first NaN or infinite cell: its 1-based row and column, and the
// feature's name (or its number when the matrix has no names).
void requireFinite(const FeatureMatrix& x);

}  // namespace seg
