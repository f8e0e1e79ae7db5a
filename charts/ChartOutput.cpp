#include "ChartOutput.h"

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>
#include <memory>

#include "Chart.h"
#include "common/Error.h"

namespace seg::chart {

namespace {

// One inch is 0.0254 m; QImage stores its resolution in dots per metre.
constexpr qreal kMetresPerInch = 0.0254;
// Larger SVGs (dense scatter plots) go to the clipboard as an image only.
constexpr qsizetype kMaxClipboardSvgBytes = 8 * 1024 * 1024;

// The translation context of the outputs' strings (lupdate reads OutputTr::tr()).
class OutputTr {
    Q_DECLARE_TR_FUNCTIONS(seg::chart::ChartOutput)
};

[[noreturn]] void throwNotWritable(const QString& path, const QString& reason) {
    ErrorContext context;
    context.path = path.toStdString();
    context.detail = reason.toStdString();
    throw Error(ErrorCode::FileNotWritable, context);
}

void validate(QSize size, int dpi) {
    if (size.width() < kMinExportSide || size.height() < kMinExportSide || size.width() > kMaxExportSide ||
        size.height() > kMaxExportSide) {
        ErrorContext context;
        context.detail = QStringLiteral("size=%1x%2").arg(size.width()).arg(size.height()).toStdString();
        context.count = std::min(size.width(), size.height()) < kMinExportSide
                            ? std::min(size.width(), size.height())
                            : std::max(size.width(), size.height());
        context.limit =
            std::min(size.width(), size.height()) < kMinExportSide ? kMinExportSide : kMaxExportSide;
        throw Error(ErrorCode::InvalidParameter, context);
    }
    if (dpi < kMinExportDpi || dpi > kMaxExportDpi) {
        ErrorContext context;
        context.detail = QStringLiteral("dpi=%1").arg(dpi).toStdString();
        context.count = dpi;
        context.limit = dpi < kMinExportDpi ? kMinExportDpi : kMaxExportDpi;
        throw Error(ErrorCode::InvalidParameter, context);
    }
}

// A chart's paint may throw anything; the caller is promised a seg::Error.
void paintChecked(Chart& chart, QPainter& painter, const QRectF& bounds) {
    try {
        drawChart(chart, painter, bounds);
    } catch (const Error&) {
        throw;
    } catch (const Cancelled&) {
        throw;
    } catch (const std::exception& e) {
        ErrorContext context;
        context.detail = std::string("painting the chart failed: ") + e.what();
        throw Error(ErrorCode::Internal, context);
    }
}

QByteArray renderSvg(Chart& chart, QSize pixels, int dpi) {
    const QSizeF css = QSizeF(pixels) * 96.0 / dpi;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        // An SVG's user unit is the CSS px (1/96 in): the chart is laid out on a 96 dpi device at `css`,
        // which has the proportions of `pixels` at `dpi` (fonts and pens relative to the picture as in the
        // PNG). viewBox, width and height are all `css`, as every renderer reads them alike.
        generator.setResolution(96);
        generator.setSize(css.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), css));
        generator.setTitle(chart.displayTitle());
        generator.setDescription(OutputTr::tr("Chart exported from SegmentLab"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            ErrorContext context;
            context.detail = "cannot start the SVG generator";
            throw Error(ErrorCode::Internal, context);
        }
        paintChecked(chart, painter, QRectF(QPointF(0, 0), css));
        painter.end();
    }
    buffer.close();
    // QSvgGenerator writes width and height in millimetres, which renderers read differently; CSS px
    // (unitless) mean the same to every renderer.
    const qsizetype open = bytes.indexOf("<svg");
    const qsizetype close = open >= 0 ? bytes.indexOf('>', open) : -1;
    if (close > open) {
        QString tag = QString::fromUtf8(bytes.mid(open, close - open));
        static const QRegularExpression kWidth(QStringLiteral("\\swidth=\"[^\"]*\"")),
            kHeight(QStringLiteral("\\sheight=\"[^\"]*\""));
        tag.replace(kWidth, QStringLiteral(" width=\"%1\"").arg(css.width()));
        tag.replace(kHeight, QStringLiteral(" height=\"%1\"").arg(css.height()));
        bytes.replace(open, close - open, tag.toUtf8());
    }
    return bytes;
}

void writePng(Chart& chart, QSaveFile& file, QSize pixels, int dpi) {
    QImage image = renderChartImage(chart, pixels, dpi);
    if (image.isNull())
        throwNotWritable(file.fileName(), QStringLiteral("an image of %1 x %2 pixels is too large")
                                              .arg(pixels.width())
                                              .arg(pixels.height()));
    image.setText(QStringLiteral("Title"), chart.displayTitle());
    image.setText(QStringLiteral("Software"), QStringLiteral("SegmentLab"));
    if (!image.save(&file, "PNG"))
        throwNotWritable(file.fileName(), file.error() != QFileDevice::NoError
                                              ? file.errorString()
                                              : QStringLiteral("PNG encoding failed"));
}

void writePdf(Chart& chart, QSaveFile& file, QSize pixels, int dpi) {
    QPdfWriter writer(&file);
    writer.setResolution(dpi);
    writer.setTitle(chart.displayTitle());
    writer.setCreator(QStringLiteral("SegmentLab"));
    // The page is the chart: no margins, and an exact size, not the nearest standard paper.
    const QPageSize page(QSizeF(pixels) * 72.0 / dpi, QPageSize::Point, chart.displayTitle(),
                         QPageSize::ExactMatch);
    if (!writer.setPageLayout(QPageLayout(page, QPageLayout::Portrait, QMarginsF())))
        throwNotWritable(file.fileName(), QStringLiteral("the page size is not supported"));
    QPainter painter;
    if (!painter.begin(&writer))
        throwNotWritable(file.fileName(), file.error() != QFileDevice::NoError
                                              ? file.errorString()
                                              : QStringLiteral("cannot start the PDF writer"));
    // Pages are whole points; painting the page (not `pixels`) keeps the chart edge to edge when they round.
    const QRectF points = writer.pageLayout().fullRectPoints();
    paintChecked(chart, painter, QRectF(0, 0, points.width() * dpi / 72.0, points.height() * dpi / 72.0));
    painter.end();
}

}  // namespace

QImage renderChartImage(Chart& chart, QSize pixels, int dpi) {
    if (pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > kMaxExportPixels) return {};
    if (dpi <= 0) dpi = 96;
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return {};
    image.setDotsPerMeterX(qRound(dpi / kMetresPerInch));
    image.setDotsPerMeterY(qRound(dpi / kMetresPerInch));
    image.fill(Qt::white);
    QPainter painter(&image);
    paintChecked(chart, painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    return image;
}

QByteArray renderChartSvg(Chart& chart, QSize pixels, int dpi) {
    validate(pixels, dpi);
    return renderSvg(chart, pixels, dpi);
}

void exportChart(Chart& chart, const QString& path, const ExportOptions& options) {
    validate(options.size, options.dpi);
    if (path.isEmpty()) throwNotWritable(path, QStringLiteral("no file name was given"));
    if (QFileInfo(path).isDir()) throwNotWritable(path, QStringLiteral("it is a folder"));

    // Nothing reaches `path` until commit(): a failure anywhere leaves an existing file as it was, and the
    // temporary file is removed when `file` goes out of scope uncommitted (also when paint throws).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) throwNotWritable(path, file.errorString());
    switch (options.format) {
        case ExportFormat::Png:
            writePng(chart, file, options.size, options.dpi);
            break;
        case ExportFormat::Pdf:
            writePdf(chart, file, options.size, options.dpi);
            break;
        case ExportFormat::Svg: {
            const QByteArray svg = renderSvg(chart, options.size, options.dpi);
            if (file.write(svg) != svg.size()) throwNotWritable(path, file.errorString());
            break;
        }
    }
    if (!file.flush() || file.error() != QFileDevice::NoError) throwNotWritable(path, file.errorString());
    if (!file.commit()) throwNotWritable(path, file.errorString());
}

void copyChartToClipboard(Chart& chart, QSize pixels, int dpi) {
    const QImage image = renderChartImage(chart, pixels, dpi);
    if (image.isNull()) {
        ErrorContext context;
        context.detail = "the chart image is too large for the clipboard";
        throw Error(ErrorCode::Internal, context);
    }
    auto mime = std::make_unique<QMimeData>();
    mime->setImageData(image);
    const QByteArray svg = renderSvg(chart, pixels, dpi);
    if (svg.size() <= kMaxClipboardSvgBytes) mime->setData(QStringLiteral("image/svg+xml"), svg);
    QGuiApplication::clipboard()->setMimeData(mime.release());  // the clipboard owns it
}

QString suffixForFormat(ExportFormat format) {
    switch (format) {
        case ExportFormat::Png:
            return QStringLiteral("png");
        case ExportFormat::Svg:
            return QStringLiteral("svg");
        case ExportFormat::Pdf:
            return QStringLiteral("pdf");
    }
    return QStringLiteral("png");
}

ExportFormat formatForSuffix(const QString& pathOrSuffix, ExportFormat fallback) {
    const QString suffix = pathOrSuffix.contains(QLatin1Char('.'))
                               ? QFileInfo(pathOrSuffix).suffix().toLower()
                               : pathOrSuffix.toLower();
    if (suffix == QLatin1String("png")) return ExportFormat::Png;
    if (suffix == QLatin1String("svg")) return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf")) return ExportFormat::Pdf;
    return fallback;
}

bool hasKnownSuffix(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg") || suffix == QLatin1String("pdf");
}

QString withFormatSuffix(const QString& path, ExportFormat format) {
    if (path.isEmpty()) return path;
    QString stem = path;
    if (hasKnownSuffix(path)) stem.chop(QFileInfo(path).suffix().size() + 1);
    return stem + QLatin1Char('.') + suffixForFormat(format);
}

QStringList exportFileFilters() {
    return {OutputTr::tr("PNG image (*.png)"), OutputTr::tr("SVG drawing (*.svg)"),
            OutputTr::tr("PDF document (*.pdf)")};
}

}  // namespace seg::chart
