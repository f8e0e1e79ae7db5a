// DBSCAN density clustering (Ester, Kriegel, Sander & Xu 1996, "A density-based algorithm for discovering
// clusters in large spatial databases with noise"), labels identical to scikit-learn's, and the k-distance
// curve.
//
// Semantics follow scikit-learn 1.2 exactly: a row is a core point when its eps-neighbourhood, the row itself
// included, holds at least minSamples rows (Euclidean distance <= eps); clusters are numbered in the order of
// their lowest-index core point; a border row joins the cluster that reaches it first in scikit-learn's
// expansion order, which is the adjacent cluster with the lowest number; everything else is noise (-1).
// Neighbourhoods: the leaves of a nanoflann k-d tree become blocks of nearby rows, and distances are computed
// a block at a time with triangle-inequality pruning (see Dbscan.cpp for why plain radius queries are too
// slow in 10 dimensions). The eps suggestion is Kneedle's knee (Satopaa, Albrecht, Irwin & Raghavan 2011,
// "Finding a 'Kneedle' in a haystack") on the sorted k-distance curve, its zero distances left out so the
// radius is never 0 on data with many duplicate rows.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "common/FeatureMatrix.h"
#include "common/Progress.h"
#include "common/Warning.h"

namespace seg::cluster {

struct DbscanParams {
    double eps = 0.5;       // neighbourhood radius (scikit-learn's default); must be > 0 and finite
    int minSamples = 5;     // rows in an eps-neighbourhood, the row itself included, that make a core point
    bool kDistance = true;  // also compute the k-distance curve (an extra k-nearest-neighbour pass)
    // Rows the k-distance curve is computed for: all rows up to this many, else a seeded uniform sample of
    // this size (each sampled row's distance is still exact, against all rows); 0 = always all rows.
    std::size_t kDistanceSample = 20000;
    unsigned threads = 0;  // 0: seg::workerCount()
    // Throws seg::Error(InvalidParameter) naming the parameter and the limit it broke.
    void validate(std::size_t n, std::size_t d) const;
};

// The sorted k-distance curve that guides the choice of eps. k = minSamples and the row itself counts as its
// own first neighbour, as in scikit-learn's core test: a row is core exactly when its value here is <= eps.
struct KDistanceCurve {
    int k = 0;
    std::vector<double> distances;  // one per row (or per sampled row), ascending
    std::size_t sampled = 0;        // 0 when every row is in the curve, else the sample size
    // Kneedle's knee on the positive part of `distances` (zeros, rows with k exact copies, left out), or the
    // first positive distance when that part has fewer than 3 values or no knee; 0 when every distance is 0.
    std::size_t kneeIndex = 0;
    // distances[kneeIndex]: positive unless there are fewer than 3 rows or every distance is 0 (then 0).
    double suggestedEps = 0.0;
};

struct DbscanResult {
    std::vector<int> labels;             // one per row: 0..nClusters-1, or -1 for noise
    std::vector<std::uint8_t> coreMask;  // 1 for core points
    int nClusters = 0;
    std::size_t nNoise = 0;
    KDistanceCurve kDistance;  // empty when DbscanParams::kDistance is false
    Warnings warnings;
};

[[nodiscard]] DbscanResult fitDbscan(const FeatureMatrix& x, const DbscanParams& params,
                                     const Progress& progress = {});

// Only the k-distance curve and its suggested eps (for the UI, before a run). k >= 1, k <= rows; `sample` as
// DbscanParams::kDistanceSample.
[[nodiscard]] KDistanceCurve kDistanceCurve(const FeatureMatrix& x, int k, const Progress& progress = {},
                                            unsigned threads = 0, std::size_t sample = 20000);

// Kneedle's knee of an ascending, convex-looking curve sampled at equal x steps: the index where the
// normalised curve lies furthest below the chord from its first to its last point (the maximum of
// Kneedle's difference curve). Returns 0 for fewer than 3 values or a flat curve.
[[nodiscard]] std::size_t kneedleIndex(const std::vector<double>& ascending);

}  // namespace seg::cluster
