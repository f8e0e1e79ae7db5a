#include "data/xlsx/XmlPart.h"

#include "common/Error.h"

namespace seg::data::xlsx {

namespace {
constexpr std::size_t kChunk = 256 * 1024;

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
}  // namespace

XmlPart::XmlPart(ZipPackage& package, const ZipEntry& entry, Progress progress)
    : m_package(package), m_reader(package, entry), m_progress(std::move(progress)), m_chunk(kChunk) {
    // OOXML parts never need a DTD; QXmlStreamReader still bounds entity expansion (entityExpansionLimit).
    m_xml.setNamespaceProcessing(true);
}

QXmlStreamReader::TokenType XmlPart::next() {
    for (;;) {
        const auto t = m_xml.readNext();
        if (t == QXmlStreamReader::EndDocument) m_ended = true;
        if (t != QXmlStreamReader::Invalid) return t;
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_eof) {
            const std::size_t n = m_reader.read(m_chunk.data(), m_chunk.size());
            if (n == 0) {
                m_eof = true;
                if (m_ended) return QXmlStreamReader::EndDocument;
                fail("unexpected end of the part");
            }
            m_xml.addData(QByteArray(m_chunk.data(), static_cast<qsizetype>(n)));
            m_progress.report(m_reader.fraction());
            continue;
        }
        fail(m_xml.errorString().toStdString());
    }
}

QStringView XmlPart::attribute(QStringView localName) const {
    for (const QXmlStreamAttribute& a : m_xml.attributes())
        if (a.name() == localName) return a.value();
    return {};
}

void XmlPart::skipElement() {
    int depth = 1;
    while (depth > 0) {
        const auto t = next();
        if (t == QXmlStreamReader::StartElement)
            ++depth;
        else if (t == QXmlStreamReader::EndElement)
            --depth;
        else if (t == QXmlStreamReader::EndDocument)
            fail("unexpected end of the part");
    }
}

void XmlPart::fail(const std::string& message) const {
    throw Error(ErrorCode::MalformedXml, {.path = m_package.path(),
                                          .detail = m_reader.entry().name + ": " + message,
                                          .line = m_xml.lineNumber()});
}

std::string resolvePartName(const std::string& sourcePart, const std::string& target) {
    // Percent-encoded characters in the URI (RFC 3986) name the same part as the plain ones.
    std::string t;
    for (std::size_t i = 0; i < target.size(); ++i) {
        if (target[i] == '%' && i + 2 < target.size() && hexValue(target[i + 1]) >= 0 &&
            hexValue(target[i + 2]) >= 0) {
            t += static_cast<char>(hexValue(target[i + 1]) * 16 + hexValue(target[i + 2]));
            i += 2;
        } else {
            t += target[i];
        }
    }
    std::string joined;
    if (!t.empty() && t.front() == '/') {
        joined = t.substr(1);
    } else {
        const auto slash = sourcePart.rfind('/');
        joined = (slash == std::string::npos ? std::string() : sourcePart.substr(0, slash + 1)) + t;
    }
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= joined.size()) {
        const auto end = std::min(joined.find('/', start), joined.size());
        const std::string seg = joined.substr(start, end - start);
        if (seg == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!seg.empty() && seg != ".") {
            segments.push_back(seg);
        }
        start = end + 1;
    }
    std::string out;
    for (const auto& s : segments)
        out += (out.empty() ? "" : "/") + s;
    return out;
}

std::string relationshipsPartFor(const std::string& partName) {
    const auto slash = partName.rfind('/');
    if (slash == std::string::npos) return "_rels/" + partName + ".rels";
    return partName.substr(0, slash + 1) + "_rels/" + partName.substr(slash + 1) + ".rels";
}

}  // namespace seg::data::xlsx
