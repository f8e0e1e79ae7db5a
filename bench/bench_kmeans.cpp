// Times k-means on the benchmark customers (f0..f9 of /tmp/segmentlab-bench/full_1000000.npy, written by
// ../shared/bench/gen_data.py) and prints one JSON line per case; bench_kmeans.py runs it beside
// scikit-learn.
//   bench_kmeans [--case iteration|fit1|fit10|minibatch|all] [--n N] [--k K] [--data DIR] [--repeat R]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "NpyReader.h"
#include "cluster/KMeans.h"
#include "cluster/kmeans/ClusterSums.h"
#include "cluster/kmeans/LloydStep.h"
#include "cluster/kmeans/Problem.h"
#include "cluster/kmeans/Seeding.h"
#include "common/Parallel.h"

using namespace seg;
using namespace seg::cluster;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// One full Lloyd iteration (assignment of every row, per-cluster sums from scratch, new centres), what
// scikit-learn's lloyd_iter_chunked_dense does, from k-means++ centres.
void benchIteration(const FeatureMatrix& x, int k, int repeat) {
    using namespace seg::cluster::kmeans;
    // Centre the data as fitKMeans does (not timed: scikit-learn also does it once per fit).
    std::vector<double> centred(x.values());
    const std::size_t n = x.rows(), d = x.cols();
    for (std::size_t j = 0; j < d; ++j) {
        double mean = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            mean += centred[i * d + j];
        mean /= static_cast<double>(n);
        for (std::size_t i = 0; i < n; ++i)
            centred[i * d + j] -= mean;
    }
    Problem p;
    p.x = centred.data();
    p.n = n;
    p.d = d;
    p.chunkRows = chunkRowsFor(n, static_cast<std::size_t>(k), d);
    Rng rng(0);
    std::vector<double> centres = greedyKMeansPlusPlus(p, static_cast<std::size_t>(k), rng);
    LloydStep step(p);
    ClusterSums sums;
    std::vector<double> totals;
    std::vector<std::int64_t> counts;
    std::vector<double> times;
    for (int r = 0; r < repeat; ++r) {
        std::vector<int> labels(n, -1);  // every label changes: nothing is reused from a previous pass
        sums.reset(p, static_cast<std::size_t>(k));
        const auto t = Clock::now();
        (void)step.assign(centres, labels, sums);
        sums.reduce(totals, counts);
        times.push_back(secondsSince(t));
    }
    std::printf(
        "{\"case\": \"iteration\", \"n\": %zu, \"k\": %d, \"threads\": %u, \"seconds\": %.6f, "
        "\"min_seconds\": "
        "%.6f}\n",
        n, k, workerCount(), median(times), *std::min_element(times.begin(), times.end()));
}

void benchFit(const char* name, const FeatureMatrix& x, KMeansParams params) {
    const auto t = Clock::now();
    const KMeansResult r = fitKMeans(x, params);
    const double s = secondsSince(t);
    const char* algo = params.algorithm == KMeansAlgorithm::Lloyd       ? "lloyd"
                       : params.algorithm == KMeansAlgorithm::Hamerly   ? "hamerly"
                       : params.algorithm == KMeansAlgorithm::MiniBatch ? "minibatch"
                                                                        : "auto";
    std::printf(
        "{\"case\": \"%s\", \"algorithm\": \"%s\", \"n\": %zu, \"k\": %d, \"n_init\": %d, \"threads\": %u, "
        "\"seconds\": %.4f, \"inertia\": %.10g, \"n_iter\": %d}\n",
        name, algo, x.rows(), params.k, params.nInit, workerCount(), s, r.inertia, r.nIter);
}

}  // namespace

int main(int argc, char** argv) {
    std::string which = "all", dir = "/tmp/segmentlab-bench", algorithm = "auto";
    std::size_t n = 1000000;
    int k = 8, repeat = 15;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        const std::string v = argv[i + 1];
        if (a == "--case")
            which = v;
        else if (a == "--n")
            n = std::stoul(v);
        else if (a == "--k")
            k = std::stoi(v);
        else if (a == "--data")
            dir = v;
        else if (a == "--repeat")
            repeat = std::stoi(v);
        else if (a == "--algorithm")
            algorithm = v;
        else {
            std::fprintf(stderr, "unknown option %s\n", a.c_str());
            return 2;
        }
    }
    try {
        const FeatureMatrix x = seg::bench::readNpyMatrix(dir + "/full_1000000.npy", n, 10);
        KMeansParams params;
        params.k = k;
        params.seed = 0;
        if (algorithm == "lloyd") params.algorithm = KMeansAlgorithm::Lloyd;
        if (algorithm == "hamerly") params.algorithm = KMeansAlgorithm::Hamerly;
        if (which == "iteration" || which == "all") benchIteration(x, k, repeat);
        if (which == "fit1" || which == "all") {
            params.nInit = 1;
            benchFit("fit1", x, params);
        }
        if (which == "fit10" || which == "all") {
            params.nInit = 10;
            benchFit("fit10", x, params);
        }
        if (which == "minibatch" || which == "all") {
            params.nInit = 3;
            params.algorithm = KMeansAlgorithm::MiniBatch;
            benchFit("minibatch", x, params);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_kmeans: %s\n", e.what());
        return 1;
    }
    return 0;
}
