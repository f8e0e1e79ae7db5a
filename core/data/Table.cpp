#include "data/Table.h"

#include <algorithm>
#include <unordered_map>

#include "common/Error.h"
#include "data/ValueParsing.h"

namespace seg::data {

const char* columnTypeName(ColumnType type) noexcept {
    switch (type) {
        case ColumnType::Numeric:
            return "numeric";
        case ColumnType::Categorical:
            return "categorical";
        case ColumnType::Date:
            return "date";
        case ColumnType::Text:
            return "text";
        case ColumnType::Id:
            return "id";
    }
    return "numeric";
}

bool parseColumnType(std::string_view name, ColumnType& out) noexcept {
    for (ColumnType t :
         {ColumnType::Numeric, ColumnType::Categorical, ColumnType::Date, ColumnType::Text, ColumnType::Id}) {
        if (name == columnTypeName(t)) {
            out = t;
            return true;
        }
    }
    return false;
}

Column Column::numbers(std::string name, std::vector<double> values, ColumnType type) {
    Column c;
    c.m_name = std::move(name);
    c.m_type = type;
    c.m_storage = Storage::Numbers;
    c.m_numbers = std::move(values);
    return c;
}

Column Column::strings(std::string name, std::vector<std::int32_t> codes, std::vector<std::string> levels,
                       ColumnType type) {
    Column c;
    c.m_name = std::move(name);
    c.m_type = type;
    c.m_storage = Storage::Strings;
    c.m_codes = std::move(codes);
    c.m_levels = std::move(levels);
    return c;
}

std::string Column::display(std::size_t row) const {
    if (m_storage == Storage::Strings) return std::string(string(row));
    const double v = m_numbers[row];
    if (std::isnan(v)) return {};
    if (m_type == ColumnType::Date) return formatDate(v, m_hasTime);
    return formatNumber(v);
}

void Column::convertTo(ColumnType type, std::size_t* lost) {
    if (lost) *lost = 0;
    if (type == m_type) return;
    const bool wantNumbers = type == ColumnType::Numeric || type == ColumnType::Date;
    const bool wantStrings = type == ColumnType::Categorical || type == ColumnType::Text;
    if (m_storage == Storage::Strings && wantNumbers) {
        std::vector<double> byLevel(m_levels.size(), kMissing);
        bool anyTime = false;
        if (type == ColumnType::Numeric) {
            for (std::size_t i = 0; i < m_levels.size(); ++i) {
                auto v = parseNumber(trimmed(m_levels[i]), NumberFormat::dot());
                if (!v) v = parseNumber(trimmed(m_levels[i]), NumberFormat::comma());
                if (v) byLevel[i] = *v;
            }
        } else {
            // The order under which the most labels read as dates.
            std::size_t best = 0;
            for (DateOrder order : {DateOrder::YMD, DateOrder::DMY, DateOrder::MDY}) {
                std::vector<double> candidate(m_levels.size(), kMissing);
                std::size_t ok = 0;
                bool t = false, anyT = false;
                for (std::size_t i = 0; i < m_levels.size(); ++i) {
                    if (auto d = parseDate(m_levels[i], order, &t)) candidate[i] = *d, ++ok, anyT = anyT || t;
                }
                if (ok > best) best = ok, byLevel = std::move(candidate), anyTime = anyT;
            }
        }
        std::vector<double> values(m_codes.size());
        std::size_t failed = 0;
        for (std::size_t r = 0; r < values.size(); ++r) {
            const auto c = m_codes[r];
            values[r] = c < 0 ? kMissing : byLevel[static_cast<std::size_t>(c)];
            failed += c >= 0 && std::isnan(values[r]);
        }
        if (lost) *lost = failed;
        *this = numbers(std::move(m_name), std::move(values), type);
        m_hasTime = anyTime;
        return;
    }
    if (m_storage == Storage::Numbers && wantStrings) {
        std::vector<std::int32_t> codes(m_numbers.size(), kMissingCode);
        std::vector<std::string> levels;
        std::unordered_map<std::string, std::int32_t> index;
        for (std::size_t r = 0; r < m_numbers.size(); ++r) {
            if (std::isnan(m_numbers[r])) continue;
            std::string text = display(r);
            auto [it, inserted] =
                index.try_emplace(std::move(text), static_cast<std::int32_t>(levels.size()));
            if (inserted) levels.push_back(it->first);
            codes[r] = it->second;
        }
        *this = strings(std::move(m_name), std::move(codes), std::move(levels), type);
        return;
    }
    if (m_storage == Storage::Numbers && m_type == ColumnType::Numeric && type == ColumnType::Date)
        throw Error(ErrorCode::InvalidTypeConversion, {.detail = m_name});
    // Same storage (numbers <-> dates reinterpretation excluded above; any column may be an Id).
    m_type = type;
}

std::ptrdiff_t Table::indexOf(std::string_view name) const noexcept {
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name() == name) return static_cast<std::ptrdiff_t>(i);
    return -1;
}

std::ptrdiff_t Table::idColumn() const noexcept {
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].type() == ColumnType::Id) return static_cast<std::ptrdiff_t>(i);
    return -1;
}

void Table::addColumn(Column column) {
    if (!m_columns.empty() && column.size() != rowCount())
        throw Error(ErrorCode::Internal, {.detail = "column length mismatch: " + column.name()});
    m_columns.push_back(std::move(column));
}

}  // namespace seg::data
