#include "cluster/kmeans/SingleRun.h"

#include <cstdint>

#include "cluster/kmeans/AssignKernel.h"
#include "cluster/kmeans/EmptyClusters.h"

namespace seg::cluster::kmeans {

RunResult runKMeans(const Problem& problem, AssignStep& step, std::vector<double> centres, int maxIter,
                    double tolerance, const Progress& progress, std::vector<int> labels) {
    const std::size_t d = problem.d;
    const std::size_t k = centres.size() / d;
    RunResult run;
    run.labels = std::move(labels);
    // -1 everywhere: the first step always "changes" every label, as scikit-learn's labels_old.
    run.labels.assign(problem.n, -1);
    ClusterSums sums;
    sums.reset(problem, k);
    std::vector<double> totals;
    std::vector<std::int64_t> counts;
    std::vector<double> next(k * d);
    bool strict = false;
    int iter = 0;
    for (; iter < maxIter; ++iter) {
        const std::size_t changed = step.assign(centres, run.labels, sums);
        sums.reduce(totals, counts);
        run.emptyClustersReseeded +=
            static_cast<int>(relocateEmptyClusters(problem, centres, run.labels, totals, counts));
        averageCentres(totals, counts, d, next);
        double shift = 0.0;
        for (std::size_t c = 0; c < k; ++c)
            shift += squaredDistance(next.data() + c * d, centres.data() + c * d, d);
        centres.swap(next);
        progress.report(static_cast<double>(iter + 1) / static_cast<double>(maxIter));
        if (changed == 0) {
            strict = true;
            run.converged = true;
            break;
        }
        if (shift <= tolerance) {
            run.converged = true;
            break;
        }
    }
    run.nIter = iter < maxIter ? iter + 1 : maxIter;
    if (!strict) {
        // The labels belong to the centres before the last update: one more assignment makes them agree
        // with the centres returned.
        step.assign(centres, run.labels, sums);
    }
    run.inertia = inertiaOf(problem, centres, run.labels);
    run.centres = std::move(centres);
    progress.report(1.0);
    return run;
}

double inertiaOf(const Problem& problem, const std::vector<double>& centres, const std::vector<int>& labels) {
    const std::size_t d = problem.d;
    return problem.sumPerChunk([&](std::size_t chunk) {
        double total = 0.0;
        for (std::size_t i = problem.chunkBegin(chunk), e = problem.chunkEnd(chunk); i < e; ++i)
            total +=
                squaredDistance(problem.row(i), centres.data() + static_cast<std::size_t>(labels[i]) * d, d);
        return total;
    });
}

}  // namespace seg::cluster::kmeans
