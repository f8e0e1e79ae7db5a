#include "run/Segmentation.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "common/Error.h"
#include "metrics/CalinskiHarabasz.h"
#include "metrics/ClusterStats.h"
#include "metrics/DaviesBouldin.h"
#include "metrics/Inertia.h"

namespace seg::run {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void append(Warnings& to, const Warnings& from) {
    to.insert(to.end(), from.begin(), from.end());
}

// Segment sizes, means, scores: everything that follows from labels alone.
void score(SegmentationResult& r, const SegmentationParams& params, const Progress& progress) {
    const FeatureMatrix& x = r.prep.data.x;
    const auto start = Clock::now();
    int k = 0;
    for (int label : r.labels)
        k = std::max(k, label + 1);
    r.k = k;
    r.sizes.assign(static_cast<std::size_t>(k), 0);
    for (int label : r.labels)
        if (label >= 0) ++r.sizes[static_cast<std::size_t>(label)];
    r.silhouette.reset();
    r.daviesBouldin.reset();
    r.calinskiHarabasz.reset();
    const std::size_t scored = static_cast<std::size_t>(
        std::count_if(r.labels.begin(), r.labels.end(), [](int l) { return l >= 0; }));
    if (k == 0) {
        r.inertia = 0.0;
        r.timings.metrics = secondsSince(start);
        return;
    }
    const metrics::ClusterStats stats =
        metrics::computeClusterStats(x, r.labels, progress.sub(0.0, 0.2), false);
    r.inertia = r.kmeans ? r.kmeans->inertia : metrics::withinClusterSumOfSquares(stats);
    if (!r.kmeans && !r.gmm) {
        // Segment means, in label order (ClusterStats orders by label value, and labels are 0..k-1 here).
        r.centers = FeatureMatrix(static_cast<std::size_t>(k), x.cols());
        for (int c = 0; c < stats.clusters(); ++c) {
            const int label = stats.index.values[static_cast<std::size_t>(c)];
            std::copy_n(stats.centroids.row(static_cast<std::size_t>(c)), x.cols(),
                        r.centers.row(static_cast<std::size_t>(label)));
        }
    }
    // The indices need at least 2 segments and fewer segments than scored rows (scikit-learn's rule).
    if (stats.clusters() >= 2 && static_cast<std::size_t>(stats.clusters()) < scored) {
        r.daviesBouldin = metrics::daviesBouldin(stats);
        r.calinskiHarabasz = metrics::calinskiHarabasz(stats);
        if (params.silhouette) {
            metrics::SilhouetteParams sp = params.silhouetteParams;
            sp.seed = params.seed;
            // A silhouette that cannot be computed leaves the segments valid: skip it and say so.
            try {
                r.silhouette = metrics::silhouette(x, r.labels, sp, progress.sub(0.2, 1.0));
                append(r.warnings, r.silhouette->warnings);
            } catch (const Error& e) {
                r.silhouette.reset();
                r.warnings.push_back({WarningCode::SilhouetteSkipped, {.detail = e.what()}});
            }
        }
    }
    r.timings.metrics = secondsSince(start);
}

// The tree cut into k segments; k must lie between 1 and the tree's leaves (micro-clusters in two-stage
// mode).
std::vector<int> cutTree(const cluster::HierarchicalResult& tree, int k) {
    if (k < 1 || static_cast<std::size_t>(k) > tree.leaves())
        throw Error(ErrorCode::InvalidParameter,
                    {.detail = "k=" + std::to_string(k), .limit = static_cast<std::int64_t>(tree.leaves())});
    return cluster::cutByK(tree, static_cast<std::size_t>(k));
}

void mapToTableRows(SegmentationResult& r, std::size_t tableRows) {
    r.rowLabels.assign(tableRows, -2);
    for (std::size_t i = 0; i < r.labels.size(); ++i)
        r.rowLabels[r.prep.data.rows[i]] = r.labels[i];
}

}  // namespace

const char* algorithmName(Algorithm a) noexcept {
    switch (a) {
        case Algorithm::KMeans:
            return "kmeans";
        case Algorithm::Hierarchical:
            return "hierarchical";
        case Algorithm::Dbscan:
            return "dbscan";
        case Algorithm::Gmm:
            return "gmm";
    }
    return "kmeans";
}

bool parseAlgorithm(std::string_view name, Algorithm& out) noexcept {
    for (Algorithm a : {Algorithm::KMeans, Algorithm::Hierarchical, Algorithm::Dbscan, Algorithm::Gmm})
        if (name == algorithmName(a)) return out = a, true;
    return false;
}

const char* covarianceName(cluster::CovarianceType c) noexcept {
    switch (c) {
        case cluster::CovarianceType::Full:
            return "full";
        case cluster::CovarianceType::Diag:
            return "diag";
        case cluster::CovarianceType::Spherical:
            return "spherical";
    }
    return "full";
}

bool parseCovariance(std::string_view name, cluster::CovarianceType& out) noexcept {
    for (auto c :
         {cluster::CovarianceType::Full, cluster::CovarianceType::Diag, cluster::CovarianceType::Spherical})
        if (name == covarianceName(c)) return out = c, true;
    return false;
}

SegmentationResult runSegmentation(const data::Table& table, const SegmentationParams& params,
                                   const Progress& progress) {
    SegmentationResult r;
    r.algorithm = params.algorithm;
    auto start = Clock::now();
    r.prep = prep::fitPipeline(table, params.prep, progress.sub(0.0, 0.1));
    r.timings.prepare = secondsSince(start);
    append(r.warnings, r.prep.data.warnings);
    const FeatureMatrix& x = r.prep.data.x;

    start = Clock::now();
    const Progress fitProgress = progress.sub(0.1, 0.75);
    switch (params.algorithm) {
        case Algorithm::KMeans: {
            cluster::KMeansParams p = params.kmeans;
            p.k = params.k;
            p.seed = params.seed;
            r.kmeans = cluster::fitKMeans(x, p, fitProgress);
            r.labels = r.kmeans->labels;
            r.centers = r.kmeans->centers;
            append(r.warnings, r.kmeans->warnings);
            break;
        }
        case Algorithm::Hierarchical: {
            cluster::HierarchicalParams p = params.hierarchical;
            p.seed = params.seed;
            if (params.k < 1 || static_cast<std::size_t>(params.k) > x.rows())
                throw Error(ErrorCode::TooFewRows,
                            {.count = static_cast<std::int64_t>(x.rows()), .limit = params.k});
            r.hierarchical = cluster::fitHierarchical(x, p, fitProgress);
            r.labels = cutTree(*r.hierarchical, params.k);
            append(r.warnings, r.hierarchical->warnings);
            break;
        }
        case Algorithm::Dbscan: {
            cluster::DbscanParams p = params.dbscan;
            std::optional<cluster::KDistanceCurve> curve;
            if (params.suggestEps) {
                curve = cluster::kDistanceCurve(x, p.minSamples, fitProgress.sub(0.0, 0.3), p.threads,
                                                p.kDistanceSample);
                if (!(curve->suggestedEps > 0.0))
                    throw Error(ErrorCode::TooFewRows, {.count = 0, .limit = 3});
                p.eps = curve->suggestedEps;
                p.kDistance = false;  // already computed
            }
            r.eps = p.eps;
            r.dbscan = cluster::fitDbscan(x, p, curve ? fitProgress.sub(0.3, 1.0) : fitProgress);
            if (curve) r.dbscan->kDistance = std::move(*curve);
            r.labels = r.dbscan->labels;
            append(r.warnings, r.dbscan->warnings);
            break;
        }
        case Algorithm::Gmm: {
            cluster::GmmParams p = params.gmm;
            p.k = params.k;
            p.seed = params.seed;
            r.gmm = cluster::fitGaussianMixture(x, p, fitProgress);
            r.labels = r.gmm->labels;
            r.centers = r.gmm->means;
            append(r.warnings, r.gmm->warnings);
            break;
        }
    }
    r.timings.fit = secondsSince(start);
    mapToTableRows(r, table.rowCount());
    score(r, params, progress.sub(0.75, 0.95));

    start = Clock::now();
    reduce::PcaParams pp;
    pp.components =
        static_cast<int>(std::min<std::size_t>({static_cast<std::size_t>(std::max(1, params.pcaComponents)),
                                                x.cols(), std::max<std::size_t>(1, x.rows())}));
    if (x.rows() >= 2) r.pca = reduce::fitPca(x, pp, progress.sub(0.95, 1.0));
    r.timings.pca = secondsSince(start);
    progress.report(1.0);
    return r;
}

void recutHierarchical(SegmentationResult& result, int k, const SegmentationParams& params,
                       const Progress& progress) {
    if (!result.hierarchical) throw Error(ErrorCode::NotFitted, {.detail = "recut"});
    result.labels = cutTree(*result.hierarchical, k);
    mapToTableRows(result, result.rowLabels.size());
    score(result, params, progress);
}

}  // namespace seg::run
