// The data every k-means policy works on: the centred rows, split into fixed chunks that are the unit of
// both threading and summation, so that results repeat exactly whatever the thread count.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace seg::cluster::kmeans {

struct Problem {
    const double* x = nullptr;  // n x d, row-major, centred on the feature means (as scikit-learn)
    std::size_t n = 0;
    std::size_t d = 0;
    unsigned threads = 0;                  // 0: seg::workerCount()
    std::size_t chunkRows = 0;             // rows per chunk (see chunkRowsFor)
    const double* squaredNorms = nullptr;  // |x_i|^2 per row; only the Hamerly step needs them

    [[nodiscard]] std::size_t chunkCount() const noexcept { return (n + chunkRows - 1) / chunkRows; }
    [[nodiscard]] std::size_t chunkBegin(std::size_t chunk) const noexcept { return chunk * chunkRows; }
    [[nodiscard]] std::size_t chunkEnd(std::size_t chunk) const noexcept {
        const std::size_t e = (chunk + 1) * chunkRows;
        return e < n ? e : n;
    }
    [[nodiscard]] const double* row(std::size_t i) const noexcept { return x + i * d; }

    // Runs fn(chunk) for every chunk, chunks spread over the threads in contiguous runs. Anything summed
    // must be summed per chunk and reduced in chunk order by the caller.
    void forEachChunk(const std::function<void(std::size_t chunk)>& fn) const;
    // Sums per-chunk values in chunk order.
    [[nodiscard]] double sumPerChunk(const std::function<double(std::size_t chunk)>& fn) const;
};

// Chunk size depends only on the shape (never on the thread count): large enough to amortise per-chunk
// work, small enough to spread over threads and to keep per-chunk cluster sums (k x d each) modest.
[[nodiscard]] std::size_t chunkRowsFor(std::size_t n, std::size_t k, std::size_t d) noexcept;

}  // namespace seg::cluster::kmeans
