// Reads delimited text (CSV, TSV, semicolon and pipe files) into a typed Table: dialect detection,
// RFC 4180 quoting, encodings, decimal commas and header detection. Pure C++ apart from nothing: a path in,
// a result with typed warnings out, progress and cancel through seg::Progress (PlotJuggler's csv_parser shape).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/Progress.h"
#include "common/Warning.h"
#include "data/Table.h"
#include "data/ValueParsing.h"

namespace seg::data {

enum class Encoding { Auto, Utf8, Utf16LE, Utf16BE, Latin1 };
[[nodiscard]] const char* encodingName(Encoding e) noexcept; // "UTF-8", "UTF-16LE", ...

enum class DecimalMark { Auto, Dot, Comma };

struct CsvOptions {
    char delimiter = 0;                  // 0: detect among ',' ';' '\t' '|'
    Encoding encoding = Encoding::Auto;  // Auto: BOM, else UTF-8 if valid, else Latin-1 (with a warning)
    int headerRow = -1;                  // -1: detect; 0: no header; N: 1-based record N holds the names
                                         // (records above it are skipped)
    DecimalMark decimal = DecimalMark::Auto; // Auto: comma if the delimiter isn't ',' and the data says so
    std::size_t maxRows = 0;             // 0: all; else stop after this many data rows (previews)
    std::size_t maxCategories = 100;     // see BuilderOptions
};

// What was detected (or given), for the import dialog and `inspect`.
struct CsvDialect {
    char delimiter = ',';
    Encoding encoding = Encoding::Utf8;
    bool bom = false;
    int headerRow = 1;   // 0 = none
    NumberFormat number;
};

struct CsvResult {
    Table table;
    CsvDialect dialect;
    Warnings warnings;
    bool truncated = false; // maxRows stopped the read
};

// Reads a file. Throws seg::Error (FileNotFound, FileEmpty, BinaryFile, UnterminatedQuote, RaggedRow, ...)
// naming the line, and seg::Cancelled when progress asks to stop.
[[nodiscard]] CsvResult readCsvFile(const std::string& path, const CsvOptions& options = {},
                                    const Progress& progress = {});
// Reads bytes already in memory (tests, fuzzing); path is only used in error messages.
[[nodiscard]] CsvResult readCsvBuffer(std::string_view bytes, const CsvOptions& options = {},
                                      const Progress& progress = {}, const std::string& path = {});

} // namespace seg::data
