#include "common/Parallel.h"

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <thread>

namespace seg {

unsigned workerCount() noexcept {
    if (const char* env = std::getenv("SEGMENTLAB_THREADS")) {
        const int n = std::atoi(env);
        if (n > 0) return static_cast<unsigned>(n);
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

unsigned blockCount(std::size_t n, unsigned blocks, std::size_t minPerBlock) noexcept {
    if (blocks == 0) blocks = workerCount();
    const std::size_t byWork = std::max<std::size_t>(1, n / std::max<std::size_t>(1, minPerBlock));
    return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(blocks, byWork)));
}

void parallelFor(std::size_t n, const std::function<void(std::size_t, std::size_t, unsigned)>& fn,
                 unsigned blocks, std::size_t minPerBlock) {
    if (n == 0) return;
    const unsigned count = blockCount(n, blocks, minPerBlock);
    if (count == 1) {
        fn(0, n, 0);
        return;
    }
    std::vector<std::exception_ptr> errors(count);
    std::vector<std::thread> threads;
    threads.reserve(count - 1);
    auto range = [&](unsigned b) {
        const std::size_t begin = n * b / count;
        const std::size_t end = n * (b + 1) / count;
        try {
            fn(begin, end, b);
        } catch (...) {
            errors[b] = std::current_exception();
        }
    };
    for (unsigned b = 1; b < count; ++b)
        threads.emplace_back(range, b);
    range(0);
    for (auto& t : threads)
        t.join();
    for (auto& e : errors)
        if (e) std::rethrow_exception(e);
}

}  // namespace seg
