#include "io/XlsxWriter.h"

#include <zlib.h>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <QDateTime>
#include <QIODevice>
#include <QString>
#include <cctype>
#include <charconv>
#include <cmath>

#include "common/Error.h"
#include "data/ValueParsing.h"

namespace seg::io {

namespace {

constexpr std::size_t kFlushBytes = 1u << 20;
// Level 1 compresses sheet XML about as well as the default (its repetition is what deflate finds first) in a
// third of the time.
constexpr int kDeflateLevel = 1;
// Days from 1899-12-30 (the 1900 system's day 0, as Excel counts after its fictitious 1900-02-29) to
// 1970-01-01, and the first serial that is a real date in both Excel and every other reader (1900-03-01).
constexpr double kSerialOf1970 = 25569.0;
constexpr double kFirstSafeSerial = 61.0;

constexpr const char* kXmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string columnLetters(std::size_t index) {
    std::string s;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26)
        s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
    return s;
}

// Length of the UTF-8 sequence starting at s[i] if it is well formed (RFC 3629), else 0.
std::size_t utf8Length(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    const std::size_t left = s.size() - i;
    auto cont = [&](std::size_t k) { return k < left && (b(k) & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2)) return 0;
        if (c == 0xE0 && b(1) < 0xA0) return 0;   // overlong
        if (c == 0xED && b(1) >= 0xA0) return 0;  // surrogates
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3)) return 0;
        if (c == 0xF0 && b(1) < 0x90) return 0;
        if (c == 0xF4 && b(1) >= 0x90) return 0;
        return 4;
    }
    return 0;
}

}  // namespace

void appendXmlText(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
                case '&':
                    out += "&amp;";
                    break;
                case '<':
                    out += "&lt;";
                    break;
                case '>':
                    out += "&gt;";
                    break;
                case '"':
                    out += "&quot;";
                    break;
                case '\r':
                    out += "&#13;";
                    break;
                default:
                    if (c >= 0x20 || c == '\t' || c == '\n') out.push_back(static_cast<char>(c));
                    break;
            }
            ++i;
            continue;
        }
        const std::size_t n = utf8Length(text, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        // U+FFFE and U+FFFF are not XML characters.
        const bool nonCharacter = n == 3 && c == 0xEF && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                                  static_cast<unsigned char>(text[i + 2]) >= 0xBE;
        if (!nonCharacter) out.append(text.substr(i, n));
        i += n;
    }
}

std::string sanitiseSheetName(std::string_view name, const std::vector<std::string>& taken,
                              std::string_view fallback) {
    QString s = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    QString clean;
    for (const QChar c : s) {
        if (c == u'[' || c == u']' || c == u':' || c == u'*' || c == u'?' || c == u'/' || c == u'\\')
            clean += u'_';
        else if (c.unicode() >= 0x20 && c.unicode() != 0xFFFE && c.unicode() != 0xFFFF)
            clean += c;
    }
    clean = clean.trimmed();
    while (clean.startsWith(u'\''))
        clean.remove(0, 1);
    while (clean.endsWith(u'\''))
        clean.chop(1);
    clean = clean.trimmed();
    if (clean.isEmpty()) clean = QString::fromUtf8(fallback.data(), static_cast<qsizetype>(fallback.size()));
    // Excel reserves "History" for its change tracking.
    if (clean.compare(u"History", Qt::CaseInsensitive) == 0) clean += u'_';
    auto fit = [](QString text, qsizetype room) {
        if (text.size() <= room) return text;
        text.truncate(room);
        if (!text.isEmpty() && text.back().isHighSurrogate()) text.chop(1);
        return text.trimmed();
    };
    auto isTaken = [&](const QString& candidate) {
        for (const auto& t : taken)
            if (candidate.compare(QString::fromStdString(t), Qt::CaseInsensitive) == 0) return true;
        return false;
    };
    QString candidate = fit(clean, 31);
    for (int n = 2; isTaken(candidate); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = fit(clean, 31 - suffix.size()) + suffix;
    }
    return candidate.toStdString();
}

// Hands QuaZip the caller's device without letting it close it: QuaZip's I/O layer commits a QSaveFile when
// the archive closes (even from its destructor while an exception unwinds), which would publish a
// half-written or cancelled workbook. Through this proxy, closing is a no-op and only the caller commits.
class DeviceProxy : public QIODevice {
public:
    explicit DeviceProxy(QIODevice& target) : m_target(target) {}
    [[nodiscard]] bool isSequential() const override { return m_target.isSequential(); }
    [[nodiscard]] qint64 size() const override { return m_target.size(); }
    bool seek(qint64 pos) override { return QIODevice::seek(pos) && m_target.seek(pos); }
    [[nodiscard]] QIODevice& target() const noexcept { return m_target; }

protected:
    qint64 readData(char* data, qint64 maxSize) override { return m_target.read(data, maxSize); }
    qint64 writeData(const char* data, qint64 size) override { return m_target.write(data, size); }

private:
    QIODevice& m_target;
};

struct XlsxWriter::Zip {
    explicit Zip(QIODevice& device) : proxy(device), zip(&proxy), file(&zip) {
        proxy.open(QIODevice::WriteOnly);
    }
    DeviceProxy proxy;
    QuaZip zip;
    QuaZipFile file;
    bool entryOpen = false;
};

XlsxWriter::XlsxWriter(QIODevice& device, std::string path, std::vector<std::string> sheetNames)
    : m_zip(std::make_unique<Zip>(device)), m_path(std::move(path)), m_sheets(std::move(sheetNames)) {
    if (!m_zip->zip.open(QuaZip::mdCreate)) fail("cannot start the zip archive");
    m_buffer.reserve(kFlushBytes + 64 * 1024);

    std::string types = kXmlHeader;
    types +=
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    for (std::size_t i = 0; i < m_sheets.size(); ++i)
        types +=
            "<Override PartName=\"/xl/worksheets/sheet" + std::to_string(i + 1) +
            ".xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    types +=
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" "
        "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "<Override PartName=\"/docProps/app.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        "</Types>";
    writePart("[Content_Types].xml", types);

    writePart(
        "_rels/.rels",
        std::string(kXmlHeader) +
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"xl/workbook.xml\"/>"
            "<Relationship Id=\"rId2\" "
            "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
            "core-properties\" Target=\"docProps/core.xml\"/>"
            "<Relationship Id=\"rId3\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "extended-properties\" Target=\"docProps/app.xml\"/>"
            "</Relationships>");

    const std::string now =
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();  // "2024-01-31T08:26:00Z"
    writePart("docProps/core.xml",
              std::string(kXmlHeader) +
                  "<cp:coreProperties "
                  "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                  "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                  "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                  "<dc:creator>SegmentLab</dc:creator>"
                  "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" +
                  now +
                  "</dcterms:created>"
                  "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" +
                  now + "</dcterms:modified></cp:coreProperties>");
    writePart("docProps/app.xml",
              std::string(kXmlHeader) +
                  "<Properties "
                  "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                  "<Application>SegmentLab</Application></Properties>");

    std::string workbook = kXmlHeader;
    workbook += std::string("<workbook xmlns=\"") + kMainNs + "\" xmlns:r=\"" + kRelNs +
                "\"><workbookPr/><bookViews><workbookView/></bookViews><sheets>";
    std::string rels = kXmlHeader;
    rels += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (std::size_t i = 0; i < m_sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        workbook += "<sheet name=\"";
        appendXmlText(workbook, m_sheets[i]);
        workbook += "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet" +
                n + ".xml\"/>";
    }
    workbook += "</sheets></workbook>";
    rels += "<Relationship Id=\"rId" + std::to_string(m_sheets.size() + 1) +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"styles.xml\"/></Relationships>";
    writePart("xl/workbook.xml", workbook);
    writePart("xl/_rels/workbook.xml.rels", rels);

    // Cell formats, indexed by Style: default, bold header, ISO date, ISO date and time, percent (built-in
    // 10).
    writePart(
        "xl/styles.xml",
        std::string(kXmlHeader) + "<styleSheet xmlns=\"" + kMainNs +
            "\">"
            "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
            "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/></numFmts>"
            "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
            "borderId=\"0\"/></cellStyleXfs>"
            "<cellXfs count=\"5\">"
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
            "applyNumberFormat=\"1\"/>"
            "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
            "applyNumberFormat=\"1\"/>"
            "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
            "applyNumberFormat=\"1\"/>"
            "</cellXfs>"
            "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            "</styleSheet>");
}

XlsxWriter::~XlsxWriter() {
    // On an exception the package is left incomplete; the caller's QSaveFile discards it.
    if (m_zip->entryOpen) m_zip->file.close();
    if (m_zip->zip.isOpen()) m_zip->zip.close();
}

void XlsxWriter::fail(const std::string& what) const {
    std::string detail = what;
    const int code = m_zip ? m_zip->zip.getZipError() : 0;
    if (code != 0) detail += " (zip error " + std::to_string(code) + ")";
    QIODevice* device = m_zip ? &m_zip->proxy.target() : nullptr;
    if (device && !device->errorString().isEmpty() && device->errorString() != QLatin1String("Unknown error"))
        detail += ": " + device->errorString().toStdString();
    throw Error(ErrorCode::FileNotWritable, {.path = m_path, .detail = detail});
}

void XlsxWriter::openEntry(const std::string& name) {
    QuaZipNewInfo info(QString::fromStdString(name));
    if (!m_zip->file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, kDeflateLevel))
        fail("cannot add " + name);
    m_zip->entryOpen = true;
}

void XlsxWriter::closeEntry() {
    flush();
    m_zip->file.close();
    m_zip->entryOpen = false;
    if (m_zip->file.getZipError() != UNZ_OK) fail("cannot finish a part");
}

void XlsxWriter::flush() {
    if (m_buffer.empty()) return;
    if (m_zip->file.write(m_buffer.data(), static_cast<qint64>(m_buffer.size())) !=
        static_cast<qint64>(m_buffer.size()))
        fail("write failed");
    m_buffer.clear();
}

void XlsxWriter::writePart(const std::string& name, std::string_view bytes) {
    openEntry(name);
    m_buffer.append(bytes);
    closeEntry();
}

void XlsxWriter::beginSheet(std::size_t rows, std::size_t columns, const std::vector<double>& widths) {
    if (m_nextSheet >= m_sheets.size())
        throw Error(ErrorCode::Internal, {.detail = "XlsxWriter: no sheet left"});
    if (rows > kXlsxMaxRows)
        throw Error(ErrorCode::SheetTooLarge, {.path = m_path,
                                               .detail = m_sheets[m_nextSheet],
                                               .count = static_cast<std::int64_t>(rows),
                                               .limit = static_cast<std::int64_t>(kXlsxMaxRows)});
    if (columns > kXlsxMaxColumns)
        throw Error(ErrorCode::SheetTooLarge, {.path = m_path,
                                               .detail = m_sheets[m_nextSheet],
                                               .column = static_cast<std::int64_t>(columns),
                                               .limit = static_cast<std::int64_t>(kXlsxMaxColumns)});
    openEntry("xl/worksheets/sheet" + std::to_string(++m_nextSheet) + ".xml");
    while (m_columnLetters.size() < columns)
        m_columnLetters.push_back(columnLetters(m_columnLetters.size()));
    m_buffer += kXmlHeader;
    m_buffer += std::string("<worksheet xmlns=\"") + kMainNs + "\" xmlns:r=\"" + kRelNs + "\">";
    if (rows > 0 && columns > 0)
        m_buffer += "<dimension ref=\"A1:" + m_columnLetters[columns - 1] + std::to_string(rows) + "\"/>";
    m_buffer +=
        "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
        "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        "<sheetFormatPr defaultRowHeight=\"15\"/>";
    if (!widths.empty()) {
        m_buffer += "<cols>";
        for (std::size_t c = 0; c < widths.size() && c < columns; ++c) {
            char w[32];
            const auto r = std::to_chars(w, w + sizeof w, std::round(widths[c] * 10.0) / 10.0);
            const std::string n = std::to_string(c + 1);
            m_buffer += "<col min=\"" + n + "\" max=\"" + n + "\" width=\"" + std::string(w, r.ptr) +
                        "\" customWidth=\"1\"/>";
        }
        m_buffer += "</cols>";
    }
    m_buffer += "<sheetData>";
    m_row = 0;
}

void XlsxWriter::beginRow() {
    ++m_row;
    m_column = 0;
    const auto r = std::to_chars(m_rowText, m_rowText + sizeof m_rowText, m_row);
    m_rowTextSize = static_cast<std::size_t>(r.ptr - m_rowText);
    m_buffer += "<row r=\"";
    m_buffer.append(m_rowText, m_rowTextSize);
    m_buffer += "\">";
}

void XlsxWriter::cellStart(Style style, const char* type) {
    if (m_column >= m_columnLetters.size()) m_columnLetters.push_back(columnLetters(m_column));
    m_buffer += "<c r=\"";
    m_buffer += m_columnLetters[m_column];
    m_buffer.append(m_rowText, m_rowTextSize);
    m_buffer += '"';
    if (style != Style::Default) {
        m_buffer += " s=\"";
        m_buffer += static_cast<char>('0' + static_cast<int>(style));
        m_buffer += '"';
    }
    if (type) {
        m_buffer += " t=\"";
        m_buffer += type;
        m_buffer += '"';
    }
    ++m_column;
}

void XlsxWriter::emptyCell() {
    ++m_column;
}

void XlsxWriter::numberCell(double value, Style style) {
    if (!std::isfinite(value)) {
        textCell(std::isnan(value) ? "nan" : value > 0 ? "inf" : "-inf", style);
        return;
    }
    cellStart(style, nullptr);
    m_buffer += "><v>";
    m_buffer += data::formatNumber(value);
    m_buffer += "</v></c>";
}

void XlsxWriter::textCell(std::string_view text, Style style) {
    cellStart(style, "inlineStr");
    // Without xml:space="preserve" a reader may drop leading and trailing white space.
    const bool preserve = !text.empty() && (std::isspace(static_cast<unsigned char>(text.front())) ||
                                            std::isspace(static_cast<unsigned char>(text.back())));
    m_buffer += preserve ? "><is><t xml:space=\"preserve\">" : "><is><t>";
    appendXmlText(m_buffer, text);
    m_buffer += "</t></is></c>";
}

void XlsxWriter::dateCell(double days, bool withTime) {
    const double serial = days + kSerialOf1970;
    if (!std::isfinite(serial) || serial < kFirstSafeSerial) {
        textCell(std::isfinite(days) ? data::formatDate(days, withTime) : std::string());
        return;
    }
    numberCell(serial, withTime ? Style::DateTime : Style::Date);
}

void XlsxWriter::endRow() {
    m_buffer += "</row>";
    if (m_buffer.size() >= kFlushBytes) flush();
}

void XlsxWriter::endSheet() {
    m_buffer += "</sheetData></worksheet>";
    closeEntry();
}

void XlsxWriter::finish() {
    if (m_nextSheet != m_sheets.size())
        throw Error(ErrorCode::Internal, {.detail = "XlsxWriter: sheets left unwritten"});
    m_zip->zip.close();
    if (m_zip->zip.getZipError() != UNZ_OK) fail("cannot finish the zip archive");
}

}  // namespace seg::io
