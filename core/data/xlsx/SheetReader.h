// Streams a worksheet part (ECMA-376 Part 1, 18.3.1.99 sheetData, 18.3.1.73 row, 18.3.1.4 c) row by row,
// handing out each row's cells with their type, style and raw value text; it never holds more than one row.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/Progress.h"
#include "data/xlsx/ZipPackage.h"

namespace seg::data::xlsx {

// ST_CellType (18.18.11).
enum class CellType : std::uint8_t {
    Number,
    SharedString,
    InlineString,
    FormulaString,
    Boolean,
    Error,
    IsoDate
};

struct RawCell {
    std::uint32_t col = 0;    // 0-based
    std::uint32_t style = 0;  // index into cellXfs
    CellType type = CellType::Number;
    bool hasFormula = false;
    bool hasValue = false;  // a <v> or <is> was present
    std::uint32_t textBegin = 0;
    std::uint32_t textEnd = 0;  // the value's text in RawRow::text
};

struct RawRow {
    std::int64_t number = 0;  // 1-based sheet row
    std::vector<RawCell> cells;
    std::string text;
    [[nodiscard]] std::string_view value(const RawCell& c) const noexcept {
        return std::string_view(text).substr(c.textBegin, c.textEnd - c.textBegin);
    }
};

// "AB12" -> column 27 (0-based), row 12. False when it is not a reference within XFD1048576-style bounds.
bool parseCellReference(std::string_view ref, std::uint32_t& col, std::int64_t& row) noexcept;

class SheetReader {
public:
    SheetReader(ZipPackage& package, const ZipEntry& entry);
    ~SheetReader();
    SheetReader(const SheetReader&) = delete;
    SheetReader& operator=(const SheetReader&) = delete;

    // The next row in file order; false at the end of sheetData. Throws MalformedXml, BadCellReference.
    bool next(RawRow& row);
    // Reads what follows sheetData to the end of the part, so that its XML and its size and CRC are checked.
    void drain();
    // Share of the part read so far (for progress).
    [[nodiscard]] double fraction() const noexcept;

    struct Impl;  // the XML back end: a fast scanner for UTF-8 parts, QXmlStreamReader for any other encoding

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace seg::data::xlsx
