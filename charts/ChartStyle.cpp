#include "ChartStyle.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPaintDevice>
#include <array>

namespace seg::chart {

namespace {

// Okabe-Ito without its black (kept for text): orange, sky blue, bluish green, yellow, blue, vermillion,
// reddish purple, plus a neutral dark grey-blue so eight segments have eight distinct hues.
constexpr std::array<QRgb, 8> kBase{0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                                    0x0072B2, 0xD55E00, 0xCC79A7, 0x5D6D7E};

}  // namespace

QColor paletteColor(int index) {
    if (index < 0) return outlierColor();
    const QColor base = QColor::fromRgb(kBase[static_cast<std::size_t>(index) % kBase.size()]);
    const int round = index / static_cast<int>(kBase.size());
    if (round == 0) return base;
    // Past eight: alternate darker and lighter shades of the same hues.
    return round % 2 == 1 ? base.darker(100 + 35 * ((round + 1) / 2)) : base.lighter(100 + 30 * (round / 2));
}

QColor outlierColor() {
    return QColor(0xB0, 0xB0, 0xB0);
}

QString SegmentLook::name(int segment) const {
    if (segment == -1) return QCoreApplication::translate("seg::chart::SegmentLook", "Outliers");
    if (segment < -1) return QCoreApplication::translate("seg::chart::SegmentLook", "Left out");
    if (segment < names.size() && !names[segment].isEmpty()) return names[segment];
    return QCoreApplication::translate("seg::chart::SegmentLook", "Segment %1").arg(segment + 1);
}

QColor SegmentLook::color(int segment) const {
    if (segment < 0) return outlierColor();
    if (segment < colors.size() && colors[segment].isValid()) return colors[segment];
    return paletteColor(segment);
}

const ChartStyle& ChartStyle::standard() {
    static const ChartStyle style;
    return style;
}

QFont ChartStyle::font(qreal points, bool bold) const {
    QFont f =
        qobject_cast<QGuiApplication*>(QCoreApplication::instance()) ? QGuiApplication::font() : QFont();
    f.setPointSizeF(points);
    f.setBold(bold);
    // Outlines as designed at every size, so a chart laid out at 2x the pixels and 2x the DPI has the same
    // layout; and no ligatures, so "fit" stays three letters in a PDF's text (searchable, as pdftotext reads
    // it).
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return f;
}

qreal pxScale(const QPaintDevice* device) {
    return device ? device->logicalDpiY() / 96.0 : 1.0;
}

QColor faded(const QColor& c) {
    auto mix = [](int v) { return v + (255 - v) * 3 / 4; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

}  // namespace seg::chart
