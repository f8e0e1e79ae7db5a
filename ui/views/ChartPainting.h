// Painting helpers every chart view shares: DPI-scaled lengths, point-sized fonts, readable tick steps, faded
// colours, and rendering a view's paint() into an image for tests, screenshots and export.
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QSize>

class QPaintDevice;

namespace seg::ui::chart {

// Pens and gaps are in CSS pixels (1/96 in), scaled by the device's DPI so a 1200 dpi PDF looks as the
// screen.
[[nodiscard]] qreal pxScale(const QPaintDevice* device);
// 1, 2 or 5 times a power of ten at or above raw: tick steps a reader can add up in their head.
[[nodiscard]] double niceStep(double raw);
[[nodiscard]] QFont sized(QFont font, qreal points, bool bold = false);
// A faded segment keeps its hue but recedes: 75% of the way to white.
[[nodiscard]] QColor faded(const QColor& c);

// A white image of `size` logical pixels at `dpr`, painted by paint(QPainter&, const QRectF& bounds).
template <typename Paint>
[[nodiscard]] QImage renderImage(QSize size, qreal dpr, Paint&& paint) {
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

}  // namespace seg::ui::chart
