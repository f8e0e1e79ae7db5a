// Segment lists for campaigns: every customer row with its segment, the segment's name and how well it fits
// (distance to the segment's centre, or membership probability for mixtures), as one CSV, one CSV per
// segment, or an Excel workbook with a summary sheet and one sheet per segment.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/Progress.h"
#include "data/Table.h"
#include "run/Segmentation.h"

namespace seg::io {

struct SegmentExportOptions {
    char delimiter = ',';                  // CSV: comma, or ';' for spreadsheets in decimal-comma locales
    bool utf8Bom = false;                  // CSV: Excel on Windows needs it to read UTF-8
    bool overwrite = false;                // false: refuse an existing file with seg::Error(FileExists)
    bool includeLeftOut = true;            // rows left out of the run (missing values), with an empty segment
    std::string outlierName = "Outliers";  // segment_name of DBSCAN's noise rows; the outliers sheet's name
    std::string leftOutName = "Left out";  // the sheet of left-out rows in the workbook
};

// The segment's names, one per segment 0..k-1: `given[i]` where given and not empty, else "Segment i+1".
// Every export takes its names from here, so a caller that later generates names changes only `given`.
[[nodiscard]] std::vector<std::string> segmentNames(int k, const std::vector<std::string>& given = {});

// The export's rows, computed cell by cell when asked (a million rows are never held as text). Columns: every
// table column in table order, then
//   segment:          1..k; "noise" for DBSCAN's outliers (as `segmentlab-cli cluster --out` always wrote);
//                     empty for rows left out
//   segment_name:     the segment's name; outlierName for outliers; empty for rows left out
//   distance_to_centre (k-means, hierarchical, DBSCAN): Euclidean distance, in the prepared feature space, to
//                     the segment's centre (result.centers) - or, for Gaussian mixtures,
//   membership_probability: the posterior probability of the assigned component (the row's largest
//                     responsibility); both empty for outliers and rows left out.
class SegmentExportTable {
public:
    // A cell, typed so that each format writes it natively; text views point into the table or the names.
    struct Cell {
        enum class Kind { Empty, Number, Date, Text } kind = Kind::Empty;
        double value = 0.0;     // Number; Date: days since 1970-01-01 (fraction = time of day)
        bool withTime = false;  // Date
        std::string_view text;  // Text
    };
    // Row groups: a segment 0..k-1, or these.
    static constexpr int kOutliers = -1;
    static constexpr int kLeftOut = -2;

    // Throws seg::Error(InvalidParameter) when the result does not belong to the table (row counts differ).
    // The table and the result must outlive this object; names and options are copied.
    SegmentExportTable(const data::Table& table, const run::SegmentationResult& result,
                       const std::vector<std::string>& names, const SegmentExportOptions& options = {});

    [[nodiscard]] const std::vector<std::string>& header() const noexcept { return m_header; }
    [[nodiscard]] std::size_t columnCount() const noexcept { return m_header.size(); }
    [[nodiscard]] int segments() const noexcept { return m_k; }
    [[nodiscard]] bool hasProbability() const noexcept { return m_probability; }
    // Table rows exported, in table order (left-out rows only with includeLeftOut).
    [[nodiscard]] const std::vector<std::size_t>& rows() const noexcept { return m_rows; }
    // Table rows of one group (segment s, kOutliers or kLeftOut), in table order.
    [[nodiscard]] const std::vector<std::size_t>& rowsOf(int group) const;
    // The groups that have rows to export, in file order: segments 0..k-1 (even empty ones), then outliers,
    // then rows left out.
    [[nodiscard]] std::vector<int> groups() const;
    [[nodiscard]] Cell cell(std::size_t tableRow, std::size_t column) const;
    // The cell as text, as the CSV holds it before quoting: numbers in their shortest round-trip form, dates
    // as ISO 8601 ("2024-01-31", "2024-01-31 08:26:00"), missing as empty. scratch backs the returned view.
    [[nodiscard]] std::string_view text(std::size_t tableRow, std::size_t column, std::string& scratch) const;
    [[nodiscard]] const std::string& groupName(int group) const;

private:
    const data::Table& m_table;
    const run::SegmentationResult& m_result;
    std::vector<std::string> m_names;  // k, completed by segmentNames
    SegmentExportOptions m_options;
    int m_k = 0;
    bool m_probability = false;
    std::vector<std::string> m_header;
    std::vector<std::size_t> m_rows;
    std::vector<std::vector<std::size_t>> m_groups;  // [0] left out, [1] outliers, [2 + s] segment s
    std::vector<double> m_fit;                       // per table row: distance or probability, NaN if none
    std::vector<std::string> m_labels;               // "1".."k"
};

// The per-segment file names, in groups() order: "01-high-spend.csv" (the number, zero-padded to at least two
// digits, then the name in lower case with every run of characters other than letters and digits made one
// '-'), then "outliers.csv" and "left-out.csv" when those rows exist.
[[nodiscard]] std::vector<std::string> perSegmentFileNames(const SegmentExportTable& rows);

// One CSV with every exported row, in table order, atomically (QSaveFile): on any error or cancellation the
// file is untouched (or absent). Throws seg::Error FileExists, FileNotWritable (path and OS reason);
// seg::Cancelled from progress.
void writeSegmentCsv(const data::Table& table, const run::SegmentationResult& result,
                     const std::vector<std::string>& names, const std::string& path,
                     const SegmentExportOptions& options = {}, const Progress& progress = {});

// One CSV per segment (perSegmentFileNames) in `directory`, created if missing; returns their paths. All or
// nothing: every file is first written in full to a hidden temporary file beside its target, and only when
// all are written are they renamed into place (each rename is atomic). Residual risk: if a rename fails after
// others succeeded (the disk vanishes, permissions change mid-way), the files already renamed are removed
// again, but any older file they replaced (with overwrite) is gone. With overwrite false every target is
// checked before anything is written, and the renames refuse to replace a file that appeared meanwhile.
[[nodiscard]] std::vector<std::string> writeSegmentCsvPerSegment(
    const data::Table& table, const run::SegmentationResult& result, const std::vector<std::string>& names,
    const std::string& directory, const SegmentExportOptions& options = {}, const Progress& progress = {});

// An Excel workbook, atomically (QSaveFile): a "Summary" sheet (segment, segment_name, customers, share of
// all rows) and one sheet per group (segments, then outliers and rows left out when there are any) with the
// CSV's columns. Numbers are numeric cells, dates are date cells in ISO format, text is inline strings
// neutralised exactly as in the CSV (io::startsFormula), so both exports agree cell by cell. Sheet names are
// the segment names made valid (sanitiseSheetName). Throws as writeSegmentCsv, and SheetTooLarge when a group
// exceeds a worksheet's 1,048,575 data rows.
void writeSegmentXlsx(const data::Table& table, const run::SegmentationResult& result,
                      const std::vector<std::string>& names, const std::string& path,
                      const SegmentExportOptions& options = {}, const Progress& progress = {});

}  // namespace seg::io
