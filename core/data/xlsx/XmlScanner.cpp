#include "data/xlsx/XmlScanner.h"

#include <algorithm>
#include <cstring>

#include "common/Error.h"

namespace seg::data::xlsx {

namespace {

constexpr std::size_t kChunk = 1u << 20;
// One tag or text run; Excel's longest cell text is 32767 characters, so this only stops hostile input.
constexpr std::size_t kMaxToken = 64u << 20;
constexpr std::size_t kMaxDepth = 256;

std::int64_t countNewlines(const char* p, std::size_t n) noexcept {
    // memchr is vectorised; sheets written by libraries often have no newline at all.
    std::int64_t lines = 0;
    const char* end = p + n;
    while (p < end) {
        const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (!nl) break;
        ++lines;
        p = static_cast<const char*>(nl) + 1;
    }
    return lines;
}

bool isSpace(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string_view localPart(std::string_view qualified) noexcept {
    const auto colon = qualified.rfind(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// XML 1.0 section 2.2, production [2] Char.
bool isXmlChar(std::uint32_t cp) noexcept {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

}  // namespace

XmlScanner::XmlScanner(ZipEntryReader& reader, std::string prefix)
    : m_reader(reader), m_buf(std::max(kChunk, prefix.size() * 2)) {
    std::memcpy(m_buf.data(), prefix.data(), prefix.size());
    m_end = prefix.size();
    if (m_end >= 3 && static_cast<unsigned char>(m_buf[0]) == 0xEF &&
        static_cast<unsigned char>(m_buf[1]) == 0xBB && static_cast<unsigned char>(m_buf[2]) == 0xBF)
        m_pos = 3;
}

void XmlScanner::fail(const std::string& message) const {
    const std::int64_t line = m_linesBefore + countNewlines(m_buf.data(), std::min(m_pos, m_end)) + 1;
    throw Error(
        ErrorCode::MalformedXml,
        {.path = m_reader.packagePath(), .detail = m_reader.entry().name + ": " + message, .line = line});
}

bool XmlScanner::refill() {
    if (m_eof) return false;
    if (m_pos > 0) {
        m_linesBefore += countNewlines(m_buf.data(), m_pos);
        std::memmove(m_buf.data(), m_buf.data() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_buf.size()) {
        if (m_buf.size() >= kMaxToken) fail("element or text too long");
        m_buf.resize(m_buf.size() * 2);
    }
    const std::size_t n = m_reader.read(m_buf.data() + m_end, m_buf.size() - m_end);
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += n;
    return true;
}

std::string_view XmlScanner::attribute(std::string_view localName) const noexcept {
    for (const Attribute& a : m_attributes)
        if (a.localName == localName) return a.rawValue;
    return {};
}

XmlScanner::Token XmlScanner::next() {
    m_cdata = false;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_endName = std::move(m_stack.back());
        m_stack.pop_back();
        m_localName = localPart(m_endName);
        return m_token = Token::EndElement;
    }
    for (;;) {
        if (m_pos == m_end && !refill()) {
            if (!m_stack.empty()) fail("unexpected end of the part inside <" + m_stack.back() + ">");
            if (!m_sawRoot) fail("no root element");
            return m_token = Token::EndDocument;
        }
        if (m_buf[m_pos] != '<') {
            const void* lt = std::memchr(m_buf.data() + m_pos, '<', m_end - m_pos);
            if (!lt && refill()) continue;
            const std::size_t stop =
                lt ? static_cast<std::size_t>(static_cast<const char*>(lt) - m_buf.data()) : m_end;
            const std::string_view text(m_buf.data() + m_pos, stop - m_pos);
            if (m_stack.empty()) {
                if (!std::all_of(text.begin(), text.end(), isSpace)) fail("text outside the root element");
                m_pos = stop;
                continue;
            }
            m_pos = stop;
            m_text = text;
            return m_token = Token::Text;
        }
        m_attributes.clear();
        const std::size_t start = m_pos;
        const Parse p = parseMarkup();
        if (p == Parse::NeedMore) {
            m_pos = start;
            if (!refill()) fail("unexpected end of the part");
            continue;
        }
        if (p == Parse::Done) return m_token;
    }
}

XmlScanner::Parse XmlScanner::parseMarkup() {
    const std::string_view rest(m_buf.data() + m_pos, m_end - m_pos);
    if (rest.size() < 2) return Parse::NeedMore;
    const char kind = rest[1];
    if (kind == '/') {
        const auto gt = rest.find('>', 2);
        if (gt == std::string_view::npos) return Parse::NeedMore;
        std::string_view name = rest.substr(2, gt - 2);
        while (!name.empty() && isSpace(name.back()))
            name.remove_suffix(1);
        if (m_stack.empty() || name != m_stack.back())
            fail("end tag </" + std::string(name.substr(0, 64)) + "> does not match " +
                 (m_stack.empty() ? std::string("any open element") : "<" + m_stack.back() + ">"));
        m_endName = std::move(m_stack.back());
        m_stack.pop_back();
        m_localName = localPart(m_endName);
        m_pos += gt + 1;
        m_token = Token::EndElement;
        return Parse::Done;
    }
    if (kind == '?') {
        const auto close = rest.find("?>", 2);
        if (close == std::string_view::npos) return Parse::NeedMore;
        m_pos += close + 2;
        return Parse::Skipped;
    }
    if (kind == '!') {
        if (rest.size() < 9 && !m_eof) return Parse::NeedMore;
        if (rest.substr(0, 4) == "<!--") {
            const auto close = rest.find("-->", 4);
            if (close == std::string_view::npos) return Parse::NeedMore;
            m_pos += close + 3;
            return Parse::Skipped;
        }
        if (rest.substr(0, 9) == "<![CDATA[") {
            const auto close = rest.find("]]>", 9);
            if (close == std::string_view::npos) return Parse::NeedMore;
            if (m_stack.empty()) fail("CDATA outside the root element");
            m_text = rest.substr(9, close - 9);
            m_cdata = true;
            m_pos += close + 3;
            m_token = Token::Text;
            return Parse::Done;
        }
        // OOXML parts have no document type declaration (ECMA-376 Part 2, 8.1.4); refusing one also refuses
        // entity-expansion attacks.
        fail(rest.substr(0, 9) == "<!DOCTYPE" ? "DTD not allowed" : "unknown markup");
    }
    return parseStartTag();
}

XmlScanner::Parse XmlScanner::parseStartTag() {
    const char* b = m_buf.data();
    std::size_t i = m_pos + 1;
    const std::size_t end = m_end;
    while (i < end && !isSpace(b[i]) && b[i] != '/' && b[i] != '>')
        ++i;
    if (i == end) return Parse::NeedMore;
    const std::string_view name(b + m_pos + 1, i - m_pos - 1);
    if (name.empty() || name.find_first_of("<=\"'&") != std::string_view::npos) fail("bad element name");
    if (m_stack.empty() && m_sawRoot) fail("a second root element");
    bool selfClosing = false;
    for (;;) {
        while (i < end && isSpace(b[i]))
            ++i;
        if (i == end) return Parse::NeedMore;
        if (b[i] == '>') {
            ++i;
            break;
        }
        if (b[i] == '/') {
            if (i + 1 == end) return Parse::NeedMore;
            if (b[i + 1] != '>') fail("expected '>' after '/' in <" + std::string(name) + ">");
            i += 2;
            selfClosing = true;
            break;
        }
        const std::size_t nameStart = i;
        while (i < end && !isSpace(b[i]) && b[i] != '=' && b[i] != '>' && b[i] != '/' && b[i] != '<')
            ++i;
        if (i == end) return Parse::NeedMore;
        const std::string_view attrName(b + nameStart, i - nameStart);
        if (attrName.empty()) fail("bad attribute in <" + std::string(name) + ">");
        while (i < end && isSpace(b[i]))
            ++i;
        if (i == end) return Parse::NeedMore;
        if (b[i] != '=') fail("attribute without a value in <" + std::string(name) + ">");
        ++i;
        while (i < end && isSpace(b[i]))
            ++i;
        if (i == end) return Parse::NeedMore;
        const char quote = b[i];
        if (quote != '"' && quote != '\'') fail("unquoted attribute value in <" + std::string(name) + ">");
        ++i;
        const void* close = std::memchr(b + i, quote, end - i);
        if (!close) return Parse::NeedMore;
        const std::size_t closeAt = static_cast<std::size_t>(static_cast<const char*>(close) - b);
        const std::string_view value(b + i, closeAt - i);
        if (value.find('<') != std::string_view::npos) fail("'<' in an attribute value");
        i = closeAt + 1;
        if (i == end) return Parse::NeedMore;
        if (!isSpace(b[i]) && b[i] != '/' && b[i] != '>') fail("attributes must be separated by spaces");
        // Namespace declarations are not attributes of the element; "xmlns:r" must not pass for "r".
        if (attrName.substr(0, 5) != "xmlns") m_attributes.push_back({localPart(attrName), value});
    }
    if (m_stack.size() >= kMaxDepth) fail("elements nested too deeply");
    m_stack.emplace_back(name);
    m_sawRoot = true;
    m_localName = localPart(name);
    m_pendingEnd = selfClosing;
    m_pos = i;
    m_token = Token::StartElement;
    return Parse::Done;
}

void XmlScanner::skipElement() {
    std::size_t depth = 1;
    while (depth > 0) {
        const Token t = next();
        if (t == Token::StartElement)
            ++depth;
        else if (t == Token::EndElement)
            --depth;
    }
}

void XmlScanner::checkText(std::string_view s) const {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c >= 0x20 && c < 0x80) {
            ++i;
            continue;
        }
        if (c < 0x20) {
            if (c != '\t' && c != '\n' && c != '\r') fail("control character in text");
            ++i;
            continue;
        }
        // UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3, cp = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4, cp = c & 0x07;
        else
            fail("invalid UTF-8");
        if (i + len > n) fail("invalid UTF-8");
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) fail("invalid UTF-8");
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || !isXmlChar(cp))
            fail("invalid UTF-8");
        i += len;
    }
}

void XmlScanner::appendDecoded(std::string& out, std::string_view raw, bool cdata) {
    checkText(raw);
    if (cdata) {
        out += raw;
        return;
    }
    std::size_t from = 0;
    for (;;) {
        const auto amp = raw.find('&', from);
        out.append(raw.substr(from, amp == std::string_view::npos ? std::string_view::npos : amp - from));
        if (amp == std::string_view::npos) return;
        const auto semi = raw.find(';', amp + 1);
        if (semi == std::string_view::npos || semi - amp > 12) fail("bad entity reference");
        const std::string_view ref = raw.substr(amp + 1, semi - amp - 1);
        // XML 1.0 section 4.6: the predefined entities; with no DTD there are no others.
        if (ref == "lt")
            out += '<';
        else if (ref == "gt")
            out += '>';
        else if (ref == "amp")
            out += '&';
        else if (ref == "quot")
            out += '"';
        else if (ref == "apos")
            out += '\'';
        else if (ref.size() >= 2 && ref[0] == '#') {
            std::uint32_t cp = 0;
            const bool hex = ref[1] == 'x';
            const std::string_view digits = ref.substr(hex ? 2 : 1);
            if (digits.empty()) fail("bad character reference");
            for (const char c : digits) {
                int d = -1;
                if (c >= '0' && c <= '9')
                    d = c - '0';
                else if (hex && c >= 'a' && c <= 'f')
                    d = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F')
                    d = c - 'A' + 10;
                if (d < 0) fail("bad character reference");
                cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
                if (cp > 0x10FFFF) fail("bad character reference");
            }
            if (!isXmlChar(cp)) fail("character reference to a character XML forbids");
            appendUtf8(out, cp);
        } else {
            fail("undefined entity &" + std::string(ref) + ";");
        }
        from = semi + 1;
    }
}

}  // namespace seg::data::xlsx
