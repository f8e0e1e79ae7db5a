// The small parts around the sheets: relationships (ECMA-376 Part 2, 9.3), the workbook's sheet list and date
// system (Part 1, 18.2), cell styles' number formats (18.8) and the shared string table (18.4), read with
// QXmlStreamReader.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/Progress.h"
#include "data/xlsx/DateFormats.h"
#include "data/xlsx/ZipPackage.h"

namespace seg::data::xlsx {

struct Relationship {
    std::string id;
    std::string type;    // the full type URI; compare its last segment ("worksheet", "styles", ...)
    std::string target;  // resolved part name
};

// The relationships of a part; none when the .rels part is absent.
[[nodiscard]] std::vector<Relationship> readRelationships(ZipPackage& package, const std::string& sourcePart);
// Whether a relationship type URI ends with "/kind" (transitional and strict OOXML differ in the prefix
// only).
[[nodiscard]] bool isRelationshipType(const std::string& type, std::string_view kind);

struct SheetInfo {
    std::string name;
    std::string part;
};

struct WorkbookInfo {
    std::string part;  // usually "xl/workbook.xml"
    std::vector<SheetInfo> sheets;
    bool date1904 = false;
    std::string sharedStringsPart;  // empty when the workbook has none
    std::string stylesPart;
};

// Finds the workbook through the package relationships (falling back to xl/workbook.xml) and lists its
// worksheets in workbook order (chart sheets and dialog sheets hold no cells and are left out).
// Throws MissingWorkbookPart, UnsupportedFormat (an OpenDocument file), NoSheets, MalformedXml.
[[nodiscard]] WorkbookInfo readWorkbook(ZipPackage& package);

// The date kind of each cell format (cellXfs), indexed by a cell's s attribute.
[[nodiscard]] std::vector<DateKind> readCellStyles(ZipPackage& package, const std::string& part);

// Every shared string, UTF-8, one arena; phonetic runs (rPh) left out, rich-text runs joined.
class SharedStrings {
public:
    [[nodiscard]] std::size_t size() const noexcept { return m_ends.size(); }
    [[nodiscard]] std::string_view at(std::size_t i) const noexcept {
        const std::size_t begin = i == 0 ? 0 : m_ends[i - 1];
        return std::string_view(m_text).substr(begin, m_ends[i] - begin);
    }
    void append(std::string_view s) {
        m_text += s;
        m_ends.push_back(m_text.size());
    }

private:
    std::string m_text;
    std::vector<std::size_t> m_ends;
};

[[nodiscard]] SharedStrings readSharedStrings(ZipPackage& package, const std::string& part,
                                              const Progress& progress);

// Decodes the _xHHHH_ escapes of ST_Xstring (18.18.96 / 22.9.2.19) in place: "_x000D_" is a carriage return.
void decodeXmlEscapes(std::string& s);

}  // namespace seg::data::xlsx
