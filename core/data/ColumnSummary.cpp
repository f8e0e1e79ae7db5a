#include "data/ColumnSummary.h"

#include <algorithm>
#include <cmath>

namespace seg::data {

ColumnSummary summarize(const Column& column) {
    ColumnSummary s;
    s.name = column.name();
    s.type = column.type();
    if (column.storage() == Storage::Strings) {
        std::vector<char> seen(column.levels().size(), 0);
        for (auto c : column.codes()) {
            if (c < 0)
                ++s.missing;
            else if (!seen[static_cast<std::size_t>(c)])
                seen[static_cast<std::size_t>(c)] = 1, ++s.distinct;
        }
        return s;
    }
    std::vector<double> present;
    present.reserve(column.size());
    // Kahan-Babuska summation: a million values sum with no visible rounding drift.
    double sum = 0.0, comp = 0.0;
    for (double v : column.numbers()) {
        if (std::isnan(v)) {
            ++s.missing;
            continue;
        }
        present.push_back(v);
        const double t = sum + v;
        comp += std::fabs(sum) >= std::fabs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
    }
    if (present.empty()) return s;
    std::sort(present.begin(), present.end());
    s.distinct = static_cast<std::size_t>(std::unique(present.begin(), present.end()) - present.begin());
    s.hasRange = true;
    s.min = present.front();
    s.max = *std::max_element(present.begin(), present.begin() + static_cast<std::ptrdiff_t>(s.distinct));
    s.mean = (sum + comp) / static_cast<double>(column.size() - s.missing);
    return s;
}

std::vector<ColumnSummary> summarize(const Table& table, const Progress& progress) {
    std::vector<ColumnSummary> out;
    out.reserve(table.columnCount());
    for (std::size_t i = 0; i < table.columnCount(); ++i) {
        out.push_back(summarize(table.column(i)));
        progress.report(static_cast<double>(i + 1) / static_cast<double>(table.columnCount()));
    }
    return out;
}

}  // namespace seg::data
