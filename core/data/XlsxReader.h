// Reads Office Open XML workbooks (.xlsx) into a typed Table, streaming the sheet XML (QuaZip + QXmlStreamReader,
// no DOM): shared and inline strings, numbers, booleans, cached formula values, dates from number formats
// (1900 and 1904 systems), sparse rows, a header row found below titles. ECMA-376 Part 1, sections 18.3 and 18.8.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/Progress.h"
#include "common/Warning.h"
#include "data/Table.h"

namespace seg::data {

struct XlsxLimits {
    std::uint64_t maxEntryBytes = 2ull << 30;  // decompressed size of one part (zip-bomb guard)
    std::uint64_t maxTotalBytes = 4ull << 30;  // all parts read
    double maxCompressionRatio = 1000.0;       // decompressed/compressed for parts over 1 MiB
    std::uint64_t maxCells = 200'000'000;
};

struct XlsxOptions {
    std::string sheet;        // empty: the first sheet
    int headerRow = -1;       // -1: detect (skips titles and blank rows above it); 0: none; N: 1-based sheet row
                              // Detection: among sheet rows 1-30, the row with the most non-empty cells that are
                              // all text (no number, date, boolean) and has a non-blank row below; ties: the upper.
    std::size_t maxRows = 0;  // 0: all; else stop after this many data rows (previews)
    std::size_t maxCategories = 100;
    XlsxLimits limits;
};

struct XlsxResult {
    Table table;
    std::vector<std::string> sheets; // every sheet's name, in workbook order
    std::string sheet;               // the one read
    int headerRow = 1;               // the sheet row that held the names (0 = none)
    bool date1904 = false;
    Warnings warnings;
    bool truncated = false;
};

// Sheet names in workbook order. Throws seg::Error (NotZip, CorruptZip, MalformedXml, ...).
[[nodiscard]] std::vector<std::string> listXlsxSheets(const std::string& path);
[[nodiscard]] XlsxResult readXlsxFile(const std::string& path, const XlsxOptions& options = {},
                                      const Progress& progress = {});
// Reads a workbook already in memory (tests, fuzzing); path only names the input in errors.
[[nodiscard]] XlsxResult readXlsxBuffer(std::string_view bytes, const XlsxOptions& options = {},
                                        const Progress& progress = {}, const std::string& path = {});

} // namespace seg::data
