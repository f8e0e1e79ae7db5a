#include "cluster/hierarchical/SingleLinkage.h"

#include <cmath>
#include <limits>

#include "cluster/hierarchical/Kernels.h"
#include "cluster/hierarchical/PointStore.h"

namespace seg::cluster::hierarchical {

std::vector<Merge> primSingleLinkage(const FeatureMatrix& x, const Progress& progress) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    const std::size_t n = x.rows();
    const std::size_t d = x.cols();
    PointStore points(x.data(), n, d);
    std::vector<double> reach(n, inf);  // distance of each position to the tree so far; inf once in the tree
    std::vector<double> penalty(n, 0.0);
    std::vector<double> buffer(n);
    std::vector<double> point(d);
    std::vector<Merge> merges;
    merges.reserve(n - 1);

    int current = 0;
    for (std::size_t k = 0; k + 1 < n; ++k) {
        const std::size_t pc = points.posOf(current);
        points.kill(pc);
        penalty[pc] = inf;
        reach[pc] = inf;
        points.compactIfSparse(reach, penalty);
        for (std::size_t j = 0; j < d; ++j)
            point[j] = x(std::size_t(current), j);
        const std::size_t count = points.count();
        squaredDistances(points.coords(), points.stride(), d, count, point.data(), buffer.data());
        for (std::size_t p = 0; p < count; ++p) {
            // sqrt as pdist does, so ties between distances are SciPy's ties; a tree point stays at inf.
            const double v = std::sqrt(buffer[p]) + penalty[p];
            reach[p] = reach[p] > v ? v : reach[p];
        }
        const std::size_t best = firstMinimum(reach.data(), count);
        const int next = points.slotAt(best);
        merges.push_back({current, next, reach[best]});
        current = next;
        progress.report(double(k + 1) / double(n - 1));
    }
    return merges;
}

}  // namespace seg::cluster::hierarchical
