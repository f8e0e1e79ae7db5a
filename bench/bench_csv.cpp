// Times readCsvFile on one file: `bench_csv FILE [repeats]` prints one JSON line with the median seconds,
// the table's shape and the process's peak resident memory. bench_csv.py runs it beside pandas.read_csv.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include "data/CsvReader.h"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_csv FILE [repeats]\n");
        return 2;
    }
    const std::string path = argv[1];
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    std::vector<double> seconds;
    std::size_t rows = 0, cols = 0;
    try {
        for (int i = 0; i < repeats; ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            const auto result = seg::data::readCsvFile(path);
            seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
            rows = result.table.rowCount();
            cols = result.table.columnCount();
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_csv: %s\n", e.what());
        return 1;
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds.size() % 2
                              ? seconds[seconds.size() / 2]
                              : (seconds[seconds.size() / 2 - 1] + seconds[seconds.size() / 2]) / 2;
    // VmHWM, not getrusage's ru_maxrss: that one survives execve, so a child of a big parent (the Python
    // script that made the data) would report the parent's peak.
    double peakKiB = 0;
    if (std::FILE* status = std::fopen("/proc/self/status", "r")) {
        char line[256];
        while (std::fgets(line, sizeof line, status))
            if (std::sscanf(line, "VmHWM: %lf kB", &peakKiB) == 1) break;
        std::fclose(status);
    } else {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        peakKiB = static_cast<double>(usage.ru_maxrss);
    }
    std::printf("{\"op\":\"csv_read\",\"seconds\":%.4f,\"rows\":%zu,\"cols\":%zu,\"peak_rss_mb\":%.1f}\n",
                median, rows, cols, peakKiB / 1024.0);
    return 0;
}
