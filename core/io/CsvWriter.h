// Writes a table (plus added columns such as the segment) as RFC 4180 CSV, atomically through QSaveFile, with
// cells that a spreadsheet would run as formulas neutralised (OWASP "CSV Injection").
#pragma once

#include <string>
#include <vector>

#include "common/Progress.h"
#include "data/Table.h"

namespace seg::io {

struct CsvWriteOptions {
    char delimiter = ',';
    bool utf8Bom = false;  // Excel on Windows needs it to read UTF-8
    bool neutraliseFormulas =
        true;  // prefix "'" to text cells starting with = + - @ tab or CR (numbers untouched)
    const char* lineEnd = "\r\n";  // RFC 4180
};

struct AddedColumn {
    std::string name;
    std::vector<std::string> values;  // one per table row
};

// Whether a spreadsheet would run this text as a formula: it starts with = + - @ tab or CR and does not read
// as a number ("-12.5" and "+3" are numbers, not formulas). Such text gets a "'" in front when exported
// (OWASP "CSV Injection"); the XLSX export applies the same rule so both files agree cell by cell.
[[nodiscard]] bool startsFormula(std::string_view text);

// The cell as it must appear in the file: quoted when it holds the delimiter, a quote, a line break or edge
// spaces, and neutralised when it would start a formula.
[[nodiscard]] std::string csvCell(std::string_view text, const CsvWriteOptions& options);
// The same, appended to out (no allocation per cell, for large exports).
void appendCsvCell(std::string& out, std::string_view text, const CsvWriteOptions& options);

// Rows in `rows` order (all rows when empty). Throws seg::Error(FileNotWritable with the OS reason) when the
// file cannot be written; the previous file, if any, is untouched then (and when cancelled).
void writeCsv(const std::string& path, const data::Table& table, const std::vector<AddedColumn>& added,
              const CsvWriteOptions& options = {}, const Progress& progress = {},
              const std::vector<std::size_t>& rows = {});

}  // namespace seg::io
