// Per-column facts shown by `segmentlab-cli inspect` and the GUI's column summary: type, missing and distinct
// counts, and for numbers (and dates) the range and mean.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/Progress.h"
#include "data/Table.h"

namespace seg::data {

struct ColumnSummary {
    std::string name;
    ColumnType type = ColumnType::Numeric;
    std::size_t missing = 0;
    std::size_t distinct = 0;  // distinct non-missing values
    bool hasRange = false;     // min/max/mean are set (numeric, date and numeric-id columns with a value)
    double min = 0.0;
    double max = 0.0;
    double mean = 0.0;
    // Numbers only, computed here (on the loading thread) so the GUI's feature list draws without a pass of
    // its own: equal-width counts over [min, max] (empty when min == max), and the sample skewness
    // (Fisher-Pearson, biased, as scipy.stats.skew and seg::prep::skewness; 0 when constant).
    std::vector<std::size_t> histogram;
    double skewness = 0.0;
};

inline constexpr std::size_t kSummaryHistogramBins = 24;

[[nodiscard]] ColumnSummary summarize(const Column& column);
[[nodiscard]] std::vector<ColumnSummary> summarize(const Table& table, const Progress& progress = {});

}  // namespace seg::data
