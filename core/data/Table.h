// The typed table every reader produces and every later stage reads: columns of numbers or of
// dictionary-coded strings, with missing values tracked (NaN for numbers, code -1 for strings).
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace seg::data {

// The semantic type, what the user sees and what decides how a column may be used.
enum class ColumnType {
    Numeric,      // numbers; a feature by default
    Categorical,  // few distinct labels; one-hot encodable
    Date,         // calendar dates (and times), stored as days since 1970-01-01 (fraction = time of day)
    Text,         // free text or many distinct labels; not a feature
    Id,           // unique per row (CustomerID...): never a feature by default, carried into exports
};

// How the values are held. Numeric and Date columns hold numbers; Categorical and Text hold strings;
// an Id column holds whichever it was read as.
enum class Storage { Numbers, Strings };

[[nodiscard]] const char* columnTypeName(ColumnType type) noexcept;  // "numeric", "categorical", ...
[[nodiscard]] bool parseColumnType(std::string_view name, ColumnType& out) noexcept;

inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
inline constexpr std::int32_t kMissingCode = -1;

class Column {
public:
    Column() = default;
    static Column numbers(std::string name, std::vector<double> values,
                          ColumnType type = ColumnType::Numeric);
    static Column strings(std::string name, std::vector<std::int32_t> codes, std::vector<std::string> levels,
                          ColumnType type = ColumnType::Categorical);

    [[nodiscard]] const std::string& name() const noexcept { return m_name; }
    void setName(std::string name) { m_name = std::move(name); }
    [[nodiscard]] ColumnType type() const noexcept { return m_type; }
    [[nodiscard]] Storage storage() const noexcept { return m_storage; }
    [[nodiscard]] std::size_t size() const noexcept {
        return m_storage == Storage::Numbers ? m_numbers.size() : m_codes.size();
    }

    [[nodiscard]] bool isMissing(std::size_t row) const noexcept {
        return m_storage == Storage::Numbers ? std::isnan(m_numbers[row]) : m_codes[row] < 0;
    }
    // Numbers storage
    [[nodiscard]] const std::vector<double>& numbers() const noexcept { return m_numbers; }
    [[nodiscard]] double number(std::size_t row) const noexcept { return m_numbers[row]; }
    // Strings storage
    [[nodiscard]] const std::vector<std::int32_t>& codes() const noexcept { return m_codes; }
    [[nodiscard]] const std::vector<std::string>& levels() const noexcept { return m_levels; }
    [[nodiscard]] std::string_view string(std::size_t row) const noexcept {
        const auto c = m_codes[row];
        return c < 0 ? std::string_view() : std::string_view(m_levels[static_cast<std::size_t>(c)]);
    }
    // Whether a Date column carries times of day (so it is shown with them).
    [[nodiscard]] bool hasTime() const noexcept { return m_hasTime; }
    void setHasTime(bool on) noexcept { m_hasTime = on; }

    // The cell as text, the way SegmentLab shows and exports it (empty when missing).
    [[nodiscard]] std::string display(std::size_t row) const;

    // Changes the semantic type, converting the storage where needed:
    //  strings -> Numeric parses each level (unparseable levels become missing, counted in *lost);
    //  strings -> Date parses each level as a date (same); numbers -> Categorical/Text formats them.
    void convertTo(ColumnType type, std::size_t* lost = nullptr);

private:
    std::string m_name;
    ColumnType m_type = ColumnType::Numeric;
    Storage m_storage = Storage::Numbers;
    std::vector<double> m_numbers;
    std::vector<std::int32_t> m_codes;
    std::vector<std::string> m_levels;
    bool m_hasTime = false;
};

class Table {
public:
    [[nodiscard]] std::size_t rowCount() const noexcept {
        return m_columns.empty() ? 0 : m_columns[0].size();
    }
    [[nodiscard]] std::size_t columnCount() const noexcept { return m_columns.size(); }
    [[nodiscard]] const Column& column(std::size_t i) const { return m_columns.at(i); }
    [[nodiscard]] Column& column(std::size_t i) { return m_columns.at(i); }
    [[nodiscard]] const std::vector<Column>& columns() const noexcept { return m_columns; }
    // Index of the column with this exact name, or -1.
    [[nodiscard]] std::ptrdiff_t indexOf(std::string_view name) const noexcept;
    // Index of the first Id column, or -1.
    [[nodiscard]] std::ptrdiff_t idColumn() const noexcept;

    void addColumn(Column column);  // all columns must have the same length

private:
    std::vector<Column> m_columns;
};

}  // namespace seg::data
