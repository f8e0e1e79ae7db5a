#include "data/XlsxReader.h"

#include <algorithm>
#include <charconv>
#include <deque>
#include <optional>
#include <set>

#include "common/Error.h"
#include "data/TableBuilder.h"
#include "data/ValueParsing.h"
#include "data/xlsx/DateFormats.h"
#include "data/xlsx/SheetReader.h"
#include "data/xlsx/WorkbookParts.h"
#include "data/xlsx/ZipPackage.h"

namespace seg::data {

namespace {

using namespace xlsx;

// Header detection looks at the sheet rows 1..30: enough for a few title lines, notes and blank rows.
constexpr std::int64_t kHeaderScanRows = 30;
constexpr std::uint32_t kMaxColumns = 16384;
// Progress is reported (and cancellation checked) every this many rows.
constexpr std::size_t kProgressRows = 512;

// A cell's value, interpreted from its type, style and text.
enum class Kind : std::uint8_t {
    Text,     // a string as written: numbers stored as text are parsed later by TableBuilder::addText
    Boolean,  // "TRUE"/"FALSE", never parsed
    Number,
    Date,
    Error,          // #DIV/0!, #N/A...: missing
    FormulaNoValue  // a formula whose result was never cached (a file written by a library, not Excel):
                    // missing
};

struct Cell {
    std::uint32_t col = 0;
    Kind kind = Kind::Text;
    bool hasTime = false;
    double number = 0.0;
    std::string_view text;
};

struct OwnedCell {
    std::uint32_t col = 0;
    Kind kind = Kind::Text;
    bool hasTime = false;
    double number = 0.0;
    std::string text;
    [[nodiscard]] Cell view() const { return {col, kind, hasTime, number, text}; }
};

struct OwnedRow {
    std::int64_t number = 0;
    std::vector<OwnedCell> cells;
};

bool isEmpty(const Cell& c) {
    return c.kind == Kind::Text && trimmed(c.text).empty();
}

// Text that names a column: a string that is not a number and not a missing-value token.
bool isHeaderText(const Cell& c) {
    if (c.kind != Kind::Text) return false;
    const std::string_view t = trimmed(c.text);
    return !t.empty() && !isMissingToken(t) && !parseNumber(t).has_value();
}

std::string cellAsName(const Cell& c) {
    switch (c.kind) {
        case Kind::Text:
        case Kind::Boolean:
            return std::string(trimmed(c.text));
        case Kind::Number:
            return formatNumber(c.number);
        case Kind::Date:
            return formatDate(c.number, c.hasTime);
        case Kind::Error:
        case Kind::FormulaNoValue:
            return {};
    }
    return {};
}

std::optional<double> parseDouble(std::string_view s) {
    s = trimmed(s);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    double v = 0.0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
}

class SheetLoader {
public:
    SheetLoader(ZipPackage& package, const XlsxOptions& options, XlsxResult& result)
        : m_package(package), m_options(options), m_result(result) {}

    void load(const Progress& progress) {
        WorkbookInfo workbook = readWorkbook(m_package);
        m_result.date1904 = workbook.date1904;
        for (const auto& s : workbook.sheets)
            m_result.sheets.push_back(s.name);
        const SheetInfo* sheet = &workbook.sheets.front();
        if (!m_options.sheet.empty()) {
            const auto it = std::find_if(workbook.sheets.begin(), workbook.sheets.end(),
                                         [&](const SheetInfo& s) { return s.name == m_options.sheet; });
            if (it == workbook.sheets.end())
                throw Error(ErrorCode::SheetNotFound, {.path = m_package.path(), .detail = m_options.sheet});
            sheet = &*it;
        }
        m_result.sheet = sheet->name;
        const ZipEntry* sheetEntry = m_package.find(sheet->part);
        if (!sheetEntry)
            throw Error(ErrorCode::MissingWorkbookPart, {.path = m_package.path(), .detail = sheet->part});

        m_styles = readCellStyles(m_package, workbook.stylesPart);
        // Progress is split by the parts' compressed sizes, the work that dominates both.
        const ZipEntry* sstEntry =
            workbook.sharedStringsPart.empty() ? nullptr : m_package.find(workbook.sharedStringsPart);
        const double sstBytes = sstEntry ? static_cast<double>(sstEntry->compressedSize) : 0.0;
        const double share =
            sstBytes / std::max(1.0, sstBytes + static_cast<double>(sheetEntry->compressedSize));
        m_strings = readSharedStrings(m_package, workbook.sharedStringsPart, progress.sub(0.0, share));
        m_date1904 = workbook.date1904;
        readSheet(*sheetEntry, progress.sub(share, 1.0));
    }

private:
    void readSheet(const ZipEntry& entry, const Progress& progress) {
        m_entryName = entry.name;
        SheetReader reader(m_package, entry);
        RawRow raw;
        std::vector<Cell> cells;
        std::vector<OwnedRow> lookahead;
        const int headerOption = m_options.headerRow;
        if (headerOption < -1)
            throw Error(ErrorCode::InvalidParameter,
                        {.detail = "headerRow", .count = headerOption, .limit = -1});
        if (headerOption == 0) startTable(nullptr, 0);
        std::size_t sinceReport = 0;
        std::int64_t lastSeenRow = 0;
        bool stopped = false;
        while (!stopped && reader.next(raw)) {
            if (++sinceReport >= kProgressRows) {
                sinceReport = 0;
                progress.report(reader.fraction());
            }
            m_rawCells += raw.cells.size();
            if (m_rawCells > m_options.limits.maxCells) tooManyCells(m_rawCells);
            lastSeenRow = std::max(lastSeenRow, raw.number);
            interpret(raw, cells);
            if (m_builder) {
                stopped = !dataRow(raw.number, cells);
            } else if (headerOption > 0) {
                if (raw.number == headerOption) {
                    startTable(&cells, raw.number);
                } else if (raw.number > headerOption) {
                    // The header row was absent (a sparse sheet): no names, data starts here.
                    startTable(nullptr, headerOption);
                    stopped = !dataRow(raw.number, cells);
                }
            } else if (raw.number <= kHeaderScanRows) {
                lookahead.push_back(own(raw.number, cells));
            } else {
                stopped = !detectHeader(lookahead, true) || !dataRow(raw.number, cells);
            }
        }
        // A preview stops where it is; a full read also checks the rest of the part (its XML, size and CRC).
        if (!stopped) reader.drain();
        if (!m_builder) {
            if (headerOption > 0)
                throw Error(ErrorCode::HeaderRowOutOfRange,
                            {.path = m_package.path(), .count = headerOption, .limit = lastSeenRow});
            detectHeader(lookahead, false);
        }
        progress.report(1.0);
        finish();
    }

    // Interprets a raw row's cells (sorted by column, the last of duplicates kept, blanks dropped).
    void interpret(const RawRow& raw, std::vector<Cell>& out) {
        out.clear();
        bool sorted = true;
        for (const RawCell& rc : raw.cells) {
            Cell c;
            c.col = rc.col;
            const std::string_view v = raw.value(rc);
            switch (rc.type) {
                case CellType::SharedString: {
                    const std::string_view digits = trimmed(v);
                    std::size_t idx = 0;
                    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), idx);
                    if (ec != std::errc() || end != digits.data() + digits.size() || idx >= m_strings.size())
                        continue;
                    c.text = m_strings.at(idx);
                    break;
                }
                case CellType::InlineString:
                case CellType::FormulaString:
                    if (!rc.hasValue) {
                        if (!rc.hasFormula) continue;
                        c.kind = Kind::FormulaNoValue;
                    } else {
                        c.text = decoded(v);
                    }
                    break;
                case CellType::Boolean:
                    if (!rc.hasValue) {
                        if (!rc.hasFormula) continue;
                        c.kind = Kind::FormulaNoValue;
                        break;
                    }
                    c.kind = Kind::Boolean;
                    c.text = (trimmed(v) == "0" || trimmed(v).empty()) ? "FALSE" : "TRUE";
                    break;
                case CellType::Error:
                    c.kind = Kind::Error;
                    break;
                case CellType::IsoDate: {
                    // ISO 8601 dates (18.17.4.3), written by a few libraries instead of serials.
                    bool withTime = false;
                    if (const auto d = parseDate(v, DateOrder::YMD, &withTime)) {
                        c.kind = Kind::Date;
                        c.number = *d;
                        c.hasTime = withTime;
                    } else if (trimmed(v).empty()) {
                        continue;
                    } else {
                        c.text = v;
                    }
                    break;
                }
                case CellType::Number: {
                    if (!rc.hasValue || trimmed(v).empty()) {
                        if (!rc.hasFormula) continue;
                        c.kind = Kind::FormulaNoValue;
                        break;
                    }
                    const auto number = parseDouble(v);
                    if (!number) {
                        c.text = v;
                        break;
                    }
                    const DateKind dk = rc.style < m_styles.size() ? m_styles[rc.style] : DateKind::None;
                    // Excel shows serials outside 0..2958465 (9999-12-31) as ####: they are numbers, not
                    // dates.
                    if (dk == DateKind::None || !(*number >= 0.0 && *number < 2958466.0)) {
                        c.kind = Kind::Number;
                        c.number = *number;
                    } else {
                        c.kind = Kind::Date;
                        c.number = serialToDays(*number, m_date1904);
                        c.hasTime = dk == DateKind::DateTime;
                    }
                    break;
                }
            }
            if (!out.empty() && out.back().col >= c.col) sorted = false;
            out.push_back(c);
        }
        if (!sorted) {
            // Excel writes cells in column order; a file that does not is read as if it had, later cells
            // winning.
            std::stable_sort(out.begin(), out.end(),
                             [](const Cell& a, const Cell& b) { return a.col < b.col; });
            std::vector<Cell> unique;
            for (const Cell& c : out) {
                if (!unique.empty() && unique.back().col == c.col)
                    unique.back() = c;
                else
                    unique.push_back(c);
            }
            out.swap(unique);
        }
    }

    std::string_view decoded(std::string_view v) {
        if (v.find("_x") == std::string_view::npos) return v;
        m_scratch.emplace_back(v);
        decodeXmlEscapes(m_scratch.back());
        return m_scratch.back();
    }

    static OwnedRow own(std::int64_t number, const std::vector<Cell>& cells) {
        OwnedRow row;
        row.number = number;
        for (const Cell& c : cells)
            row.cells.push_back({c.col, c.kind, c.hasTime, c.number, std::string(c.text)});
        return row;
    }

    // The rule (README "How the header row is found"): among the rows buffered from the first 30 sheet rows,
    // the header is the one with the most non-empty cells whose every non-empty cell is text (not a number,
    // date, boolean or missing token) and which has a non-blank row below it; on a tie the upper row wins.
    // Title rows above it (one merged cell) and blank rows are thereby skipped. No such row: no header.
    // Returns false when maxRows stopped the replay.
    bool detectHeader(const std::vector<OwnedRow>& rows, bool moreRows) {
        std::vector<std::vector<Cell>> views(rows.size());
        std::vector<std::size_t> filled(rows.size(), 0);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            for (const OwnedCell& c : rows[i].cells)
                views[i].push_back(c.view());
            for (const Cell& c : views[i])
                filled[i] += !isEmpty(c);
        }
        auto candidate = [&](bool needData) {
            std::ptrdiff_t best = -1;
            std::size_t bestCount = 0;
            bool dataBelow = moreRows;
            for (std::size_t k = rows.size(); k-- > 0;) {
                const bool allText = std::all_of(views[k].begin(), views[k].end(),
                                                 [](const Cell& c) { return isEmpty(c) || isHeaderText(c); });
                if (allText && filled[k] > 0 && filled[k] >= bestCount && (dataBelow || !needData)) {
                    best = static_cast<std::ptrdiff_t>(k);
                    bestCount = filled[k];
                }
                dataBelow = dataBelow || filled[k] > 0;
            }
            return best;
        };
        std::ptrdiff_t header = candidate(true);
        if (header < 0) header = candidate(false);
        std::size_t first = 0;
        if (header >= 0) {
            startTable(&views[static_cast<std::size_t>(header)],
                       rows[static_cast<std::size_t>(header)].number);
            first = static_cast<std::size_t>(header) + 1;
        } else {
            startTable(nullptr, 0);
        }
        for (std::size_t i = first; i < rows.size(); ++i)
            if (!dataRow(rows[i].number, views[i])) return false;
        return true;
    }

    void startTable(const std::vector<Cell>* header, std::int64_t headerRow) {
        m_result.headerRow = static_cast<int>(headerRow);
        m_lastRow = headerRow;
        m_builder.emplace(std::vector<std::string>{},
                          BuilderOptions{NumberFormat::dot(), m_options.maxCategories});
        m_colIndex.assign(kMaxColumns, -1);
        m_names.assign(kMaxColumns, std::string());
        if (!header) return;
        for (const Cell& c : *header) {
            std::string name = cellAsName(c);
            if (name.empty()) continue;
            if (m_spanFirst < 0) m_spanFirst = c.col;
            m_spanLast = c.col;
            m_names[c.col] = std::move(name);
            column(c.col);
        }
    }

    std::size_t column(std::uint32_t col) {
        if (m_colIndex[col] >= 0) return static_cast<std::size_t>(m_colIndex[col]);
        const auto pos = std::lower_bound(m_sheetCols.begin(), m_sheetCols.end(), col) - m_sheetCols.begin();
        m_sheetCols.insert(m_sheetCols.begin() + pos, col);
        m_builder->insertColumn(static_cast<std::size_t>(pos), std::string());
        for (std::size_t i = static_cast<std::size_t>(pos); i < m_sheetCols.size(); ++i)
            m_colIndex[m_sheetCols[i]] = static_cast<std::int32_t>(i);
        return static_cast<std::size_t>(pos);
    }

    // Returns false when maxRows is reached and a further data row exists (the read stops there).
    bool dataRow(std::int64_t number, const std::vector<Cell>& cells) {
        // Rows missing from the file (sparse rows, 18.3.1.73) are blank rows too.
        if (number > m_lastRow + 1) m_blankPending += static_cast<std::uint64_t>(number - m_lastRow - 1);
        m_lastRow = std::max(m_lastRow, number);
        const bool blank = std::all_of(cells.begin(), cells.end(), isEmpty);
        if (blank) {
            ++m_blankPending;
            return true;
        }
        // Without a header, blank rows above the first data row are not worth a warning.
        if (m_result.headerRow > 0 || m_builder->rowCount() > 0) m_blankSkipped += m_blankPending;
        m_blankPending = 0;
        if (m_options.maxRows > 0 && m_builder->rowCount() >= m_options.maxRows) {
            m_result.truncated = true;
            return false;
        }
        for (const Cell& c : cells) {
            if (isEmpty(c)) continue;
            const std::size_t i = column(c.col);
            switch (c.kind) {
                case Kind::Text:
                    m_builder->addText(i, c.text);
                    break;
                case Kind::Boolean:
                    m_builder->addString(i, c.text);
                    break;
                case Kind::Number:
                    m_builder->addNumber(i, c.number);
                    break;
                case Kind::Date:
                    m_builder->addDate(i, c.number, c.hasTime);
                    break;
                case Kind::Error:
                    m_builder->addMissing(i);
                    ++m_errorCells;
                    break;
                case Kind::FormulaNoValue:
                    m_builder->addMissing(i);
                    ++m_formulasWithoutValue;
                    break;
            }
        }
        m_builder->endRow();
        m_scratch.clear();
        // The table's cells, not the file's: a sparse sheet with one far cell still fills every row.
        const std::uint64_t dense =
            static_cast<std::uint64_t>(m_builder->rowCount()) * m_builder->columnCount();
        if (dense > m_options.limits.maxCells) tooManyCells(dense);
        return true;
    }

    [[noreturn]] void tooManyCells(std::uint64_t count) const {
        throw Error(ErrorCode::TooManyCells,
                    {.path = m_package.path(),
                     .detail = m_entryName,
                     .count = static_cast<std::int64_t>(std::min<std::uint64_t>(count, INT64_MAX)),
                     .limit = static_cast<std::int64_t>(
                         std::min<std::uint64_t>(m_options.limits.maxCells, INT64_MAX))});
    }

    void finish() {
        const std::size_t rows = m_builder->rowCount();
        m_result.table = m_builder->finish();
        Table& table = m_result.table;
        std::vector<std::string> names(table.columnCount());
        for (std::size_t i = 0; i < names.size(); ++i) {
            const std::uint32_t col = m_sheetCols[i];
            names[i] = m_names[col];
            if (names[i].empty()) {
                // Numbered by sheet column (F is "Column 6"), so the name points at the spreadsheet's column.
                names[i] = "Column " + std::to_string(col + 1);
                // An empty cell inside the header's span is a missing name; columns beyond it simply had
                // none.
                if (m_spanFirst >= 0 && static_cast<std::int64_t>(col) > m_spanFirst && col < m_spanLast)
                    m_result.warnings.push_back(
                        {WarningCode::ColumnRenamed,
                         {.detail = names[i], .column = static_cast<std::int64_t>(i + 1)}});
            }
        }
        std::set<std::string> used;
        const std::set<std::string> wanted(names.begin(), names.end());
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (used.count(names[i])) {
                std::string candidate;
                for (int k = 2;; ++k) {
                    candidate = names[i] + " (" + std::to_string(k) + ")";
                    if (!used.count(candidate) && !wanted.count(candidate)) break;
                }
                names[i] = candidate;
                m_result.warnings.push_back(
                    {WarningCode::ColumnRenamed,
                     {.detail = names[i], .column = static_cast<std::int64_t>(i + 1)}});
            }
            used.insert(names[i]);
            table.column(i).setName(names[i]);
        }
        if (m_blankSkipped > 0)
            m_result.warnings.push_back(
                {WarningCode::BlankRowsSkipped, {.count = static_cast<std::int64_t>(m_blankSkipped)}});
        if (m_errorCells > 0)
            m_result.warnings.push_back(
                {WarningCode::ErrorCellsAsMissing,
                 {.detail = m_result.sheet, .count = static_cast<std::int64_t>(m_errorCells)}});
        if (m_formulasWithoutValue > 0)
            m_result.warnings.push_back(
                {WarningCode::FormulaWithoutValue,
                 {.detail = m_result.sheet, .count = static_cast<std::int64_t>(m_formulasWithoutValue)}});
        if (m_result.truncated)
            m_result.warnings.push_back({WarningCode::RowsTruncated,
                                         {.count = static_cast<std::int64_t>(rows),
                                          .limit = static_cast<std::int64_t>(m_options.maxRows)}});
    }

    ZipPackage& m_package;
    const XlsxOptions& m_options;
    XlsxResult& m_result;
    std::string m_entryName;
    std::vector<DateKind> m_styles;
    SharedStrings m_strings;
    bool m_date1904 = false;
    std::optional<TableBuilder> m_builder;
    std::vector<std::int32_t> m_colIndex;    // sheet column -> builder column, -1 when not yet seen
    std::vector<std::uint32_t> m_sheetCols;  // builder column -> sheet column, ascending
    std::vector<std::string> m_names;        // header name by sheet column
    std::int64_t m_spanFirst = -1;
    std::uint32_t m_spanLast = 0;
    std::int64_t m_lastRow = 0;
    std::uint64_t m_blankPending = 0;
    std::uint64_t m_blankSkipped = 0;
    std::uint64_t m_errorCells = 0;
    std::uint64_t m_formulasWithoutValue = 0;
    std::uint64_t m_rawCells = 0;
    std::deque<std::string> m_scratch;  // decoded inline strings of the current row (stable addresses)
};

XlsxResult readPackage(ZipPackage& package, const XlsxOptions& options, const Progress& progress) {
    XlsxResult result;
    SheetLoader loader(package, options, result);
    loader.load(progress);
    return result;
}

}  // namespace

std::vector<std::string> listXlsxSheets(const std::string& path) {
    ZipPackage package(path, XlsxLimits{});
    std::vector<std::string> names;
    for (const auto& s : readWorkbook(package).sheets)
        names.push_back(s.name);
    return names;
}

XlsxResult readXlsxFile(const std::string& path, const XlsxOptions& options, const Progress& progress) {
    ZipPackage package(path, options.limits);
    return readPackage(package, options, progress);
}

XlsxResult readXlsxBuffer(std::string_view bytes, const XlsxOptions& options, const Progress& progress,
                          const std::string& path) {
    ZipPackage package(bytes.data(), bytes.size(), path, options.limits);
    return readPackage(package, options, progress);
}

}  // namespace seg::data
