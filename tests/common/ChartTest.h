// What every chart test needs: saving a picture for review (SEGMENTLAB_SCREENSHOT_DIR), counting pixels of a
// colour, finding ink near an image's edge, and rendering a chart at a size and DPI.
#pragma once

#include <QDir>
#include <QImage>
#include <QRect>
#include <QtTest>

#include "Chart.h"
#include "ChartOutput.h"

namespace seg::test {

inline void saveShot(const QImage& image, const QString& name) {
    const QString dir = qEnvironmentVariable("SEGMENTLAB_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    QVERIFY(image.save(QDir(dir).filePath(name)));
}

// Pixels in `area` of exactly `color` (alpha ignored).
inline int countColor(const QImage& image, const QRect& area, const QColor& color) {
    int count = 0;
    const QRgb want = color.rgb() & 0xFFFFFF;
    for (int y = std::max(area.top(), 0); y <= std::min(area.bottom(), image.height() - 1); ++y)
        for (int x = std::max(area.left(), 0); x <= std::min(area.right(), image.width() - 1); ++x)
            if ((image.pixel(x, y) & 0xFFFFFF) == want) ++count;
    return count;
}

// Pixels in `area` darker than near-white (anything drawn).
inline int countInk(const QImage& image, const QRect& area, int threshold = 235) {
    int count = 0;
    for (int y = std::max(area.top(), 0); y <= std::min(area.bottom(), image.height() - 1); ++y)
        for (int x = std::max(area.left(), 0); x <= std::min(area.right(), image.width() - 1); ++x)
            if (qGray(image.pixel(x, y)) < threshold) ++count;
    return count;
}

// Ink within `band` pixels of any edge: a chart cut by its page or image.
inline int inkAtEdges(const QImage& image, int band = 3) {
    const int w = image.width(), h = image.height();
    return countInk(image, QRect(0, 0, w, band)) + countInk(image, QRect(0, h - band, w, band)) +
           countInk(image, QRect(0, 0, band, h)) + countInk(image, QRect(w - band, 0, band, h));
}

// Share of pixels that differ clearly between two images of one size.
inline double differingShare(const QImage& a, const QImage& b) {
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            if (std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) +
                    std::abs(p.blue() - q.blue()) >
                120)
                ++differing;
        }
    return double(differing) / (a.width() * a.height());
}

// The chart drawn into an image of `pixels` at `dpi`, laid out for it (the chart's geometry getters then
// describe this image).
inline QImage render(seg::chart::Chart& chart, QSize pixels, int dpi = 96) {
    return seg::chart::renderChartImage(chart, pixels, dpi);
}

}  // namespace seg::test
