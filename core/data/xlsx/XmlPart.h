// Pulls XML tokens from one zip part with QXmlStreamReader, feeding it decompressed chunks as it asks for
// them, so even a large sharedStrings part is never held whole; malformed XML becomes MalformedXml naming
// part and line.
#pragma once

#include <QXmlStreamReader>
#include <string>
#include <vector>

#include "common/Progress.h"
#include "data/xlsx/ZipPackage.h"

namespace seg::data::xlsx {

class XmlPart {
public:
    // progress (optional) gets the share of the part read, by compressed bytes.
    XmlPart(ZipPackage& package, const ZipEntry& entry, Progress progress = {});

    // The next token; never Invalid (throws MalformedXml), EndDocument once at the end.
    QXmlStreamReader::TokenType next();
    [[nodiscard]] QXmlStreamReader& xml() noexcept { return m_xml; }
    // The attribute by local name, ignoring its namespace (OOXML producers differ in prefixes).
    [[nodiscard]] QStringView attribute(QStringView localName) const;
    // Skips the rest of the current element, including its children.
    void skipElement();
    [[noreturn]] void fail(const std::string& message) const;
    [[nodiscard]] double fraction() const noexcept { return m_reader.fraction(); }

private:
    ZipPackage& m_package;
    ZipEntryReader m_reader;
    QXmlStreamReader m_xml;
    Progress m_progress;
    std::vector<char> m_chunk;
    bool m_eof = false;
    bool m_ended = false;
};

// Joins a relationship target to the directory of the part that holds it (OPC, ECMA-376 Part 2 section 9.3):
// "worksheets/sheet1.xml" from "xl/workbook.xml" gives "xl/worksheets/sheet1.xml"; "/xl/x.xml" is absolute.
[[nodiscard]] std::string resolvePartName(const std::string& sourcePart, const std::string& target);
// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels".
[[nodiscard]] std::string relationshipsPartFor(const std::string& partName);

}  // namespace seg::data::xlsx
