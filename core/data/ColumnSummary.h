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
};

[[nodiscard]] ColumnSummary summarize(const Column& column);
[[nodiscard]] std::vector<ColumnSummary> summarize(const Table& table, const Progress& progress = {});

}  // namespace seg::data
