// Recoverable events a job reports alongside its result (a renamed column, a Latin-1 fallback, ...).
// Like errors, they carry a code and numbers; the UI and CLI turn them into translated sentences.
#pragma once

#include <vector>

#include "common/Error.h"

namespace seg {

enum class WarningCode {
    EncodingFallback,     // detail = encoding used ("Latin-1")
    ColumnRenamed,        // column, detail = new name (empty or duplicate header cell)
    BlankRowsSkipped,     // count
    RowsTruncated,        // count = rows read, limit (a preview stopped early)
    TypeConversionLost,   // detail = column name, count = cells that could not be converted
    ErrorCellsAsMissing,  // detail = sheet, count (XLSX error cells like #DIV/0!)
    FormulaWithoutValue,  // detail = sheet, count (formula cells with no cached value)
    LineEndingsMixed,     // count
    // Preparation
    ColumnExcludedConstant,    // detail = column name
    ColumnExcludedAllMissing,  // detail = column name
    RowsDroppedMissing,        // count = rows dropped, limit = rows before
    ValuesImputed,             // detail = column name, count = cells filled
    SkewSuggestsLog,           // detail = column name (skewness as count/1000)
    LevelsCapped,              // detail = column name, count = levels kept, limit = levels found
    // Clustering
    EmptyClusterReseeded,      // count = how many times
    NotConverged,              // count = iterations run
    FewerDistinctPointsThanK,  // count = distinct points, limit = k
    SilhouetteSampled,         // count = sample size, limit = rows
    SilhouetteSegmentOfOne,    // count = segments of a single row (their silhouette is 0 by convention)
    SilhouetteSkipped,         // detail = reason (English, for logs): the silhouette could not be computed
    TwoStageHierarchical,      // count = micro-clusters, limit = rows
    CovarianceRegularised,     // count = components affected
};

struct Warning {
    WarningCode code;
    ErrorContext context;
};

using Warnings = std::vector<Warning>;

}  // namespace seg
