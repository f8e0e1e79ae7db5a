#include "models/LocalNumber.h"

#include <QLocale>
#include <cmath>

#include "data/ValueParsing.h"

namespace seg::ui {

QString localNumber(double value, bool grouping) {
    if (std::isnan(value)) return {};
    QLocale locale;
    locale.setNumberOptions(grouping ? QLocale::DefaultNumberOptions : QLocale::OmitGroupSeparator);
    // The core's shortest round-trip text tells how many decimals the value has; the locale then writes it.
    const std::string shortest = seg::data::formatNumber(value);
    if (shortest.find_first_of("eE") != std::string::npos)
        return locale.toString(value, 'g', QLocale::FloatingPointShortest);
    const auto dot = shortest.find('.');
    const int decimals = dot == std::string::npos ? 0 : static_cast<int>(shortest.size() - dot - 1);
    return locale.toString(value, 'f', decimals);
}

}  // namespace seg::ui
