#include "data/xlsx/WorkbookParts.h"

#include <charconv>
#include <unordered_map>

#include "common/Error.h"
#include "data/xlsx/XmlPart.h"

namespace seg::data::xlsx {

namespace {

using Token = QXmlStreamReader::TokenType;

std::string utf8(QStringView s) {
    return s.toUtf8().toStdString();
}

int toInt(QStringView s, int fallback) {
    bool ok = false;
    const int v = s.toInt(&ok);
    return ok ? v : fallback;
}

bool isTrue(QStringView s) {
    return s == u"1" || s == u"true" || s == u"on";
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        // Surrogate halves cannot be encoded alone; U+FFFD keeps the text valid UTF-8.
        if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace

bool isRelationshipType(const std::string& type, std::string_view kind) {
    return type.size() > kind.size() && type.compare(type.size() - kind.size(), kind.size(), kind) == 0 &&
           type[type.size() - kind.size() - 1] == '/';
}

std::vector<Relationship> readRelationships(ZipPackage& package, const std::string& sourcePart) {
    std::vector<Relationship> rels;
    const std::string relsName = relationshipsPartFor(sourcePart);
    const ZipEntry* entry = package.find(relsName);
    if (!entry) return rels;
    XmlPart part(package, *entry);
    for (;;) {
        const Token t = part.next();
        if (t == Token::EndDocument) break;
        if (t != Token::StartElement || part.xml().name() != u"Relationship") continue;
        if (part.attribute(u"TargetMode") == u"External") continue;
        Relationship r;
        r.id = utf8(part.attribute(u"Id"));
        r.type = utf8(part.attribute(u"Type"));
        r.target = resolvePartName(sourcePart, utf8(part.attribute(u"Target")));
        rels.push_back(std::move(r));
    }
    return rels;
}

WorkbookInfo readWorkbook(ZipPackage& package) {
    WorkbookInfo info;
    for (const Relationship& r : readRelationships(package, ""))
        if (isRelationshipType(r.type, "officeDocument")) {
            info.part = r.target;
            break;
        }
    if (info.part.empty() || !package.find(info.part)) info.part = "xl/workbook.xml";
    const ZipEntry* entry = package.find(info.part);
    if (!entry) {
        if (const ZipEntry* mime = package.find("mimetype")) {
            if (mime->uncompressedSize < 200 &&
                readWholePart(package, *mime).find("opendocument.spreadsheet") != std::string::npos)
                throw Error(ErrorCode::UnsupportedFormat,
                            {.path = package.path(), .detail = "OpenDocument spreadsheet"});
        }
        throw Error(ErrorCode::MissingWorkbookPart, {.path = package.path(), .detail = info.part});
    }

    std::unordered_map<std::string, const Relationship*> byId;
    const std::vector<Relationship> rels = readRelationships(package, info.part);
    for (const Relationship& r : rels) {
        byId.emplace(r.id, &r);
        if (isRelationshipType(r.type, "sharedStrings") && info.sharedStringsPart.empty())
            info.sharedStringsPart = r.target;
        else if (isRelationshipType(r.type, "styles") && info.stylesPart.empty())
            info.stylesPart = r.target;
    }

    XmlPart part(package, *entry);
    for (;;) {
        const Token t = part.next();
        if (t == Token::EndDocument) break;
        if (t != Token::StartElement) continue;
        const QStringView name = part.xml().name();
        if (name == u"workbookPr") {
            info.date1904 = isTrue(part.attribute(u"date1904"));
        } else if (name == u"sheet") {
            // r:id is the only namespaced attribute of <sheet> (18.2.19).
            std::string rid;
            for (const QXmlStreamAttribute& a : part.xml().attributes())
                if (a.name() == u"id" && !a.namespaceUri().isEmpty()) rid = utf8(a.value());
            const auto it = byId.find(rid);
            if (it == byId.end() || !isRelationshipType(it->second->type, "worksheet")) continue;
            info.sheets.push_back({utf8(part.attribute(u"name")), it->second->target});
        }
    }
    if (info.sheets.empty()) throw Error(ErrorCode::NoSheets, {.path = package.path()});
    return info;
}

std::vector<DateKind> readCellStyles(ZipPackage& package, const std::string& partName) {
    std::vector<DateKind> styles;
    const ZipEntry* entry = partName.empty() ? nullptr : package.find(partName);
    if (!entry) return styles;
    std::unordered_map<int, DateKind> custom;
    XmlPart part(package, *entry);
    bool inCellXfs = false;
    for (;;) {
        const Token t = part.next();
        if (t == Token::EndDocument) break;
        if (t == Token::EndElement && part.xml().name() == u"cellXfs") inCellXfs = false;
        if (t != Token::StartElement) continue;
        const QStringView name = part.xml().name();
        if (name == u"numFmt") {
            const std::string code = utf8(part.attribute(u"formatCode"));
            custom[toInt(part.attribute(u"numFmtId"), -1)] = classifyFormatCode(code);
        } else if (name == u"cellXfs") {
            inCellXfs = true;
        } else if (name == u"xf" && inCellXfs) {
            const int id = toInt(part.attribute(u"numFmtId"), 0);
            const auto it = custom.find(id);
            styles.push_back(it != custom.end() ? it->second : builtinDateKind(id));
            part.skipElement();
        }
    }
    return styles;
}

SharedStrings readSharedStrings(ZipPackage& package, const std::string& partName, const Progress& progress) {
    SharedStrings strings;
    const ZipEntry* entry = partName.empty() ? nullptr : package.find(partName);
    if (!entry) return strings;
    XmlPart part(package, *entry, progress);
    std::string current;
    bool inItem = false;
    bool inText = false;
    for (;;) {
        const Token t = part.next();
        if (t == Token::EndDocument) break;
        if (t == Token::StartElement) {
            const QStringView name = part.xml().name();
            if (name == u"si") {
                inItem = true;
                current.clear();
            } else if (name == u"rPh" || name == u"phoneticPr") {
                // Phonetic guides (18.4.6) annotate the text; they are not part of the value.
                part.skipElement();
            } else if (name == u"t" && inItem) {
                inText = true;
            }
        } else if (t == Token::Characters && inText) {
            current += utf8(part.xml().text());
        } else if (t == Token::EndElement) {
            const QStringView name = part.xml().name();
            if (name == u"t") {
                inText = false;
            } else if (name == u"si" && inItem) {
                inItem = false;
                decodeXmlEscapes(current);
                strings.append(current);
            }
        }
    }
    return strings;
}

void decodeXmlEscapes(std::string& s) {
    std::size_t pos = s.find("_x");
    if (pos == std::string::npos) return;
    std::string out;
    out.reserve(s.size());
    std::size_t from = 0;
    while (pos != std::string::npos) {
        bool ok = pos + 7 <= s.size() && s[pos + 6] == '_';
        std::uint32_t cp = 0;
        for (std::size_t k = 2; ok && k < 6; ++k) {
            const int h = hexDigit(s[pos + k]);
            ok = h >= 0;
            cp = cp * 16 + static_cast<std::uint32_t>(h < 0 ? 0 : h);
        }
        if (ok) {
            out.append(s, from, pos - from);
            appendUtf8(out, cp);
            from = pos + 7;
            pos = s.find("_x", from);
        } else {
            pos = s.find("_x", pos + 1);
        }
    }
    out.append(s, from, std::string::npos);
    s = std::move(out);
}

}  // namespace seg::data::xlsx
