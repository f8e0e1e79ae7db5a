// Exporting a chart: any view's paint(QPainter&, QRectF) drawn edge to edge into a PNG, SVG or PDF file
// (written atomically through QSaveFile) or onto the clipboard. Pure functions, no dialogs: ExportChartDialog
// asks.
#pragma once

// Sizes are in logical pixels (CSS px, 1/96 in) as on the screen, so a chart exported at 1600 x 1000 has the
// layout the user saw in a 1600 x 1000 window whatever the format: the DPI only makes a PNG sharper (more
// pixels), and the views scale pens and fonts by the device's DPI (chart::pxScale), never by its pixel count.

#include <QImage>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <functional>

class QPainter;
class QRectF;

namespace seg::ui {

// What to draw: typically {"pca-scatter", view->title, [view](QPainter& p, const QRectF& r) { view->paint(p,
// r); }}.
struct ChartSource {
    QString name;   // file stem, e.g. "pca-scatter"
    QString title;  // the document title in PDF and SVG metadata
    std::function<void(QPainter&, const QRectF&)> paint;
};

enum class ExportFormat { Png, Svg, Pdf };

struct ExportOptions {
    ExportFormat format = ExportFormat::Png;
    QSizeF size{1600, 1000};  // logical px (1/96 in)
    // PNG: the image has size * dpi / 96 pixels and records dpi. PDF: the writer's resolution (the page stays
    // size * 72 / 96 points). SVG: ignored; an SVG user unit is a CSS pixel, so the viewBox is `size`.
    int dpi = 96;
};

inline constexpr int kMinExportDpi = 72;
inline constexpr int kMaxExportDpi = 600;
// A PNG larger than this many pixels (~1.2 GB of ARGB) is refused rather than failing in the allocator.
inline constexpr qint64 kMaxExportPixels = qint64(300) * 1000 * 1000;

// The PNG's size in pixels for `size` logical px at `dpi`: each side rounded to the nearest pixel.
[[nodiscard]] QSize exportPixelSize(QSizeF size, int dpi);

// The chart drawn on white into an image of `size` logical px times `scale` (its device pixel ratio), at 96
// logical dpi, so the layout is the screen's for any scale. Null if the image cannot be allocated.
[[nodiscard]] QImage renderChartImage(const ChartSource& source, QSizeF size, qreal scale);

// Writes the chart to `path` in options.format (the path's suffix is not consulted). Throws seg::Error
// (FileNotWritable with the OS reason, InvalidParameter for a bad size or DPI, Internal when paint throws);
// on any failure the file at `path`, if one existed, is left as it was.
void exportChart(const ChartSource& source, const QString& path, const ExportOptions& options);

// The chart as an SVG document of `size` logical px (viewBox 0 0 w h), with title and description.
[[nodiscard]] QByteArray renderChartSvg(const ChartSource& source, QSizeF size);

// Puts the chart on the clipboard as an image at twice `size` (crisp on high-DPI screens and when pasted into
// slides) and, unless the drawing is huge, as "image/svg+xml" for applications that take vectors.
void copyChartToClipboard(const ChartSource& source, QSizeF size);

// "png", "svg", "pdf" (no dot).
[[nodiscard]] QString suffixForFormat(ExportFormat format);
// The format a path's suffix names (case-insensitive); `fallback` for none or an unknown one.
[[nodiscard]] ExportFormat formatForSuffix(const QString& pathOrSuffix,
                                           ExportFormat fallback = ExportFormat::Png);
[[nodiscard]] bool hasKnownSuffix(const QString& path);
// `path` with its suffix replaced by (or, if it has no known one, extended with) the format's.
[[nodiscard]] QString withFormatSuffix(const QString& path, ExportFormat format);
// Translated file-dialog filters in ExportFormat order: "PNG image (*.png)", "SVG drawing (*.svg)", ...
[[nodiscard]] QStringList exportFileFilters();

}  // namespace seg::ui
