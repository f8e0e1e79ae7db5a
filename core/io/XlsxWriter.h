// Writes an Office Open XML workbook (.xlsx, ECMA-376 Part 1, sections 12 and 18) into a device through
// QuaZip, streaming each worksheet's XML into its zip entry so that a million rows need no more memory than
// one.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace seg::io {

// Excel's limits (Microsoft, "Excel specifications and limits"): rows and columns per worksheet.
inline constexpr std::size_t kXlsxMaxRows = 1'048'576;
inline constexpr std::size_t kXlsxMaxColumns = 16'384;

// A sheet name Excel accepts: no [ ] : * ? / \, no leading or trailing apostrophe, at most 31 characters,
// not empty (then `fallback`), and unlike every name in `taken` (compared case-insensitively, as Excel does;
// " (2)", " (3)"... are appended to make it so).
[[nodiscard]] std::string sanitiseSheetName(std::string_view name, const std::vector<std::string>& taken,
                                            std::string_view fallback = "Sheet");

// Text as XML 1.0 character data: & < > " escaped, CR kept as &#13; (a parser would turn a raw CR into LF),
// characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF) dropped, and bytes that
// are not UTF-8 replaced by U+FFFD.
void appendXmlText(std::string& out, std::string_view text);

// Sheets are written one after the other, in the order named in the constructor; cells left to right. The
// workbook parts (content types, relationships, styles, document properties) are written first.
// Every failure throws seg::Error(FileNotWritable) naming `path`.
class XlsxWriter {
public:
    enum class Style { Default = 0, Header = 1, Date = 2, DateTime = 3, Percent = 4 };

    // `device` must be open for writing and outlive the writer. Sheet names must already be valid and unique
    // (sanitiseSheetName).
    XlsxWriter(QIODevice& device, std::string path, std::vector<std::string> sheetNames);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    // Starts the next sheet: `rows` and `columns` give its dimension (header included), `widths` the column
    // widths in characters (may be shorter than columns); the first row stays in view when scrolling.
    void beginSheet(std::size_t rows, std::size_t columns, const std::vector<double>& widths = {});
    void beginRow();
    void emptyCell();
    // A numeric cell; a non-finite value becomes text ("inf", "nan") since a cell cannot hold one.
    void numberCell(double value, Style style = Style::Default);
    // An inline-string cell, written as given (no formula neutralising here: see io::startsFormula).
    void textCell(std::string_view text, Style style = Style::Default);
    // A date cell from days since 1970-01-01 (fraction = time of day), as a serial in the 1900 system;
    // dates before 1900-03-01, which Excel cannot show (its 1900-02-29), are written as ISO text.
    void dateCell(double days, bool withTime);
    void endRow();
    void endSheet();
    // Closes the package; the device then holds the whole workbook.
    void finish();

private:
    void flush();
    void writePart(const std::string& name, std::string_view bytes);
    void openEntry(const std::string& name);
    void closeEntry();
    [[noreturn]] void fail(const std::string& what) const;
    void cellStart(Style style, const char* type);

    struct Zip;
    std::unique_ptr<Zip> m_zip;
    std::string m_path;
    std::vector<std::string> m_sheets;
    std::size_t m_nextSheet = 0;
    std::string m_buffer;
    std::vector<std::string> m_columnLetters;
    std::size_t m_row = 0;  // 1-based row being written
    std::size_t m_column = 0;
    char m_rowText[24] = {};
    std::size_t m_rowTextSize = 0;
};

}  // namespace seg::io
