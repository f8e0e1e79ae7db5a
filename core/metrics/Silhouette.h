// Silhouette values (Rousseeuw 1987, "Silhouettes: a graphical aid to the interpretation and validation of
// cluster analysis"): per row s = (b - a) / max(a, b), exact in O(n^2 d) or estimated from a seeded sample.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "common/FeatureMatrix.h"
#include "common/Progress.h"
#include "common/Warning.h"

namespace seg::metrics {

enum class SilhouetteMode {
    Auto,     // exact up to exactLimit non-noise rows, sampled above
    Exact,    // always exact (O(n^2): 30,000 rows take well under a second on 2 cores, 100,000 about ten)
    Sampled,  // exact silhouette of a seeded sample of sampleSize rows, stratified by cluster (exact if
              // n <= sampleSize)
};

struct SilhouetteParams {
    // Auto switches to the sampled estimate above this many non-noise rows. 30,000 rows take about 0.3 s on
    // the 2-core reference machine (d = 10), so the exact value is affordable up to here; above it the cost
    // grows as n^2 while a 30,000-row sample estimates the mean to about +-0.003 (its standard error).
    std::size_t exactLimit = 30000;
    std::size_t sampleSize = 30000;
    SilhouetteMode mode = SilhouetteMode::Auto;
    std::uint64_t seed = 0;  // chooses the sample; the same seed gives the same estimate
    unsigned threads = 0;    // 0: seg::workerCount()
    // Throws InvalidParameter for sampleSize < 2.
    void validate() const;
};

struct SilhouetteResult {
    // Per input row; NaN for noise rows (label < 0) and, when sampled, for rows outside the sample.
    std::vector<double> values;
    double mean = 0.0;                 // mean over the rows scored (sklearn.metrics.silhouette_score)
    std::vector<int> clusterLabels;    // label values, ascending
    std::vector<double> clusterMeans;  // mean silhouette per cluster over the rows scored (the plot's bars)
    std::vector<std::size_t> clusterSizes;  // rows scored per cluster
    std::size_t rowsScored = 0;             // non-noise rows, or the sample size
    std::size_t rowsEligible = 0;           // non-noise rows
    bool sampled = false;
    bool stratified = false;  // the sample was drawn per cluster, so every cluster is in it
    // SilhouetteSampled (count = sample size, limit = non-noise rows); when sampled, SilhouetteSegmentOfOne
    // (count = clusters with a single row, which score 0 by convention).
    Warnings warnings;
};

// Exact values equal sklearn.metrics.silhouette_samples / silhouette_score on the non-noise rows (labels < 0
// are left out, as a scikit-learn user passes X[labels >= 0]): clusters of one row score 0, and so do rows
// with a == b == 0. The sampled estimate is not scikit-learn's silhouette_score(..., sample_size=m), a
// uniform subset that can miss a small cluster (and then fails or scores another clustering): the sample is
// stratified, every cluster keeping min(size, clamp(m / k, 2, 10)) rows and the rest shared in proportion to
// size, drawn with our own seeded generator; the mean weighs each cluster's sampled mean by its share of the
// non-noise rows. So a sample holds every cluster and the estimate exists whenever the exact value does.
// Distances are summed directly (no |x|^2 + |y|^2 - 2xy shortcut), so duplicate points are exactly 0 apart.
// Throws InvalidParameter unless 2 <= clusters <= rows - 1 (scikit-learn's "Number of labels is 1. Valid
// values are 2 to n_samples - 1"), NonFiniteValue for NaN or infinity, Cancelled from progress.
[[nodiscard]] SilhouetteResult silhouette(const FeatureMatrix& x, const std::vector<int>& labels,
                                          const SilhouetteParams& params = {}, const Progress& progress = {});

}  // namespace seg::metrics
