// A small fork-join helper for the core's hot loops: splits [0, n) into contiguous blocks, one per thread.
// Results must not depend on scheduling: reduce per-block partials in block order (see parallelReduce).
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace seg {

// Threads the core uses: SEGMENTLAB_THREADS if set, else the hardware's count (at least 1).
[[nodiscard]] unsigned workerCount() noexcept;

// Calls fn(begin, end, block) on `blocks` contiguous ranges covering [0, n), in parallel; blocks = 0 means
// workerCount(). Runs inline when n < minPerBlock * 2 or one worker. Exceptions from fn are rethrown.
void parallelFor(std::size_t n,
                 const std::function<void(std::size_t begin, std::size_t end, unsigned block)>& fn,
                 unsigned blocks = 0, std::size_t minPerBlock = 1024);

// The number of blocks parallelFor will use for n (so callers can size per-block partials).
[[nodiscard]] unsigned blockCount(std::size_t n, unsigned blocks = 0,
                                  std::size_t minPerBlock = 1024) noexcept;

}  // namespace seg
