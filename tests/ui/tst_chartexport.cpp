// ChartExport (the views' export, until every view is a chart object): PNG at the requested pixel size for
// any DPI, drawn edge to edge; PDF pages and SVG viewBoxes of the chart's size; atomic writes that leave an
// existing file alone on failure; the clipboard; and every real view exported at 300 dpi with nothing cut at
// the edges. The dialog is tested in tst_exportchartdialog, charts/ChartOutput in tst_chartoutput. Images go
// to SEGMENTLAB_SCREENSHOT_DIR if set.
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <stdexcept>

#include "common/Error.h"
#include "views/ChartExport.h"
#include "views/ChartPainting.h"
#include "views/DendrogramView.h"
#include "views/ElbowView.h"
#include "views/KDistanceView.h"
#include "views/PcaScatterView.h"
#include "views/ProfileHeatmapView.h"
#include "views/SegmentSizesView.h"
#include "views/SilhouetteView.h"

using seg::ui::ChartSource;
using seg::ui::ExportFormat;
using seg::ui::ExportOptions;

Q_DECLARE_METATYPE(seg::ui::ExportFormat)

namespace {

// A black frame whose outer edge is the bounds' edge, and a word in each corner: any crop or blank margin
// shows at the image's outermost pixels. `seen` receives the bounds paint() was given.
ChartSource frameChart(std::shared_ptr<QRectF> seen = {}) {
    return {QStringLiteral("frame"), QStringLiteral("Frame test"), [seen](QPainter& p, const QRectF& r) {
                if (seen) *seen = r;
                const qreal s = seg::ui::chart::pxScale(p.device());
                p.setRenderHint(QPainter::Antialiasing);
                p.fillRect(r, Qt::white);
                p.setPen(QPen(Qt::black, 4 * s, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(2 * s, 2 * s, -2 * s, -2 * s));
                p.setFont(seg::ui::chart::sized(QFont(), 12));
                const QRectF inner = r.adjusted(10 * s, 10 * s, -10 * s, -10 * s);
                p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, QStringLiteral("top left"));
                p.drawText(inner, Qt::AlignRight | Qt::AlignTop, QStringLiteral("top right"));
                p.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("bottom left"));
                p.drawText(inner, Qt::AlignRight | Qt::AlignBottom, QStringLiteral("bottom right"));
            }};
}

// Draws half a chart, then fails, as a view hitting a bug would.
ChartSource throwingChart() {
    return {QStringLiteral("broken"), QStringLiteral("Broken"), [](QPainter& p, const QRectF& r) {
                p.fillRect(r, Qt::red);
                throw std::runtime_error("paint failed midway");
            }};
}

bool isWhite(QRgb c) {
    return qRed(c) > 245 && qGreen(c) > 245 && qBlue(c) > 245;
}

// Share of non-white pixels along one line of pixels.
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

// Non-white pixels in the outer `fraction` of each side: top, right, bottom, left.
std::array<int, 4> inkInBands(const QImage& image, double fraction) {
    const int bx = std::max(1, int(image.width() * fraction)),
              by = std::max(1, int(image.height() * fraction));
    std::array<int, 4> ink{0, 0, 0, 0};
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            if (isWhite(image.pixel(x, y))) continue;
            if (y < by) ++ink[0];
            if (x >= image.width() - bx) ++ink[1];
            if (y >= image.height() - by) ++ink[2];
            if (x < bx) ++ink[3];
        }
    return ink;
}

// The frame chart is drawn edge to edge: all four outermost lines of pixels are (nearly all) ink.
void verifyFrameReachesEdges(const QImage& image) {
    QVERIFY2(inkAlongRow(image, 0) > 0.95, "blank top edge");
    QVERIFY2(inkAlongRow(image, image.height() - 1) > 0.95, "blank bottom edge");
    QVERIFY2(inkAlongColumn(image, 0) > 0.95, "blank left edge");
    QVERIFY2(inkAlongColumn(image, image.width() - 1) > 0.95, "blank right edge");
    for (int ink : inkInBands(image, 0.02))
        QVERIFY(ink > 0);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

bool writeText(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString screenshotDir() {
    QString dir = qEnvironmentVariable("SEGMENTLAB_SCREENSHOT_DIR");
    if (!dir.isEmpty()) QDir().mkpath(dir);
    return dir;
}

// The first page's MediaBox in points.
QRectF mediaBox(const QByteArray& pdf) {
    static const QRegularExpression re(
        QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]"));
    const auto m = re.match(QString::fromLatin1(pdf));
    if (!m.hasMatch()) return {};
    return QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                  QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
}

// ---- Real views with representative data (the same kinds of fixtures as their own tests).

seg::FeatureMatrix blobs(int perBlob, int blobCount, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    seg::FeatureMatrix x(std::size_t(perBlob * blobCount), 3);
    for (int b = 0; b < blobCount; ++b)
        for (int i = 0; i < perBlob; ++i) {
            const auto r = std::size_t(b * perBlob + i);
            x(r, 0) = 10.0 * std::cos(b * 2.4) + noise(rng);
            x(r, 1) = 10.0 * std::sin(b * 2.4) + noise(rng);
            x(r, 2) = noise(rng);
        }
    return x;
}

std::vector<int> blobLabels(int perBlob, int blobCount) {
    std::vector<int> labels;
    for (int b = 0; b < blobCount; ++b)
        labels.insert(labels.end(), std::size_t(perBlob), b);
    return labels;
}

seg::run::SweepResult sweep() {
    using seg::run::Criterion;
    seg::run::SweepResult r;
    for (int k = 2; k <= 10; ++k) {
        r.k.push_back(k);
        r.inertia.push_back(k <= 4 ? 48000.0 - 13000.0 * (k - 2) : 22000.0 - 1500.0 * (k - 4));
        r.silhouette.push_back(0.62 - 0.03 * std::abs(k - 4) - (k == 4 ? 0.0 : 0.05));
        r.calinskiHarabasz.push_back(900.0 - 60.0 * std::abs(k - 3));
        r.daviesBouldin.push_back(0.55 + 0.08 * std::abs(k - 4));
        r.bic.push_back(std::numeric_limits<double>::quiet_NaN());
    }
    r.elbowK = 4;
    r.votes = {{Criterion::Elbow, 4, r.inertia[2]},
               {Criterion::Silhouette, 4, r.silhouette[2]},
               {Criterion::CalinskiHarabasz, 3, r.calinskiHarabasz[1]},
               {Criterion::DaviesBouldin, 4, r.daviesBouldin[2]}};
    r.recommendedK = 4;
    return r;
}

seg::cluster::KDistanceCurve kCurve() {
    seg::cluster::KDistanceCurve c;
    c.k = 4;
    const std::size_t n = 600;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = double(i) / double(n);
        c.distances.push_back(0.15 + 0.25 * t + (t > 0.85 ? 120.0 * (t - 0.85) * (t - 0.85) : 0.0));
    }
    c.kneeIndex = seg::cluster::kneedleIndex(c.distances);
    c.suggestedEps = c.distances[c.kneeIndex];
    return c;
}

std::shared_ptr<const seg::data::Table> profileTable(std::vector<int>& labels) {
    using seg::data::Column;
    std::mt19937 rng(11);
    std::normal_distribution<double> g(0.0, 1.0);
    const int n = 300;
    labels.clear();
    std::vector<double> spend, visits, basket, tenure, age, returns;
    for (int i = 0; i < n; ++i) {
        const int s = i % 5;
        labels.push_back(s);
        spend.push_back(200.0 + 150.0 * s + 30.0 * g(rng));
        visits.push_back(4.0 + 2.0 * ((s * 3) % 5) + g(rng));
        basket.push_back(40.0 + 10.0 * ((s * 2) % 5) + 5.0 * g(rng));
        tenure.push_back(12.0 + 6.0 * ((s * 4) % 5) + 3.0 * g(rng));
        age.push_back(35.0 + 4.0 * s + 5.0 * g(rng));
        returns.push_back(0.05 + 0.02 * ((s + 2) % 5) + 0.01 * g(rng));
    }
    auto table = std::make_shared<seg::data::Table>();
    table->addColumn(Column::numbers("Annual spend (EUR)", spend));
    table->addColumn(Column::numbers("Store visits per month", visits));
    table->addColumn(Column::numbers("Average basket value", basket));
    table->addColumn(Column::numbers("Tenure in months", tenure));
    table->addColumn(Column::numbers("Age", age));
    table->addColumn(Column::numbers("Return rate", returns));
    return table;
}

}  // namespace

class TestChartExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString tempPath(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SegmentLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_chartexport"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void suffixes() {
        using seg::ui::formatForSuffix;
        QCOMPARE(formatForSuffix(QStringLiteral("a/b/chart.SVG")), ExportFormat::Svg);
        QCOMPARE(formatForSuffix(QStringLiteral("pdf")), ExportFormat::Pdf);
        QCOMPARE(formatForSuffix(QStringLiteral("chart.jpeg"), ExportFormat::Pdf), ExportFormat::Pdf);
        QCOMPARE(seg::ui::withFormatSuffix(QStringLiteral("/t/chart.png"), ExportFormat::Pdf),
                 QStringLiteral("/t/chart.pdf"));
        QCOMPARE(seg::ui::withFormatSuffix(QStringLiteral("/t/q3.results"), ExportFormat::Svg),
                 QStringLiteral("/t/q3.results.svg"));
        QCOMPARE(seg::ui::exportFileFilters().size(), 3);
        QCOMPARE(seg::ui::exportFileFilters().at(int(ExportFormat::Pdf)),
                 QStringLiteral("PDF document (*.pdf)"));
    }

    void pngHasRequestedPixelsEdgeToEdge_data() {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QSize>("pixels");
        QTest::newRow("screen 96") << QSizeF(1600, 1000) << 96 << QSize(1600, 1000);
        QTest::newRow("screen 150") << QSizeF(1600, 1000) << 150 << QSize(2500, 1563);
        QTest::newRow("screen 300") << QSizeF(1600, 1000) << 300 << QSize(5000, 3125);
        QTest::newRow("slide 150") << QSizeF(1920, 1080) << 150 << QSize(3000, 1688);
        QTest::newRow("odd 72") << QSizeF(333, 211) << 72 << QSize(250, 158);
        QTest::newRow("square 300") << QSizeF(1200, 1200) << 300 << QSize(3750, 3750);
    }

    void pngHasRequestedPixelsEdgeToEdge() {
        QFETCH(QSizeF, size);
        QFETCH(int, dpi);
        QFETCH(QSize, pixels);
        QCOMPARE(seg::ui::exportPixelSize(size, dpi), pixels);
        auto seen = std::make_shared<QRectF>();
        const QString path = tempPath(QStringLiteral("frame-%1.png").arg(dpi));
        seg::ui::exportChart(frameChart(seen), path, {ExportFormat::Png, size, dpi});
        // Laid out at the logical size whatever the DPI (within the rounding of the image to whole pixels).
        QVERIFY(std::abs(seen->width() - size.width()) < 1.0 &&
                std::abs(seen->height() - size.height()) < 1.0);
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), pixels);
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
        QCOMPARE(image.text(QStringLiteral("Software")), QStringLiteral("SegmentLab"));
        verifyFrameReachesEdges(image);
        QFile::remove(path);
    }

    void imageKeepsLayoutAcrossScales() {
        // The same chart at 1x and 2x: the 2x image, scaled down, matches the 1x one (no layout change).
        const QImage one = seg::ui::renderChartImage(frameChart(), QSizeF(400, 250), 1.0);
        const QImage two = seg::ui::renderChartImage(frameChart(), QSizeF(400, 250), 2.0);
        QCOMPARE(one.size(), QSize(400, 250));
        QCOMPARE(two.size(), QSize(800, 500));
        QCOMPARE(two.devicePixelRatio(), 2.0);
        verifyFrameReachesEdges(one);
        verifyFrameReachesEdges(two);
        // Below 1 too (previews, 72 dpi), which an image's device pixel ratio alone would not do.
        const QImage quarter = seg::ui::renderChartImage(frameChart(), QSizeF(1600, 1000), 0.25);
        QCOMPARE(quarter.size(), QSize(400, 250));
        verifyFrameReachesEdges(quarter);
    }

    void pdfPageIsTheChart_data() {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("screen") << QSizeF(1600, 1000) << 150;
        QTest::newRow("slide") << QSizeF(1920, 1080) << 300;
        QTest::newRow("square at 96") << QSizeF(1200, 1200) << 96;
    }

    void pdfPageIsTheChart() {
        QFETCH(QSizeF, size);
        QFETCH(int, dpi);
        auto seen = std::make_shared<QRectF>();
        const QString path = tempPath(QStringLiteral("frame.pdf"));
        seg::ui::exportChart(frameChart(seen), path, {ExportFormat::Pdf, size, dpi});
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("%%EOF"));
        QVERIFY(pdf.contains("/Creator"));
        const QSizeF points = size * 72.0 / 96.0;
        const QRectF box = mediaBox(pdf);
        QVERIFY2(!box.isEmpty(), "no MediaBox");
        QCOMPARE(box.topLeft(), QPointF(0, 0));
        QVERIFY2(
            std::abs(box.width() - points.width()) < 0.5 && std::abs(box.height() - points.height()) < 0.5,
            qPrintable(QStringLiteral("MediaBox %1 x %2").arg(box.width()).arg(box.height())));
        // The chart was painted over the whole page, in device units of `dpi`.
        QVERIFY(std::abs(seen->width() - box.width() * dpi / 72.0) < 1.0);
        QVERIFY(std::abs(seen->height() - box.height() * dpi / 72.0) < 1.0);
        QCOMPARE(seen->topLeft(), QPointF(0, 0));
        // poppler is optional: where pdfinfo exists, it agrees.
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (!pdfinfo.isEmpty()) {
            QProcess process;
            process.start(pdfinfo, {path});
            QVERIFY(process.waitForFinished(30000));
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY2(out.contains(QStringLiteral("Frame test")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("SegmentLab")), qPrintable(out));
            static const QRegularExpression re(QStringLiteral("Page size:\\s*([\\d.]+) x ([\\d.]+) pts"));
            const auto m = re.match(out);
            QVERIFY2(m.hasMatch(), qPrintable(out));
            QVERIFY(std::abs(m.captured(1).toDouble() - points.width()) < 0.5);
            QVERIFY(std::abs(m.captured(2).toDouble() - points.height()) < 0.5);
        }
        QFile::remove(path);
    }

    void svgViewBoxIsTheChart() {
        const QString path = tempPath(QStringLiteral("frame.svg"));
        // The DPI does not change an SVG: its user unit is the CSS pixel.
        seg::ui::exportChart(frameChart(), path, {ExportFormat::Svg, QSizeF(1600, 1000), 300});
        const QByteArray svg = readAll(path);
        QVERIFY(svg.contains("<title>Frame test</title>"));
        QVERIFY(svg.contains("<desc>"));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 1600, 1000));
        QCOMPARE(renderer.defaultSize(), QSize(1600, 1000));
        QImage image(800, 500, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter, QRectF(0, 0, 800, 500));
        painter.end();
        verifyFrameReachesEdges(image);
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
        const QString path =
            tempPath(QStringLiteral("no-such-folder/chart.") + seg::ui::suffixForFormat(format));
        try {
            seg::ui::exportChart(frameChart(), path, {format, QSizeF(400, 300), 96});
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
        const QString folder = tempPath(QStringLiteral("a-folder.png"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY_THROWS_EXCEPTION(seg::Error, seg::ui::exportChart(frameChart(), folder, {}));
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QDir(folder).isEmpty());
    }

    void failedExportKeepsExistingFile_data() { unwritablePathThrowsAndLeavesNoFile_data(); }

    void failedExportKeepsExistingFile() {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.") + seg::ui::suffixForFormat(format));
        QVERIFY(writeText(path, "the previous export"));
        try {
            seg::ui::exportChart(throwingChart(), path, {format, QSizeF(400, 300), 150});
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
        const QString path = tempPath(QStringLiteral("bad.png"));
        QVERIFY_THROWS_EXCEPTION(seg::Error,
                                 seg::ui::exportChart(frameChart(), path, {ExportFormat::Png, {0, 10}, 96}));
        QVERIFY_THROWS_EXCEPTION(
            seg::Error, seg::ui::exportChart(frameChart(), path, {ExportFormat::Png, {100, 100}, 4000}));
        QVERIFY_THROWS_EXCEPTION(seg::Error, seg::ui::exportChart(ChartSource{}, path, {}));
        QVERIFY(!QFileInfo::exists(path));
    }

    void copiesImageAndSvgToClipboard() {
        seg::ui::copyChartToClipboard(frameChart(), QSizeF(400, 300));
        QClipboard* clipboard = QGuiApplication::clipboard();
        const QImage image = clipboard->image();
        QCOMPARE(image.size(), QSize(800, 600));
        verifyFrameReachesEdges(image);
        const QMimeData* mime = clipboard->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(QStringLiteral("image/svg+xml")));
        QSvgRenderer svg(mime->data(QStringLiteral("image/svg+xml")));
        QVERIFY(svg.isValid());
        QCOMPARE(svg.viewBoxF(), QRectF(0, 0, 400, 300));
    }

    void segmentSizesViewExportsInEveryFormat() {
        seg::ui::SegmentSizesView view;
        view.setSizes({100, 50, 25});
        const ChartSource source{QStringLiteral("segment-sizes"), QStringLiteral("Customers per segment"),
                                 [&view](QPainter& p, const QRectF& r) { view.paint(p, r); }};
        for (int dpi : {96, 150, 300}) {
            const QString path = tempPath(QStringLiteral("sizes-%1.png").arg(dpi));
            seg::ui::exportChart(source, path, {ExportFormat::Png, QSizeF(1600, 1000), dpi});
            const QImage image(path);
            QCOMPARE(image.size(), seg::ui::exportPixelSize(QSizeF(1600, 1000), dpi));
            // Pens and text scale with the DPI: the 300 dpi image is the 96 dpi one, sharper.
            const QImage small = image.scaled(400, 250, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            const QImage reference = view.render(QSize(1600, 1000))
                                         .scaled(400, 250, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            int differing = 0;
            for (int y = 0; y < 250; ++y)
                for (int x = 0; x < 400; ++x) {
                    const QColor a = small.pixelColor(x, y), b = reference.pixelColor(x, y);
                    if (std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                            std::abs(a.blue() - b.blue()) >
                        120)
                        ++differing;
                }
            QVERIFY2(differing < 400 * 250 / 100,
                     qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
        }
        const QString svgPath = tempPath(QStringLiteral("sizes.svg"));
        seg::ui::exportChart(source, svgPath, {ExportFormat::Svg, QSizeF(1600, 1000), 96});
        QSvgRenderer svg(svgPath);
        QVERIFY(svg.isValid());
        QCOMPARE(svg.viewBoxF(), QRectF(0, 0, 1600, 1000));
        const QString pdfPath = tempPath(QStringLiteral("sizes.pdf"));
        seg::ui::exportChart(source, pdfPath, {ExportFormat::Pdf, QSizeF(1600, 1000), 300});
        QVERIFY(readAll(pdfPath).startsWith("%PDF"));
        QCOMPARE(mediaBox(readAll(pdfPath)).size(), QSizeF(1200, 750));
        if (const QString dir = screenshotDir(); !dir.isEmpty()) {
            QFile::copy(svgPath, QDir(dir).filePath(QStringLiteral("export-sizes.svg")));
            QFile::copy(pdfPath, QDir(dir).filePath(QStringLiteral("export-sizes.pdf")));
            // The SVG as Qt reads it back, to compare with the PNG.
            QImage back(1600, 1000, QImage::Format_ARGB32_Premultiplied);
            back.fill(Qt::white);
            QPainter painter(&back);
            svg.render(&painter);
            painter.end();
            back.save(QDir(dir).filePath(QStringLiteral("export-sizes-svg.png")));
        }
    }

    // Every real chart at 300 dpi: the right size, something drawn, and nothing cut at the image's edges (the
    // views keep a margin, so ink in the outermost pixels means a label ran off the chart).
    void realViewsAt300Dpi_data() {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QSizeF>("size");
        for (const char* view : {"pca-scatter", "dendrogram", "elbow", "profile-heatmap", "silhouette",
                                 "segment-sizes", "k-distance"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 screen").arg(QLatin1String(view))))
                << QString::fromLatin1(view) << QSizeF(1600, 1000);
            QTest::newRow(qPrintable(QStringLiteral("%1 square").arg(QLatin1String(view))))
                << QString::fromLatin1(view) << QSizeF(1200, 1200);
        }
    }

    void realViewsAt300Dpi() {
        QFETCH(QString, view);
        QFETCH(QSizeF, size);
        std::unique_ptr<QWidget> widget;
        std::function<void(QPainter&, const QRectF&)> paint;
        if (view == QLatin1String("pca-scatter")) {
            auto v = std::make_unique<seg::ui::PcaScatterView>();
            v->setData(blobs(400, 4, 5), blobLabels(400, 4), {0.46, 0.31, 0.23});
            v->setSegmentNames({QStringLiteral("Loyal regulars"), QStringLiteral("Bargain hunters"),
                                QStringLiteral("Big-basket buyers"), QStringLiteral("Lapsed")});
            paint = [p = v.get()](QPainter& painter, const QRectF& r) { p->paint(painter, r); };
            widget = std::move(v);
        } else if (view == QLatin1String("dendrogram")) {
            auto v = std::make_unique<seg::ui::DendrogramView>();
            seg::FeatureMatrix x = blobs(40, 5, 3);
            v->setResult(std::make_shared<const seg::cluster::HierarchicalResult>(
                seg::cluster::fitHierarchical(x, seg::cluster::HierarchicalParams{})));
            v->setK(5);
            paint = [p = v.get()](QPainter& painter, const QRectF& r) { p->paint(painter, r); };
            widget = std::move(v);
        } else if (view == QLatin1String("elbow")) {
            auto v = std::make_unique<seg::ui::ElbowView>();
            v->setSweep(std::make_shared<const seg::run::SweepResult>(sweep()));
            v->setCurrentK(4);
            paint = [p = v.get()](QPainter& painter, const QRectF& r) { p->paint(painter, r); };
            widget = std::move(v);
        } else if (view == QLatin1String("profile-heatmap")) {
            auto v = std::make_unique<seg::ui::ProfileHeatmapView>();
            std::vector<int> labels;
            auto table = profileTable(labels);
            v->setProfile(table, labels, 5,
                          {"Annual spend (EUR)", "Store visits per month", "Average basket value",
                           "Tenure in months", "Age", "Return rate"});
            v->setSegmentNames({QStringLiteral("Loyal regulars"), QStringLiteral("Lapsed bargain hunters"),
                                QStringLiteral("Big-basket buyers"), QString(), QStringLiteral("Newcomers")});
            paint = [p = v.get()](QPainter& painter, const QRectF& r) { p->paint(painter, r); };
            widget = std::move(v);
        } else if (view == QLatin1String("silhouette")) {
            auto v = std::make_unique<seg::ui::SilhouetteView>();
            std::mt19937 rng(3);
            std::vector<double> values;
            std::vector<int> labels;
            for (int c = 0; c < 4; ++c) {
                std::normal_distribution<double> d(0.65 - 0.12 * c, 0.18);
                for (int i = 0; i < 120 + 15 * c; ++i) {
                    values.push_back(std::clamp(d(rng), -1.0, 1.0));
                    labels.push_back(c);
                }
            }
            v->setSilhouette(values, labels);
            paint = [p = v.get()](QPainter& painter, const QRectF& r) { p->paint(painter, r); };
            widget = std::move(v);
        } else if (view == QLatin1String("segment-sizes")) {
            auto v = std::make_unique<seg::ui::SegmentSizesView>();
            v->setSizes({12840, 5321, 30210, 977}, 1502,
                        {QStringLiteral("Loyal regulars"), QStringLiteral("Bargain hunters")});
            paint = [p = v.get()](QPainter& painter, const QRectF& r) { p->paint(painter, r); };
            widget = std::move(v);
        } else {
            auto v = std::make_unique<seg::ui::KDistanceView>();
            const auto c = kCurve();
            v->setCurve(c);
            v->setEps(c.suggestedEps);
            paint = [p = v.get()](QPainter& painter, const QRectF& r) { p->paint(painter, r); };
            widget = std::move(v);
        }
        const ChartSource source{view, view, paint};
        QString dir = screenshotDir();
        if (dir.isEmpty()) dir = m_dir.path();
        const QString path = QDir(dir).filePath(
            QStringLiteral("export-%1-%2x%3@300dpi.png").arg(view).arg(size.width()).arg(size.height()));
        seg::ui::exportChart(source, path, {ExportFormat::Png, size, 300});
        const QImage image(path);
        QCOMPARE(image.size(), seg::ui::exportPixelSize(size, 300));
        int ink = 0;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                ink += isWhite(image.pixel(x, y)) ? 0 : 1;
        QVERIFY2(ink > 500, "almost nothing was drawn");
        // The outermost 2 logical px (6 px at 300 dpi) are blank on every side.
        const std::array<int, 4> bandInk{
            int(inkAlongRow(image, 0) * image.width()) + int(inkAlongRow(image, 3) * image.width()),
            int(inkAlongColumn(image, image.width() - 1) * image.height()) +
                int(inkAlongColumn(image, image.width() - 4) * image.height()),
            int(inkAlongRow(image, image.height() - 1) * image.width()) +
                int(inkAlongRow(image, image.height() - 4) * image.width()),
            int(inkAlongColumn(image, 0) * image.height()) + int(inkAlongColumn(image, 3) * image.height())};
        QVERIFY2(bandInk == (std::array<int, 4>{0, 0, 0, 0}),
                 qPrintable(QStringLiteral("ink at the edges (top, right, bottom, left): %1 %2 %3 %4")
                                .arg(bandInk[0])
                                .arg(bandInk[1])
                                .arg(bandInk[2])
                                .arg(bandInk[3])));
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
