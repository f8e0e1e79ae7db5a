#include "cluster/kmeans/MiniBatch.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

#include "cluster/kmeans/AssignKernel.h"
#include "cluster/kmeans/LloydStep.h"
#include "cluster/kmeans/Seeding.h"
#include "common/Random.h"

namespace seg::cluster::kmeans {

namespace {

// A copy of the given rows as a problem of its own (batches are small: one chunk, one thread).
struct Sample {
    std::vector<double> values;
    Problem problem;

    Sample(const Problem& from, const std::vector<std::size_t>& rows) : values(rows.size() * from.d) {
        for (std::size_t t = 0; t < rows.size(); ++t)
            std::copy_n(from.row(rows[t]), from.d, values.begin() + static_cast<std::ptrdiff_t>(t * from.d));
        problem.x = values.data();
        problem.n = rows.size();
        problem.d = from.d;
        problem.threads = 1;
        problem.chunkRows = std::max<std::size_t>(1, rows.size());
    }
};

std::vector<std::size_t> drawRows(Rng& rng, std::size_t n, std::size_t count) {
    std::vector<std::size_t> rows(count);
    for (auto& r : rows)
        r = static_cast<std::size_t>(uniformIndex(rng, n));
    return rows;
}

double sampleInertia(const Problem& sample, const std::vector<double>& centres, std::vector<int>& labels) {
    PackedCentres packed;
    packed.pack(centres.data(), centres.size() / sample.d, sample.d);
    labels.resize(sample.n);
    nearestCentres(sample.x, 0, sample.n, packed, labels.data());
    return inertiaOf(sample, centres, labels);
}

}  // namespace

RunResult runMiniBatch(const Problem& problem, const MiniBatchSettings& s, std::uint64_t seed,
                       const Progress& progress) {
    const std::size_t n = problem.n;
    const std::size_t d = problem.d;
    const std::size_t k = s.k;
    const std::size_t batch = std::min(s.batchSize, n);
    Rng rng(seedFor(seed, 0));

    // Seeding on a sample of 3 batches (at least 3k rows), compared on another sample.
    std::size_t initSize = 3 * batch;
    if (initSize < k) initSize = 3 * k;
    initSize = std::min(initSize, n);
    const Sample validation(problem, drawRows(rng, n, initSize));
    std::vector<double> centres;
    double bestInertia = std::numeric_limits<double>::infinity();
    std::vector<int> scratch;
    for (int init = 0; init < s.nInit; ++init) {
        const Sample seedSample(problem, drawRows(rng, n, initSize));
        std::vector<double> candidate = greedyKMeansPlusPlus(seedSample.problem, k, rng);
        const double inertia = sampleInertia(validation.problem, candidate, scratch);
        if (inertia < bestInertia) {
            bestInertia = inertia;
            centres = std::move(candidate);
        }
        progress.report(0.1 * static_cast<double>(init + 1) / static_cast<double>(s.nInit));
    }

    RunResult run;
    std::vector<double> weightSums(k, 0.0);
    std::vector<double> previous(k * d);
    std::vector<double> batchSums(k * d);
    std::vector<double> batchCounts(k);
    std::vector<int> labels;
    const std::size_t steps = std::max<std::size_t>(1, static_cast<std::size_t>(s.maxIter) * n / batch);
    const double alphaEwa = std::min(1.0, static_cast<double>(batch) * 2.0 / static_cast<double>(n + 1));
    double ewa = 0.0;
    double ewaMin = std::numeric_limits<double>::infinity();
    int noImprovement = 0;
    std::size_t sinceReassign = 0;
    std::size_t step = 0;
    for (; step < steps; ++step) {
        const Sample sample(problem, drawRows(rng, n, batch));
        const double batchInertia =
            sampleInertia(sample.problem, centres, labels) / static_cast<double>(batch);

        previous = centres;
        std::fill(batchSums.begin(), batchSums.end(), 0.0);
        std::fill(batchCounts.begin(), batchCounts.end(), 0.0);
        for (std::size_t i = 0; i < batch; ++i) {
            const auto c = static_cast<std::size_t>(labels[i]);
            for (std::size_t j = 0; j < d; ++j)
                batchSums[c * d + j] += sample.problem.row(i)[j];
            batchCounts[c] += 1.0;
        }
        // Each centre moves to the running mean of every row it has been given: a learning rate of
        // 1 / (rows seen), Sculley's per-centre rate.
        for (std::size_t c = 0; c < k; ++c) {
            if (batchCounts[c] == 0.0) continue;
            const double old = weightSums[c];
            weightSums[c] += batchCounts[c];
            const double alpha = 1.0 / weightSums[c];
            for (std::size_t j = 0; j < d; ++j)
                centres[c * d + j] = (centres[c * d + j] * old + batchSums[c * d + j]) * alpha;
        }

        // Centres that attract almost nothing are re-seeded on random rows of the batch.
        sinceReassign += batch;
        const bool anyEmpty =
            std::any_of(weightSums.begin(), weightSums.end(), [](double w) { return w == 0.0; });
        if (s.reassignmentRatio > 0.0 && (anyEmpty || sinceReassign >= 10 * k)) {
            sinceReassign = 0;
            const double limit =
                s.reassignmentRatio * *std::max_element(weightSums.begin(), weightSums.end());
            std::vector<std::size_t> low;
            for (std::size_t c = 0; c < k; ++c)
                if (weightSums[c] < limit) low.push_back(c);
            const std::size_t cap = batch / 2;
            if (low.size() > cap) {
                std::stable_sort(low.begin(), low.end(),
                                 [&](std::size_t a, std::size_t b) { return weightSums[a] < weightSums[b]; });
                low.resize(cap);
                std::sort(low.begin(), low.end());
            }
            if (!low.empty()) {
                std::vector<std::size_t> pool(batch);
                std::iota(pool.begin(), pool.end(), std::size_t{0});
                double keptMin = std::numeric_limits<double>::infinity();
                for (std::size_t c = 0; c < k; ++c)
                    if (!std::binary_search(low.begin(), low.end(), c))
                        keptMin = std::min(keptMin, weightSums[c]);
                for (std::size_t t = 0; t < low.size(); ++t) {
                    const std::size_t pick = t + static_cast<std::size_t>(uniformIndex(
                                                     rng, static_cast<std::uint64_t>(batch - t)));
                    std::swap(pool[t], pool[pick]);
                    std::copy_n(sample.problem.row(pool[t]), d,
                                centres.begin() + static_cast<std::ptrdiff_t>(low[t] * d));
                    if (keptMin < std::numeric_limits<double>::infinity()) weightSums[low[t]] = keptMin;
                }
                run.emptyClustersReseeded += static_cast<int>(low.size());
            }
        }

        progress.report(0.1 + 0.85 * static_cast<double>(step + 1) / static_cast<double>(steps));
        if (step == 0) continue;  // the first batch's inertia belongs to the seeds, not to the updates
        double moved = 0.0;
        for (std::size_t c = 0; c < k; ++c)
            moved += squaredDistance(centres.data() + c * d, previous.data() + c * d, d);
        ewa = step == 1 ? batchInertia : ewa * (1.0 - alphaEwa) + batchInertia * alphaEwa;
        if (s.tolerance > 0.0 && moved <= s.tolerance) {
            run.converged = true;
            break;
        }
        if (ewa < ewaMin) {
            noImprovement = 0;
            ewaMin = ewa;
        } else if (++noImprovement >= s.maxNoImprovement) {
            run.converged = true;
            break;
        }
    }
    const std::size_t done = std::min(step + 1, steps);
    run.nIter = static_cast<int>((done * batch + n - 1) / n);

    PackedCentres packed;
    packed.pack(centres.data(), k, d);
    run.labels.assign(n, 0);
    labelRows(problem, packed, run.labels.data());
    run.inertia = inertiaOf(problem, centres, run.labels);
    run.centres = std::move(centres);
    progress.report(1.0);
    return run;
}

}  // namespace seg::cluster::kmeans
