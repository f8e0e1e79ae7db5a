#include "cluster/hierarchical/WardChain.h"

#include <cmath>
#include <limits>

#include "cluster/hierarchical/Kernels.h"
#include "cluster/hierarchical/PointStore.h"

namespace seg::cluster::hierarchical {

namespace {

// crit[p] = |x||p| / (|x|+|p|) * crit[p] + penalty[p]: half of Ward's squared distance, symmetric in x and p
// to the last bit (so the chain's mutual-neighbour test is exact); dead positions have size 0 and penalty
// inf.
SEG_HIER_CLONES void wardWeights(double* crit, const double* size, const double* penalty, double nx,
                                 std::size_t count) noexcept {
    for (std::size_t p = 0; p < count; ++p)
        crit[p] = (nx * size[p]) / (nx + size[p]) * crit[p] + penalty[p];
}

}  // namespace

std::vector<Merge> wardChainLinkage(const double* rows, std::size_t m, std::size_t d,
                                    const std::vector<double>& sizes, const Progress& progress) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    PointStore points(rows, m, d);
    std::vector<double> size = sizes.empty() ? std::vector<double>(m, 1.0) : sizes;
    std::vector<double> penalty(m, 0.0);
    std::vector<double> crit(m);
    std::vector<double> centre(d);
    std::vector<int> chain;
    chain.reserve(m);
    std::vector<Merge> merges;
    merges.reserve(m - 1);

    for (std::size_t k = 0; k + 1 < m; ++k) {
        if (chain.empty()) {
            std::size_t p = 0;
            while (!points.live(p))
                ++p;
            chain.push_back(points.slotAt(p));
        }
        int x = 0;
        int y = 0;
        double best = 0.0;
        for (;;) {
            x = chain.back();
            const std::size_t px = points.posOf(x);
            const std::size_t count = points.count();
            for (std::size_t j = 0; j < d; ++j)
                centre[j] = points.coord(px, j);
            squaredDistances(points.coords(), points.stride(), d, count, centre.data(), crit.data());
            wardWeights(crit.data(), size.data(), penalty.data(), size[px], count);
            crit[px] = inf;
            const std::size_t pb = firstMinimum(crit.data(), count);
            best = crit[pb];
            y = points.slotAt(pb);
            // As scipy's nn_chain: the previous chain element wins any tie, which guarantees termination.
            if (chain.size() > 1) {
                const int prev = chain[chain.size() - 2];
                if (crit[points.posOf(prev)] <= best) {
                    y = prev;
                    break;
                }
            }
            chain.push_back(y);
        }
        chain.pop_back();
        chain.pop_back();
        if (x > y) std::swap(x, y);
        merges.push_back({x, y, std::sqrt(2.0 * best)});

        const std::size_t px = points.posOf(x);
        const std::size_t py = points.posOf(y);
        const double nx = size[px];
        const double ny = size[py];
        // c_y + nx/(nx+ny) (c_x - c_y): equal centroids stay bit-identical, so duplicate points keep height
        // 0.
        const double share = nx / (nx + ny);
        for (std::size_t j = 0; j < d; ++j)
            points.coord(py, j) += share * (points.coord(px, j) - points.coord(py, j));
        size[py] = nx + ny;
        size[px] = 0.0;
        penalty[px] = inf;
        points.kill(px);
        points.compactIfSparse(size, penalty);
        progress.report(double(k + 1) / double(m - 1));
    }
    return merges;
}

}  // namespace seg::cluster::hierarchical
