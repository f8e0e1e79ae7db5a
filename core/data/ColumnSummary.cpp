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

    const double width = s.max - s.min;
    double m2 = 0.0, m3 = 0.0;
    if (width > 0.0 && std::isfinite(width)) s.histogram.assign(kSummaryHistogramBins, 0);
    const double bins = static_cast<double>(kSummaryHistogramBins);
    const double perBin = width > 0.0 ? bins / width : 0.0;
    // A subnormal width (e.g. 0 to 1e-310) overflows bins / width to infinity, and (v - min) * inf is inf or
    // NaN, whose conversion to an integer is undefined: divide by the width first there, which stays in
    // [0, bins]. Elsewhere numpy.histogram's (v - min) * (bins / width), so bin edges round as numpy's.
    const bool tinyWidth = !std::isfinite(perBin);
    constexpr auto last = static_cast<std::ptrdiff_t>(kSummaryHistogramBins) - 1;
    // The column itself, not `present`: std::unique above has reordered and overwritten its tail.
    for (double v : column.numbers()) {
        if (std::isnan(v)) continue;
        const double d = v - s.mean;
        m2 += d * d;
        m3 += d * d * d;
        if (!s.histogram.empty()) {
            const double at = tinyWidth ? (v - s.min) / width * bins : (v - s.min) * perBin;
            ++s.histogram[static_cast<std::size_t>(
                std::clamp(static_cast<std::ptrdiff_t>(at), std::ptrdiff_t{0}, last))];
        }
    }
    const double count = static_cast<double>(column.size() - s.missing);
    m2 /= count;
    m3 /= count;
    // As seg::prep::skewness: rounding noise on a (near-)constant column is not skew.
    s.skewness = count < 2 || m2 <= 0.0 || m2 < 1e-28 * s.mean * s.mean ? 0.0 : m3 / std::pow(m2, 1.5);
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
