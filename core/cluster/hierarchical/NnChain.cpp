#include "cluster/hierarchical/NnChain.h"

#include <algorithm>
#include <limits>

#include "cluster/hierarchical/Kernels.h"
#include "cluster/hierarchical/LanceWilliams.h"
#include "common/Error.h"

namespace seg::cluster::hierarchical {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// Column reads are one cache miss each: prefetch far enough ahead to cover memory latency.
constexpr std::ptrdiff_t kAhead = 40;

// d(y, p) for every position p of a row segment: contiguous, branch-free, so it vectorises. A merged-away p
// holds inf on both sides and size 0, and every update maps (inf, inf) to inf.
template <Linkage L>
SEG_HIER_CLONES void updateRow(double* rowY, const double* rowX, const double* size, double dxy, double nx,
                               double ny, std::size_t begin, std::size_t end) noexcept {
    for (std::size_t p = begin; p < end; ++p)
        rowY[p] = lanceWilliams<L>(rowX[p], rowY[p], dxy, nx, ny, size[p]);
}

// The matrix stays indexed by position; positions keep slot order (ties go to the lowest slot, as SciPy), and
// once most clusters have merged the matrix is compacted to the live ones.
//
// Each position caches the first minimum of its row part (live q > p) and of its column part (live q < p), so
// the chain's search, SciPy's full scan for the first minimum, is two lookups. A merge rewrites one row and
// column anyway; a cache is rebuilt only when its argmin was one of the merged pair, which is rare. Without
// the caches, reading a column of the condensed matrix (one cache miss per element) for every search was most
// of the time.
template <Linkage L>
std::vector<Merge> run(DistanceMatrix& dm, const Progress& progress) {
    const std::size_t n = dm.size();
    std::vector<Merge> merges;
    merges.reserve(n - 1);
    std::vector<double> size(n, 1.0);
    std::vector<int> slotAt(n), posOf(n);
    std::vector<int> live(n);  // live positions in increasing order
    std::vector<std::uint8_t> alive(n, 1);
    for (std::size_t i = 0; i < n; ++i)
        slotAt[i] = posOf[i] = live[i] = static_cast<int>(i);
    std::vector<int> chain;  // slots
    chain.reserve(n);
    auto dist = [&](int p, int q) { return p < q ? dm.at(p, q) : dm.at(q, p); };

    std::vector<double> rowMin(n, kInf), colMin(n, kInf);
    std::vector<int> rowArg(n, -1), colArg(n, -1);
    // A column cache that lost its argmin is rescanned only when a search needs it: reading a column costs a
    // cache miss per element, and many such columns merge away or are invalidated again before any search.
    std::vector<std::uint8_t> colStale(n, 0);
    auto scanRow = [&](int p) {
        const std::size_t count = dm.size() - std::size_t(p) - 1;
        rowMin[p] = kInf;
        rowArg[p] = -1;
        if (count == 0) return;
        const double* r = dm.row(p) + p + 1;
        const std::size_t a = firstMinimum(r, count);
        if (r[a] < kInf) rowMin[p] = r[a], rowArg[p] = p + 1 + static_cast<int>(a);
    };
    auto scanColumn = [&](int p) {
        double m = kInf;
        int arg = -1;
        for (auto it = live.begin(); *it < p; ++it) {
            if (it + kAhead < live.end()) __builtin_prefetch(&dm.at(std::size_t(it[kAhead]), std::size_t(p)));
            const double v = dm.at(*it, p);
            if (v < m) m = v, arg = *it;
        }
        colMin[p] = m;
        colArg[p] = arg;
        colStale[p] = 0;
    };
    for (std::size_t p = 0; p < n; ++p) {
        scanRow(int(p));
        const double* r = dm.row(p);
        for (std::size_t q = p + 1; q < n; ++q)
            if (r[q] < colMin[q]) colMin[q] = r[q], colArg[q] = int(p);
    }
    std::vector<int> rescanRows;

    for (std::size_t k = 0; k + 1 < n; ++k) {
        if (chain.empty()) chain.push_back(slotAt[live.front()]);
        int x = 0;  // positions from here on
        int y = 0;
        double best = 0.0;
        for (;;) {
            x = posOf[chain.back()];
            if (colStale[x]) scanColumn(x);
            // The first position holding the minimum: column entries (q < x) precede row entries (q > x).
            best = colMin[x];
            y = colArg[x];
            if (rowMin[x] < best) best = rowMin[x], y = rowArg[x];
            // As scipy's nn_chain: the previous chain element wins any tie, which guarantees termination.
            if (chain.size() > 1) {
                const int prev = posOf[chain[chain.size() - 2]];
                if (dist(x, prev) <= best) {
                    y = prev;
                    break;
                }
            }
            chain.push_back(slotAt[y]);
        }
        chain.pop_back();
        chain.pop_back();
        if (x > y) std::swap(x, y);
        merges.push_back({slotAt[x], slotAt[y], best});

        const double nx = size[x];
        const double ny = size[y];
        size[x] = 0.0;
        size[y] = nx + ny;
        alive[x] = 0;
        live.erase(std::lower_bound(live.begin(), live.end(), x));
        rescanRows.clear();

        // d(p, x u y) for every live p, into slot y; column x becomes inf so row scans skip it. Row x is read
        // here for the last time. Caches that lose their argmin are queued for a rescan; the others take the
        // new value if it is smaller, or equal at a lower position. (An argmin at y that did not grow stays
        // the first minimum: every entry before it was larger.)
        auto refreshRow = [&](int p, double v) {
            if (rowArg[p] == y && v <= rowMin[p])
                rowMin[p] = v;
            else if (rowArg[p] == x || rowArg[p] == y)
                rescanRows.push_back(p);
            else if (v < rowMin[p] || (v == rowMin[p] && y < rowArg[p]))
                rowMin[p] = v, rowArg[p] = y;
        };
        double yColMin = kInf;
        int yColArg = -1;
        auto it = live.begin();
        for (; *it < x; ++it) {
            const int p = *it;
            if (it + kAhead < live.end() && it[kAhead] < x) {
                __builtin_prefetch(&dm.at(std::size_t(it[kAhead]), std::size_t(x)));
                __builtin_prefetch(&dm.at(std::size_t(it[kAhead]), std::size_t(y)));
            }
            double& dx = dm.at(p, x);
            double& dy = dm.at(p, y);
            dy = lanceWilliams<L>(dx, dy, best, nx, ny, size[p]);
            dx = kInf;
            if (dy < yColMin) yColMin = dy, yColArg = p;
            refreshRow(p, dy);
        }
        const double* rowX = dm.row(x);
        for (; *it < y; ++it) {
            const int p = *it;
            if (it + kAhead < live.end() && it[kAhead] < y)
                __builtin_prefetch(&dm.at(std::size_t(it[kAhead]), std::size_t(y)));
            double& dy = dm.at(p, y);
            dy = lanceWilliams<L>(rowX[p], dy, best, nx, ny, size[p]);
            if (dy < yColMin) yColMin = dy, yColArg = p;
            refreshRow(p, dy);
            if (colArg[p] == x) colStale[p] = 1;
        }
        colMin[y] = yColMin;
        colArg[y] = yColArg;
        colStale[y] = 0;
        double* rowY = dm.row(y);
        updateRow<L>(rowY, rowX, size.data(), best, nx, ny, std::size_t(y) + 1, dm.size());
        scanRow(y);
        for (++it; it != live.end(); ++it) {
            const int p = *it;
            const double v = rowY[p];
            if (colStale[p])
                continue;
            else if (colArg[p] == y && v <= colMin[p])
                colMin[p] = v;
            else if (colArg[p] == x || colArg[p] == y)
                colStale[p] = 1;
            else if (v < colMin[p] || (v == colMin[p] && y < colArg[p]))
                colMin[p] = v, colArg[p] = y;
        }
        for (const int p : rescanRows)
            scanRow(p);

        if (dm.size() > 64 && 2 * live.size() < dm.size()) {
            dm.compact(alive);
            std::vector<int> newPos(alive.size(), -1);
            for (std::size_t p = 0; p < live.size(); ++p)
                newPos[live[p]] = static_cast<int>(p);
            auto remap = [&](int a) { return a < 0 ? -1 : newPos[a]; };
            for (std::size_t p = 0; p < live.size(); ++p) {
                const int old = live[p];
                slotAt[p] = slotAt[old];
                size[p] = size[old];
                rowMin[p] = rowMin[old];
                colMin[p] = colMin[old];
                rowArg[p] = remap(rowArg[old]);
                colArg[p] = remap(colArg[old]);
                colStale[p] = colStale[old];
                posOf[slotAt[p]] = static_cast<int>(p);
                live[p] = static_cast<int>(p);
                alive[p] = 1;
            }
            alive.resize(live.size());
            size.resize(live.size());
            slotAt.resize(live.size());
            rowMin.resize(live.size());
            colMin.resize(live.size());
            rowArg.resize(live.size());
            colArg.resize(live.size());
            colStale.resize(live.size());
        }
        progress.report(double(k + 1) / double(n - 1));
    }
    return merges;
}

}  // namespace

std::vector<Merge> nnChainLinkage(DistanceMatrix& d, Linkage linkage, const Progress& progress) {
    switch (linkage) {
        case Linkage::Complete:
            return run<Linkage::Complete>(d, progress);
        case Linkage::Average:
            return run<Linkage::Average>(d, progress);
        case Linkage::Weighted:
            return run<Linkage::Weighted>(d, progress);
        case Linkage::Ward:
            return run<Linkage::Ward>(d, progress);
        case Linkage::Single:
            return run<Linkage::Single>(d, progress);
        default:
            throw Error(ErrorCode::Internal, {.detail = "nnChainLinkage: linkage is not reducible"});
    }
}

}  // namespace seg::cluster::hierarchical
