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

#include "NpyReader.h"
#include "cluster/Hierarchical.h"

using namespace seg;
using namespace seg::cluster;

namespace {}  // namespace

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
        const FeatureMatrix x = seg::bench::readNpyMatrix(dir + "/full_1000000.npy", n, 10);
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
