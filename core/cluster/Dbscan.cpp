#include "cluster/Dbscan.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <nanoflann.hpp>
#include <numeric>
#include <queue>
#include <string>

#include "cluster/Knee.h"
#include "common/Error.h"
#include "common/Parallel.h"
#include "common/Random.h"

// Why not plain radius queries: in 10 dimensions a k-d tree's cells are wide compared with eps, so a radius
// query visits a large part of the tree point by point (nanoflann: ~30 s of CPU for 100,000 rows here, slower
// than scikit-learn). Instead the k-d tree's leaves become blocks of nearby rows stored feature-major, and
// also never needs every neighbour list: core points need only minSamples neighbours; two blocks whose core
// points already share one component need no distances at all; and only non-core rows need a full search.

namespace seg::cluster {

namespace {

// nanoflann reads the rows through this adaptor; it only builds the partition.
struct Cloud {
    const double* data;
    std::size_t n;
    std::size_t d;
    [[nodiscard]] std::size_t kdtree_get_point_count() const { return n; }
    [[nodiscard]] double kdtree_get_pt(std::size_t i, std::size_t j) const { return data[i * d + j]; }
    template <class Box>
    bool kdtree_get_bbox(Box&) const {
        return false;
    }
};
using Tree = nanoflann::KDTreeSingleIndexAdaptor<nanoflann::L2_Simple_Adaptor<double, Cloud>, Cloud, -1,
                                                 std::uint32_t>;

// Rows per k-d tree leaf (block): 64, or more for large n so that there are at most ~4096 leaves. Smaller
// blocks bound their rows more tightly; fewer blocks keep the block-pair lists (quadratic in their number)
// small: at 1M rows they stay near 100 MB.
[[nodiscard]] std::size_t leafSizeFor(std::size_t n) {
    return std::max<std::size_t>(64, n / 1024);
}
// Relative slack on the triangle-inequality bounds, so that rounding in a bound never prunes a pair that the
// exact test would accept. The exact test itself is never relaxed.
constexpr double kSlack = 1e-9;

// Squared distances from q to the m rows of a block stored feature-major (soa[j * m + r]). Each pair is
// summed in feature order, exactly as scikit-learn's euclidean_rdist, so pairs at distance eps fall on the
// same side.
__attribute__((target_clones("avx2", "default"))) void blockDistances(const double* q, const double* soa,
                                                                      std::size_t m, std::size_t d,
                                                                      double* out) {
    for (std::size_t r = 0; r < m; ++r)
        out[r] = 0.0;
    for (std::size_t j = 0; j < d; ++j) {
        const double qj = q[j];
        const double* col = soa + j * m;
        for (std::size_t r = 0; r < m; ++r) {
            const double t = qj - col[r];
            out[r] += t * t;
        }
    }
}

// The k-d tree's leaves as blocks of rows in tree order.
struct Blocks {
    std::size_t n = 0;
    std::size_t leafSize = 0;
    std::size_t d = 0;
    std::vector<std::uint32_t> row;    // tree position -> original row
    std::vector<std::uint32_t> start;  // block b holds positions [start[b], start[b + 1])
    std::vector<double> soa;           // block b's rows feature-major at soa[start[b] * d]
    std::vector<double> pos;           // rows in tree order, row-major (the queries)
    std::vector<double> centre;        // nb x d, mean of the block's rows
    std::vector<double> radius;        // largest distance of a block row to its centre

    [[nodiscard]] std::size_t count() const { return start.size() - 1; }
    [[nodiscard]] std::size_t size(std::size_t b) const { return start[b + 1] - start[b]; }
    [[nodiscard]] const double* point(std::size_t p) const { return pos.data() + p * d; }
    [[nodiscard]] const double* block(std::size_t b) const { return soa.data() + start[b] * d; }
    [[nodiscard]] const double* centreOf(std::size_t b) const { return centre.data() + b * d; }
    // Distance from q to block b's centre.
    [[nodiscard]] double centreDistance(const double* q, std::size_t b) const {
        const double* c = centreOf(b);
        double s = 0.0;
        for (std::size_t j = 0; j < d; ++j)
            s += (q[j] - c[j]) * (q[j] - c[j]);
        return std::sqrt(s);
    }
};

void collectLeaves(const Tree::Node* node, std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) {
    if (!node->child1 && !node->child2) {
        out.emplace_back(static_cast<std::uint32_t>(node->node_type.lr.left),
                         static_cast<std::uint32_t>(node->node_type.lr.right));
        return;
    }
    if (node->child1) collectLeaves(node->child1, out);
    if (node->child2) collectLeaves(node->child2, out);
}

Blocks makeBlocks(const FeatureMatrix& x) {
    Blocks b;
    b.n = x.rows();
    b.d = x.cols();
    b.leafSize = leafSizeFor(b.n);
    const std::size_t d = b.d;
    const Cloud cloud{x.data(), b.n, d};
    Tree tree(d, cloud, nanoflann::KDTreeSingleIndexAdaptorParams(b.leafSize));
    tree.buildIndex();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> leaves;
    collectLeaves(tree.root_node, leaves);
    std::sort(leaves.begin(), leaves.end());
    b.row.assign(tree.vAcc.begin(), tree.vAcc.end());
    b.start.reserve(leaves.size() + 1);
    for (const auto& leaf : leaves)
        b.start.push_back(leaf.first);
    b.start.push_back(static_cast<std::uint32_t>(b.n));
    const std::size_t nb = b.count();
    b.soa.resize(b.n * d);
    b.pos.resize(b.n * d);
    b.centre.assign(nb * d, 0.0);
    b.radius.assign(nb, 0.0);
    parallelFor(
        nb,
        [&](std::size_t begin, std::size_t end, unsigned) {
            for (std::size_t k = begin; k < end; ++k) {
                const std::size_t m = b.size(k);
                double* soa = b.soa.data() + b.start[k] * d;
                double* c = b.centre.data() + k * d;
                for (std::size_t r = 0; r < m; ++r) {
                    const double* src = x.row(b.row[b.start[k] + r]);
                    std::copy_n(src, d, b.pos.data() + (b.start[k] + r) * d);
                    for (std::size_t j = 0; j < d; ++j) {
                        soa[j * m + r] = src[j];
                        c[j] += src[j];
                    }
                }
                for (std::size_t j = 0; j < d; ++j)
                    c[j] /= static_cast<double>(m);
                double r2 = 0.0;
                for (std::size_t r = 0; r < m; ++r)
                    r2 = std::max(r2, std::pow(b.centreDistance(b.point(b.start[k] + r), k), 2));
                b.radius[k] = std::sqrt(r2) * (1.0 + kSlack);
            }
        },
        0, 64);
    return b;
}

// For every block, the blocks that can hold a row within eps of one of its rows, nearest centre first (the
// block itself leads).
std::vector<std::vector<std::uint32_t>> nearbyBlocks(const Blocks& b, double eps, unsigned threads) {
    const std::size_t nb = b.count();
    std::vector<std::vector<std::uint32_t>> out(nb);
    parallelFor(
        nb,
        [&](std::size_t begin, std::size_t end, unsigned) {
            std::vector<std::pair<double, std::uint32_t>> found;
            for (std::size_t a = begin; a < end; ++a) {
                found.clear();
                for (std::size_t c = 0; c < nb; ++c) {
                    const double dc = b.centreDistance(b.centreOf(a), c);
                    if (dc <= (b.radius[a] + b.radius[c] + eps) * (1.0 + kSlack))
                        found.emplace_back(c == a ? -1.0 : dc, static_cast<std::uint32_t>(c));
                }
                std::sort(found.begin(), found.end());
                out[a].reserve(found.size());
                for (const auto& f : found)
                    out[a].push_back(f.second);
            }
        },
        threads, 8);
    return out;
}

// The rows of block c that can lie within eps of some row of block a (triangle inequality through a's
// centre), optionally core rows only, gathered feature-major. k-d tree leaves are elongated, so often only
// the
struct Facing {
    std::vector<double> soa;
    std::vector<std::uint32_t> pos;
    std::size_t m = 0;
};

void gatherFacing(const Blocks& b, std::size_t a, std::size_t c, double eps, const std::uint8_t* coreOnly,
                  Facing& f) {
    const std::size_t size = b.size(c);
    f.pos.resize(size);
    f.soa.resize(size * b.d);
    f.m = 0;
    const double reach = (b.radius[a] + eps) * (1.0 + kSlack);
    for (std::uint32_t p = b.start[c]; p < b.start[c + 1]; ++p) {
        if (coreOnly && !coreOnly[p]) continue;
        if (a != c && b.centreDistance(b.point(p), a) > reach) continue;
        f.pos[f.m++] = p;
    }
    for (std::size_t j = 0; j < b.d; ++j)
        for (std::size_t i = 0; i < f.m; ++i)
            f.soa[j * f.m + i] = b.point(f.pos[i])[j];
}

// Union-find over tree positions with path halving. Unions only ever link roots, so concurrent use is safe
// when every thread works inside its own block.
class DisjointSets {
public:
    explicit DisjointSets(std::size_t n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), 0u); }
    std::uint32_t find(std::uint32_t i) {
        while (m_parent[i] != i) {
            m_parent[i] = m_parent[m_parent[i]];
            i = m_parent[i];
        }
        return i;
    }
    void unite(std::uint32_t a, std::uint32_t b) {
        a = find(a);
        b = find(b);
        if (a != b) m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<std::uint32_t> m_parent;
};

[[noreturn]] void invalid(const std::string& what, std::int64_t limit) {
    ErrorContext c;
    c.detail = what;
    c.limit = limit;
    throw Error(ErrorCode::InvalidParameter, c);
}

// Runs body(item, scratch) for every item in [0, count), handed out one at a time (block costs differ by
// orders of magnitude between dense and sparse regions). Only the calling thread talks to Progress, which is
// not thread-safe; when it throws Cancelled the other threads see the flag and stop.
template <class Body>
void dynamicFor(std::size_t count, std::size_t scratchSize, unsigned threads, const Progress& progress,
                Body&& body) {
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    const unsigned workers = threads ? threads : workerCount();
    parallelFor(
        workers,
        [&](std::size_t, std::size_t, unsigned worker) {
            std::vector<double> scratch(scratchSize);
            for (;;) {
                if (stop.load(std::memory_order_relaxed)) return;
                const std::size_t item = next.fetch_add(1);
                if (item >= count) return;
                body(item, scratch);
                if (worker == 0) {
                    try {
                        progress.report(static_cast<double>(item) / static_cast<double>(count));
                    } catch (...) {
                        stop = true;
                        throw;
                    }
                }
            }
        },
        workers, 1);
}

// Exact squared distance to the k-th nearest row (the row itself first) for the rows `queries`. Blocks are
// scanned nearest first and skipped once their lower bound exceeds the current k-th distance. When `near` is
// given (the blocks that can hold a row within `eps`), a row whose k-th distance is at most eps is finished
// after those blocks alone; only the others (noise-like rows) go on to a scan of every block.
std::vector<double> kthDistances2(const Blocks& b, const std::vector<std::uint32_t>& queries, std::size_t k,
                                  const std::vector<std::vector<std::uint32_t>>* near, double eps,
                                  unsigned threads, const Progress& progress) {
    std::vector<double> out(queries.size());
    const std::size_t nb = b.count();
    std::vector<std::uint32_t> positionOf(b.n);
    for (std::size_t p = 0; p < b.n; ++p)
        positionOf[b.row[p]] = static_cast<std::uint32_t>(p);
    constexpr std::size_t kBatch = 64;
    dynamicFor((queries.size() + kBatch - 1) / kBatch, b.leafSize, threads, progress,
               [&](std::size_t batch, std::vector<double>& dist) {
                   std::vector<std::pair<double, std::uint32_t>> order;
                   std::vector<std::uint8_t> done(near ? nb : 0, 0);
                   std::priority_queue<double> best;
                   auto scan = [&](const double* q, std::size_t c, double lower) {
                       if (best.size() == k && lower * (1.0 - kSlack) > std::sqrt(best.top())) return;
                       const std::size_t m = b.size(c);
                       blockDistances(q, b.block(c), m, b.d, dist.data());
                       for (std::size_t r = 0; r < m; ++r) {
                           if (best.size() < k) {
                               best.push(dist[r]);
                           } else if (dist[r] < best.top()) {
                               best.pop();
                               best.push(dist[r]);
                           }
                       }
                   };
                   const std::size_t last = std::min(queries.size(), (batch + 1) * kBatch);
                   for (std::size_t qi = batch * kBatch; qi < last; ++qi) {
                       const std::uint32_t p = positionOf[queries[qi]];
                       const double* q = b.point(p);
                       best = {};
                       if (near) {
                           const auto a = static_cast<std::size_t>(
                               std::upper_bound(b.start.begin(), b.start.end(), p) - b.start.begin() - 1);
                           for (std::uint32_t c : (*near)[a])
                               scan(q, c, std::max(0.0, b.centreDistance(q, c) - b.radius[c]));
                           if (best.size() == k && best.top() <= eps * eps) {
                               out[qi] = best.top();
                               continue;
                           }
                           for (std::uint32_t c : (*near)[a])
                               done[c] = 1;
                       }
                       order.clear();
                       for (std::size_t c = 0; c < nb; ++c)
                           if (!near || !done[c])
                               order.emplace_back(std::max(0.0, b.centreDistance(q, c) - b.radius[c]),
                                                  static_cast<std::uint32_t>(c));
                       std::sort(order.begin(), order.end());
                       for (const auto& [lower, c] : order)
                           scan(q, c, lower);
                       if (near) std::fill(done.begin(), done.end(), 0);
                       out[qi] = best.top();
                   }
               });
    return out;
}

KDistanceCurve curveFrom(std::vector<double> dist2, int k, std::size_t rows) {
    KDistanceCurve c;
    c.k = k;
    c.sampled = dist2.size() < rows ? dist2.size() : 0;
    for (double& v : dist2)
        v = std::sqrt(v);
    std::sort(dist2.begin(), dist2.end());
    c.distances = std::move(dist2);
    // The knee of the positive part only: on duplicate-heavy data (survey answers on a 1-5 scale) most rows
    // have k exact copies, the curve starts with a long run of zeros and its knee lands on a zero distance,
    // which is no radius at all. Kneedle on the rest, or its first (smallest positive) value when that part
    // is too short or straight, keeps the radius positive whenever any distance is.
    const auto zeros = static_cast<std::size_t>(
        std::upper_bound(c.distances.begin(), c.distances.end(), 0.0) - c.distances.begin());
    if (c.distances.size() >= 3 && zeros < c.distances.size()) {
        const std::vector<double> positive(c.distances.begin() + static_cast<std::ptrdiff_t>(zeros),
                                           c.distances.end());
        c.kneeIndex = zeros + kneedleIndex(positive);
        c.suggestedEps = c.distances[c.kneeIndex];
    }
    return c;
}

// All rows, or a seeded uniform sample of `limit` rows (partial Fisher-Yates), in ascending order.
std::vector<std::uint32_t> curveRows(std::size_t n, std::size_t limit) {
    std::vector<std::uint32_t> rows(n);
    std::iota(rows.begin(), rows.end(), 0u);
    if (limit == 0 || n <= limit) return rows;
    Rng rng(seedFor(0x6b646973ull, n));
    for (std::size_t i = 0; i < limit; ++i)
        std::swap(rows[i], rows[i + uniformIndex(rng, n - i)]);
    rows.resize(limit);
    std::sort(rows.begin(), rows.end());
    return rows;
}

KDistanceCurve curveOf(const Blocks& b, int k, std::size_t sample,
                       const std::vector<std::vector<std::uint32_t>>* near, double eps, unsigned threads,
                       const Progress& progress) {
    const std::vector<std::uint32_t> rows = curveRows(b.n, sample);
    return curveFrom(kthDistances2(b, rows, static_cast<std::size_t>(k), near, eps, threads, progress), k,
                     b.n);
}

}  // namespace

void DbscanParams::validate(std::size_t n, std::size_t d) const {
    if (!(eps > 0.0) || !std::isfinite(eps)) invalid("eps=" + std::to_string(eps), 0);
    if (minSamples < 1) invalid("min_samples=" + std::to_string(minSamples), 1);
    if (n == 0) throw Error(ErrorCode::TooFewRows, ErrorContext{.count = 0, .limit = 1});
    if (d == 0) throw Error(ErrorCode::NoFeatures, {});
    if (n >= std::numeric_limits<std::uint32_t>::max()) {
        throw Error(ErrorCode::TooFewRows, ErrorContext{.count = static_cast<std::int64_t>(n),
                                                        .limit = std::numeric_limits<std::uint32_t>::max()});
    }
}

std::size_t kneedleIndex(const std::vector<double>& y) {
    std::vector<double> x(y.size());
    std::iota(x.begin(), x.end(), 0.0);
    return findKnee(x, y, CurveShape::ConvexIncreasing).value_or(0);
}

KDistanceCurve kDistanceCurve(const FeatureMatrix& x, int k, const Progress& progress, unsigned threads,
                              std::size_t sample) {
    if (k < 1) invalid("k=" + std::to_string(k), 1);
    if (x.rows() < static_cast<std::size_t>(k)) {
        throw Error(ErrorCode::TooFewRows,
                    ErrorContext{.count = static_cast<std::int64_t>(x.rows()), .limit = k});
    }
    if (x.cols() == 0) throw Error(ErrorCode::NoFeatures, {});
    requireFinite(x);
    const Blocks b = makeBlocks(x);
    progress.report(0.05);
    return curveOf(b, k, sample, nullptr, 0.0, threads, progress.sub(0.05, 1.0));
}

DbscanResult fitDbscan(const FeatureMatrix& x, const DbscanParams& params, const Progress& progress) {
    const std::size_t n = x.rows();
    params.validate(n, x.cols());
    requireFinite(x);
    const unsigned threads = params.threads;
    const double eps = params.eps;
    const double eps2 = eps * eps;
    const auto minSamples = static_cast<std::size_t>(params.minSamples);

    const Blocks b = makeBlocks(x);
    const std::size_t nb = b.count();
    const std::size_t d = b.d;
    const std::vector<std::vector<std::uint32_t>> near = nearbyBlocks(b, eps, threads);
    progress.report(0.03);
    // Can a row q (at distance dc from block c's centre) have a neighbour in block c?
    auto reachable = [&](double dc, std::size_t c) { return dc <= (b.radius[c] + eps) * (1.0 + kSlack); };

    // 1. Core points, by tree position: count neighbours block by block, nearest blocks first, and stop
    // counting a row once it has minSamples (the row itself included).
    std::vector<std::uint8_t> core(n, 0);
    dynamicFor(nb, b.leafSize, threads, progress.sub(0.03, 0.5),
               [&](std::size_t a, std::vector<double>& dist) {
                   std::vector<std::uint32_t> open(b.size(a));
                   std::iota(open.begin(), open.end(), b.start[a]);
                   std::vector<std::size_t> count(b.size(a), 0);
                   Facing f;
                   for (std::uint32_t c : near[a]) {
                       // Gathering costs a pass over c; worth it only while many rows of a are still
                       // counting.
                       const bool gather = open.size() >= 16;
                       if (gather) gatherFacing(b, a, c, eps, nullptr, f);
                       const double* soa = gather ? f.soa.data() : b.block(c);
                       const std::size_t m = gather ? f.m : b.size(c);
                       std::size_t kept = 0;
                       for (std::uint32_t p : open) {
                           const double* q = b.point(p);
                           std::size_t& cnt = count[p - b.start[a]];
                           if (m && reachable(b.centreDistance(q, c), c)) {
                               blockDistances(q, soa, m, d, dist.data());
                               for (std::size_t r = 0; r < m; ++r)
                                   cnt += dist[r] <= eps2;
                           }
                           if (cnt >= minSamples)
                               core[p] = 1;
                           else
                               open[kept++] = p;
                       }
                       open.resize(kept);
                       if (open.empty()) break;
                   }
               });

    // 2. Components of the core points over core-core edges. First within each block (in parallel: a block's
    // unions touch only its own rows), then between blocks, nearest pairs first, skipping every pair whose
    // core points already lie in one component - once a dense region is joined, its remaining pairs cost
    // nothing.
    DisjointSets sets(n);
    dynamicFor(nb, b.leafSize, threads, progress.sub(0.5, 0.6),
               [&](std::size_t a, std::vector<double>& dist) {
                   const std::size_t m = b.size(a);
                   for (std::uint32_t p = b.start[a]; p < b.start[a + 1]; ++p) {
                       if (!core[p]) continue;
                       blockDistances(b.point(p), b.block(a), m, d, dist.data());
                       for (std::size_t r = 0; r < m; ++r) {
                           const std::uint32_t o = b.start[a] + static_cast<std::uint32_t>(r);
                           if (o > p && core[o] && dist[r] <= eps2) sets.unite(p, o);
                       }
                   }
               });
    constexpr std::uint32_t kNoCore = std::numeric_limits<std::uint32_t>::max();
    constexpr std::uint32_t kMixed = kNoCore - 1;
    // A block's single component (a core position in it), kMixed when its cores span several, kNoCore.
    std::vector<std::uint32_t> blockRoot(nb, kNoCore);
    auto refresh = [&](std::size_t a) {
        std::uint32_t root = kNoCore;
        for (std::uint32_t p = b.start[a]; p < b.start[a + 1]; ++p) {
            if (!core[p]) continue;
            const std::uint32_t r = sets.find(p);
            if (root == kNoCore)
                root = r;
            else if (r != root)
                return void(blockRoot[a] = kMixed);
        }
        blockRoot[a] = root;
    };
    for (std::size_t a = 0; a < nb; ++a)
        refresh(a);
    std::vector<std::pair<float, std::uint64_t>> pairs;
    for (std::size_t a = 0; a < nb; ++a) {
        if (blockRoot[a] == kNoCore) continue;
        for (std::uint32_t c : near[a]) {
            if (c <= a || blockRoot[c] == kNoCore) continue;
            const auto dc = static_cast<float>(b.centreDistance(b.centreOf(a), c));
            pairs.emplace_back(dc, (static_cast<std::uint64_t>(a) << 32) | c);
        }
    }
    std::sort(pairs.begin(), pairs.end());
    progress.report(0.65);
    {
        std::vector<double> dist(b.leafSize);
        Facing f;
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            if ((i & 1023) == 0) progress.report(0.65 + 0.25 * static_cast<double>(i) / pairs.size());
            const auto a = static_cast<std::size_t>(pairs[i].second >> 32);
            const auto c = static_cast<std::size_t>(pairs[i].second & 0xffffffffu);
            if (blockRoot[a] != kMixed && blockRoot[c] != kMixed &&
                sets.find(blockRoot[a]) == sets.find(blockRoot[c]))
                continue;
            gatherFacing(b, a, c, eps, core.data(), f);
            if (f.m == 0) continue;
            for (std::uint32_t p = b.start[a]; p < b.start[a + 1]; ++p) {
                if (!core[p]) continue;
                if (blockRoot[c] != kMixed && sets.find(p) == sets.find(blockRoot[c])) continue;
                const double* q = b.point(p);
                if (!reachable(b.centreDistance(q, c), c)) continue;
                blockDistances(q, f.soa.data(), f.m, d, dist.data());
                for (std::size_t r = 0; r < f.m; ++r)
                    if (dist[r] <= eps2) sets.unite(p, f.pos[r]);
            }
            if (blockRoot[a] == kMixed) refresh(a);
            if (blockRoot[c] == kMixed) refresh(c);
        }
    }

    // Clusters are numbered as scikit-learn's dbscan_inner numbers them: in the order of each component's
    // lowest original row index.
    DbscanResult res;
    res.labels.assign(n, -1);
    res.coreMask.assign(n, 0);
    std::vector<std::uint32_t> positionOf(n);
    for (std::size_t p = 0; p < n; ++p)
        positionOf[b.row[p]] = static_cast<std::uint32_t>(p);
    std::vector<int> labelAt(n, -1);  // by tree position
    {
        std::vector<int> clusterOfRoot(n, -1);
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t p = positionOf[i];
            if (!core[p]) continue;
            const std::uint32_t root = sets.find(p);
            if (clusterOfRoot[root] < 0) clusterOfRoot[root] = res.nClusters++;
            labelAt[p] = clusterOfRoot[root];
        }
    }
    // A block whose cores all share one cluster: that cluster's number, else -1.
    std::vector<int> blockLabel(nb, -1);
    for (std::size_t a = 0; a < nb; ++a) {
        refresh(a);
        if (blockRoot[a] != kMixed && blockRoot[a] != kNoCore) blockLabel[a] = labelAt[blockRoot[a]];
    }
    progress.report(0.9);

    // 3. Border rows. scikit-learn expands clusters one after another, so of the clusters with a core point
    // within eps of a border row, the one with the lowest number reaches it first and keeps it.
    if (res.nClusters > 0) {
        dynamicFor(nb, b.leafSize, threads, progress.sub(0.9, 1.0),
                   [&](std::size_t a, std::vector<double>& dist) {
                       std::vector<int> best(b.size(a), std::numeric_limits<int>::max());
                       bool any = false;
                       for (std::uint32_t p = b.start[a]; p < b.start[a + 1]; ++p)
                           any = any || !core[p];
                       if (!any) return;
                       Facing f;
                       for (std::uint32_t c : near[a]) {
                           if (blockRoot[c] == kNoCore) continue;
                           bool gathered = false;
                           for (std::uint32_t p = b.start[a]; p < b.start[a + 1]; ++p) {
                               int& mine = best[p - b.start[a]];
                               if (core[p] || (blockLabel[c] >= 0 && blockLabel[c] >= mine)) continue;
                               const double* q = b.point(p);
                               if (!reachable(b.centreDistance(q, c), c)) continue;
                               if (!gathered) {
                                   gatherFacing(b, a, c, eps, core.data(), f);
                                   gathered = true;
                               }
                               blockDistances(q, f.soa.data(), f.m, d, dist.data());
                               for (std::size_t r = 0; r < f.m; ++r)
                                   if (dist[r] <= eps2) mine = std::min(mine, labelAt[f.pos[r]]);
                           }
                       }
                       for (std::uint32_t p = b.start[a]; p < b.start[a + 1]; ++p)
                           if (best[p - b.start[a]] != std::numeric_limits<int>::max())
                               labelAt[p] = best[p - b.start[a]];
                   });
    }
    for (std::size_t p = 0; p < n; ++p) {
        res.labels[b.row[p]] = labelAt[p];
        res.coreMask[b.row[p]] = core[p];
    }
    res.nNoise = static_cast<std::size_t>(std::count(res.labels.begin(), res.labels.end(), -1));
    if (params.kDistance && minSamples <= n)
        res.kDistance = curveOf(b, params.minSamples, params.kDistanceSample, &near, eps, threads, {});
    progress.report(1.0);
    return res;
}

}  // namespace seg::cluster
