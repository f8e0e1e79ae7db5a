#include "cluster/gmm/KMeansStart.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "common/Parallel.h"

namespace seg::cluster::gmm {

namespace {

double dist2(const double* a, const double* b, std::size_t d) {
    double s = 0.0;
    for (std::size_t j = 0; j < d; ++j) {
        const double t = a[j] - b[j];
        s += t * t;
    }
    return s;
}

}  // namespace

std::vector<int> nearestCenter(const FeatureMatrix& x, const FeatureMatrix& centers, unsigned threads) {
    std::vector<int> labels(x.rows());
    const std::size_t d = x.cols();
    const int k = static_cast<int>(centers.rows());
    parallelFor(
        x.rows(),
        [&](std::size_t begin, std::size_t end, unsigned) {
            for (std::size_t i = begin; i < end; ++i) {
                double best = std::numeric_limits<double>::infinity();
                int arg = 0;
                for (int c = 0; c < k; ++c) {
                    const double v = dist2(x.row(i), centers.row(static_cast<std::size_t>(c)), d);
                    if (v < best) {
                        best = v;
                        arg = c;
                    }
                }
                labels[i] = arg;
            }
        },
        threads);
    return labels;
}

}  // namespace seg::cluster::gmm
