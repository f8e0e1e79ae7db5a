#include "cluster/KMeans.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_set>

#include "cluster/kmeans/AssignKernel.h"
#include "cluster/kmeans/HamerlyStep.h"
#include "cluster/kmeans/LloydStep.h"
#include "cluster/kmeans/MiniBatch.h"
#include "cluster/kmeans/Problem.h"
#include "cluster/kmeans/Seeding.h"
#include "cluster/kmeans/SingleRun.h"
#include "common/Error.h"
#include "common/Random.h"

namespace seg::cluster {

namespace {

using namespace kmeans;

[[noreturn]] void invalid(const std::string& setting, std::int64_t limit) {
    throw Error(ErrorCode::InvalidParameter, ErrorContext{.detail = setting, .limit = limit});
}

std::string formatDouble(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

// The rows moved to their feature means, as scikit-learn does before k-means: the kernel's |c|^2/2 - x.c
// loses less to cancellation near the origin. Chunk-ordered sums keep the mean thread-independent.
struct Centred {
    std::vector<double> values;
    std::vector<double> means;
    std::vector<double> squaredNorms;
    Problem problem;
};

std::unique_ptr<Centred> centre(const FeatureMatrix& x, std::size_t k, unsigned threads, bool norms) {
    auto out = std::make_unique<Centred>();
    const std::size_t n = x.rows();
    const std::size_t d = x.cols();
    Problem& p = out->problem;
    p.x = x.data();
    p.n = n;
    p.d = d;
    p.threads = threads;
    p.chunkRows = chunkRowsFor(n, k, d);

    std::vector<double> partial(p.chunkCount() * d, 0.0);
    p.forEachChunk([&](std::size_t chunk) {
        double* s = partial.data() + chunk * d;
        for (std::size_t i = p.chunkBegin(chunk), e = p.chunkEnd(chunk); i < e; ++i)
            for (std::size_t j = 0; j < d; ++j)
                s[j] += x(i, j);
    });
    out->means.assign(d, 0.0);
    for (std::size_t chunk = 0; chunk < p.chunkCount(); ++chunk)
        for (std::size_t j = 0; j < d; ++j)
            out->means[j] += partial[chunk * d + j];
    for (double& m : out->means)
        m /= static_cast<double>(n);

    out->values.resize(n * d);
    if (norms) out->squaredNorms.resize(n);
    p.forEachChunk([&](std::size_t chunk) {
        for (std::size_t i = p.chunkBegin(chunk), e = p.chunkEnd(chunk); i < e; ++i) {
            double norm = 0.0;
            for (std::size_t j = 0; j < d; ++j) {
                const double v = x(i, j) - out->means[j];
                out->values[i * d + j] = v;
                norm += v * v;
            }
            if (norms) out->squaredNorms[i] = norm;
        }
    });
    p.x = out->values.data();
    if (norms) p.squaredNorms = out->squaredNorms.data();
    return out;
}

// scikit-learn's _tolerance: tol times the mean of the per-feature (population) variances.
double absoluteTolerance(const Problem& p, double tol) {
    if (tol == 0.0) return 0.0;
    const std::size_t d = p.d;
    std::vector<double> partial(p.chunkCount() * d, 0.0);
    p.forEachChunk([&](std::size_t chunk) {
        double* s = partial.data() + chunk * d;
        for (std::size_t i = p.chunkBegin(chunk), e = p.chunkEnd(chunk); i < e; ++i)
            for (std::size_t j = 0; j < d; ++j)
                s[j] += p.row(i)[j] * p.row(i)[j];
    });
    double total = 0.0;
    for (std::size_t j = 0; j < d; ++j) {
        double v = 0.0;
        for (std::size_t chunk = 0; chunk < p.chunkCount(); ++chunk)
            v += partial[chunk * d + j];
        total += v / static_cast<double>(p.n);
    }
    return tol * total / static_cast<double>(d);
}

bool useHamerly(KMeansAlgorithm a, std::size_t d) {
    return a == KMeansAlgorithm::Hamerly || (a == KMeansAlgorithm::Auto && d <= 64);
}

std::unique_ptr<AssignStep> makeStep(KMeansAlgorithm a, const Problem& p) {
    if (useHamerly(a, p.d)) return std::make_unique<HamerlyStep>(p);
    return std::make_unique<LloydStep>(p);
}

// Same partition up to a renaming of the labels (scikit-learn's _is_same_clustering).
bool sameClustering(const std::vector<int>& a, const std::vector<int>& b, std::size_t k) {
    std::vector<int> mapping(k, -1);
    for (std::size_t i = 0; i < a.size(); ++i) {
        int& m = mapping[static_cast<std::size_t>(a[i])];
        if (m == -1)
            m = b[i];
        else if (m != b[i])
            return false;
    }
    return true;
}

// Distinct rows, counting no further than `limit`.
std::size_t distinctRows(const FeatureMatrix& x, std::size_t limit) {
    struct RowHash {
        std::size_t d;
        std::size_t operator()(const double* r) const noexcept {
            std::size_t h = 1469598103934665603ull;
            for (std::size_t j = 0; j < d; ++j) {
                std::uint64_t bits;
                const double v = r[j] == 0.0 ? 0.0 : r[j];  // -0 and +0 are the same point
                std::memcpy(&bits, &v, sizeof bits);
                h = (h ^ bits) * 1099511628211ull;
            }
            return h;
        }
    };
    struct RowEqual {
        std::size_t d;
        bool operator()(const double* a, const double* b) const noexcept {
            for (std::size_t j = 0; j < d; ++j)
                if (a[j] != b[j]) return false;
            return true;
        }
    };
    std::unordered_set<const double*, RowHash, RowEqual> seen(16, RowHash{x.cols()}, RowEqual{x.cols()});
    for (std::size_t i = 0; i < x.rows() && seen.size() < limit; ++i)
        seen.insert(x.row(i));
    return seen.size();
}

KMeansResult finish(const FeatureMatrix& x, const Centred& c, RunResult run, std::size_t k, int maxIter,
                    bool miniBatch) {
    const std::size_t d = x.cols();
    KMeansResult r;
    r.labels = std::move(run.labels);
    r.centers = FeatureMatrix(k, d);
    r.centers.names = x.names;
    for (std::size_t cl = 0; cl < k; ++cl)
        for (std::size_t j = 0; j < d; ++j)
            r.centers(cl, j) = run.centres[cl * d + j] + c.means[j];
    r.inertia = run.inertia;
    r.nIter = run.nIter;
    r.converged = run.converged;
    r.emptyClustersReseeded = run.emptyClustersReseeded;
    r.featureMeans = c.means;
    if (r.emptyClustersReseeded > 0)
        r.warnings.push_back(
            {WarningCode::EmptyClusterReseeded, ErrorContext{.count = r.emptyClustersReseeded}});
    if (!r.converged && !miniBatch)
        r.warnings.push_back({WarningCode::NotConverged, ErrorContext{.count = maxIter}});
    std::vector<char> used(k, 0);
    std::size_t clusters = 0;
    for (int l : r.labels)
        if (!used[static_cast<std::size_t>(l)]) {
            used[static_cast<std::size_t>(l)] = 1;
            ++clusters;
        }
    if (clusters < k) {
        const std::size_t distinct = distinctRows(x, k);
        if (distinct < k)
            r.warnings.push_back({WarningCode::FewerDistinctPointsThanK,
                                  ErrorContext{.count = static_cast<std::int64_t>(distinct),
                                               .limit = static_cast<std::int64_t>(k)}});
    }
    return r;
}

}  // namespace

void KMeansParams::validate(std::size_t n, std::size_t d) const {
    if (d == 0) throw Error(ErrorCode::NoFeatures, {});
    if (k < 1) invalid("k=" + std::to_string(k), 1);
    if (nInit < 1) invalid("nInit=" + std::to_string(nInit), 1);
    if (maxIter < 1) invalid("maxIter=" + std::to_string(maxIter), 1);
    if (!(tol >= 0.0) || !std::isfinite(tol)) invalid("tol=" + formatDouble(tol), 0);
    if (algorithm == KMeansAlgorithm::MiniBatch && batchSize < 1)
        invalid("batchSize=" + std::to_string(batchSize), 1);
    if (n < static_cast<std::size_t>(k))
        throw Error(ErrorCode::TooFewRows, ErrorContext{.count = static_cast<std::int64_t>(n),
                                                        .limit = static_cast<std::int64_t>(k)});
}

KMeansResult fitKMeans(const FeatureMatrix& x, const KMeansParams& params, const Progress& progress) {
    params.validate(x.rows(), x.cols());
    requireFinite(x);
    const auto k = static_cast<std::size_t>(params.k);
    const bool miniBatch = params.algorithm == KMeansAlgorithm::MiniBatch;
    const auto data = centre(x, k, params.threads, !miniBatch && useHamerly(params.algorithm, x.cols()));
    const Problem& p = data->problem;
    const double tolerance = absoluteTolerance(p, params.tol);

    if (miniBatch) {
        MiniBatchSettings s;
        s.k = k;
        s.batchSize = params.batchSize;
        s.maxIter = params.maxIter;
        s.tolerance = tolerance;
        s.nInit = params.nInit;
        return finish(x, *data, runMiniBatch(p, s, params.seed, progress), k, params.maxIter, true);
    }

    RunResult best;
    bool haveBest = false;
    const double share = 1.0 / static_cast<double>(params.nInit);
    // Buffers live across restarts: fresh multi-megabyte allocations each time cost page faults.
    std::vector<double> scratch;
    std::vector<int> spareLabels;
    const auto step = makeStep(params.algorithm, p);
    for (int restart = 0; restart < params.nInit; ++restart) {
        const double from = share * restart;
        Rng rng(seedFor(params.seed, static_cast<std::uint64_t>(restart)));
        std::vector<double> init =
            greedyKMeansPlusPlus(p, k, rng, progress.sub(from, from + 0.1 * share), nullptr, &scratch);
        step->restart();
        RunResult run = runKMeans(p, *step, std::move(init), params.maxIter, tolerance,
                                  progress.sub(from + 0.1 * share, from + share), std::move(spareLabels));
        // As scikit-learn: a lower inertia replaces the best only if it is a different partition (the same
        // partition can differ in inertia by rounding alone).
        if (!haveBest || (run.inertia < best.inertia && !sameClustering(run.labels, best.labels, k))) {
            spareLabels = std::move(best.labels);
            best = std::move(run);
            haveBest = true;
        } else {
            spareLabels = std::move(run.labels);
        }
    }
    return finish(x, *data, std::move(best), k, params.maxIter, false);
}

KMeansResult fitKMeansFrom(const FeatureMatrix& x, const FeatureMatrix& initialCentres,
                           const KMeansParams& params, const Progress& progress) {
    KMeansParams checked = params;
    checked.k = static_cast<int>(initialCentres.rows());
    checked.nInit = 1;
    if (checked.algorithm == KMeansAlgorithm::MiniBatch) checked.algorithm = KMeansAlgorithm::Lloyd;
    checked.validate(x.rows(), x.cols());
    if (initialCentres.cols() != x.cols())
        invalid("initial centres with " + std::to_string(initialCentres.cols()) + " features",
                static_cast<std::int64_t>(x.cols()));
    requireFinite(x);
    requireFinite(initialCentres);
    const auto k = static_cast<std::size_t>(checked.k);
    const auto data = centre(x, k, checked.threads, useHamerly(checked.algorithm, x.cols()));
    const Problem& p = data->problem;
    std::vector<double> init(k * x.cols());
    for (std::size_t c = 0; c < k; ++c)
        for (std::size_t j = 0; j < x.cols(); ++j)
            init[c * x.cols() + j] = initialCentres(c, j) - data->means[j];
    const auto step = makeStep(checked.algorithm, p);
    RunResult run =
        runKMeans(p, *step, std::move(init), checked.maxIter, absoluteTolerance(p, checked.tol), progress);
    return finish(x, *data, std::move(run), k, checked.maxIter, false);
}

std::vector<int> predictKMeans(const KMeansResult& model, const FeatureMatrix& x) {
    const std::size_t k = model.centers.rows();
    const std::size_t d = model.centers.cols();
    if (k == 0) throw Error(ErrorCode::NotFitted, ErrorContext{.detail = "predictKMeans"});
    if (x.cols() != d)
        invalid("rows with " + std::to_string(x.cols()) + " features", static_cast<std::int64_t>(d));
    requireFinite(x);
    const bool shifted = model.featureMeans.size() == d;
    std::vector<double> centres(k * d);
    for (std::size_t c = 0; c < k; ++c)
        for (std::size_t j = 0; j < d; ++j)
            centres[c * d + j] = model.centers(c, j) - (shifted ? model.featureMeans[j] : 0.0);
    // The centred centres are recomputed from centers + means, which can differ from the fit's own centred
    // centres in the last bit; that only matters for rows equidistant from two centres to within rounding.
    std::vector<double> rows(x.rows() * d);
    for (std::size_t i = 0; i < x.rows(); ++i)
        for (std::size_t j = 0; j < d; ++j)
            rows[i * d + j] = x(i, j) - (shifted ? model.featureMeans[j] : 0.0);
    Problem p;
    p.x = rows.data();
    p.n = x.rows();
    p.d = d;
    p.chunkRows = chunkRowsFor(p.n, k, d);
    PackedCentres packed;
    packed.pack(centres.data(), k, d);
    std::vector<int> labels(x.rows());
    labelRows(p, packed, labels.data());
    return labels;
}

}  // namespace seg::cluster
