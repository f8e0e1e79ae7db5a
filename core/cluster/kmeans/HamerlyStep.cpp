#include "cluster/kmeans/HamerlyStep.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace seg::cluster::kmeans {

namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Rounding allowances. A direct distance over d features is within (d + 2) eps of the truth; the kernel's
// score |c|^2 / 2 - x.c is within (d + 1) eps (|x|^2 + |c|^2) (Higham, "Accuracy and Stability of Numerical
// Algorithms", 3.1), so two scores closer than twice that may be ranked either way and the row must go
// through the kernel.
struct Allowance {
    double up;      // multiply an upper bound by this to keep it an upper bound
    double down;    // and a lower bound by this
    double factor;  // tie gap = factor * (|x|^2 + max |c|^2), in squared-distance units
};

Allowance allowanceFor(std::size_t d) {
    const double rel = 4.0 * (static_cast<double>(d) + 4.0) * kEps;
    return {1.0 + rel, 1.0 - rel, 8.0 * (static_cast<double>(d) + 2.0) * kEps};
}

// True when bounds u >= d(x, assigned) and m <= d(x, any other) prove the kernel keeps the label.
inline bool settled(double u, double m, double tieGap) {
    return m > u && (m - u) * (m + u) > tieGap;
}

inline double lowerFromScore(double squaredNorm, double secondScore, double tieGap, double down) {
    if (!(secondScore < kInf)) return kInf;
    const double sq = squaredNorm + 2.0 * secondScore - tieGap;
    return sq > 0.0 ? std::sqrt(sq) * down : 0.0;
}

}  // namespace

std::size_t HamerlyStep::assign(const std::vector<double>& centres, std::vector<int>& labels,
                                ClusterSums& sums) {
    const std::size_t k = centres.size() / m_problem.d;
    m_packed.pack(centres.data(), k, m_problem.d);
    m_maxCentreNorm = 0.0;
    for (std::size_t c = 0; c < k; ++c)
        m_maxCentreNorm = std::max(m_maxCentreNorm, 2.0 * m_packed.halfNorms()[c]);
    const std::size_t changed = m_started ? assignBounded(centres, labels, sums) : assignAll(labels, sums);
    m_previous = centres;
    m_started = true;
    return changed;
}

std::size_t HamerlyStep::assignAll(std::vector<int>& labels, ClusterSums& sums) {
    const Problem& p = m_problem;
    const Allowance allow = allowanceFor(p.d);
    m_upper.resize(p.n);
    m_lower.resize(p.n);
    std::vector<std::size_t> changed(p.chunkCount(), 0);
    p.forEachChunk([&](std::size_t chunk) {
        const std::size_t begin = p.chunkBegin(chunk);
        const std::size_t end = p.chunkEnd(chunk);
        thread_local std::vector<int> fresh;
        thread_local std::vector<double> best;
        thread_local std::vector<double> second;
        fresh.resize(end - begin);
        best.resize(end - begin);
        second.resize(end - begin);
        nearestCentres(p.x, begin, end, m_packed, fresh.data(), best.data(), second.data());
        std::size_t count = 0;
        for (std::size_t i = begin; i < end; ++i) {
            const int a = fresh[i - begin];
            const double xx = p.squaredNorms[i];
            const double tieGap = allow.factor * (xx + m_maxCentreNorm);
            m_upper[i] =
                std::sqrt(squaredDistance(p.row(i), m_packed.row(static_cast<std::size_t>(a)), p.d)) *
                allow.up;
            m_lower[i] = lowerFromScore(xx, second[i - begin], tieGap, allow.down);
            count += static_cast<std::size_t>(labels[i] != a);
            labels[i] = a;
        }
        changed[chunk] = count;
        if (count != 0 || !sums.valid(chunk)) sums.accumulate(p, chunk, labels.data());
    });
    std::size_t total = 0;
    for (std::size_t c : changed)
        total += c;
    return total;
}

std::size_t HamerlyStep::assignBounded(const std::vector<double>& centres, std::vector<int>& labels,
                                       ClusterSums& sums) {
    const Problem& p = m_problem;
    const std::size_t d = p.d;
    const std::size_t k = centres.size() / d;
    const Allowance allow = allowanceFor(d);

    // How far each centre moved, the largest two moves, and half the distance to each centre's nearest
    // other centre (Hamerly's s(c) / 2).
    std::vector<double> moved(k);
    std::size_t farthest = 0;
    for (std::size_t c = 0; c < k; ++c) {
        moved[c] =
            std::sqrt(squaredDistance(centres.data() + c * d, m_previous.data() + c * d, d)) * allow.up;
        if (moved[c] > moved[farthest]) farthest = c;
    }
    double secondMove = 0.0;
    for (std::size_t c = 0; c < k; ++c)
        if (c != farthest) secondMove = std::max(secondMove, moved[c]);
    std::vector<double> half(k, kInf);
    for (std::size_t a = 0; a < k; ++a)
        for (std::size_t b = a + 1; b < k; ++b) {
            const double h =
                0.5 * std::sqrt(squaredDistance(m_packed.row(a), m_packed.row(b), d)) * allow.down;
            half[a] = std::min(half[a], h);
            half[b] = std::min(half[b], h);
        }
    const double opUp = 1.0 + 2.0 * kEps;
    const double opDown = 1.0 - 2.0 * kEps;

    std::vector<std::size_t> changed(p.chunkCount(), 0);
    p.forEachChunk([&](std::size_t chunk) {
        const std::size_t begin = p.chunkBegin(chunk);
        const std::size_t end = p.chunkEnd(chunk);
        thread_local std::vector<std::uint32_t> open;
        thread_local std::vector<int> fresh;
        thread_local std::vector<double> best;
        thread_local std::vector<double> second;
        open.clear();
        for (std::size_t i = begin; i < end; ++i) {
            const auto a = static_cast<std::size_t>(labels[i]);
            double u = (m_upper[i] + moved[a]) * opUp;
            double l = m_lower[i] - (a == farthest ? secondMove : moved[farthest]);
            l = l > 0.0 ? l * opDown : 0.0;
            m_lower[i] = l;
            const double m = std::max(half[a], l);
            const double tieGap = allow.factor * (p.squaredNorms[i] + m_maxCentreNorm);
            if (!settled(u, m, tieGap)) {
                u = std::sqrt(squaredDistance(p.row(i), m_packed.row(a), d)) * allow.up;
                if (!settled(u, m, tieGap)) open.push_back(static_cast<std::uint32_t>(i));
            }
            m_upper[i] = u;
        }
        std::size_t count = 0;
        if (!open.empty()) {
            fresh.resize(open.size());
            best.resize(open.size());
            second.resize(open.size());
            nearestCentresOf(p.x, open.data(), open.size(), m_packed, fresh.data(), best.data(),
                             second.data());
            for (std::size_t t = 0; t < open.size(); ++t) {
                const std::size_t i = open[t];
                const int a = fresh[t];
                const double xx = p.squaredNorms[i];
                const double tieGap = allow.factor * (xx + m_maxCentreNorm);
                m_upper[i] =
                    std::sqrt(squaredDistance(p.row(i), m_packed.row(static_cast<std::size_t>(a)), d)) *
                    allow.up;
                m_lower[i] = lowerFromScore(xx, second[t], tieGap, allow.down);
                count += static_cast<std::size_t>(labels[i] != a);
                labels[i] = a;
            }
        }
        changed[chunk] = count;
        if (count != 0 || !sums.valid(chunk)) sums.accumulate(p, chunk, labels.data());
    });
    std::size_t total = 0;
    for (std::size_t c : changed)
        total += c;
    return total;
}

}  // namespace seg::cluster::kmeans
