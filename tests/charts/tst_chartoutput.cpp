// ChartOutput: a PNG of exactly the requested pixels at any DPI, drawn edge to edge; the DPI scales text and
// pens, not the pixel count; PDF pages of size / dpi inches and SVG drawings of size * 96 / dpi CSS px that
// are the same picture; atomic writes that leave an existing file alone on failure; the clipboard; and the
// Sizes chart in every format with nothing touching the edges. Images go to SEGMENTLAB_SCREENSHOT_DIR if set.
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QMimeData>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

#include "ChartOutput.h"
#include "ChartTest.h"
#include "OutputTest.h"
#include "SizesChart.h"
#include "common/Error.h"

using seg::chart::Chart;
using seg::chart::ExportFormat;
using seg::chart::ExportOptions;
using seg::chart::SizesChart;
using seg::test::countInk;
using seg::test::differingShare;
using seg::test::inkAtEdges;
using seg::test::mediaBox;
using seg::test::readAll;
using seg::test::saveShot;
using seg::test::writeBytes;

Q_DECLARE_METATYPE(seg::chart::ExportFormat)

namespace {

// A black frame whose outer edge is the output's edge, and a word in each corner: any crop or blank margin
// shows at the image's outermost pixels. Records the size and scale it was laid out for.
class FrameChart : public Chart {
public:
    QString name() const override { return QStringLiteral("frame"); }
    QString title() const override { return QStringLiteral("Frame test"); }
    bool hasData() const override { return true; }
    QSizeF laidOutSize;
    qreal laidOutScale = 0.0;

protected:
    void layoutContent(const QPaintDevice*) override {
        laidOutSize = size();
        laidOutScale = scale();
    }
    void paintContent(QPainter& p) const override {
        const qreal s = scale();
        const QRectF r(QPointF(0, 0), size());
        p.setPen(QPen(Qt::black, 4 * s, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(2 * s, 2 * s, -2 * s, -2 * s));
        p.setFont(style().labelFont());
        const QRectF inner = contentRect();
        p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, QStringLiteral("top left"));
        p.drawText(inner, Qt::AlignRight | Qt::AlignTop, QStringLiteral("top right"));
        p.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("bottom left"));
        p.drawText(inner, Qt::AlignRight | Qt::AlignBottom, QStringLiteral("bottom right"));
    }
};

// Draws half a chart, then fails, as a chart hitting a bug would.
class ThrowingChart : public Chart {
public:
    QString name() const override { return QStringLiteral("broken"); }
    QString title() const override { return QStringLiteral("Broken"); }
    bool hasData() const override { return true; }

protected:
    void layoutContent(const QPaintDevice*) override {}
    void paintContent(QPainter& p) const override {
        p.fillRect(contentRect(), Qt::red);
        throw std::runtime_error("paint failed midway");
    }
};

void fillSizes(SizesChart& chart) {
    chart.setSizes({12840, 5321, 30210, 977}, 1502);
}

bool isWhite(QRgb c) {
    return qRed(c) > 245 && qGreen(c) > 245 && qBlue(c) > 245;
}

double inkAlongRow(const QImage& image, int y) {
    int ink = 0;
    for (int x = 0; x < image.width(); ++x)
        ink += isWhite(image.pixel(x, y)) ? 0 : 1;
    return double(ink) / image.width();
}

double inkAlongColumn(const QImage& image, int x) {
    int ink = 0;
    for (int y = 0; y < image.height(); ++y)
        ink += isWhite(image.pixel(x, y)) ? 0 : 1;
    return double(ink) / image.height();
}

// The frame chart is drawn edge to edge: all four outermost lines of pixels are (nearly all) ink.
void verifyFrameReachesEdges(const QImage& image) {
    const std::array<double, 4> ink{inkAlongRow(image, 0), inkAlongColumn(image, image.width() - 1),
                                    inkAlongRow(image, image.height() - 1), inkAlongColumn(image, 0)};
    QVERIFY2(
        *std::min_element(ink.begin(), ink.end()) > 0.95,
        qPrintable(QStringLiteral("ink along the edges of %1 x %2 (top, right, bottom, left): %3 %4 %5 %6")
                       .arg(image.width())
                       .arg(image.height())
                       .arg(ink[0])
                       .arg(ink[1])
                       .arg(ink[2])
                       .arg(ink[3])));
}

// The Sizes chart's frame and bars as laid out last.
QList<QRectF> sizesGeometry(const SizesChart& chart) {
    QList<QRectF> rects{chart.titleRect(), chart.contentRect(), chart.plotRect(), chart.barRect(-1)};
    for (int c = 0; c < int(chart.sizes().size()); ++c)
        rects.append(chart.barRect(c));
    return rects;
}

// Laid out at `factor` times the pixels and the DPI, the chart is its 1x layout times `factor`: the layout
// follows size / dpi only. Text is hinted per pixel size, so its widths (and what is placed after them)
// scale nearly, not exactly: within 1% of the width.
void verifySameLayoutAtScale(SizesChart& chart, QSize pixels, int factor) {
    (void)seg::chart::renderChartImage(chart, pixels, 96);
    const QList<QRectF> one = sizesGeometry(chart);
    (void)seg::chart::renderChartImage(chart, pixels * factor, 96 * factor);
    const QList<QRectF> scaled = sizesGeometry(chart);
    QCOMPARE(scaled.size(), one.size());
    const qreal tolerance = 0.01 * pixels.width();
    for (int i = 0; i < one.size(); ++i) {
        const QRectF a = one.at(i), b(scaled.at(i).topLeft() / factor, scaled.at(i).size() / factor);
        QVERIFY2(std::abs(a.left() - b.left()) < tolerance && std::abs(a.top() - b.top()) < tolerance &&
                     std::abs(a.right() - b.right()) < tolerance &&
                     std::abs(a.bottom() - b.bottom()) < tolerance,
                 qPrintable(QStringLiteral("rect %1 at x%2: %3,%4 %5x%6 vs %7,%8 %9x%10")
                                .arg(i)
                                .arg(factor)
                                .arg(a.x())
                                .arg(a.y())
                                .arg(a.width())
                                .arg(a.height())
                                .arg(b.x())
                                .arg(b.y())
                                .arg(b.width())
                                .arg(b.height())));
    }
}

QImage svgImage(QSvgRenderer& renderer, QSize pixels) {
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    return image;
}

}  // namespace

class TestChartOutput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString tempPath(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void suffixes() {
        using seg::chart::formatForSuffix;
        QCOMPARE(formatForSuffix(QStringLiteral("a/b/chart.SVG")), ExportFormat::Svg);
        QCOMPARE(formatForSuffix(QStringLiteral("pdf")), ExportFormat::Pdf);
        QCOMPARE(formatForSuffix(QStringLiteral("chart.jpeg"), ExportFormat::Pdf), ExportFormat::Pdf);
        QCOMPARE(seg::chart::withFormatSuffix(QStringLiteral("/t/chart.png"), ExportFormat::Pdf),
                 QStringLiteral("/t/chart.pdf"));
        QCOMPARE(seg::chart::withFormatSuffix(QStringLiteral("/t/q3.results"), ExportFormat::Svg),
                 QStringLiteral("/t/q3.results.svg"));
        QCOMPARE(seg::chart::exportFileFilters().size(), 3);
        QCOMPARE(seg::chart::exportFileFilters().at(int(ExportFormat::Pdf)),
                 QStringLiteral("PDF document (*.pdf)"));
    }

    // The PNG has exactly the pixels asked for, whatever the DPI; the DPI is recorded and scales pens.
    void pngHasRequestedPixelsEdgeToEdge_data() {
        QTest::addColumn<QSize>("pixels");
        QTest::addColumn<int>("dpi");
        QTest::newRow("screen 96") << QSize(1600, 1000) << 96;
        QTest::newRow("screen 150") << QSize(1600, 1000) << 150;
        QTest::newRow("screen 300") << QSize(1600, 1000) << 300;
        QTest::newRow("slide 144") << QSize(1920, 1080) << 144;
        QTest::newRow("odd 72") << QSize(333, 211) << 72;
        QTest::newRow("square 300") << QSize(1200, 1200) << 300;
    }

    void pngHasRequestedPixelsEdgeToEdge() {
        QFETCH(QSize, pixels);
        QFETCH(int, dpi);
        FrameChart chart;
        const QString path = tempPath(QStringLiteral("frame-%1.png").arg(dpi));
        seg::chart::exportChart(chart, path, {ExportFormat::Png, pixels, dpi});
        // Laid out at the pixel size, with pens and fonts scaled by dpi / 96.
        QCOMPARE(chart.laidOutSize, QSizeF(pixels));
        QCOMPARE(chart.laidOutScale, dpi / 96.0);
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), pixels);
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
        QCOMPARE(image.text(QStringLiteral("Software")), QStringLiteral("SegmentLab"));
        QCOMPARE(image.text(QStringLiteral("Title")), QStringLiteral("Frame test"));
        verifyFrameReachesEdges(image);
        QFile::remove(path);
    }

    // The same picture at two resolutions: twice the pixels at twice the DPI is the 1x layout, twice as
    // sharp (the layout depends on size / dpi only), and the image is always exactly the pixels asked for.
    void imageKeepsLayoutAcrossScales() {
        SizesChart chart;
        fillSizes(chart);
        const QImage one = seg::chart::renderChartImage(chart, QSize(800, 500), 96);
        const QImage two = seg::chart::renderChartImage(chart, QSize(1600, 1000), 192);
        QCOMPARE(one.size(), QSize(800, 500));
        QCOMPARE(two.size(), QSize(1600, 1000));
        verifySameLayoutAtScale(chart, QSize(800, 500), 2);
        const QImage down = two.scaled(one.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        saveShot(one, "output-scales-96.png");
        saveShot(down, "output-scales-192-down.png");
        const double share = differingShare(down, one);
        QVERIFY2(share < 0.05, qPrintable(QString::number(share)));
        // Below 96 dpi too (previews, 72 dpi).
        FrameChart frame;
        const QImage quarter = seg::chart::renderChartImage(frame, QSize(400, 250), 24);
        QCOMPARE(quarter.size(), QSize(400, 250));
        verifyFrameReachesEdges(quarter);
        // The same size at a higher DPI has larger text: the title takes more of the picture.
        (void)seg::chart::renderChartImage(chart, QSize(800, 500), 96);
        const qreal title96 = chart.titleRect().height();
        (void)seg::chart::renderChartImage(chart, QSize(800, 500), 192);
        QVERIFY2(chart.titleRect().height() > 1.8 * title96,
                 qPrintable(QStringLiteral("%1 vs %2").arg(chart.titleRect().height()).arg(title96)));
    }

    // A PDF page is size / dpi inches, painted all over.
    void pdfPageIsTheChart_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("screen") << QSize(1600, 1000) << 150;
        QTest::newRow("slide") << QSize(1920, 1080) << 144;
        QTest::newRow("slide 300") << QSize(1920, 1080) << 300;
        QTest::newRow("square at 96") << QSize(1200, 1200) << 96;
    }

    void pdfPageIsTheChart() {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        FrameChart chart;
        const QString path = tempPath(QStringLiteral("frame.pdf"));
        seg::chart::exportChart(chart, path, {ExportFormat::Pdf, size, dpi});
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("%%EOF"));
        QVERIFY(pdf.contains("/Creator"));
        const QSizeF points = QSizeF(size) * 72.0 / dpi;
        const QRectF box = mediaBox(pdf);
        QVERIFY2(!box.isEmpty(), "no MediaBox");
        QCOMPARE(box.topLeft(), QPointF(0, 0));
        QVERIFY2(
            std::abs(box.width() - points.width()) < 0.5 && std::abs(box.height() - points.height()) < 0.5,
            qPrintable(QStringLiteral("MediaBox %1 x %2").arg(box.width()).arg(box.height())));
        // The chart was laid out over the whole page, in device units of `dpi`.
        QVERIFY(std::abs(chart.laidOutSize.width() - box.width() * dpi / 72.0) < 1.0);
        QVERIFY(std::abs(chart.laidOutSize.height() - box.height() * dpi / 72.0) < 1.0);
        QCOMPARE(chart.laidOutScale, dpi / 96.0);
        // poppler is optional: where it exists, it agrees, and draws the frame up to the page's edges.
        if (seg::test::hasPoppler()) {
            const QString out = seg::test::pdfInfo(path);
            QVERIFY2(out.contains(QStringLiteral("Frame test")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("SegmentLab")), qPrintable(out));
            static const QRegularExpression re(QStringLiteral("Page size:\\s*([\\d.]+) x ([\\d.]+) pts"));
            const auto m = re.match(out);
            QVERIFY2(m.hasMatch(), qPrintable(out));
            QVERIFY(std::abs(m.captured(1).toDouble() - points.width()) < 0.5);
            QVERIFY(std::abs(m.captured(2).toDouble() - points.height()) < 0.5);
            // The page in whole pixels: a last row or column that is only partly page stays out.
            const QSizeF exact = box.size() * 96.0 / 72.0;
            const QImage page = seg::test::pdfPageImage(path, 96).copy(
                0, 0, int(std::floor(exact.width() + 0.01)), int(std::floor(exact.height() + 0.01)));
            QVERIFY(!page.isNull());
            verifyFrameReachesEdges(page);
        }
        QFile::remove(path);
    }

    // An SVG is size * 96 / dpi CSS px wide and high, and its viewBox holds the whole chart.
    void svgViewBoxIsTheChart_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("screen 96") << QSize(1600, 1000) << 96;
        QTest::newRow("slide 144") << QSize(1920, 1080) << 144;
        QTest::newRow("screen 300") << QSize(1600, 1000) << 300;
    }

    void svgViewBoxIsTheChart() {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        FrameChart chart;
        const QString path = tempPath(QStringLiteral("frame.svg"));
        seg::chart::exportChart(chart, path, {ExportFormat::Svg, size, dpi});
        const QByteArray svg = readAll(path);
        QVERIFY(svg.contains("<title>Frame test</title>"));
        QVERIFY(svg.contains("<desc>"));
        // Laid out in CSS px on a 96 dpi device: the proportions of `size` at `dpi`.
        QCOMPARE(chart.laidOutScale, 1.0);
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        const QSizeF css = QSizeF(size) * 96.0 / dpi;
        QCOMPARE(renderer.viewBoxF(), QRectF(QPointF(0, 0), css));
        QCOMPARE(renderer.defaultSize(), css.toSize());
        verifyFrameReachesEdges(svgImage(renderer, QSize(800, 500)));
        QFile::remove(path);
    }

    void unwritablePathThrowsAndLeavesNoFile_data() {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("png") << ExportFormat::Png;
        QTest::newRow("svg") << ExportFormat::Svg;
        QTest::newRow("pdf") << ExportFormat::Pdf;
    }

    void unwritablePathThrowsAndLeavesNoFile() {
        QFETCH(ExportFormat, format);
        SizesChart chart;
        fillSizes(chart);
        const QString path =
            tempPath(QStringLiteral("no-such-folder/chart.") + seg::chart::suffixForFormat(format));
        try {
            seg::chart::exportChart(chart, path, {format, QSize(400, 300), 96});
            QFAIL("no exception");
        } catch (const seg::Error& e) {
            QCOMPARE(e.code(), seg::ErrorCode::FileNotWritable);
            QCOMPARE(QString::fromStdString(e.context().path), path);
            QVERIFY(!e.context().detail.empty());
        }
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));
    }

    void exportToFolderFailsCleanly() {
        SizesChart chart;
        fillSizes(chart);
        const QString folder = tempPath(QStringLiteral("a-folder.png"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY_THROWS_EXCEPTION(seg::Error, seg::chart::exportChart(chart, folder, {}));
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QDir(folder).isEmpty());
    }

    void failedExportKeepsExistingFile_data() { unwritablePathThrowsAndLeavesNoFile_data(); }

    void failedExportKeepsExistingFile() {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.") + seg::chart::suffixForFormat(format));
        QVERIFY(writeBytes(path, "the previous export"));
        ThrowingChart chart;
        try {
            seg::chart::exportChart(chart, path, {format, QSize(400, 300), 150});
            QFAIL("no exception");
        } catch (const seg::Error& e) {
            QCOMPARE(e.code(), seg::ErrorCode::Internal);
            QVERIFY(QByteArray(e.what()).contains("paint failed midway"));
        }
        QCOMPARE(readAll(path), QByteArray("the previous export"));
        // No temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QFileInfo(path).fileName()});
    }

    void badOptionsAreRefused() {
        SizesChart chart;
        fillSizes(chart);
        const QString path = tempPath(QStringLiteral("bad.png"));
        QVERIFY_THROWS_EXCEPTION(seg::Error,
                                 seg::chart::exportChart(chart, path, {ExportFormat::Png, {0, 10}, 96}));
        QVERIFY_THROWS_EXCEPTION(seg::Error,
                                 seg::chart::exportChart(chart, path, {ExportFormat::Png, {100, 100}, 4000}));
        QVERIFY_THROWS_EXCEPTION(
            seg::Error, seg::chart::exportChart(
                            chart, path, {ExportFormat::Png, {seg::chart::kMaxExportSide + 1, 100}, 96}));
        QVERIFY_THROWS_EXCEPTION(seg::Error, seg::chart::exportChart(chart, QString(), {}));
        QVERIFY(!QFileInfo::exists(path));
    }

    // The clipboard gets the image at exactly the pixels asked for, and the same picture as SVG.
    void copiesImageAndSvgToClipboard() {
        FrameChart chart;
        seg::chart::copyChartToClipboard(chart, QSize(800, 600), 192);
        QClipboard* clipboard = QGuiApplication::clipboard();
        const QImage image = clipboard->image();
        QCOMPARE(image.size(), QSize(800, 600));
        // The image is laid out at 192 dpi (the SVG, laid out last, in CSS px).
        QCOMPARE(seg::chart::renderChartImage(chart, QSize(800, 600), 192).size(), QSize(800, 600));
        QCOMPARE(chart.laidOutScale, 2.0);
        verifyFrameReachesEdges(image);
        const QMimeData* mime = clipboard->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(QStringLiteral("image/svg+xml")));
        QSvgRenderer svg(mime->data(QStringLiteral("image/svg+xml")));
        QVERIFY(svg.isValid());
        QCOMPARE(svg.defaultSize(), QSize(400, 300));
    }

    // A real chart in every format: exact pixels, the same picture at any DPI for pixels scaled alike, and
    // the same picture in PNG, SVG and PDF.
    void sizesChartExportsInEveryFormat() {
        SizesChart chart;
        fillSizes(chart);
        const QImage reference = seg::chart::renderChartImage(chart, QSize(800, 500), 96);
        for (int factor : {1, 2, 3}) {
            const QSize pixels(800 * factor, 500 * factor);
            const int dpi = 96 * factor;
            const QString path = tempPath(QStringLiteral("sizes-%1.png").arg(dpi));
            seg::chart::exportChart(chart, path, {ExportFormat::Png, pixels, dpi});
            const QImage image(path);
            QCOMPARE(image.size(), pixels);
            QCOMPARE(inkAtEdges(image), 0);
            // Pens and text scale with the DPI: the 288 dpi image is the 96 dpi one, sharper.
            verifySameLayoutAtScale(chart, reference.size(), factor);
            const QImage small =
                image.scaled(reference.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            const double share = differingShare(small, reference);
            QVERIFY2(share < 0.05, qPrintable(QStringLiteral("%1 at %2 dpi").arg(share).arg(dpi)));
        }
        const QString svgPath = tempPath(QStringLiteral("sizes.svg"));
        seg::chart::exportChart(chart, svgPath, {ExportFormat::Svg, QSize(1600, 1000), 192});
        QSvgRenderer svg(svgPath);
        QVERIFY(svg.isValid());
        QCOMPARE(svg.defaultSize(), QSize(800, 500));
        const QImage fromSvg = svgImage(svg, reference.size());
        QCOMPARE(inkAtEdges(fromSvg), 0);
        QVERIFY2(differingShare(fromSvg, reference) < 0.05,
                 qPrintable(QString::number(differingShare(fromSvg, reference))));
        const QString pdfPath = tempPath(QStringLiteral("sizes.pdf"));
        seg::chart::exportChart(chart, pdfPath, {ExportFormat::Pdf, QSize(1600, 1000), 300});
        QVERIFY(readAll(pdfPath).startsWith("%PDF"));
        QCOMPARE(mediaBox(readAll(pdfPath)).size(), QSizeF(384, 240));
        if (seg::test::hasPoppler()) {
            const QImage page = seg::test::pdfPageImage(pdfPath, 96);
            QCOMPARE(page.size(), QSize(512, 320));
            QCOMPARE(inkAtEdges(page), 0);
            QVERIFY(countInk(page, page.rect()) > 2000);
            QVERIFY(seg::test::pdfText(pdfPath).contains(chart.title()));
            saveShot(page, "output-sizes-pdf.png");
        }
        saveShot(reference, "output-sizes.png");
        saveShot(fromSvg, "output-sizes-svg.png");
    }

    // Slides and screens: nothing touches the image's edges at the default and the screen's DPI.
    void sizesChartKeepsClearOfEdges_data() {
        QTest::addColumn<QSize>("pixels");
        QTest::addColumn<int>("dpi");
        QTest::newRow("slide 144") << QSize(1920, 1080) << 144;
        QTest::newRow("slide 96") << QSize(1920, 1080) << 96;
        QTest::newRow("square 300") << QSize(1200, 1200) << 300;
        QTest::newRow("screen 300") << QSize(1600, 1000) << 300;
    }

    void sizesChartKeepsClearOfEdges() {
        QFETCH(QSize, pixels);
        QFETCH(int, dpi);
        SizesChart chart;
        fillSizes(chart);
        const QImage image = seg::chart::renderChartImage(chart, pixels, dpi);
        QCOMPARE(image.size(), pixels);
        QVERIFY2(countInk(image, image.rect()) > 2000, "almost nothing was drawn");
        QCOMPARE(inkAtEdges(image), 0);
        saveShot(
            image,
            QStringLiteral("output-sizes-%1x%2@%3.png").arg(pixels.width()).arg(pixels.height()).arg(dpi));
    }
};

QTEST_MAIN(TestChartOutput)
#include "tst_chartoutput.moc"
