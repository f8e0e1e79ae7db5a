#include "cluster/kmeans/Seeding.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "cluster/kmeans/AssignKernel.h"

namespace seg::cluster::kmeans {

std::size_t localTrialsFor(std::size_t k) noexcept {
    return 2 + static_cast<std::size_t>(std::log(static_cast<double>(k)));
}

namespace {

// Row whose running sum of `weight` first reaches `target`, walking chunk totals first.
template <typename WeightOf>
std::size_t sampleRow(const Problem& p, const std::vector<double>& chunkTotals, double target,
                      const WeightOf& weightOf) {
    double running = 0.0;
    for (std::size_t chunk = 0; chunk < chunkTotals.size(); ++chunk) {
        if (running + chunkTotals[chunk] < target) {
            running += chunkTotals[chunk];
            continue;
        }
        for (std::size_t i = p.chunkBegin(chunk), e = p.chunkEnd(chunk); i < e; ++i) {
            running += weightOf(i);
            if (running >= target) return i;
        }
    }
    // Rounding can leave the draw just above the last running sum: numpy's clip to the last row.
    return p.n - 1;
}

}  // namespace

std::vector<double> greedyKMeansPlusPlus(const Problem& p, std::size_t k, Rng& rng, const Progress& progress,
                                         std::vector<std::size_t>* rowsChosen, std::vector<double>* scratch) {
    const std::size_t d = p.d;
    const std::size_t chunks = p.chunkCount();
    const std::size_t trials = std::min<std::size_t>(localTrialsFor(k), 64);
    std::vector<double> centres(k * d);
    std::vector<std::size_t> chosen;
    chosen.reserve(k);

    const auto first = static_cast<std::size_t>(uniformIndex(rng, p.n));
    chosen.push_back(first);
    std::copy_n(p.row(first), d, centres.begin());

    // closest[i]: squared distance to the nearest chosen centre, except that the last centre chosen is
    // folded in lazily (`pending`) during the next pass, so each new centre costs one pass over the data.
    std::vector<double> ownScratch;
    std::vector<double>& closest = scratch ? *scratch : ownScratch;
    closest.resize(p.n);
    std::vector<double> chunkTotals(chunks, 0.0);
    p.forEachChunk([&](std::size_t chunk) {
        const std::size_t begin = p.chunkBegin(chunk);
        const std::size_t end = p.chunkEnd(chunk);
        squaredDistancesTo(p.x, d, begin, end, p.row(first), 1, closest.data() + begin);
        double total = 0.0;
        for (std::size_t i = begin; i < end; ++i)
            total += closest[i];
        chunkTotals[chunk] = total;
    });
    double potential = 0.0;
    for (double t : chunkTotals)
        potential += t;

    const double* pending = nullptr;
    std::vector<std::size_t> candidates(trials);
    std::vector<double> trialTotals(chunks * trials);
    for (std::size_t c = 1; c < k; ++c) {
        progress.report(static_cast<double>(c) / static_cast<double>(k));
        auto weightOf = [&](std::size_t i) {
            return pending ? std::min(closest[i], squaredDistance(p.row(i), pending, d)) : closest[i];
        };
        for (std::size_t t = 0; t < trials; ++t)
            candidates[t] = sampleRow(p, chunkTotals, uniform01(rng) * potential, weightOf);

        // Points to measure against: the pending centre (if any), then the candidates.
        const std::size_t m = trials + (pending ? 1 : 0);
        std::vector<double> points(m * d);
        for (std::size_t t = 0; t < trials; ++t)
            std::copy_n(p.row(candidates[t]), d, points.begin() + static_cast<std::ptrdiff_t>(t * d));
        if (pending) std::copy_n(pending, d, points.begin() + static_cast<std::ptrdiff_t>(trials * d));
        p.forEachChunk([&](std::size_t chunk) {
            const std::size_t begin = p.chunkBegin(chunk);
            const std::size_t end = p.chunkEnd(chunk);
            thread_local std::vector<double> dist;
            dist.resize((end - begin) * m);
            squaredDistancesTo(p.x, d, begin, end, points.data(), m, dist.data());
            // 2 + ln k stays below 64 for any k that fits in memory.
            double tot[64] = {};
            for (std::size_t i = begin; i < end; ++i) {
                const double* di = dist.data() + (i - begin) * m;
                double near = closest[i];
                if (pending) near = std::min(near, di[trials]);
                closest[i] = near;
                for (std::size_t t = 0; t < trials; ++t)
                    tot[t] += std::min(near, di[t]);
            }
            for (std::size_t t = 0; t < trials; ++t)
                trialTotals[chunk * trials + t] = tot[t];
        });

        std::size_t bestTrial = 0;
        double bestPotential = std::numeric_limits<double>::infinity();
        for (std::size_t t = 0; t < trials; ++t) {
            double total = 0.0;
            for (std::size_t chunk = 0; chunk < chunks; ++chunk)
                total += trialTotals[chunk * trials + t];
            if (total < bestPotential) {
                bestPotential = total;
                bestTrial = t;
            }
        }
        potential = bestPotential;
        for (std::size_t chunk = 0; chunk < chunks; ++chunk)
            chunkTotals[chunk] = trialTotals[chunk * trials + bestTrial];
        const std::size_t row = candidates[bestTrial];
        chosen.push_back(row);
        std::copy_n(p.row(row), d, centres.begin() + static_cast<std::ptrdiff_t>(c * d));
        pending = p.row(row);
    }
    if (rowsChosen) *rowsChosen = std::move(chosen);
    return centres;
}

}  // namespace seg::cluster::kmeans
