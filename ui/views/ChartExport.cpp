#include "views/ChartExport.h"

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
#include <exception>
#include <memory>

#include "common/Error.h"

namespace seg::ui {

namespace {

// One inch is 0.0254 m; QImage stores its resolution in dots per metre.
constexpr qreal kMetresPerInch = 0.0254;
// Larger SVGs (dense scatter plots) go to the clipboard as an image only: serialising them on every copy is
// slow, and few applications that paste would cope with them.
constexpr qsizetype kMaxClipboardSvgBytes = 8 * 1024 * 1024;

// The translation context for the few user-visible strings here (lupdate reads ChartExportTr::tr()).
class ChartExportTr {
    Q_DECLARE_TR_FUNCTIONS(seg::ui::ChartExport)
};

[[noreturn]] void throwNotWritable(const QString& path, const QString& reason) {
    ErrorContext context;
    context.path = path.toStdString();
    context.detail = reason.toStdString();
    throw Error(ErrorCode::FileNotWritable, context);
}

void validate(QSizeF size) {
    if (!(size.width() >= 1.0 && size.height() >= 1.0 && std::isfinite(size.width()) &&
          std::isfinite(size.height()))) {
        ErrorContext context;
        context.detail = QStringLiteral("size=%1x%2").arg(size.width()).arg(size.height()).toStdString();
        context.limit = 1;
        throw Error(ErrorCode::InvalidParameter, context);
    }
}

// A view's paint() may throw anything; the caller is promised a seg::Error.
void paintChart(const ChartSource& source, QPainter& painter, const QRectF& bounds) {
    if (!source.paint) {
        ErrorContext context;
        context.detail = "export of a chart with no paint function";
        throw Error(ErrorCode::Internal, context);
    }
    try {
        source.paint(painter, bounds);
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

QImage renderImage(const ChartSource& source, QSize pixels, qreal scale) {
    if (pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > kMaxExportPixels) return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return {};
    // 96 dpi whatever the screen's, so fonts in points and chart::pxScale lay the chart out as on a standard
    // screen; the scale alone makes it sharper.
    image.setDotsPerMeterX(qRound(96.0 / kMetresPerInch));
    image.setDotsPerMeterY(qRound(96.0 / kMetresPerInch));
    image.fill(Qt::white);
    {
        // An explicit scale rather than the image's device pixel ratio, which QPainter raises to at least 1:
        // previews and 72 dpi exports need less.
        QPainter painter(&image);
        painter.scale(scale, scale);
        // The bounds cover every pixel, so rounding the image's size leaves no blank row or column at the
        // edge.
        paintChart(source, painter, QRectF(0, 0, pixels.width() / scale, pixels.height() / scale));
    }
    image.setDevicePixelRatio(scale);
    return image;
}

// QSvgGenerator writes width and height in millimetres, which Qt's own renderer reads at 90 dpi; pixels
// (unitless) mean the same to every renderer.
QByteArray renderSvg(const ChartSource& source, QSizeF size) {
    validate(size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setResolution(96);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setTitle(source.title);
        generator.setDescription(ChartExportTr::tr("Chart exported from SegmentLab"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            ErrorContext context;
            context.detail = "cannot start the SVG generator";
            throw Error(ErrorCode::Internal, context);
        }
        paintChart(source, painter, QRectF(QPointF(0, 0), size));
        painter.end();
    }
    buffer.close();
    const qsizetype open = bytes.indexOf("<svg");
    const qsizetype close = open >= 0 ? bytes.indexOf('>', open) : -1;
    if (close > open) {
        QString tag = QString::fromUtf8(bytes.mid(open, close - open));
        static const QRegularExpression kWidth(QStringLiteral("\\swidth=\"[^\"]*\"")),
            kHeight(QStringLiteral("\\sheight=\"[^\"]*\""));
        tag.replace(kWidth, QStringLiteral(" width=\"%1\"").arg(size.width()));
        tag.replace(kHeight, QStringLiteral(" height=\"%1\"").arg(size.height()));
        bytes.replace(open, close - open, tag.toUtf8());
    }
    return bytes;
}

void writePng(const ChartSource& source, QSaveFile& file, QSizeF size, int dpi) {
    const QSize pixels = exportPixelSize(size, dpi);
    QImage image = renderImage(source, pixels, dpi / 96.0);
    if (image.isNull())
        throwNotWritable(file.fileName(), QStringLiteral("an image of %1 x %2 pixels is too large")
                                              .arg(pixels.width())
                                              .arg(pixels.height()));
    // Recorded after painting: the layout is the 96 dpi one, the file tells printers its real density.
    image.setDotsPerMeterX(qRound(dpi / kMetresPerInch));
    image.setDotsPerMeterY(qRound(dpi / kMetresPerInch));
    image.setText(QStringLiteral("Title"), source.title);
    image.setText(QStringLiteral("Software"), QStringLiteral("SegmentLab"));
    if (!image.save(&file, "PNG"))
        throwNotWritable(file.fileName(), file.error() != QFileDevice::NoError
                                              ? file.errorString()
                                              : QStringLiteral("PNG encoding failed"));
}

void writePdf(const ChartSource& source, QSaveFile& file, QSizeF size, int dpi) {
    QPdfWriter writer(&file);
    writer.setResolution(dpi);
    writer.setTitle(source.title);
    writer.setCreator(QStringLiteral("SegmentLab"));
    // The page is the chart: no margins, and an exact size, not the nearest standard paper.
    const QPageSize page(size * 72.0 / 96.0, QPageSize::Point, source.title, QPageSize::ExactMatch);
    if (!writer.setPageLayout(QPageLayout(page, QPageLayout::Portrait, QMarginsF())))
        throwNotWritable(file.fileName(), QStringLiteral("the page size is not supported"));
    QPainter painter;
    if (!painter.begin(&writer))
        throwNotWritable(file.fileName(), file.error() != QFileDevice::NoError
                                              ? file.errorString()
                                              : QStringLiteral("cannot start the PDF writer"));
    // Pages are whole points; painting the page (not `size`) keeps the chart edge to edge when they round.
    const QRectF points = writer.pageLayout().fullRectPoints();
    paintChart(source, painter, QRectF(0, 0, points.width() * dpi / 72.0, points.height() * dpi / 72.0));
    painter.end();
}

}  // namespace

QSize exportPixelSize(QSizeF size, int dpi) {
    return QSize(std::max(1, qRound(size.width() * dpi / 96.0)),
                 std::max(1, qRound(size.height() * dpi / 96.0)));
}

QImage renderChartImage(const ChartSource& source, QSizeF size, qreal scale) {
    validate(size);
    if (!(scale > 0.0) || !std::isfinite(scale)) return {};
    const QSize pixels(std::max(1, qRound(size.width() * scale)), std::max(1, qRound(size.height() * scale)));
    return renderImage(source, pixels, scale);
}

QByteArray renderChartSvg(const ChartSource& source, QSizeF size) {
    return renderSvg(source, size);
}

void exportChart(const ChartSource& source, const QString& path, const ExportOptions& options) {
    validate(options.size);
    if (options.dpi < kMinExportDpi || options.dpi > kMaxExportDpi) {
        ErrorContext context;
        context.detail = QStringLiteral("dpi=%1").arg(options.dpi).toStdString();
        context.count = options.dpi;
        context.limit = options.dpi < kMinExportDpi ? kMinExportDpi : kMaxExportDpi;
        throw Error(ErrorCode::InvalidParameter, context);
    }
    if (path.isEmpty()) throwNotWritable(path, QStringLiteral("no file name was given"));
    if (QFileInfo(path).isDir()) throwNotWritable(path, QStringLiteral("it is a folder"));

    // Nothing reaches `path` until commit(): a failure anywhere leaves an existing file as it was, and the
    // temporary file is removed when `file` goes out of scope uncommitted (also when paint throws).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) throwNotWritable(path, file.errorString());
    switch (options.format) {
        case ExportFormat::Png:
            writePng(source, file, options.size, options.dpi);
            break;
        case ExportFormat::Pdf:
            writePdf(source, file, options.size, options.dpi);
            break;
        case ExportFormat::Svg: {
            const QByteArray svg = renderSvg(source, options.size);
            if (file.write(svg) != svg.size()) throwNotWritable(path, file.errorString());
            break;
        }
    }
    if (!file.commit()) throwNotWritable(path, file.errorString());
}

void copyChartToClipboard(const ChartSource& source, QSizeF size) {
    const QImage image = renderChartImage(source, size, 2.0);
    if (image.isNull()) {
        ErrorContext context;
        context.detail = "the chart image is too large for the clipboard";
        throw Error(ErrorCode::Internal, context);
    }
    auto mime = std::make_unique<QMimeData>();
    mime->setImageData(image);
    const QByteArray svg = renderSvg(source, size);
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
    return {ChartExportTr::tr("PNG image (*.png)"), ChartExportTr::tr("SVG drawing (*.svg)"),
            ChartExportTr::tr("PDF document (*.pdf)")};
}

}  // namespace seg::ui
