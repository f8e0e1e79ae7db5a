#include "data/TableBuilder.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "common/Error.h"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace seg::data {

namespace {

std::uint64_t hashBytes(std::string_view s) noexcept {
    // FNV-1a with a final mix; fast enough for short labels and well spread.
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

// Interns strings into dense codes (open addressing; the levels vector owns the text).
class StringPool {
public:
    std::int32_t intern(std::string_view s, std::vector<std::string>& levels) {
        if ((levels.size() + 1) * 2 > m_slots.size()) grow(levels);
        const std::uint64_t h = hashBytes(s);
        std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const std::int32_t code = m_slots[i];
            if (code < 0) {
                const auto newCode = static_cast<std::int32_t>(levels.size());
                levels.emplace_back(s);
                m_hashes.push_back(h);
                m_slots[i] = newCode;
                return newCode;
            }
            if (m_hashes[static_cast<std::size_t>(code)] == h && levels[static_cast<std::size_t>(code)] == s)
                return code;
        }
    }

private:
    void grow(const std::vector<std::string>& levels) {
        std::size_t size = std::max<std::size_t>(64, m_slots.size() * 2);
        while (size < (levels.size() + 1) * 2)
            size *= 2;
        m_slots.assign(size, -1);
        const std::size_t mask = size - 1;
        for (std::size_t code = 0; code < levels.size(); ++code) {
            std::size_t i = m_hashes[code] & mask;
            while (m_slots[i] >= 0)
                i = (i + 1) & mask;
            m_slots[i] = static_cast<std::int32_t>(code);
        }
    }
    std::vector<std::int32_t> m_slots;
    std::vector<std::uint64_t> m_hashes;
};

}  // namespace

namespace {

// Asks Linux to back a large, freshly reserved column with 2 MiB pages (transparent huge pages in "madvise"
// mode, Debian's default): filling a million-row column otherwise takes one page fault per 4 KiB, which on
// virtual machines was an eighth of a CSV import. Only the whole huge pages inside the block are advised.
void adviseHugePages([[maybe_unused]] const void* data, [[maybe_unused]] std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
    if (bytes < 2 * kHuge) return;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#endif
}

}  // namespace

struct TableBuilder::ColumnBuilder {
    std::string name;
    bool strings = false;  // false: numbers (or nothing yet)
    std::vector<double> numbers;
    std::vector<std::int32_t> codes;
    std::vector<std::string> levels;
    StringPool pool;
    std::size_t dateCells = 0;
    std::size_t plainNumberCells = 0;
    bool anyTime = false;
    std::size_t filledRow = static_cast<std::size_t>(-1);  // last row that got a cell

    void toStrings() {
        // A number column met a string: keep what was read so far, written as numbers are shown.
        strings = true;
        codes.reserve(numbers.capacity());
        for (double v : numbers) {
            if (std::isnan(v)) {
                codes.push_back(kMissingCode);
            } else {
                const bool isDate = dateCells > 0 && plainNumberCells == 0;
                codes.push_back(pool.intern(isDate ? formatDate(v, anyTime) : formatNumber(v), levels));
            }
        }
        std::vector<double>().swap(numbers);
    }
    void pushString(std::string_view s) {
        if (!strings) toStrings();
        codes.push_back(pool.intern(s, levels));
    }
    void pushMissing() {
        if (strings)
            codes.push_back(kMissingCode);
        else
            numbers.push_back(kMissing);
    }
    void pushNumber(double v, bool isDate) {
        if (strings) {
            codes.push_back(pool.intern(isDate ? formatDate(v, anyTime) : formatNumber(v), levels));
            return;
        }
        numbers.push_back(v);
        if (isDate)
            ++dateCells;
        else
            ++plainNumberCells;
    }
};

TableBuilder::TableBuilder(std::vector<std::string> names, BuilderOptions options) : m_options(options) {
    m_columns.reserve(names.size());
    for (auto& n : names) {
        auto c = std::make_unique<ColumnBuilder>();
        c->name = std::move(n);
        m_columns.push_back(std::move(c));
    }
}

TableBuilder::~TableBuilder() = default;
TableBuilder::TableBuilder(TableBuilder&&) noexcept = default;
TableBuilder& TableBuilder::operator=(TableBuilder&&) noexcept = default;

std::size_t TableBuilder::columnCount() const noexcept {
    return m_columns.size();
}

void TableBuilder::reserve(std::size_t rows) {
    for (auto& c : m_columns) {
        if (c->strings) {
            c->codes.reserve(rows);
            adviseHugePages(c->codes.data(), c->codes.capacity() * sizeof(std::int32_t));
        } else {
            c->numbers.reserve(rows);
            adviseHugePages(c->numbers.data(), c->numbers.capacity() * sizeof(double));
        }
    }
}

void TableBuilder::addText(std::size_t col, std::string_view text) {
    ColumnBuilder& c = *m_columns[col];
    c.filledRow = m_rows;
    const std::string_view t = trimmed(text);
    if (isMissingToken(t)) {
        c.pushMissing();
        return;
    }
    if (!c.strings) {
        if (auto v = parseNumber(t, m_options.number)) {
            c.pushNumber(*v, false);
            return;
        }
    }
    c.pushString(t);
}

void TableBuilder::addNumber(std::size_t col, double value) {
    ColumnBuilder& c = *m_columns[col];
    c.filledRow = m_rows;
    if (!std::isfinite(value))
        c.pushMissing();
    else
        c.pushNumber(value, false);
}

void TableBuilder::addDate(std::size_t col, double days, bool hasTime) {
    ColumnBuilder& c = *m_columns[col];
    c.filledRow = m_rows;
    if (!std::isfinite(days)) {
        c.pushMissing();
        return;
    }
    c.anyTime = c.anyTime || hasTime;
    c.pushNumber(days, true);
}

void TableBuilder::addString(std::size_t col, std::string_view text) {
    ColumnBuilder& c = *m_columns[col];
    c.filledRow = m_rows;
    if (trimmed(text).empty())
        c.pushMissing();
    else
        c.pushString(text);
}

void TableBuilder::addMissing(std::size_t col) {
    ColumnBuilder& c = *m_columns[col];
    c.filledRow = m_rows;
    c.pushMissing();
}

void TableBuilder::insertColumn(std::size_t position, std::string name) {
    auto c = std::make_unique<ColumnBuilder>();
    c->name = std::move(name);
    c->numbers.assign(m_rows, kMissing);
    m_columns.insert(m_columns.begin() + static_cast<std::ptrdiff_t>(std::min(position, m_columns.size())),
                     std::move(c));
}

void TableBuilder::endRow() {
    for (auto& c : m_columns)
        if (c->filledRow != m_rows) c->pushMissing();
    ++m_rows;
}

ColumnType inferType(const Column& column, std::size_t index, const BuilderOptions& options) {
    const std::size_t n = column.size();
    if (column.type() == ColumnType::Date) return ColumnType::Date;
    if (column.storage() == Storage::Numbers) {
        // Integer, unique, never missing, and named like an identifier: an identifier.
        if (n >= 2 && looksLikeIdName(column.name())) {
            const auto& v = column.numbers();
            bool ok = std::all_of(v.begin(), v.end(),
                                  [](double x) { return !std::isnan(x) && x == std::trunc(x); });
            if (ok) {
                // Identifiers usually come in increasing order: then no sorted copy is needed.
                if (std::is_sorted(v.begin(), v.end())) {
                    ok = std::adjacent_find(v.begin(), v.end()) == v.end();
                } else {
                    std::vector<double> sorted(v);
                    std::sort(sorted.begin(), sorted.end());
                    ok = std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end();
                }
            }
            if (ok) return ColumnType::Id;
        }
        return ColumnType::Numeric;
    }
    const auto& codes = column.codes();
    const std::size_t distinct = column.levels().size();
    std::size_t present = 0;
    for (auto c : codes)
        present += c >= 0;
    // Strings that are all different and never missing identify rows when the name says so, or when
    // they stand in the first column (the usual place of a key).
    if (n >= 2 && present == n && distinct == n && (looksLikeIdName(column.name()) || index == 0))
        return ColumnType::Id;
    if (distinct <= options.maxCategories && distinct <= std::max<std::size_t>(2, present / 2))
        return ColumnType::Categorical;
    return ColumnType::Text;
}

namespace {

// A string column whose every label is a date written one consistent way becomes a Date column.
bool tryDates(Column& column) {
    const auto& levels = column.levels();
    if (levels.empty()) return false;
    // Separator decides which order is tried first when both day-first and month-first fit every label.
    const std::string& first = levels.front();
    const bool slash = first.find('/') != std::string::npos;
    const DateOrder orders[3] = {DateOrder::YMD, slash ? DateOrder::MDY : DateOrder::DMY,
                                 slash ? DateOrder::DMY : DateOrder::MDY};
    for (DateOrder order : orders) {
        std::vector<double> byLevel(levels.size());
        bool all = true;
        bool anyTime = false;
        for (std::size_t i = 0; i < levels.size() && all; ++i) {
            bool t = false;
            auto d = parseDate(levels[i], order, &t);
            if (!d)
                all = false;
            else
                byLevel[i] = *d, anyTime = anyTime || t;
        }
        if (!all) continue;
        std::vector<double> values(column.size());
        const auto& codes = column.codes();
        for (std::size_t r = 0; r < values.size(); ++r)
            values[r] = codes[r] < 0 ? kMissing : byLevel[static_cast<std::size_t>(codes[r])];
        Column dates = Column::numbers(column.name(), std::move(values), ColumnType::Date);
        dates.setHasTime(anyTime);
        column = std::move(dates);
        return true;
    }
    return false;
}

}  // namespace

Table TableBuilder::finish() {
    Table table;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        ColumnBuilder& c = *m_columns[i];
        Column col;
        if (c.strings) {
            col = Column::strings(std::move(c.name), std::move(c.codes), std::move(c.levels));
            tryDates(col);
        } else if (c.dateCells > 0 && c.plainNumberCells == 0) {
            col = Column::numbers(std::move(c.name), std::move(c.numbers), ColumnType::Date);
            col.setHasTime(c.anyTime);
        } else {
            col = Column::numbers(std::move(c.name), std::move(c.numbers));
        }
        if (col.type() != ColumnType::Date) col.convertTo(inferType(col, i, m_options));
        table.addColumn(std::move(col));
    }
    m_columns.clear();
    m_rows = 0;
    return table;
}

}  // namespace seg::data
