// Times SegmentLab's DBSCAN and Gaussian mixture on the shared benchmark data (f0..f9 prefix of
// full_1000000.npy from ../shared/bench/gen_data.py) and prints one JSON line; bench_dbscan_gmm.py runs it
// beside scikit-learn.
//
//   bench_dbscan_gmm dbscan N [--eps E] [--min-samples M] [--no-kdistance] [--data DIR]
//   bench_dbscan_gmm gmm N [--k K] [--covariance full|diag|spherical] [--data DIR]
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "NpyReader.h"
#include "cluster/Dbscan.h"
#include "cluster/GaussianMixture.h"
#include "common/FeatureMatrix.h"

namespace {}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s dbscan|gmm N [options]\n", argv[0]);
        return 2;
    }
    const std::string which = argv[1];
    const std::size_t n = std::stoull(argv[2]);
    std::string dir = "/tmp/segmentlab-bench";
    double eps = 2.5;
    int minSamples = 10;
    bool kDistance = true;
    int k = 8;
    std::string covariance = "full";
    for (int a = 3; a < argc; ++a) {
        const std::string opt = argv[a];
        auto next = [&]() -> std::string {
            if (a + 1 >= argc) throw std::runtime_error("missing value after " + opt);
            return argv[++a];
        };
        if (opt == "--eps")
            eps = std::stod(next());
        else if (opt == "--min-samples")
            minSamples = std::stoi(next());
        else if (opt == "--no-kdistance")
            kDistance = false;
        else if (opt == "--k")
            k = std::stoi(next());
        else if (opt == "--covariance")
            covariance = next();
        else if (opt == "--data")
            dir = next();
        else
            throw std::runtime_error("unknown option " + opt);
    }
    const seg::FeatureMatrix x = seg::bench::readNpyMatrix(dir + "/full_1000000.npy", n, 10);
    const auto t0 = std::chrono::steady_clock::now();
    auto seconds = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    };
    if (which == "dbscan") {
        seg::cluster::DbscanParams p;
        p.eps = eps;
        p.minSamples = minSamples;
        p.kDistance = kDistance;
        const auto r = seg::cluster::fitDbscan(x, p);
        const double s = seconds();
        std::printf(
            "{\"case\": \"dbscan\", \"n\": %zu, \"seconds\": %.4f, \"clusters\": %d, \"noise\": %zu, "
            "\"suggested_eps\": %.4f}\n",
            n, s, r.nClusters, r.nNoise, r.kDistance.suggestedEps);
    } else if (which == "gmm") {
        seg::cluster::GmmParams p;
        p.k = k;
        p.covariance = covariance == "diag"        ? seg::cluster::CovarianceType::Diag
                       : covariance == "spherical" ? seg::cluster::CovarianceType::Spherical
                                                   : seg::cluster::CovarianceType::Full;
        const auto r = seg::cluster::fitGaussianMixture(x, p);
        const double s = seconds();
        std::printf(
            "{\"case\": \"gmm\", \"n\": %zu, \"seconds\": %.4f, \"mean_log_likelihood\": %.6f, "
            "\"n_iter\": %d}\n",
            n, s, r.meanLogLikelihood, r.nIter);
    } else {
        std::fprintf(stderr, "unknown case %s\n", which.c_str());
        return 2;
    }
    return 0;
}
