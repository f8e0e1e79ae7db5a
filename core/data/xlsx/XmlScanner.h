// A small pull tokenizer for UTF-8 XML worksheets, several times faster than QXmlStreamReader (profiled),
// that still reports broken XML as MalformedXml with part and line: tags must nest and match, attributes be
// quoted, entities be the predefined five or character references, kept text valid UTF-8; DTDs are refused
// (XML 1.0).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "data/xlsx/ZipPackage.h"

namespace seg::data::xlsx {

class XmlScanner {
public:
    enum class Token { StartElement, EndElement, Text, EndDocument };
    struct Attribute {
        std::string_view localName;
        std::string_view rawValue;  // entities not yet decoded: see appendDecoded
    };

    // Takes over a reader that may already have handed out `prefix` (the bytes peeked to choose a parser).
    XmlScanner(ZipEntryReader& reader, std::string prefix);

    Token next();
    // For StartElement and EndElement: the name without its namespace prefix.
    [[nodiscard]] std::string_view localName() const noexcept { return m_localName; }
    // For StartElement: whether it closed itself (<c/>); an EndElement still follows.
    [[nodiscard]] const std::vector<Attribute>& attributes() const noexcept { return m_attributes; }
    [[nodiscard]] std::string_view attribute(std::string_view localName) const noexcept;
    // For Text: the raw text (CDATA sections come as text too); valid until the next call to next().
    [[nodiscard]] std::string_view text() const noexcept { return m_text; }
    [[nodiscard]] bool textIsCData() const noexcept { return m_cdata; }
    // Skips the current element's content, up to and including its end tag.
    void skipElement();

    // Appends raw text or an attribute value with entities decoded, checking UTF-8 and XML characters.
    void appendDecoded(std::string& out, std::string_view raw, bool cdata = false);
    [[noreturn]] void fail(const std::string& message) const;
    [[nodiscard]] double fraction() const noexcept { return m_reader.fraction(); }

private:
    enum class Parse { Done, Skipped, NeedMore };  // Skipped: a comment or processing instruction
    Parse parseMarkup();
    Parse parseStartTag();
    bool refill();
    void checkText(std::string_view text) const;

    ZipEntryReader& m_reader;
    std::vector<char> m_buf;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
    std::int64_t m_linesBefore = 0;  // newlines in bytes already dropped from the buffer
    std::vector<std::string> m_stack;
    bool m_sawRoot = false;
    bool m_pendingEnd = false;  // a self-closing tag still owes its EndElement
    Token m_token = Token::EndDocument;
    std::string_view m_localName;
    std::string m_endName;
    std::vector<Attribute> m_attributes;
    std::string_view m_text;
    bool m_cdata = false;
};

}  // namespace seg::data::xlsx
