// Numbers as the user's locale writes them (decimal mark, and digit grouping where asked), with no more
// decimals than the value needs: the shortest text that reads back as the same number.
#pragma once

#include <QString>

namespace seg::ui {

// grouping: "1,234,567.5" (en) / "1.234.567,5" (de) for summaries; off for grid cells, which stay close to
// the file.
[[nodiscard]] QString localNumber(double value, bool grouping);

}  // namespace seg::ui
