#include "cluster/hierarchical/Dendrogram.h"

#include <algorithm>
#include <numeric>

namespace seg::cluster::hierarchical {

namespace {

// Union-find over the 2m-1 cluster ids with path compression; a merge always creates the next id, as SciPy's
// LinkageUnionFind.
class LinkageUnionFind {
public:
    explicit LinkageUnionFind(std::size_t m) : m_parent(2 * m - 1), m_next(static_cast<int>(m)) {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x) {
        int root = x;
        while (m_parent[root] != root)
            root = m_parent[root];
        while (m_parent[x] != root) {
            const int next = m_parent[x];
            m_parent[x] = root;
            x = next;
        }
        return root;
    }
    int merge(int x, int y) {
        m_parent[x] = m_next;
        m_parent[y] = m_next;
        return m_next++;
    }

private:
    std::vector<int> m_parent;
    int m_next;
};

}  // namespace

std::vector<LinkageRow> toSciPy(std::vector<Merge> merges, std::size_t m, bool sortByHeight,
                                const std::vector<std::size_t>& leafSizes) {
    if (sortByHeight)
        std::stable_sort(merges.begin(), merges.end(),
                         [](const Merge& l, const Merge& r) { return l.height < r.height; });
    std::vector<LinkageRow> z(merges.size());
    std::vector<std::size_t> size(2 * m - 1, 1);
    if (!leafSizes.empty()) std::copy(leafSizes.begin(), leafSizes.end(), size.begin());
    LinkageUnionFind uf(m);
    for (std::size_t i = 0; i < merges.size(); ++i) {
        const int ra = uf.find(merges[i].a);
        const int rb = uf.find(merges[i].b);
        const int id = uf.merge(ra, rb);
        size[id] = size[ra] + size[rb];
        z[i] = {std::min(ra, rb), std::max(ra, rb), merges[i].height, size[id]};
    }
    return z;
}

std::vector<int> leafOrder(const std::vector<LinkageRow>& z) {
    const int m = static_cast<int>(z.size()) + 1;
    std::vector<int> order;
    order.reserve(m);
    if (m == 1) return {0};
    std::vector<int> stack{2 * m - 2};
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        if (node < m) {
            order.push_back(node);
            continue;
        }
        // Push the second child first so the first child (column a) is visited first.
        stack.push_back(z[node - m].b);
        stack.push_back(z[node - m].a);
    }
    return order;
}

std::vector<double> maxDists(const std::vector<LinkageRow>& z) {
    const int m = static_cast<int>(z.size()) + 1;
    std::vector<double> md(z.size());
    // Children are always created before their parent, so one forward pass suffices.
    for (std::size_t i = 0; i < z.size(); ++i) {
        double v = z[i].height;
        if (z[i].a >= m) v = std::max(v, md[z[i].a - m]);
        if (z[i].b >= m) v = std::max(v, md[z[i].b - m]);
        md[i] = v;
    }
    return md;
}

std::vector<int> leafClusters(const std::vector<LinkageRow>& z, const std::vector<double>& md,
                              double threshold, bool none) {
    const std::size_t m = z.size() + 1;
    // cluster[id] = representative leaf-order label of the cluster id belongs to, filled top-down: a node
    // whose max-dist is within the threshold hands its own cluster to all of its descendants.
    std::vector<int> top(2 * m - 1, -1);
    for (std::size_t i = z.size(); i-- > 0;) {
        const int id = static_cast<int>(m + i);
        const bool joined = !none && md[i] <= threshold;
        const int owner = top[id] >= 0 ? top[id] : (joined ? id : -1);
        top[z[i].a] = owner;
        top[z[i].b] = owner;
    }
    std::vector<int> labels(m, -1);
    std::vector<int> labelOf(2 * m - 1, -1);
    int next = 0;
    for (const int leaf : leafOrder(z)) {
        const int owner = top[leaf] >= 0 ? top[leaf] : leaf;
        if (labelOf[owner] < 0) labelOf[owner] = next++;
        labels[leaf] = labelOf[owner];
    }
    return labels;
}

}  // namespace seg::cluster::hierarchical
