// A chart leaving the application: a PNG, SVG or PDF file (written atomically through QSaveFile), an image,
// or the clipboard. Every output lays the chart out for its own device, so text, ticks and legends fit on
// each; no dialogs here (ui/dialogs/ExportChartDialog asks).
#pragma once

// Sizes are the output's own units: a PNG of 1920 x 1080 is 1920 x 1080 pixels, whatever the DPI. The DPI
// says how large those pixels are: the chart's fonts (in points) and pens (in CSS px) are scaled by dpi / 96,
// so the same size at 192 dpi gives text twice as large relative to the picture. A PDF page is
// size / dpi inches; an SVG's viewBox is size * 96 / dpi CSS px. The same size and DPI thus give the same
// picture in every format.

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

namespace seg::chart {

class Chart;

enum class ExportFormat { Png, Svg, Pdf };

struct ExportOptions {
    ExportFormat format = ExportFormat::Png;
    QSize size{1920, 1080};  // pixels (PNG), or pixels at `dpi` for the page of a PDF or SVG
    int dpi = 144;
};

inline constexpr int kMinExportDpi = 72;
inline constexpr int kMaxExportDpi = 600;
inline constexpr int kMinExportSide = 16;
inline constexpr int kMaxExportSide = 20000;
// A PNG larger than this many pixels (~1.2 GB of ARGB) is refused rather than failing in the allocator.
inline constexpr qint64 kMaxExportPixels = qint64(300) * 1000 * 1000;

// The chart on white in an image of exactly `pixels`, laid out at `dpi`. Null if it cannot be allocated.
[[nodiscard]] QImage renderChartImage(Chart& chart, QSize pixels, int dpi = 96);
// The chart as an SVG document (viewBox 0 0 w h in CSS px for `pixels` at `dpi`), with title and description.
[[nodiscard]] QByteArray renderChartSvg(Chart& chart, QSize pixels, int dpi = 96);
// Writes the chart to `path` in options.format (the path's suffix is not consulted). Throws seg::Error
// (FileNotWritable with the OS reason, InvalidParameter for a bad size or DPI, Internal when paint throws);
// on any failure the file at `path`, if one existed, is left as it was.
void exportChart(Chart& chart, const QString& path, const ExportOptions& options);
// Puts the chart on the clipboard as an image of `pixels` at `dpi` and, unless the drawing is huge, as
// "image/svg+xml" for applications that take vectors. Needs a QGuiApplication.
void copyChartToClipboard(Chart& chart, QSize pixels = QSize(1920, 1080), int dpi = 144);

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

}  // namespace seg::chart
