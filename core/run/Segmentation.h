// One segmentation run, as the GUI and the CLI both do it: prepare the table, cluster the prepared rows,
// score the result (silhouette, Davies-Bouldin, Calinski-Harabasz) and project it on its principal
// components.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "cluster/Dbscan.h"
#include "cluster/GaussianMixture.h"
#include "cluster/Hierarchical.h"
#include "cluster/KMeans.h"
#include "common/FeatureMatrix.h"
#include "common/Progress.h"
#include "common/Warning.h"
#include "data/Table.h"
#include "metrics/Silhouette.h"
#include "prep/Pipeline.h"
#include "reduce/Pca.h"

namespace seg::run {

enum class Algorithm { KMeans, Hierarchical, Dbscan, Gmm };
[[nodiscard]] const char* algorithmName(Algorithm a) noexcept;  // "kmeans", "hierarchical", "dbscan", "gmm"
[[nodiscard]] bool parseAlgorithm(std::string_view name, Algorithm& out) noexcept;
[[nodiscard]] const char* covarianceName(cluster::CovarianceType c) noexcept;  // "full", "diag", "spherical"
[[nodiscard]] bool parseCovariance(std::string_view name, cluster::CovarianceType& out) noexcept;

struct SegmentationParams {
    prep::PrepParams prep;
    Algorithm algorithm = Algorithm::KMeans;
    int k = 4;               // segments, for k-means, hierarchical and mixtures (DBSCAN finds its own)
    std::uint64_t seed = 0;  // every random choice derives from it
    // Per-algorithm settings; k and seed above override theirs.
    cluster::KMeansParams kmeans;
    cluster::HierarchicalParams hierarchical;
    cluster::DbscanParams dbscan;
    // DBSCAN: ignore dbscan.eps and take the radius at the knee of the k-distance curve (Kneedle), as a user
    // who has not chosen one would.
    bool suggestEps = false;
    cluster::GmmParams gmm;
    bool silhouette = true;  // false: skip the silhouette (the only O(n^2) metric)
    metrics::SilhouetteParams silhouetteParams;
    int pcaComponents = 10;  // kept for plotting (at most the number of features)
};

struct Timings {
    double prepare = 0.0;
    double fit = 0.0;
    double metrics = 0.0;
    double pca = 0.0;
};

struct SegmentationResult {
    Algorithm algorithm = Algorithm::KMeans;
    prep::PrepResult prep;
    int k = 0;                // segments found
    std::vector<int> labels;  // per prepared row: 0..k-1, or -1 (DBSCAN noise)
    std::vector<int>
        rowLabels;          // per table row: the segment, -1 for noise, -2 for rows left out (missing values)
    FeatureMatrix centers;  // k x d in the prepared space: k-means centres, mixture means, else segment means
    std::vector<std::size_t> sizes;  // rows per segment
    double inertia = 0.0;  // within-segment sum of squared distances to the segment means (k-means: its own)
    std::optional<metrics::SilhouetteResult> silhouette;  // absent when off or fewer than 2 segments
    std::optional<double> daviesBouldin;                  // absent with fewer than 2 segments
    std::optional<double> calinskiHarabasz;
    std::optional<cluster::KMeansResult> kmeans;
    std::optional<cluster::HierarchicalResult> hierarchical;
    std::optional<cluster::DbscanResult> dbscan;
    double eps = 0.0;  // DBSCAN: the radius used (chosen or suggested)
    std::optional<cluster::GmmResult> gmm;
    reduce::PcaResult pca;
    Timings timings;
    Warnings warnings;  // preparation's and the algorithm's
};

// Runs everything; throws seg::Error for bad parameters or data and seg::Cancelled when progress asks to
// stop.
[[nodiscard]] SegmentationResult runSegmentation(const data::Table& table, const SegmentationParams& params,
                                                 const Progress& progress = {});

// Cuts an existing hierarchical result at another k (the dendrogram's draggable cut) and re-scores it,
// without refitting.
void recutHierarchical(SegmentationResult& result, int k, const SegmentationParams& params,
                       const Progress& progress = {});

}  // namespace seg::run
