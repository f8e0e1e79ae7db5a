// The one segment palette every chart shares: Okabe & Ito's colour-blind-safe set (2008, "Color Universal
// Design"), extended by lighter and darker variants past eight segments; noise is a neutral grey.
#pragma once

#include <QColor>

namespace seg::ui {

class SegmentPalette {
public:
    // Colour of segment `index` (0-based); -1 (noise) and below give the noise grey.
    [[nodiscard]] static QColor color(int index);
    [[nodiscard]] static QColor noise();
};

}  // namespace seg::ui
