// The one rule for segment shares, everywhere a share is shown (segment list, charts, descriptions, report,
// presentation, CLI): a count's share of ALL customers in the table, outliers and rows left out for missing
// values included, so the shares of one run add up to 100% with those two groups. Where a share is shown,
// the text says so ("of all customers").
#pragma once

#include <QString>
#include <cstddef>

namespace seg::chart {

// count / total as a fraction (0 when total is 0).
[[nodiscard]] double shareOfAll(std::size_t count, std::size_t total);
// "20.4%", "<0.1%" for a share above 0 but below 0.05% (never "0.0%" for some customers), "0.0%" for none,
// "100.0%" for all; in the locale.
[[nodiscard]] QString shareText(std::size_t count, std::size_t total);
// "20.4% of all customers".
[[nodiscard]] QString shareOfAllText(std::size_t count, std::size_t total);

}  // namespace seg::chart
