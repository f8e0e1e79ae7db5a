#include "views/ChartPainting.h"

#include <QPaintDevice>
#include <cmath>

namespace seg::ui::chart {

qreal pxScale(const QPaintDevice* device) {
    return device ? device->logicalDpiY() / 96.0 : 1.0;
}

double niceStep(double raw) {
    if (!(raw > 0.0) || !std::isfinite(raw)) return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    return (f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0) * magnitude;
}

QFont sized(QFont font, qreal points, bool bold) {
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QColor faded(const QColor& c) {
    auto mix = [](int v) { return v + (255 - v) * 3 / 4; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

}  // namespace seg::ui::chart
