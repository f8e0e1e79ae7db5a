// The one segment palette every chart shares: Okabe & Ito's colour-blind-safe set (2008, "Color Universal
// Design"), extended by lighter and darker variants past eight segments; noise is a neutral grey.
#pragma once

#include <QColor>
#include <QList>

namespace seg::ui {

class SegmentPalette {
public:
    // Colour of segment `index` (0-based); -1 (noise) and below give the noise grey.
    [[nodiscard]] static QColor color(int index);
    [[nodiscard]] static QColor noise();
    // The palette's own colour of a segment, ignoring the user's choices.
    [[nodiscard]] static QColor defaultColor(int index);
    // Colours the user chose for segments (an invalid QColor keeps the palette's); every chart, table and
    // export asks color(), so setting these recolours them all. GUI thread only.
    static void setOverrides(const QList<QColor>& colors);
    [[nodiscard]] static const QList<QColor>& overrides();
};

}  // namespace seg::ui
