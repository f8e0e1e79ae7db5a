#include "data/Import.h"

#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "common/Error.h"

namespace seg::data {

FileFormat detectFormat(const std::string& path) {
    std::error_code ec;
    const std::filesystem::path p(path);
    if (!std::filesystem::exists(p, ec)) throw Error(ErrorCode::FileNotFound, {.path = path});
    if (std::filesystem::is_directory(p, ec))
        throw Error(ErrorCode::FileUnreadable, {.path = path, .detail = "it is a folder"});
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) throw Error(ErrorCode::FileUnreadable, {.path = path, .detail = std::strerror(errno)});
    std::array<unsigned char, 8> head{};
    const std::size_t n = std::fread(head.data(), 1, head.size(), f);
    std::fclose(f);
    if (n == 0) throw Error(ErrorCode::FileEmpty, {.path = path});
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return FileFormat::Xlsx;
    // OLE2 compound documents: legacy .xls, and password-protected .xlsx (stored encrypted inside OLE2).
    static constexpr std::array<unsigned char, 8> kOle2{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    if (n == 8 && head == kOle2)
        throw Error(ErrorCode::UnsupportedFormat,
                    {.path = path, .detail = "legacy .xls or encrypted workbook"});
    if (n >= 4 && std::memcmp(head.data(), "%PDF", 4) == 0)
        throw Error(ErrorCode::UnsupportedFormat, {.path = path, .detail = "PDF document"});
    if (n >= 4 && head[0] == 'P' && head[1] == 'K')
        throw Error(ErrorCode::UnsupportedFormat,
                    {.path = path, .detail = "zip archive that is not a workbook"});
    return FileFormat::Csv;
}

ImportResult importTable(const std::string& path, const ImportOptions& options, const Progress& progress) {
    ImportResult out;
    out.format = detectFormat(path);
    if (out.format == FileFormat::Xlsx) {
        XlsxResult r = readXlsxFile(path, options.xlsx, progress);
        out.table = std::move(r.table);
        out.sheets = std::move(r.sheets);
        out.sheet = std::move(r.sheet);
        out.headerRow = r.headerRow;
        out.warnings = std::move(r.warnings);
        out.truncated = r.truncated;
    } else {
        CsvResult r = readCsvFile(path, options.csv, progress);
        out.table = std::move(r.table);
        out.dialect = r.dialect;
        out.headerRow = r.dialect.headerRow;
        out.warnings = std::move(r.warnings);
        out.truncated = r.truncated;
    }
    return out;
}

}  // namespace seg::data
