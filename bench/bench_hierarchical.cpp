// Times fitHierarchical on the shared benchmark data (the f0..f9 columns of gen_data.py's full_1000000.npy)
// and prints one JSON line per run; bench_hierarchical.py runs it beside fastcluster and prints the ratios.
//
//   bench_hierarchical CASE [--n N] [--data DIR] [--reps R]
//   CASE: ward | average | complete | single | weighted | centroid | median | twostage (Ward, two-stage mode)
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>

#include "cluster/Hierarchical.h"

using namespace seg;
using namespace seg::cluster;

namespace {

// The first n rows and first `cols` columns of a C-order float64 .npy matrix.
FeatureMatrix readNpyPrefix(const std::string& path, std::size_t n, std::size_t cols) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path + " (run gen_data.py or bench_hierarchical.py)");
    char magic[8];
    in.read(magic, 8);
    if (std::memcmp(magic, "\x93NUMPY", 6) != 0) throw std::runtime_error("not an .npy file: " + path);
    std::size_t headerLen = 0;
    if (magic[6] == 1) {
        unsigned char b[2];
        in.read(reinterpret_cast<char*>(b), 2);
        headerLen = b[0] | (b[1] << 8);
    } else {
        unsigned char b[4];
        in.read(reinterpret_cast<char*>(b), 4);
        headerLen = b[0] | (b[1] << 8) | (b[2] << 16) | (std::size_t(b[3]) << 24);
    }
    std::string header(headerLen, '\0');
    in.read(header.data(), std::streamsize(headerLen));
    if (header.find("'<f8'") == std::string::npos ||
        header.find("'fortran_order': False") == std::string::npos)
        throw std::runtime_error("expected little-endian float64 in C order: " + header);
    const auto open = header.find("'shape': (");
    std::size_t rows = 0, total = 0;
    if (std::sscanf(header.c_str() + open, "'shape': (%zu, %zu)", &rows, &total) != 2)
        throw std::runtime_error("cannot read shape: " + header);
    if (n > rows || cols > total) throw std::runtime_error("file too small for the request");
    std::vector<double> line(total);
    FeatureMatrix x(n, cols);
    for (std::size_t i = 0; i < n; ++i) {
        in.read(reinterpret_cast<char*>(line.data()), std::streamsize(total * sizeof(double)));
        std::memcpy(x.row(i), line.data(), cols * sizeof(double));
    }
    if (!in) throw std::runtime_error("short read: " + path);
    return x;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CASE [--n N] [--data DIR] [--reps R]\n", argv[0]);
        return 2;
    }
    const std::string which = argv[1];
    std::size_t n = which == "twostage" ? 1000000 : 20000;
    std::string dir = "/tmp/segmentlab-bench";
    int reps = 1;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--n")
            n = std::strtoull(argv[i + 1], nullptr, 10);
        else if (a == "--data")
            dir = argv[i + 1];
        else if (a == "--reps")
            reps = std::atoi(argv[i + 1]);
    }
    HierarchicalParams params;
    if (which == "twostage") {
        params.linkage = Linkage::Ward;
    } else if (!parseLinkage(which.c_str(), params.linkage)) {
        std::fprintf(stderr, "unknown case %s\n", which.c_str());
        return 2;
    } else {
        params.twoStageThreshold = n;  // the exact algorithm at every n asked for
    }
    try {
        const FeatureMatrix x = readNpyPrefix(dir + "/full_1000000.npy", n, 10);
        for (int r = 0; r < reps; ++r) {
            const auto t0 = std::chrono::steady_clock::now();
            const HierarchicalResult result = fitHierarchical(x, params);
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            std::printf(
                "{\"case\": \"%s\", \"n\": %zu, \"seconds\": %.4f, \"root_height\": %.17g, \"leaves\": "
                "%zu}\n",
                which.c_str(), n, seconds, result.linkage.back().height, result.leaves());
            std::fflush(stdout);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
