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

#include "cluster/Dbscan.h"
#include "cluster/GaussianMixture.h"
#include "common/FeatureMatrix.h"

namespace {

// Reads the first `rows` rows and first `cols` columns of a C-ordered float64 .npy file (format 1.0/2.0).
seg::FeatureMatrix readNpyPrefix(const std::string& path, std::size_t rows, std::size_t cols) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path + " (run ../shared/bench/gen_data.py)");
    char magic[8];
    in.read(magic, 8);
    if (std::memcmp(magic, "\x93NUMPY", 6) != 0) throw std::runtime_error("not a .npy file: " + path);
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
    in.read(header.data(), static_cast<std::streamsize>(headerLen));
    if (header.find("'<f8'") == std::string::npos ||
        header.find("'fortran_order': False") == std::string::npos)
        throw std::runtime_error("expected C-ordered float64 in " + path);
    const auto shapeAt = header.find("'shape': (");
    const std::size_t total = std::stoull(header.substr(shapeAt + 10));
    const std::size_t width = std::stoull(header.substr(header.find(',', shapeAt + 10) + 1));
    if (rows > total || cols > width) throw std::runtime_error("file has fewer rows or columns than asked");
    std::vector<double> line(width);
    seg::FeatureMatrix x(rows, cols);
    for (std::size_t i = 0; i < rows; ++i) {
        in.read(reinterpret_cast<char*>(line.data()), static_cast<std::streamsize>(width * sizeof(double)));
        std::memcpy(x.row(i), line.data(), cols * sizeof(double));
    }
    return x;
}

}  // namespace

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
    const seg::FeatureMatrix x = readNpyPrefix(dir + "/full_1000000.npy", n, 10);
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
