// One entry point for opening a spreadsheet: picks the reader from the file's first bytes (not its name),
// so a renamed file still opens and an unsupported one (legacy .xls, PDF, ...) gets a clear error.
#pragma once

#include <string>
#include <vector>

#include "common/Progress.h"
#include "common/Warning.h"
#include "data/CsvReader.h"
#include "data/Table.h"
#include "data/XlsxReader.h"

namespace seg::data {

enum class FileFormat { Csv, Xlsx };

struct ImportOptions {
    CsvOptions csv;
    XlsxOptions xlsx;
};

struct ImportResult {
    Table table;
    FileFormat format = FileFormat::Csv;
    std::vector<std::string> sheets;  // XLSX only
    std::string sheet;                // XLSX only
    int headerRow = 1;
    CsvDialect dialect;  // CSV only
    Warnings warnings;
    bool truncated = false;
};

// Throws seg::Error(FileNotFound / FileEmpty / UnsupportedFormat ...).
[[nodiscard]] FileFormat detectFormat(const std::string& path);
[[nodiscard]] ImportResult importTable(const std::string& path, const ImportOptions& options = {},
                                       const Progress& progress = {});

}  // namespace seg::data
