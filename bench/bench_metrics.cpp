// Times the validation metrics and PCA on the shared benchmark data (gen_data.py's full_1000000.npy, features
// f0..f9, labels from y_1000000.npy: the planted segments) and prints one JSON line per case, in the shape of
// /work/shared/bench/peers.py so bench_metrics.py can put them side by side.
//   bench_metrics CASE [--n N] [--data DIR] [--repeat R]     CASE: silhouette | db | ch | pca | pca-fit
// Times exclude loading the data (as peers.py); with --repeat the best of R runs is printed.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "common/FeatureMatrix.h"
#include "metrics/CalinskiHarabasz.h"
#include "metrics/DaviesBouldin.h"
#include "metrics/Silhouette.h"
#include "reduce/Pca.h"

namespace {

// A minimal .npy reader (format 1.0/2.0, little-endian, C order) for the two files gen_data.py writes.
struct Npy {
    std::vector<std::size_t> shape;
    std::string dtype;
    std::vector<char> bytes;
};

Npy readNpy(const std::string& path, std::size_t maxRows) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path + " (run /work/shared/bench/gen_data.py)");
    char magic[8];
    in.read(magic, 8);
    if (std::memcmp(magic, "\x93NUMPY", 6) != 0) throw std::runtime_error(path + ": not a .npy file");
    std::uint32_t headerLen = 0;
    if (magic[6] == 1) {
        std::uint16_t len16 = 0;
        in.read(reinterpret_cast<char*>(&len16), 2);
        headerLen = len16;
    } else {
        in.read(reinterpret_cast<char*>(&headerLen), 4);
    }
    std::string header(headerLen, ' ');
    in.read(header.data(), headerLen);
    Npy npy;
    const auto descr = header.find("'descr': '");
    npy.dtype = header.substr(descr + 10, header.find('\'', descr + 10) - descr - 10);
    if (header.find("'fortran_order': False") == std::string::npos) throw std::runtime_error("Fortran order");
    const auto open = header.find('(', header.find("'shape'"));
    const auto close = header.find(')', open);
    std::string dims = header.substr(open + 1, close - open - 1);
    for (std::size_t p = 0; p < dims.size();) {
        const auto comma = dims.find(',', p);
        const std::string part = dims.substr(p, comma == std::string::npos ? std::string::npos : comma - p);
        if (part.find_first_not_of(' ') != std::string::npos) npy.shape.push_back(std::stoul(part));
        if (comma == std::string::npos) break;
        p = comma + 1;
    }
    const std::size_t item = npy.dtype == "<f8" ? 8 : npy.dtype == "<i4" ? 4 : 0;
    if (item == 0) throw std::runtime_error("unsupported dtype " + npy.dtype);
    std::size_t perRow = item;
    for (std::size_t i = 1; i < npy.shape.size(); ++i)
        perRow *= npy.shape[i];
    npy.shape[0] = std::min(npy.shape[0], maxRows);
    npy.bytes.resize(npy.shape[0] * perRow);
    in.read(npy.bytes.data(), static_cast<std::streamsize>(npy.bytes.size()));
    if (!in) throw std::runtime_error(path + ": truncated");
    return npy;
}

double seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: bench_metrics silhouette|db|ch|pca|pca-fit [--n N] [--data DIR] [--repeat R]\n");
        return 2;
    }
    const std::string which = argv[1];
    std::size_t n = which == "silhouette" ? 30000 : 1000000;
    std::string dir = "/tmp/segmentlab-bench";
    int repeat = 1;
    for (int a = 2; a + 1 < argc; a += 2) {
        const std::string opt = argv[a];
        if (opt == "--n")
            n = std::stoul(argv[a + 1]);
        else if (opt == "--data")
            dir = argv[a + 1];
        else if (opt == "--repeat")
            repeat = std::max(1, std::atoi(argv[a + 1]));
    }
    try {
        const Npy full = readNpy(dir + "/full_1000000.npy", n);
        const Npy y = readNpy(dir + "/y_1000000.npy", n);
        n = full.shape[0];
        const std::size_t cols = full.shape[1];
        const auto* values = reinterpret_cast<const double*>(full.bytes.data());
        seg::FeatureMatrix x(n, 10);
        for (std::size_t i = 0; i < n; ++i)
            std::copy_n(values + i * cols, 10, x.row(i));
        const auto* yy = reinterpret_cast<const std::int32_t*>(y.bytes.data());
        const std::vector<int> labels(yy, yy + n);

        double best = 1e300;
        double bestCpu = 0.0;
        std::string quality;
        for (int r = 0; r < repeat; ++r) {
            const auto t0 = std::chrono::steady_clock::now();
            const std::clock_t c0 = std::clock();
            char buf[256];
            if (which == "silhouette") {
                seg::metrics::SilhouetteParams p;
                p.mode = seg::metrics::SilhouetteMode::Exact;
                const auto s = seg::metrics::silhouette(x, labels, p);
                std::snprintf(buf, sizeof buf, "\"score\": %.17g", s.mean);
            } else if (which == "db") {
                std::snprintf(buf, sizeof buf, "\"score\": %.17g", seg::metrics::daviesBouldin(x, labels));
            } else if (which == "ch") {
                std::snprintf(buf, sizeof buf, "\"score\": %.17g", seg::metrics::calinskiHarabasz(x, labels));
            } else if (which == "pca" || which == "pca-fit") {
                // pca: all components and the projection of every row, more than peers.py's PCA(2).fit;
                // pca-fit: without the projection (whose n x c allocation is most of the time).
                seg::reduce::PcaParams params;
                params.project = which == "pca";
                const auto p = seg::reduce::fitPca(x, params);
                std::snprintf(buf, sizeof buf, "\"explained_variance_ratio\": [%.17g, %.17g]",
                              p.explainedVarianceRatio[0], p.explainedVarianceRatio[1]);
            } else {
                std::fprintf(stderr, "unknown case %s\n", which.c_str());
                return 2;
            }
            const double wall = seconds(t0);
            if (wall < best) {
                best = wall;
                bestCpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
            }
            quality = buf;
        }
        // cpu_seconds (all threads) shows the work done when a loaded machine makes wall time noisy.
        std::printf("{\"case\": \"%s\", \"n\": %zu, \"seconds\": %.4f, \"cpu_seconds\": %.4f, %s}\n",
                    which.c_str(), n, best, bestCpu, quality.c_str());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_metrics: %s\n", e.what());
        return 1;
    }
    return 0;
}
