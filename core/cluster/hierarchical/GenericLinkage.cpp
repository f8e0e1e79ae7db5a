#include "cluster/hierarchical/GenericLinkage.h"

#include <algorithm>
#include <limits>

#include "cluster/hierarchical/LanceWilliams.h"
#include "common/Error.h"

namespace seg::cluster::hierarchical {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// A binary min-heap of values keyed 0..n-1 with change-value, sifting exactly as SciPy's Heap (the choice
// among equal values depends on the heap's shape, so it has to be the same shape).
class IndexedHeap {
public:
    explicit IndexedHeap(const std::vector<double>& values)
        : m_values(values), m_keyAt(values.size()), m_indexOf(values.size()), m_size(int(values.size())) {
        for (int i = 0; i < m_size; ++i)
            m_keyAt[i] = m_indexOf[i] = i;
        for (int i = m_size / 2 - 1; i >= 0; --i)
            siftDown(i);
    }
    [[nodiscard]] int minKey() const { return m_keyAt[0]; }
    [[nodiscard]] double minValue() const { return m_values[0]; }
    void removeMin() {
        swap(0, m_size - 1);
        --m_size;
        siftDown(0);
    }
    void changeValue(int key, double value) {
        const int index = m_indexOf[key];
        const double old = m_values[index];
        m_values[index] = value;
        if (value < old)
            siftUp(index);
        else
            siftDown(index);
    }

private:
    void siftUp(int index) {
        int parent = (index - 1) >> 1;
        while (index > 0 && m_values[parent] > m_values[index]) {
            swap(index, parent);
            index = parent;
            parent = (index - 1) >> 1;
        }
    }
    void siftDown(int index) {
        int child = 2 * index + 1;
        while (child < m_size) {
            if (child + 1 < m_size && m_values[child + 1] < m_values[child]) ++child;
            if (!(m_values[index] > m_values[child])) break;
            swap(index, child);
            index = child;
            child = 2 * index + 1;
        }
    }
    void swap(int i, int j) {
        std::swap(m_values[i], m_values[j]);
        std::swap(m_keyAt[i], m_keyAt[j]);
        m_indexOf[m_keyAt[i]] = i;
        m_indexOf[m_keyAt[j]] = j;
    }

    std::vector<double> m_values;
    std::vector<int> m_keyAt;
    std::vector<int> m_indexOf;
    int m_size;
};

template <Linkage L>
std::vector<Merge> run(DistanceMatrix& dm, const Progress& progress) {
    const int n = static_cast<int>(dm.size());
    std::vector<Merge> merges;
    merges.reserve(n - 1);
    std::vector<double> size(n, 1.0);
    std::vector<int> active(n);
    for (int i = 0; i < n; ++i)
        active[i] = i;

    // Nearest active slot above x and its distance, or (-1, inf).
    auto nearestAbove = [&](int x, double& dist) {
        const double* rowX = dm.row(x);
        double best = kInf;
        int y = -1;
        for (auto it = std::upper_bound(active.begin(), active.end(), x); it != active.end(); ++it) {
            if (rowX[*it] < best) {
                best = rowX[*it];
                y = *it;
            }
        }
        dist = best;
        return y;
    };

    // Candidate neighbour above each slot and a lower bound of the distance to it (slot n-1 has none).
    std::vector<int> neighbor(n - 1);
    std::vector<double> minDist(n - 1);
    for (int x = 0; x + 1 < n; ++x)
        neighbor[x] = nearestAbove(x, minDist[x]);
    IndexedHeap heap(minDist);

    for (int k = 0; k + 1 < n; ++k) {
        int x = 0;
        int y = 0;
        double dist = 0.0;
        // SciPy bounds the search by n - k updates rather than looping until found; so do we.
        for (int attempt = 0; attempt < n - k; ++attempt) {
            x = heap.minKey();
            dist = heap.minValue();
            y = neighbor[x];
            if (y >= 0 && dist == dm.at(x, y)) break;
            y = nearestAbove(x, dist);
            neighbor[x] = y;
            minDist[x] = dist;
            heap.changeValue(x, dist);
        }
        heap.removeMin();
        if (y < 0) throw Error(ErrorCode::Internal, {.detail = "genericLinkage: no neighbour"});
        merges.push_back({x, y, dist});

        const double nx = size[x];
        const double ny = size[y];
        size[x] = 0.0;
        size[y] = nx + ny;
        active.erase(std::lower_bound(active.begin(), active.end(), x));

        for (const int z : active) {
            if (z == y) continue;
            const double dzx = z < x ? dm.at(z, x) : dm.at(x, z);
            double& dzy = z < y ? dm.at(z, y) : dm.at(y, z);
            dzy = lanceWilliams<L>(dzx, dzy, dist, nx, ny, size[z]);
        }
        // Candidates that pointed at x now point at the union, in slot y (a guess; it is re-checked when
        // used).
        for (auto it = active.begin(); it != active.end() && *it < x; ++it)
            if (neighbor[*it] == x) neighbor[*it] = y;
        // The union may now be closer than the bound of a slot below y.
        for (auto it = active.begin(); it != active.end() && *it < y; ++it) {
            const int z = *it;
            const double dzy = dm.at(z, y);
            if (dzy < minDist[z]) {
                neighbor[z] = y;
                minDist[z] = dzy;
                heap.changeValue(z, dzy);
            }
        }
        if (y < n - 1) {
            double dy = 0.0;
            const int z = nearestAbove(y, dy);
            if (z != -1) {
                neighbor[y] = z;
                minDist[y] = dy;
                heap.changeValue(y, dy);
            }
        }
        progress.report(double(k + 1) / double(n - 1));
    }
    return merges;
}

}  // namespace

std::vector<Merge> genericLinkage(DistanceMatrix& d, Linkage linkage, const Progress& progress) {
    switch (linkage) {
        case Linkage::Centroid:
            return run<Linkage::Centroid>(d, progress);
        case Linkage::Median:
            return run<Linkage::Median>(d, progress);
        default:
            throw Error(ErrorCode::Internal, {.detail = "genericLinkage: centroid or median only"});
    }
}

}  // namespace seg::cluster::hierarchical
