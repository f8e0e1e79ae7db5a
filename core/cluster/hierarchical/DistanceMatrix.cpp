#include "cluster/hierarchical/DistanceMatrix.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <new>

#include "cluster/hierarchical/Kernels.h"
#include "common/Error.h"
#include "common/Parallel.h"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace seg::cluster::hierarchical {

namespace {
constexpr std::size_t kHugePage = std::size_t(2) << 20;
}

DistanceMatrix::DistanceMatrix(const FeatureMatrix& x, const Progress& progress) : m_n(x.rows()) {
    const std::size_t n = m_n;
    const std::size_t d = x.cols();
    const std::size_t count = n * (n - 1) / 2;
    // 2 MiB alignment and huge pages: the NN-chain reads columns of this matrix (one element per row), and
    // with 4 KiB pages nearly every such read would also miss the TLB.
    const std::size_t bytes =
        std::max<std::size_t>(kHugePage, (count * sizeof(double) + kHugePage - 1) / kHugePage * kHugePage);
    m_values.reset(static_cast<double*>(std::aligned_alloc(kHugePage, bytes)));
    if (!m_values) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    madvise(m_values.get(), bytes, MADV_HUGEPAGE);
#endif
    m_rowStart.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        m_rowStart[i] =
            static_cast<std::ptrdiff_t>(i * n - i * (i + 1) / 2) - static_cast<std::ptrdiff_t>(i + 1);

    // Feature-major copy so that one row's distances to all later rows vectorise.
    std::vector<double> coords(n * d);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = 0; k < d; ++k)
            coords[k * n + i] = x(i, k);

    // Chunks of equal work (row i has n - i - 1 entries), dealt out in contiguous runs to the workers.
    const std::size_t chunks = std::min<std::size_t>(n - 1, 256);
    std::vector<std::size_t> firstRow(chunks + 1, n - 1);
    firstRow[0] = 0;
    {
        std::size_t done = 0;
        std::size_t c = 1;
        for (std::size_t i = 0; i + 1 < n && c < chunks; ++i) {
            done += n - i - 1;
            while (c < chunks && done * chunks >= count * c)
                firstRow[c++] = i + 1;
        }
    }
    // Chunks are handed out from a shared counter rather than in fixed runs, so a worker the OS deschedules
    // (a busy desktop) does not leave the others waiting for its share.
    std::atomic<bool> stop{false};
    std::atomic<std::size_t> nextChunk{0};
    const unsigned workers = blockCount(chunks, 0, 1);
    parallelFor(
        workers,
        [&](std::size_t, std::size_t, unsigned block) {
            std::vector<double> point(d);
            for (std::size_t c = nextChunk++; c < chunks && !stop.load(std::memory_order_relaxed);
                 c = nextChunk++) {
                for (std::size_t i = firstRow[c]; i < firstRow[c + 1]; ++i) {
                    for (std::size_t k = 0; k < d; ++k)
                        point[k] = coords[k * n + i];
                    double* out = row(i) + i + 1;
                    squaredDistances(coords.data() + i + 1, n, d, n - i - 1, point.data(), out);
                    for (std::size_t j = 0; j < n - i - 1; ++j)
                        out[j] = std::sqrt(out[j]);
                }
                if (block == 0) {
                    try {
                        progress.report(double(c + 1) / double(chunks));
                    } catch (...) {
                        stop = true;
                        throw;
                    }
                }
            }
        },
        workers, 1);
}

void DistanceMatrix::compact(const std::vector<std::uint8_t>& keep) {
    std::vector<std::size_t> kept;
    for (std::size_t i = 0; i < m_n; ++i)
        if (keep[i]) kept.push_back(i);
    double* v = m_values.get();
    std::size_t out = 0;
    for (std::size_t a = 0; a < kept.size(); ++a) {
        const double* from = row(kept[a]);
        for (std::size_t b = a + 1; b < kept.size(); ++b)
            v[out++] = from[kept[b]];
    }
    m_n = kept.size();
    for (std::size_t i = 0; i < m_n; ++i)
        m_rowStart[i] =
            static_cast<std::ptrdiff_t>(i * m_n - i * (i + 1) / 2) - static_cast<std::ptrdiff_t>(i + 1);
    m_rowStart.resize(m_n);
}

void DistanceMatrix::Free::operator()(double* p) const noexcept {
    std::free(p);
}

}  // namespace seg::cluster::hierarchical
