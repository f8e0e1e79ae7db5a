// Segment profiles: how each segment differs from all segmented customers on every numeric and categorical
// column, with one-way ANOVA (numeric) and the chi-squared test of independence (categorical), as SPSS's
// cluster viewer shows them for clustering and "evaluation" fields alike.
//
// Conventions, fixed here once:
//  - The reference population ("overall") is the segmented customers, rows with label >= 0: segments
//  partition
//    them, so shares add up to 100% and a segment is compared with the customers it was cut from. Outliers
//    (label -1) and rows left out (-2) are only counted.
//  - Missing values are left out of every statistic of their column and counted per segment.
//  - Spreads are population standard deviations (divisor n, numpy's default ddof = 0).
//  - Numeric: difference = (segment mean - overall mean) / overall sd, 0 when the overall sd is 0 (constant);
//    index = 100 * segment mean / overall mean, NaN when the overall mean is 0. F and p are NaN when the test
//    is undefined: fewer than two segments with values, no within-segment degrees of freedom, or a constant
//    column (then eta^2 = 0: nothing is explained because nothing varies). F = +inf, p = 0 when every
//    segment is constant but they differ.
//  - Categorical: levels ordered by overall frequency (ties: the column's level order, which is first
//    appearance for a file that was read); levels seen only outside the segments are not listed. Shares are
//    among rows with a value. The chi-squared test uses the segment x level table with empty rows and columns
//    dropped; with fewer than two of either it is undefined (chi2, p NaN, df 0, V = 0). No continuity
//    correction.
//  - A segment with no value in a column has NaN mean, median, sd, difference and index, and score 0.
//  - Distinguishing score of a feature for a segment: numeric, |difference|; categorical, the largest
//    |standardised difference of a level's share|, (share in segment - overall share) / sqrt(p (1 - p)) with
//    p the overall share: the numeric difference applied to the level's 0/1 indicator, so both kinds share
//    one scale (in overall standard deviations).
//  - Global ranking: by eta^2 (numeric) and Cramér's V^2 (categorical); V^2 is the share of variation
//    explained for a two-level column, the same scale as eta^2. effectSize itself reports eta^2 or V.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/Progress.h"
#include "data/Table.h"

namespace seg::profile {

// One segment's (or all segmented customers') summary of a numeric column.
struct NumericStats {
    std::size_t count = 0;    // rows with a value
    std::size_t missing = 0;  // rows without
    double mean = 0.0;
    double median = 0.0;
    double sd = 0.0;          // population
    double difference = 0.0;  // (mean - overall mean) / overall sd; 0 in the overall entry
    double index = 100.0;     // 100 * mean / overall mean
};

struct NumericProfile {
    NumericStats overall;
    std::vector<NumericStats> segments;  // k
    // One-way ANOVA over the segments that have values.
    double f = 0.0;
    double p = 1.0;
    double etaSquared = 0.0;  // SS_between / SS_total
    int dfBetween = 0;
    int dfWithin = 0;
};

struct LevelCounts {
    std::size_t present = 0;  // rows with a value
    std::size_t missing = 0;
    std::vector<std::size_t> counts;  // per level, in CategoricalProfile::levels order
    std::vector<double> shares;       // counts / present (all 0 when present is 0)
};

struct CategoricalProfile {
    std::vector<std::string> levels;  // most frequent first
    LevelCounts overall;
    std::vector<LevelCounts> segments;  // k
    double chiSquared = 0.0;
    double p = 1.0;
    int df = 0;
    double cramersV = 0.0;
};

enum class FeatureKind { Numeric, Categorical };

struct FeatureProfile {
    std::string name;
    std::size_t column = 0;  // index in the table
    FeatureKind kind = FeatureKind::Numeric;
    bool usedForClustering = false;
    double effectSize = 0.0;         // eta^2 (numeric) or Cramér's V (categorical)
    NumericProfile numeric;          // kind == Numeric
    CategoricalProfile categorical;  // kind == Categorical
};

// How much one feature sets a segment apart.
struct Distinction {
    std::size_t feature = 0;  // index into SegmentProfile::features
    double difference = 0.0;  // signed, in overall standard deviations (see above)
    double score = 0.0;       // |difference|, 0 when undefined
    int level = -1;           // categorical: the level behind the score (CategoricalProfile::levels); else -1
};

struct SegmentSummary {
    std::size_t size = 0;
    double share = 0.0;                // size / segmented rows
    std::vector<Distinction> ranking;  // every feature, most distinguishing first (ties: feature order)
};

struct SegmentProfile {
    int k = 0;
    std::size_t rows = 0;                  // table rows
    std::size_t segmented = 0;             // rows with label >= 0
    std::size_t outliers = 0;              // label -1
    std::size_t leftOut = 0;               // label -2
    std::vector<SegmentSummary> segments;  // k
    std::vector<FeatureProfile> features;  // numeric and categorical columns, in table order
    std::vector<std::size_t> ranking;      // feature indices, largest effect first (ties: feature order)
};

// Profiles every Numeric and Categorical column of `table` (Id, Text and Date columns are skipped).
// rowLabels has one entry per table row: 0..k-1, -1 outlier, -2 left out (SegmentationResult::rowLabels).
// featureNames marks the columns used for clustering. Throws seg::Error: InvalidParameter for k < 1, a label
// count that is not the row count, or a label outside -2..k-1 (line = its 1-based row); ColumnNotFound for a
// feature name the table lacks. Throws seg::Cancelled when progress asks to stop.
[[nodiscard]] SegmentProfile profileSegments(const data::Table& table, const std::vector<int>& rowLabels,
                                             int k, const std::vector<std::string>& featureNames,
                                             const Progress& progress = {});

}  // namespace seg::profile
