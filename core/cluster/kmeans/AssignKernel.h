// The hot kernel of k-means: for each row, the nearest of k centres (first on ties), by a fused
// distance-and-argmin pass over contiguous row-major data, with no distance matrix and no BLAS.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace seg::cluster::kmeans {

// Centres re-laid out for the kernel. The kernel ranks centres by score(c) = |c|^2 / 2 - x.c, which orders
// them as |x - c|^2 = |x|^2 + 2 score(c) does, at half the arithmetic of the direct form (the skinny n x d
// times d x k product that BLAS handles poorly, computed in registers instead).
class PackedCentres {
public:
    PackedCentres() = default;
    // centres: k x d, row-major.
    void pack(const double* centres, std::size_t k, std::size_t d);

    [[nodiscard]] std::size_t k() const noexcept { return m_k; }
    [[nodiscard]] std::size_t d() const noexcept { return m_d; }
    [[nodiscard]] std::size_t paddedK() const noexcept { return m_kp; }
    [[nodiscard]] const double* transposed() const noexcept { return m_transposed.data(); }
    [[nodiscard]] const double* halfNorms() const noexcept { return m_halfNorms.data(); }
    [[nodiscard]] const double* rows() const noexcept { return m_rows.data(); }
    [[nodiscard]] const double* row(std::size_t c) const noexcept { return m_rows.data() + c * m_d; }

private:
    std::size_t m_k = 0;
    std::size_t m_d = 0;
    std::size_t m_kp = 0;              // k rounded up to the kernel's centre block
    std::vector<double> m_transposed;  // d x kp; padding columns are zero
    std::vector<double> m_halfNorms;   // kp; padding is +infinity so it never wins
    std::vector<double> m_rows;        // k x d, as given (for direct distances)
};

// Nearest centres of rows [begin, end) of x (n x d, row-major). Writes labels[i - begin]; when best /
// second are not null also the best and second-best scores (second is +inf when k = 1). Every row's
// result depends only on that row and the centres, so callers may split rows freely across threads.
void nearestCentres(const double* x, std::size_t begin, std::size_t end, const PackedCentres& centres,
                    int* labels, double* best = nullptr, double* second = nullptr);

// The same for the rows listed in rows[0, count), bit-identical to the contiguous form for each row
// (Hamerly's step re-examines a scattered few and must agree exactly with Lloyd's).
void nearestCentresOf(const double* x, const std::uint32_t* rows, std::size_t count,
                      const PackedCentres& centres, int* labels, double* best, double* second);

// Squared distances (direct form) from rows [begin, end) of x to m points (m x d, row-major): out is
// (end - begin) x m, row-major. Vectorised across rows like nearestCentres; k-means++ seeding's pass.
void squaredDistancesTo(const double* x, std::size_t d, std::size_t begin, std::size_t end,
                        const double* points, std::size_t m, double* out);

// The instruction-set paths of the kernels above. Every path gives bit-identical results: each lane does
// the same operations in the same order, and AssignKernel.cpp is compiled with -ffp-contract=off so that no
// path fuses a multiply-add (GCC does under target("avx512f")). tst_assignkernel runs every path.
enum class KernelIsa { Sse2, Avx2, Avx512 };
// The paths this CPU and OS can run, narrowest first.
[[nodiscard]] std::vector<KernelIsa> supportedKernelIsas();
// The path in use: the widest supported, narrowed by SEGMENTLAB_KMEANS_ISA=sse2|avx2.
[[nodiscard]] KernelIsa kernelIsa();
// Switches the path for the whole process (tests; never while a fit runs). isa must be supported.
void setKernelIsa(KernelIsa isa);

// |a - b|^2 in the direct form (accurate near zero, unlike the score).
[[nodiscard]] double squaredDistance(const double* a, const double* b, std::size_t d) noexcept;

}  // namespace seg::cluster::kmeans
