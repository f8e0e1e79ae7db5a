// Times readXlsxFile on one workbook: `bench_xlsx FILE [repeats]` prints one JSON line with the median
// wall-clock seconds, the table's shape and the process's peak resident memory (bench/bench_xlsx.py runs it).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <vector>

#include "common/Error.h"
#include "data/XlsxReader.h"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_xlsx FILE [repeats]\n");
        return 2;
    }
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    std::vector<double> seconds;
    std::size_t rows = 0;
    std::size_t cols = 0;
    try {
        for (int i = 0; i < repeats; ++i) {
            const auto start = std::chrono::steady_clock::now();
            const seg::data::XlsxResult result = seg::data::readXlsxFile(argv[1]);
            const auto stop = std::chrono::steady_clock::now();
            seconds.push_back(std::chrono::duration<double>(stop - start).count());
            rows = result.table.rowCount();
            cols = result.table.columnCount();
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_xlsx: %s\n", e.what());
        return 1;
    }
    std::sort(seconds.begin(), seconds.end());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"op\":\"xlsx_read\",\"seconds\":%.4f,\"rows\":%zu,\"cols\":%zu,\"peak_rss_mb\":%.1f}\n",
                seconds[seconds.size() / 2], rows, cols, static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
