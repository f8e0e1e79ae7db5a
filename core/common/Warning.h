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
};

struct Warning {
    WarningCode code;
    ErrorContext context;
};

using Warnings = std::vector<Warning>;

}  // namespace seg
