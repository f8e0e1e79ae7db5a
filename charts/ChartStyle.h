// The look every chart shares, decided once: fonts (in points), colours, margins and pen widths (in CSS
// pixels, 1/96 in, scaled by the device's DPI), and the segment palette.
#pragma once

// Okabe & Ito's colour-blind-safe palette (2008, "Color Universal Design") gives the segments their colours,
// extended by lighter and darker variants past eight segments; outliers are a neutral grey. A segment's own
// colour (the user's choice) comes from the document, never from a global.

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

class QPaintDevice;

namespace seg::chart {

// The palette's colour of segment `index` (0-based); -1 (outliers) and below give the outlier grey.
[[nodiscard]] QColor paletteColor(int index);
[[nodiscard]] QColor outlierColor();

// Names and colours of the segments as every chart, table and output shows them (from the document).
struct SegmentLook {
    QStringList names;     // per segment; an empty or missing entry: "Segment N"
    QList<QColor> colors;  // per segment; an invalid or missing entry: the palette's

    [[nodiscard]] QString name(int segment) const;  // -1: "Outliers", -2: "Left out"
    [[nodiscard]] QColor color(int segment) const;  // negative: the outlier grey
};

struct ChartStyle {
    // Text and lines.
    QColor text{0x22, 0x22, 0x22};
    QColor muted{0x55, 0x55, 0x55};
    QColor axis{0x55, 0x55, 0x55};
    QColor grid{0xE4, 0xE4, 0xE4};
    QColor background{Qt::white};
    QColor accent{0xD5, 0x5E, 0x00};  // recommended values, cut lines: Okabe-Ito vermillion

    // Point sizes.
    qreal titlePt = 13.0;
    qreal subtitlePt = 9.5;
    qreal labelPt = 9.5;
    qreal tickPt = 8.5;
    qreal axisTitlePt = 10.0;
    qreal legendPt = 9.0;
    qreal notePt = 9.0;

    // CSS px.
    qreal margin = 14.0;    // around the whole chart
    qreal titleGap = 12.0;  // below the title block
    qreal tickLength = 5.0;
    qreal tickGap = 2.0;  // between tick mark and label
    qreal axisTitleGap = 6.0;
    qreal legendGap = 10.0;  // between the legend and the plot
    qreal swatchGap = 6.0;   // between a legend swatch and its text
    qreal legendItemGap = 14.0;

    [[nodiscard]] static const ChartStyle& standard();

    // The application font at `points` (bold when asked).
    [[nodiscard]] QFont font(qreal points, bool bold = false) const;
    [[nodiscard]] QFont titleFont() const { return font(titlePt, true); }
    [[nodiscard]] QFont subtitleFont() const { return font(subtitlePt); }
    [[nodiscard]] QFont labelFont() const { return font(labelPt); }
    [[nodiscard]] QFont tickFont() const { return font(tickPt); }
    [[nodiscard]] QFont axisTitleFont() const { return font(axisTitlePt); }
    [[nodiscard]] QFont legendFont() const { return font(legendPt); }
    [[nodiscard]] QFont noteFont() const { return font(notePt); }
};

// Device units per CSS pixel: 1 on a 96 dpi screen or image, 12.5 on a 1200 dpi PDF.
[[nodiscard]] qreal pxScale(const QPaintDevice* device);
// A faded segment keeps its hue but recedes: 75% of the way to white.
[[nodiscard]] QColor faded(const QColor& c);

}  // namespace seg::chart
