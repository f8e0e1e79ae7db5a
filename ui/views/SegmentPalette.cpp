#include "views/SegmentPalette.h"

#include <array>

namespace seg::ui {

namespace {

// Okabe-Ito without its black (kept for text): orange, sky blue, bluish green, yellow, blue, vermillion,
// reddish purple, plus a neutral dark grey-blue so eight segments have eight distinct hues.
constexpr std::array<QRgb, 8> kBase{0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                                    0x0072B2, 0xD55E00, 0xCC79A7, 0x5D6D7E};

QList<QColor>& overrideList() {
    static QList<QColor> list;
    return list;
}

}  // namespace

QColor SegmentPalette::color(int index) {
    if (index >= 0 && index < overrideList().size() && overrideList()[index].isValid())
        return overrideList()[index];
    return defaultColor(index);
}

void SegmentPalette::setOverrides(const QList<QColor>& colors) {
    overrideList() = colors;
}

const QList<QColor>& SegmentPalette::overrides() {
    return overrideList();
}

QColor SegmentPalette::defaultColor(int index) {
    if (index < 0) return noise();
    const QColor base = QColor::fromRgb(kBase[static_cast<std::size_t>(index) % kBase.size()]);
    const int round = index / static_cast<int>(kBase.size());
    if (round == 0) return base;
    // Past eight: alternate darker and lighter shades of the same hues.
    return round % 2 == 1 ? base.darker(100 + 35 * ((round + 1) / 2)) : base.lighter(100 + 30 * (round / 2));
}

QColor SegmentPalette::noise() {
    return QColor(0xB0, 0xB0, 0xB0);
}

}  // namespace seg::ui
