// Hierarchical agglomerative clustering, seven linkages, in SciPy's format and with SciPy's tie-breaking, by
// Müllner 2011, "Modern hierarchical, agglomerative clustering algorithms" (arXiv:1109.2378).
#pragma once

// Algorithms (Müllner 2011; fastcluster's design, written anew):
//  - complete, average, weighted: NN-chain on the condensed distance matrix (n(n-1)/2 doubles + O(n)).
//  - centroid, median: the generic algorithm (nearest-neighbour candidates in a heap) on the condensed
//    matrix, as scipy.cluster.hierarchy's fast_linkage; these linkages may have inversions.
//  - ward: NN-chain on the vectors: cluster centroids and sizes, Ward's distance
//    sqrt(2 |A||B| / (|A|+|B|)) * ||c_A - c_B|| computed on the fly (O(n d) memory). Up to wardMatrixMaxRows
//    rows, NN-chain on the condensed matrix with SciPy's Lance-Williams recursion instead (see that
//    parameter).
//  - single: Prim's minimum spanning tree on the points, distances computed on the fly (O(n d) memory).
// Every path follows scipy.cluster.hierarchy.linkage's order of search and comparisons (lowest index wins a
// tie, the NN-chain prefers the previous chain element, a merged cluster takes the higher slot), so ties and
// duplicate points give SciPy's dendrogram, not just an equally valid one.
//
// Two-stage mode (n > twoStageThreshold): the rows are first summarised by k-means into `microClusters`
// micro-clusters (k-means++ seeding and Lloyd iterations on a seeded sample, then every row assigned to its
// nearest centre and the centres recomputed as exact means), then Ward's NN-chain runs on the micro-cluster
// centroids with initial sizes = row counts. Ward's Lance-Williams update with those sizes is exactly Ward on
// the full data under the constraint that each micro-cluster stays together, so heights stay on Ward's scale.
// Ward is used whatever linkage was asked for (result.method says so) and WarningCode::TwoStageHierarchical
// is raised.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "common/FeatureMatrix.h"
#include "common/Progress.h"
#include "common/Warning.h"

namespace seg::cluster {

enum class Linkage { Ward, Complete, Average, Single, Weighted, Centroid, Median };

// SciPy's method name ("ward", "complete", ...), for messages, JSON and the CLI.
[[nodiscard]] const char* linkageName(Linkage linkage) noexcept;
// Parses SciPy's method name; returns false for an unknown name.
[[nodiscard]] bool parseLinkage(const char* name, Linkage& out) noexcept;

struct HierarchicalParams {
    Linkage linkage = Linkage::Ward;
    // Above this many rows the two-stage mode runs (see above); the matrix methods would need n(n-1)/2
    // doubles.
    std::size_t twoStageThreshold = 20000;
    // Micro-clusters of the two-stage mode: 1000 leaves keep a dendrogram readable and Ward on them takes
    // milliseconds, while k-means with k = 1000 still resolves structure finer than any segmentation a person
    // would use. Must be >= 2 and <= twoStageThreshold.
    std::size_t microClusters = 1000;
    // Rows the micro-cluster k-means is fitted on before every row is assigned (two-stage mode only).
    std::size_t microSampleSize = 50000;
    // Ward on at most this many rows uses the condensed matrix (n(n-1)/2 doubles: 25 MB at 2500) and SciPy's
    // recursion, reproducing SciPy even where exact ties (integer data, duplicates) are decided by its
    // rounding; the vector algorithm agrees to rounding everywhere but may resolve such ties the other way,
    // giving another, equally valid Ward dendrogram (fastcluster's linkage_vector differs from SciPy there
    // too). 0: always vector.
    std::size_t wardMatrixMaxRows = 2500;
    std::uint64_t seed = 0;  // two-stage sampling and seeding; the exact algorithms are deterministic
    // Throws seg::Error: TooFewRows for n < 2, NoFeatures for d == 0, InvalidParameter otherwise.
    void validate(std::size_t n, std::size_t d) const;
};

// One merge in SciPy's format: clusters a < b merge at `height` into a cluster of `size` leaves. Leaves are
// 0..m-1 and merge i creates cluster m + i.
struct LinkageRow {
    int a = 0;
    int b = 0;
    double height = 0.0;
    std::size_t size = 0;  // leaves (in two-stage mode: rows) under the new cluster
};

struct HierarchicalResult {
    Linkage method = Linkage::Ward;  // the linkage actually used (Ward in two-stage mode)
    // m - 1 rows, m = leaves. Sorted by height (stable) as SciPy for ward, complete, average, weighted and
    // single; in merge order for centroid and median, whose heights may decrease (inversions), as SciPy.
    std::vector<LinkageRow> linkage;
    std::vector<int> leafOrder;  // left-to-right leaves of the dendrogram (scipy leaves_list / dendrogram)
    bool twoStage = false;
    std::vector<int> rowToLeaf;          // per row: its leaf (identity unless twoStage: its micro-cluster)
    std::vector<std::size_t> leafSizes;  // rows per leaf (all 1 unless twoStage)
    FeatureMatrix leafCenters;           // twoStage only: micro-cluster centroids (leaves x d)
    Warnings warnings;                   // TwoStageHierarchical

    [[nodiscard]] std::size_t leaves() const noexcept { return leafSizes.size(); }
    [[nodiscard]] std::size_t rows() const noexcept { return rowToLeaf.size(); }
};

[[nodiscard]] HierarchicalResult fitHierarchical(const FeatureMatrix& x, const HierarchicalParams& params,
                                                 const Progress& progress = {});

// Flat clusters, one label per ROW, 0..c-1 numbered in dendrogram (leaf) order. cutByK is scipy's
// fcluster(Z, k, 'maxclust'): the lowest cut leaving at most k clusters (fewer when merges tie at the cut).
// cutByHeight is fcluster(Z, h, 'distance'): rows whose cophenetic distance is <= h share a cluster.
// Inversions (centroid, median) are handled as SciPy: a cluster's height is the largest height beneath it.
[[nodiscard]] std::vector<int> cutByK(const HierarchicalResult& result, std::size_t k);
[[nodiscard]] std::vector<int> cutByHeight(const HierarchicalResult& result, double height);

// The heights h with low <= h < high give exactly k clusters under cutByHeight; `exists` is false when
// merges tie so that no height gives exactly k (a draggable cut line then snaps to a neighbouring k).
struct HeightRange {
    double low = 0.0;
    double high = 0.0;
    bool exists = false;
};
[[nodiscard]] HeightRange heightRangeForK(const HierarchicalResult& result, std::size_t k);

}  // namespace seg::cluster
