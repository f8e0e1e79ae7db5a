// Delimited-text reader. The whole input is decoded to UTF-8 once, a sample of the first records decides the
// dialect, then one pass of a small state machine hands every field to TableBuilder as a view into the
// buffer.
//
// Dialect rules (documented here because the import dialog and the README describe them to users):
//
// * Encoding (Auto): a byte-order mark decides (UTF-8 EF BB BF, UTF-16LE FF FE, UTF-16BE FE FF); otherwise
// the
//   bytes are UTF-8 when they validate as UTF-8 (Unicode 15, table 3-7: no overlongs, no surrogates), else
//   they are decoded as Latin-1 with a WarningCode::EncodingFallback. "Latin-1" is decoded as windows-1252,
//   as the WHATWG Encoding Standard does for the "latin1"/"iso-8859-1" labels
//   (https://encoding.spec.whatwg.org/#names- and-labels): 0x80-0x9F are then the euro sign and typographic
//   quotes that Excel writes, not C1 controls.
// * Binary: a NUL byte anywhere (after decoding) or more than 10% control bytes in the first 64 KiB is a
//   BinaryFile error naming the line of the first offending byte.
// * "sep=X" on the first line (Excel's hint) sets the delimiter and is not a record.
// * Delimiter (0 = detect): each of , ; TAB | splits the first 100 non-blank records (quote-aware). A
// candidate
//   must give at least two fields in its most common field count; the winner has the highest share of records
//   with that count, then the most fields, then the order TAB ; | , (a ';' file with decimal commas splits
//   consistently on ',' too, so ',' loses ties). Python's csv.Sniffer uses the same consistency idea.
// * Quoting: RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): a field that starts with '"' (after spaces)
//   runs to the next lone '"', "" is a literal quote, delimiters and line breaks inside are data. Leniencies,
//   as Python's csv module in its default (non-strict) mode: a '"' inside an unquoted field is a literal, and
//   text after a closing quote is appended to the field. A quote that never closes is UnterminatedQuote at
//   the line where it opened.
// * Line breaks: LF, CRLF and lone CR end a record; lines are counted the same way for error messages.
// * Blank records (every field empty after trimming, e.g. "" or ",,," left by Excel) are skipped and counted
//   (WarningCode::BlankRowsSkipped) wherever they occur below the header.
// * Decimal mark (Auto): comma only when the delimiter is not ',' and the sampled numeric-looking fields
//   (digits with '.' or ',') vote for it: one ',' ("1,5") or several '.' ("1.234.567") or a ',' after a '.'
//   ("1.234,5") vote comma, the mirror images vote dot. Comma wins only with more votes. The decimal comma
//   then goes with '.' (or a space) grouping, the dot with ',' grouping (NumberFormat::comma()/dot()).
// * Header (headerRow -1): the first non-blank record is the header when
//     (a) every non-empty cell is text: not a missing token, not a number in either decimal style, not a
//     date;
//         at least half the cells are distinct non-empty names (empty and repeated ones are renamed), and
//     (b) some column below it is typed: it has numbers or dates in the majority of its non-missing sampled
//         cells, while the header cell above is non-empty text; or, in a file with no typed column, the cells
//         are all non-empty and distinct and none of them reappears below in its own column (a data row of an
//         all-text file usually repeats a category somewhere; a header never does).
//   A lone record of non-empty text cells is a header, and the file is then NoData. Otherwise there is no
//   header and the columns are named "Column 1", "Column 2", ...
// * Names: trimmed; an empty name becomes "Column N", a repeated one "Age (2)", each with ColumnRenamed.
// * A header whose last name is empty (a trailing delimiter) gives a column that is dropped silently when it
// is
//   empty in every row; rows may then omit that last field.
// * Ragged rows: any data row with another number of fields than the header is RaggedRow (count = found,
//   limit = expected, line = its first line); nothing is ever truncated or padded silently.
#include "data/CsvReader.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#define SEG_CSV_MMAP 1
#endif

#include "common/Error.h"
#include "data/TableBuilder.h"

namespace seg::data {

const char* encodingName(Encoding e) noexcept {
    switch (e) {
        case Encoding::Auto:
            return "auto";
        case Encoding::Utf8:
            return "UTF-8";
        case Encoding::Utf16LE:
            return "UTF-16LE";
        case Encoding::Utf16BE:
            return "UTF-16BE";
        case Encoding::Latin1:
            return "Latin-1";
    }
    return "auto";
}

namespace {

constexpr std::size_t kReportBytes = 64 * 1024;   // progress checkpoint spacing
constexpr std::size_t kSniffBytes = 1024 * 1024;  // dialect detection looks at most this far
constexpr std::size_t kSniffRecords = 100;        // ... and at this many non-blank records
constexpr std::size_t kBinarySampleBytes = 64 * 1024;
constexpr std::size_t kFirstPreviewBytes = 1024 * 1024;

// Thrown when a preview's prefix of the file ends inside the part we need; the caller reads more and retries.
struct NeedMore {};

bool isBlankChar(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// 1-based physical line of byte `offset`, counting LF, CRLF and lone CR as one break each.
std::int64_t lineAt(std::string_view text, std::size_t offset) noexcept {
    std::int64_t line = 1;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n')
            ++line;
        else if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))
            ++line;
    }
    return line;
}

// ---------------------------------------------------------------------------------------------------------
// Encodings

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

constexpr char32_t kReplacement = 0xFFFD;

// Offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode 15, table 3-7), or npos.
// A sequence cut by the end of a prefix (final == false) is not an error.
std::size_t firstInvalidUtf8(std::string_view s, bool final) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        // ASCII runs dominate; test eight bytes at a time for a high bit.
        while (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c == 0xE0)
            len = 3, lo = 0xA0;
        else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
            len = 3;
        else if (c == 0xED)
            len = 3, hi = 0x9F;
        else if (c == 0xF0)
            len = 4, lo = 0x90;
        else if (c >= 0xF1 && c <= 0xF3)
            len = 4;
        else if (c == 0xF4)
            len = 4, hi = 0x8F;
        else
            return i;
        for (std::size_t k = 1; k < len; ++k) {
            if (i + k >= n) return final ? i : std::string_view::npos;
            const unsigned char ck = p[i + k];
            if (k == 1 ? (ck < lo || ck > hi) : (ck & 0xC0) != 0x80) return i;
        }
        i += len;
    }
    return std::string_view::npos;
}

std::string utf16ToUtf8(std::string_view raw, bool bigEndian, bool final) {
    std::string out;
    out.reserve(raw.size() / 2 + raw.size() / 4 + 16);
    const auto* p = reinterpret_cast<const unsigned char*>(raw.data());
    const std::size_t n = raw.size();
    auto unitAt = [&](std::size_t i) -> char32_t {
        return bigEndian ? static_cast<char32_t>((p[i] << 8) | p[i + 1])
                         : static_cast<char32_t>((p[i + 1] << 8) | p[i]);
    };
    std::size_t i = 0;
    while (i + 1 < n) {
        const char32_t u = unitAt(i);
        i += 2;
        if (u < 0x80) {
            out.push_back(static_cast<char>(u));
        } else if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 1 >= n) {
                if (!final) return out;  // the low half is in the next block
                appendUtf8(out, kReplacement);
                break;
            }
            const char32_t low = unitAt(i);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
            } else {
                appendUtf8(out, kReplacement);
            }
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            appendUtf8(out, kReplacement);
        } else {
            appendUtf8(out, u);
        }
    }
    if (final && i < n) appendUtf8(out, kReplacement);  // an odd trailing byte
    return out;
}

// windows-1252 for 0x80-0x9F (WHATWG index-windows-1252; the five unassigned bytes keep their C1 value).
constexpr std::array<char16_t, 32> kCp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

std::string latin1ToUtf8(std::string_view raw) {
    std::string out;
    out.reserve(raw.size() + raw.size() / 8 + 16);
    for (const char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80)
            out.push_back(ch);
        else if (c < 0xA0)
            appendUtf8(out, kCp1252High[c - 0x80]);
        else
            appendUtf8(out, c);
    }
    return out;
}

struct Decoded {
    std::string owned;      // the transcoded text, when the input was not UTF-8
    std::string_view text;  // UTF-8 without BOM
    Encoding encoding = Encoding::Utf8;
    bool bom = false;
    bool fallback = false;
};

[[noreturn]] void throwBinary(std::string_view text, std::size_t offset, const std::string& path) {
    throw Error(ErrorCode::BinaryFile, {.path = path, .line = lineAt(text, offset)});
}

// NUL bytes never occur in text; a high share of other control bytes means an image, archive or database.
void checkNotBinary(std::string_view text, const std::string& path) {
    if (const void* nul = std::memchr(text.data(), 0, text.size()))
        throwBinary(text, static_cast<std::size_t>(static_cast<const char*>(nul) - text.data()), path);
    const std::string_view sample = text.substr(0, kBinarySampleBytes);
    std::size_t controls = 0;
    std::size_t first = std::string_view::npos;
    for (std::size_t i = 0; i < sample.size(); ++i) {
        const auto c = static_cast<unsigned char>(sample[i]);
        if ((c < 0x20 && !isBlankChar(static_cast<char>(c))) || c == 0x7F) {
            ++controls;
            if (first == std::string_view::npos) first = i;
        }
    }
    if (controls * 10 > sample.size()) throwBinary(text, first, path);
}

Decoded decode(std::string_view raw, Encoding wanted, bool final, const std::string& path) {
    Decoded d;
    const auto startsWith = [&](std::string_view bom) { return raw.substr(0, bom.size()) == bom; };
    const bool utf8Bom = startsWith("\xEF\xBB\xBF");
    const bool leBom = startsWith("\xFF\xFE");
    const bool beBom = startsWith("\xFE\xFF");
    Encoding enc = wanted;
    if (enc == Encoding::Auto) {
        if (utf8Bom)
            enc = Encoding::Utf8;
        else if (leBom)
            enc = Encoding::Utf16LE;
        else if (beBom)
            enc = Encoding::Utf16BE;
    }
    d.bom = (enc == Encoding::Utf8 && utf8Bom) || (enc == Encoding::Utf16LE && leBom) ||
            (enc == Encoding::Utf16BE && beBom);
    if (enc == Encoding::Utf16LE || enc == Encoding::Utf16BE) {
        d.owned = utf16ToUtf8(raw.substr(d.bom ? 2 : 0), enc == Encoding::Utf16BE, final);
        d.text = d.owned;
        d.encoding = enc;
        checkNotBinary(d.text, path);
        return d;
    }
    // Single-byte and UTF-8 text: line breaks are the same bytes before and after decoding.
    checkNotBinary(raw, path);
    const std::string_view body = raw.substr(d.bom ? 3 : 0);
    if (enc == Encoding::Auto) {
        enc = firstInvalidUtf8(body, final) == std::string_view::npos ? Encoding::Utf8 : Encoding::Latin1;
        d.fallback = enc == Encoding::Latin1;
    } else if (enc == Encoding::Utf8) {
        const std::size_t bad = firstInvalidUtf8(body, final);
        if (bad != std::string_view::npos)
            throw Error(ErrorCode::InvalidEncoding,
                        {.path = path, .detail = "UTF-8", .line = lineAt(body, bad)});
    }
    d.encoding = enc;
    if (enc == Encoding::Latin1) {
        d.owned = latin1ToUtf8(body);
        d.text = d.owned;
    } else {
        d.text = body;
    }
    return d;
}

// ---------------------------------------------------------------------------------------------------------
// Records

struct Record {
    std::vector<std::string_view> fields;
    std::int64_t line = 0;  // physical line where the record starts

    [[nodiscard]] bool blank() const noexcept {
        for (const auto f : fields)
            if (!trimmed(f).empty()) return false;
        return true;
    }
};

// Splits text into records. Fields are views into the text, except quoted fields that need unescaping,
// which are views into one scratch string reused for every record (no allocation per field).
class Lexer {
public:
    Lexer(std::string_view text, char delimiter, bool final, std::int64_t firstLine, const std::string& path)
        : m_begin(text.data()),
          m_p(text.data()),
          m_end(text.data() + text.size()),
          m_delim(delimiter),
          m_final(final),
          m_line(firstLine),
          m_path(path) {
        m_stop.fill(false);
        m_stop[static_cast<unsigned char>(delimiter)] = true;
        m_stop['\n'] = true;
        m_stop['\r'] = true;
    }

    [[nodiscard]] std::size_t offset() const noexcept { return static_cast<std::size_t>(m_p - m_begin); }

    // Reads the next record; false at the end of the text. Throws NeedMore when a prefix ends inside it.
    bool next(Record& r) {
        r.fields.clear();
        if (m_p >= m_end) return false;
        m_scratch.clear();
        m_fixups.clear();
        r.line = m_line;
        const char* p = m_p;
        for (;;) {
            const char* q = p;
            if (m_delim != ' ')
                while (q < m_end && *q == ' ')
                    ++q;
            if (q < m_end && *q == '"') {
                p = quoted(r, q);
            } else {
                const char* start = p;
                while (p < m_end && !m_stop[static_cast<unsigned char>(*p)])
                    ++p;
                r.fields.emplace_back(start, static_cast<std::size_t>(p - start));
            }
            if (p >= m_end) {
                if (!m_final) throw NeedMore{};
                break;
            }
            const char c = *p++;
            if (c == m_delim) continue;
            if (c == '\r') {
                if (p >= m_end && !m_final) throw NeedMore{};  // a LF may follow in the next block
                if (p < m_end && *p == '\n') ++p;
            }
            ++m_line;
            break;
        }
        m_p = p;
        for (const auto& f : m_fixups)
            r.fields[f.field] = std::string_view(m_scratch).substr(f.offset, f.size);
        return true;
    }

private:
    struct Fixup {
        std::size_t field, offset, size;
    };

    // q points at the opening quote; returns the position after the field (at a delimiter, break or end).
    const char* quoted(Record& r, const char* q) {
        const std::int64_t openLine = m_line;
        const char* content = ++q;
        bool doubled = false;
        for (;;) {
            while (q < m_end && *q != '"') {
                if (*q == '\n')
                    ++m_line;
                else if (*q == '\r' && (q + 1 >= m_end || q[1] != '\n'))
                    ++m_line;
                ++q;
            }
            if (q >= m_end) {
                if (!m_final) throw NeedMore{};
                throw Error(ErrorCode::UnterminatedQuote,
                            {.path = m_path,
                             .line = openLine,
                             .column = static_cast<std::int64_t>(r.fields.size() + 1)});
            }
            if (q + 1 >= m_end && !m_final) throw NeedMore{};  // cannot tell "" from a closing quote yet
            if (q + 1 < m_end && q[1] == '"') {
                doubled = true;
                q += 2;
                continue;
            }
            break;
        }
        const char* contentEnd = q++;
        const char* after = q;
        if (m_delim != ' ')
            while (after < m_end && *after == ' ')
                ++after;
        const bool clean = after >= m_end || m_stop[static_cast<unsigned char>(*after)];
        if (!doubled && clean) {
            r.fields.emplace_back(content, static_cast<std::size_t>(contentEnd - content));
            return after;
        }
        const std::size_t offset = m_scratch.size();
        for (const char* s = content; s < contentEnd; ++s) {
            m_scratch.push_back(*s);
            if (*s == '"') ++s;  // the second quote of a doubled pair
        }
        if (!clean) {
            // Text after the closing quote is kept, quotes included, up to the end of the field.
            while (q < m_end && !m_stop[static_cast<unsigned char>(*q)])
                m_scratch.push_back(*q++);
            after = q;
        }
        m_fixups.push_back({r.fields.size(), offset, m_scratch.size() - offset});
        r.fields.emplace_back();
        return after;
    }

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    char m_delim;
    bool m_final;
    std::int64_t m_line;
    const std::string& m_path;
    std::array<bool, 256> m_stop{};
    std::string m_scratch;
    std::vector<Fixup> m_fixups;
};

// ---------------------------------------------------------------------------------------------------------
// Dialect detection

struct SampleRecord {
    std::vector<std::string> fields;
    std::int64_t index = 0;  // 1-based record number, blank records included
    std::size_t end = 0;     // offset just past it
};

// The first non-blank records at or after record `skip` + 1, read with `delimiter` from the start of text.
std::vector<SampleRecord> sampleRecords(std::string_view text, char delimiter, bool final, std::int64_t skip,
                                        std::int64_t firstLine, const std::string& path) {
    std::vector<SampleRecord> out;
    auto run = [&](std::string_view window, bool windowFinal) {
        out.clear();
        Lexer lex(window, delimiter, windowFinal, firstLine, path);
        Record r;
        std::int64_t index = 0;
        try {
            while (out.size() < kSniffRecords && lex.next(r)) {
                ++index;
                if (index <= skip || r.blank()) continue;
                SampleRecord s;
                s.index = index;
                s.end = lex.offset();
                s.fields.reserve(r.fields.size());
                for (const auto f : r.fields)
                    s.fields.emplace_back(f);
                out.push_back(std::move(s));
            }
        } catch (const NeedMore&) {
            // the window ended inside a record: the sample is what came before
        } catch (const Error&) {
            // an unterminated quote under this delimiter: the main pass reports it if it is real
        }
    };
    const bool windowed = text.size() > kSniffBytes;
    run(text.substr(0, kSniffBytes), final && !windowed);
    if (out.size() < 2 && windowed) run(text, final);  // a first record longer than the window
    if (out.size() < 2 && !final) throw NeedMore{};
    return out;
}

char detectDelimiter(std::string_view text, bool final, std::int64_t skip, std::int64_t firstLine,
                     const std::string& path) {
    // In order of preference on a tie (see the rules at the top).
    constexpr std::array<char, 4> kCandidates{'\t', ';', '|', ','};
    char best = ',';
    double bestShare = -1.0;
    std::size_t bestFields = 0;
    for (const char d : kCandidates) {
        const auto sample = sampleRecords(text, d, final, skip, firstLine, path);
        if (sample.empty()) continue;
        std::vector<std::size_t> counts;
        counts.reserve(sample.size());
        for (const auto& s : sample)
            counts.push_back(s.fields.size());
        std::sort(counts.begin(), counts.end());
        std::size_t modal = 0, modalFreq = 0;
        for (std::size_t i = 0; i < counts.size();) {
            std::size_t j = i;
            while (j < counts.size() && counts[j] == counts[i])
                ++j;
            if (j - i >= modalFreq) modal = counts[i], modalFreq = j - i;  // ties: the larger count
            i = j;
        }
        if (modal < 2) continue;
        const double share = static_cast<double>(modalFreq) / static_cast<double>(counts.size());
        if (share > bestShare || (share == bestShare && modal > bestFields)) {
            best = d;
            bestShare = share;
            bestFields = modal;
        }
    }
    return best;
}

// Votes of the numeric-looking fields for the decimal comma (positive) or dot (negative).
int decimalVote(std::string_view s) noexcept {
    s = trimmed(s);
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    if (s.empty() || s[0] < '0' || s[0] > '9') return 0;
    std::size_t commas = 0, dots = 0, lastComma = 0, lastDot = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ',')
            ++commas, lastComma = i;
        else if (c == '.')
            ++dots, lastDot = i;
        else if (c < '0' || c > '9')
            return 0;
    }
    if (s.back() == ',' || s.back() == '.') return 0;
    if (commas && dots) return lastComma > lastDot ? 1 : -1;
    if (commas) return commas == 1 ? 1 : -1;
    if (dots) return dots == 1 ? -1 : 1;
    return 0;
}

NumberFormat detectNumberFormat(const std::vector<SampleRecord>& sample, char delimiter, DecimalMark mark) {
    if (mark == DecimalMark::Comma) return NumberFormat::comma();
    if (mark == DecimalMark::Dot || delimiter == ',') return NumberFormat::dot();
    int comma = 0, dot = 0;
    for (const auto& r : sample)
        for (const auto& f : r.fields) {
            const int v = decimalVote(f);
            comma += v > 0;
            dot += v < 0;
        }
    return comma > dot ? NumberFormat::comma() : NumberFormat::dot();
}

bool isDateText(std::string_view s) noexcept {
    for (DateOrder o : {DateOrder::YMD, DateOrder::DMY, DateOrder::MDY})
        if (parseDate(s, o)) return true;
    return false;
}

// Whether the first sampled record is a header (rule (a) and (b) at the top of the file).
bool detectHeader(const std::vector<SampleRecord>& sample, const NumberFormat& format) {
    if (sample.empty()) return false;
    const auto& head = sample.front().fields;
    std::size_t n = head.size();
    // A trailing delimiter leaves an empty last name; it says nothing either way.
    if (n >= 2 && trimmed(head.back()).empty()) --n;
    std::vector<std::string_view> names;
    std::size_t empty = 0;
    for (std::size_t j = 0; j < n; ++j) {
        const std::string_view t = trimmed(head[j]);
        names.push_back(t);
        if (t.empty()) {
            ++empty;
            continue;
        }
        if (isMissingToken(t) || parseNumber(t, NumberFormat::dot()) ||
            parseNumber(t, NumberFormat::comma()) || isDateText(t))
            return false;
    }
    std::vector<std::string_view> sorted;
    for (const auto t : names)
        if (!t.empty()) sorted.push_back(t);
    std::sort(sorted.begin(), sorted.end());
    const auto distinct =
        static_cast<std::size_t>(std::unique(sorted.begin(), sorted.end()) - sorted.begin());
    if (distinct * 2 < n) return false;
    if (sample.size() == 1) return empty == 0;

    bool anyTyped = false;
    bool reappears = false;
    for (std::size_t j = 0; j < n; ++j) {
        std::size_t present = 0, typed = 0;
        for (std::size_t i = 1; i < sample.size(); ++i) {
            if (sample[i].fields.size() <= j) continue;
            const std::string_view t = trimmed(sample[i].fields[j]);
            if (isMissingToken(t)) continue;
            ++present;
            if (parseNumber(t, format) || isDateText(t)) ++typed;
            if (t == names[j]) reappears = true;
        }
        // Only a named column is evidence: a data row with a gap above a number column proves nothing.
        if (!names[j].empty() && typed > 0 && typed * 2 > present) anyTyped = true;
    }
    if (anyTyped) return true;
    return empty == 0 && distinct == n && !reappears;
}

// ---------------------------------------------------------------------------------------------------------
// The read

std::vector<std::string> columnNames(const std::vector<std::string_view>& header, Warnings& warnings,
                                     bool trailingCandidate, std::vector<Warning>& trailingWarning) {
    std::vector<std::string> names;
    names.reserve(header.size());
    for (const auto h : header)
        names.emplace_back(trimmed(h));
    // Sets, not pairwise comparisons: a fuzzed or machine-written header can have tens of thousands of names.
    std::unordered_set<std::string> written;
    for (const auto& n : names)
        if (!n.empty()) written.insert(n);
    std::unordered_set<std::string> used;
    std::unordered_map<std::string, std::size_t> nextSuffix;
    auto free = [&](const std::string& name) { return !written.count(name) && !used.count(name); };
    for (std::size_t j = 0; j < names.size(); ++j) {
        const bool empty = names[j].empty();
        if (!empty && used.insert(names[j]).second) continue;
        std::string fresh;
        if (empty) {
            for (std::size_t k = j + 1;; ++k) {
                fresh = "Column " + std::to_string(k);
                if (free(fresh)) break;
            }
        } else {
            std::size_t& k = nextSuffix.try_emplace(names[j], 2).first->second;
            for (;; ++k) {
                fresh = names[j] + " (" + std::to_string(k) + ")";
                if (free(fresh)) break;
            }
        }
        used.insert(fresh);
        names[j] = fresh;
        Warning w{WarningCode::ColumnRenamed, {.detail = fresh, .column = static_cast<std::int64_t>(j + 1)}};
        if (trailingCandidate && j + 1 == names.size())
            trailingWarning.push_back(std::move(w));
        else
            warnings.push_back(std::move(w));
    }
    return names;
}

Table dropLastColumn(Table&& table) {
    Table out;
    for (std::size_t j = 0; j + 1 < table.columnCount(); ++j)
        out.addColumn(std::move(table.column(j)));
    return out;
}

bool allMissing(const Column& c) {
    for (std::size_t i = 0; i < c.size(); ++i)
        if (!c.isMissing(i)) return false;
    return true;
}

// Parses raw bytes: the whole input (final) or a prefix of it (a preview), which throws NeedMore when the
// prefix proves too short.
CsvResult parse(std::string_view raw, bool final, const CsvOptions& options, const Progress& progress,
                const std::string& path) {
    if (options.delimiter == '"' || options.delimiter == '\n' || options.delimiter == '\r' ||
        static_cast<unsigned char>(options.delimiter) >= 0x80)
        throw Error(ErrorCode::BadDelimiter, {.path = path, .detail = std::string(1, options.delimiter)});
    if (options.headerRow < -1)
        throw Error(ErrorCode::InvalidParameter,
                    {.detail = "headerRow", .count = options.headerRow, .limit = -1});
    if (raw.empty()) throw Error(ErrorCode::FileEmpty, {.path = path});

    CsvResult result;
    const Decoded decoded = decode(raw, options.encoding, final, path);
    std::string_view text = decoded.text;
    result.dialect.encoding = decoded.encoding;
    result.dialect.bom = decoded.bom;
    if (decoded.fallback)
        result.warnings.push_back(
            {WarningCode::EncodingFallback, {.path = path, .detail = encodingName(Encoding::Latin1)}});

    if (std::all_of(text.begin(), text.end(), isBlankChar)) {
        if (!final) throw NeedMore{};
        throw Error(ErrorCode::FileEmpty, {.path = path});
    }

    // Excel's "sep=;" first line.
    std::int64_t firstLine = 1;
    char delimiter = options.delimiter;
    if (text.size() >= 5 && text.substr(0, 4) == "sep=" && text[4] != '\n' && text[4] != '\r' &&
        (text.size() == 5 || text[5] == '\n' || text[5] == '\r')) {
        if (!delimiter) delimiter = text[4];
        std::size_t cut = 5;
        if (cut < text.size() && text[cut] == '\r') ++cut;
        if (cut < text.size() && text[cut] == '\n') ++cut;
        text.remove_prefix(cut);
        firstLine = 2;
    }

    const std::int64_t skip = options.headerRow > 0 ? options.headerRow - 1 : 0;
    if (!delimiter) delimiter = detectDelimiter(text, final, skip, firstLine, path);
    result.dialect.delimiter = delimiter;
    const auto sample = sampleRecords(text, delimiter, final, skip, firstLine, path);
    const NumberFormat format = detectNumberFormat(sample, delimiter, options.decimal);
    result.dialect.number = format;

    std::int64_t headerIndex = 0;  // 1-based record holding the names, 0 = none
    if (options.headerRow > 0)
        headerIndex = options.headerRow;
    else if (options.headerRow == -1 && detectHeader(sample, format))
        headerIndex = sample.front().index;
    result.dialect.headerRow = static_cast<int>(headerIndex);

    progress.report(0.0);
    Lexer lex(text, delimiter, final, firstLine, path);
    Record rec;
    std::int64_t recordIndex = 0;
    std::vector<std::string> names;
    Warnings trailingWarning;
    bool trailingCandidate = false;
    bool pendingFirstRow = false;  // without a header, the first non-blank record is data already read

    if (headerIndex > 0) {
        while (recordIndex < headerIndex) {
            if (!lex.next(rec))
                throw Error(ErrorCode::HeaderRowOutOfRange,
                            {.path = path, .count = headerIndex, .limit = recordIndex});
            ++recordIndex;
        }
        trailingCandidate = rec.fields.size() >= 2 && trimmed(rec.fields.back()).empty();
        names = columnNames(rec.fields, result.warnings, trailingCandidate, trailingWarning);
    } else {
        for (;;) {
            if (!lex.next(rec)) throw Error(ErrorCode::NoData, {.path = path});
            if (!rec.blank()) break;
        }
        for (std::size_t j = 0; j < rec.fields.size(); ++j)
            names.push_back("Column " + std::to_string(j + 1));
        trailingCandidate = rec.fields.size() >= 2 && trimmed(rec.fields.back()).empty();
        pendingFirstRow = true;
    }
    const std::size_t ncols = names.size();

    BuilderOptions builderOptions;
    builderOptions.number = format;
    builderOptions.maxCategories = options.maxCategories;
    TableBuilder builder(std::move(names), builderOptions);
    if (options.maxRows > 0) {
        builder.reserve(options.maxRows);
    } else if (!sample.empty()) {
        // Rows expected from the sample's bytes per record, plus a margin, so the column vectors rarely
        // regrow.
        const double perRecord =
            static_cast<double>(sample.back().end) / static_cast<double>(sample.back().index);
        builder.reserve(
            static_cast<std::size_t>(static_cast<double>(text.size()) / std::max(perRecord, 1.0) * 1.05) +
            16);
    }

    std::size_t rows = 0;
    std::size_t blankRows = 0;
    std::size_t nextReport = kReportBytes;
    const double total = static_cast<double>(std::max<std::size_t>(text.size(), 1));
    for (;;) {
        if (pendingFirstRow) {
            pendingFirstRow = false;
        } else {
            if (!lex.next(rec)) break;
            if (rec.blank()) {
                ++blankRows;
                continue;
            }
        }
        const std::size_t found = rec.fields.size();
        if (found != ncols && !(trailingCandidate && found + 1 == ncols))
            throw Error(ErrorCode::RaggedRow, {.path = path,
                                               .line = rec.line,
                                               .count = static_cast<std::int64_t>(found),
                                               .limit = static_cast<std::int64_t>(ncols)});
        for (std::size_t j = 0; j < found; ++j)
            builder.addText(j, rec.fields[j]);
        builder.endRow();
        ++rows;
        if (lex.offset() >= nextReport) {
            nextReport = lex.offset() + kReportBytes;
            progress.report(static_cast<double>(lex.offset()) / total);
        }
        if (options.maxRows > 0 && rows >= options.maxRows) {
            // Truncated only if another data row follows; a prefix that ends here leaves the rest unread.
            try {
                while (lex.next(rec)) {
                    if (!rec.blank()) {
                        result.truncated = true;
                        break;
                    }
                }
            } catch (const NeedMore&) {
                result.truncated = true;
            } catch (const Error&) {
                result.truncated = true;  // the next record is broken, but it is not part of the preview
            }
            break;
        }
    }
    if (rows == 0) throw Error(ErrorCode::NoData, {.path = path});

    result.table = builder.finish();
    if (trailingCandidate && allMissing(result.table.column(ncols - 1))) {
        result.table = dropLastColumn(std::move(result.table));
    } else {
        for (auto& w : trailingWarning)
            result.warnings.push_back(std::move(w));
    }
    if (blankRows > 0)
        result.warnings.push_back(
            {WarningCode::BlankRowsSkipped, {.path = path, .count = static_cast<std::int64_t>(blankRows)}});
    if (result.truncated)
        result.warnings.push_back({WarningCode::RowsTruncated,
                                   {.path = path,
                                    .count = static_cast<std::int64_t>(rows),
                                    .limit = static_cast<std::int64_t>(options.maxRows)}});
    progress.report(1.0);
    return result;
}

// A preview parses growing prefixes until it has what it needs, so a 10-row preview of a 100 MB file reads
// about a megabyte. fetch(n) returns the first n bytes (fewer at the end) and whether they are all there is.
template <typename Fetch>
CsvResult parsePrefixes(Fetch&& fetch, const CsvOptions& options, const Progress& progress,
                        const std::string& path) {
    std::size_t want = kFirstPreviewBytes;
    for (;;) {
        const auto [bytes, final] = fetch(want);
        try {
            return parse(bytes, final, options, progress, path);
        } catch (const NeedMore&) {
            if (final) throw Error(ErrorCode::Internal, {.path = path, .detail = "incomplete read"});
            want *= 4;
        }
    }
}

struct FileCloser {
    void operator()(std::FILE* f) const noexcept { std::fclose(f); }
};

#ifdef SEG_CSV_MMAP
// A read-only mapping of a whole regular file. Faulting the pages in up front (MAP_POPULATE) costs one system
// call instead of a page fault per 4 KiB, and nothing is copied: on this project's 2-core VMs, the copy and
// the faults of a read() into a fresh buffer were a third of a 100 MB import.
class MappedFile {
public:
    MappedFile(const std::string& path, std::size_t size) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return;
        int flags = MAP_PRIVATE;
#ifdef MAP_POPULATE
        flags |= MAP_POPULATE;
#endif
        void* p = ::mmap(nullptr, size, PROT_READ, flags, fd, 0);
        ::close(fd);
        if (p == MAP_FAILED) return;
        m_data = static_cast<const char*>(p);
        m_size = size;
    }
    ~MappedFile() {
        if (m_data) ::munmap(const_cast<char*>(m_data), m_size);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    [[nodiscard]] bool ok() const noexcept {
        return m_data != nullptr;
    }
    [[nodiscard]] std::string_view bytes() const noexcept {
        return {m_data, m_size};
    }

private:
    const char* m_data = nullptr;
    std::size_t m_size = 0;
};
#endif

}  // namespace

CsvResult readCsvBuffer(std::string_view bytes, const CsvOptions& options, const Progress& progress,
                        const std::string& path) {
    if (options.maxRows == 0) {
        try {
            return parse(bytes, true, options, progress, path);
        } catch (const NeedMore&) {
            throw Error(ErrorCode::Internal, {.path = path, .detail = "incomplete read"});
        }
    }
    return parsePrefixes(
        [&](std::size_t n) {
            return std::pair{bytes.substr(0, n), n >= bytes.size()};
        },
        options, progress, path);
}

CsvResult readCsvFile(const std::string& path, const CsvOptions& options, const Progress& progress) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) throw Error(ErrorCode::FileNotFound, {.path = path});
    if (fs::is_directory(status))
        throw Error(ErrorCode::FileUnreadable, {.path = path, .detail = "is a directory"});
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) throw Error(ErrorCode::FileUnreadable, {.path = path, .detail = std::strerror(errno)});

    // One buffer that grows to hold the first n bytes; the size the file system reports is only a hint
    // (special files report 0, and files may change while we read them). The memory is not zeroed first:
    // for a 100 MB file that memset alone cost a tenth of the read.
    std::unique_ptr<char[]> buffer;
    std::size_t capacity = 0;
    std::size_t size = 0;
    bool eof = false;
    auto fetch = [&](std::size_t n) {
        if (n > capacity && !eof) {
            auto bigger = std::make_unique_for_overwrite<char[]>(n);
            if (size) std::memcpy(bigger.get(), buffer.get(), size);
            buffer = std::move(bigger);
            capacity = n;
        }
        while (!eof && size < n) {
            const std::size_t got = std::fread(buffer.get() + size, 1, n - size, file.get());
            size += got;
            if (got == 0) {
                if (std::ferror(file.get()))
                    throw Error(ErrorCode::FileUnreadable, {.path = path, .detail = std::strerror(errno)});
                eof = true;
            }
        }
        return std::pair{std::string_view(buffer.get(), std::min(n, size)), eof && n >= size};
    };
    if (options.maxRows > 0) return parsePrefixes(fetch, options, progress, path);

    const std::uintmax_t hint = fs::is_regular_file(status) ? fs::file_size(path, ec) : 0;
#ifdef SEG_CSV_MMAP
    if (!ec && hint > 0) {
        const MappedFile mapped(path, static_cast<std::size_t>(hint));
        if (mapped.ok()) {
            try {
                return parse(mapped.bytes(), true, options, progress, path);
            } catch (const NeedMore&) {
                throw Error(ErrorCode::Internal, {.path = path, .detail = "incomplete read"});
            }
        }
    }
#endif
    // One read of the announced size (plus one byte to see the end), then more for files without a size.
    for (std::size_t want = (ec ? 0 : static_cast<std::size_t>(hint)) + 1; !eof; want = size * 2 + 65536)
        fetch(want);
    try {
        return parse(std::string_view(buffer.get(), size), true, options, progress, path);
    } catch (const NeedMore&) {
        throw Error(ErrorCode::Internal, {.path = path, .detail = "incomplete read"});
    }
}

}  // namespace seg::data
