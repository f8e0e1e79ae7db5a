// SilhouetteChart: bands in segment colours, the average line at the mean, clicks on a band, NaN and noise
// rows left out, 1,000,000 rows, degenerate inputs, long names wrapped, nothing at the edges of an image or
// a PDF page. Screenshots go to SEGMENTLAB_SCREENSHOT_DIR.
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>
#include <random>

#include "ChartTest.h"
#include "OutputTest.h"
#include "SilhouetteChart.h"

using seg::chart::Hit;
using seg::chart::kNoSegment;
using seg::chart::paletteColor;
using seg::chart::SegmentLook;
using seg::chart::SilhouetteChart;
using seg::test::countColor;
using seg::test::inkAtEdges;
using seg::test::render;
using seg::test::saveShot;

namespace {

// k segments of n rows each, values around a per-segment centre, some negative.
void makeData(int k, int n, unsigned seed, std::vector<double>& values, std::vector<int>& labels) {
    std::mt19937 rng(seed);
    values.clear();
    labels.clear();
    for (int c = 0; c < k; ++c) {
        std::normal_distribution<double> d(0.65 - 0.12 * c, 0.18);
        for (int i = 0; i < n + 15 * c; ++i) {
            values.push_back(std::clamp(d(rng), -1.0, 1.0));
            labels.push_back(c);
        }
    }
}

// Exactly 70 characters.
const QString kLongName =
    QStringLiteral("Frequent weekend shoppers who buy premium brands, mostly in the sales!");

QString withoutSpaces(QString text) {
    return text.remove(QLatin1Char(' '));
}

}  // namespace

class TestSilhouetteChart : public QObject {
    Q_OBJECT

private slots:
    void bandsInSegmentColours() {
        std::vector<double> values;
        std::vector<int> labels;
        makeData(4, 120, 3, values, labels);
        SilhouetteChart chart;
        chart.setSilhouette(values, labels);
        QCOMPARE(chart.drawnSegments(), (std::vector<int>{0, 1, 2, 3}));
        const QSize size(760, 560);
        const QImage image = render(chart, size);
        saveShot(image, "silhouette-4.png");
        for (int c = 0; c < 4; ++c) {
            const QRect band = chart.bandRect(c).toAlignedRect();
            QVERIFY(!band.isEmpty());
            QVERIFY2(countColor(image, band, paletteColor(c)) > 50, qPrintable(QString::number(c)));
        }
        // Bands are stacked top to bottom without overlapping.
        for (int c = 1; c < 4; ++c)
            QVERIFY(chart.bandRect(c).top() > chart.bandRect(c - 1).bottom());
        // High DPI draws the same colours.
        const QImage hi = render(chart, size * 2, 192);
        saveShot(hi, "silhouette-4@2x.png");
        QVERIFY(countColor(hi, hi.rect(), paletteColor(3)) > 200);
    }

    void averageLineAtMean() {
        std::vector<double> values;
        std::vector<int> labels;
        makeData(3, 200, 5, values, labels);
        double sum = 0.0;
        for (double v : values)
            sum += v;
        const double mean = sum / double(values.size());
        SilhouetteChart chart;
        chart.setSilhouette(values, labels);
        QVERIFY(std::abs(chart.average() - mean) < 1e-9);
        const QImage image = render(chart, QSize(700, 500));
        const QRectF plot = chart.plotRect();
        const qreal x = chart.xForValue(mean);
        // x is linear in the value: -1 or the axis start at the left, 1 at the right.
        QVERIFY(std::abs(chart.xForValue(1.0) - plot.right()) < 1e-6);
        QVERIFY(std::abs(chart.xForValue(chart.axis().lo) - plot.left()) < 1e-6);
        const qreal unit = (chart.xForValue(1.0) - chart.xForValue(0.0));
        QVERIFY(std::abs(x - (chart.xForValue(0.0) + mean * unit)) < 1e-6);
        // The dashed line is drawn there: reddish pixels (antialiased, so near the pen's colour) in a column
        // around x, and none in a column well away from it.
        auto reddish = [&](int x0) {
            int n = 0;
            for (int y = int(plot.top()); y < int(plot.bottom()); ++y)
                for (int xx = x0 - 2; xx <= x0 + 2; ++xx) {
                    const QColor c = image.pixelColor(xx, y);
                    if (c.red() > 150 && c.green() < 120 && c.blue() < 140 && c.red() - c.green() > 80) ++n;
                }
            return n;
        };
        QVERIFY(reddish(int(std::round(x))) > int(plot.height() / 4));
        QCOMPARE(reddish(int(std::round(x)) + 40), 0);
        // Its label sits above the plot, over the line.
        const QRectF avg = chart.averageLabelRect();
        QVERIFY(avg.bottom() <= plot.top());
        QVERIFY(avg.left() <= x && avg.right() >= x);
    }

    // A click on a band (or its label) chooses the segment; the host turns hitTest into activated(Hit).
    void clickSelectsSegment() {
        std::vector<double> values;
        std::vector<int> labels;
        makeData(3, 100, 9, values, labels);
        SilhouetteChart chart;
        chart.setSilhouette(values, labels);
        (void)render(chart, QSize(700, 500));
        int clicks = 0;
        for (int c = 0; c < 3; ++c) {
            const QRectF band = chart.bandRect(c);
            const Hit hit = chart.hitTest(band.center());
            if (hit.kind == Hit::Kind::Segment) ++clicks;
            QCOMPARE(clicks, c + 1);
            QCOMPARE(hit.segment, c);
            // Beside the band, on its label, too.
            const QRectF label = chart.labelRect(c);
            QVERIFY(!label.isEmpty());
            QCOMPARE(chart.hitTest(QPointF(label.left() + 2, band.center().y())).segment, c);
        }
        // Outside every band: nothing.
        QCOMPARE(chart.hitTest(QPointF(5, 5)).kind, Hit::Kind::None);
        QCOMPARE(chart.segmentAt(QPointF(5, 5)), kNoSegment);

        chart.setHighlight(1);
        QCOMPARE(chart.highlight(), 1);
        const QImage image = render(chart, QSize(700, 500));
        saveShot(image, "silhouette-highlight.png");
        QVERIFY(countColor(image, image.rect(), paletteColor(1)) > 50);
        QCOMPARE(countColor(image, image.rect(), paletteColor(0)), 0);
    }

    // Hovering a band names the segment, its customers and its mean silhouette.
    void toolTips() {
        SilhouetteChart chart;
        SegmentLook look;
        look.names = {QStringLiteral("Loyal regulars")};
        chart.setSegments(look);
        chart.setSilhouette({0.5, 0.7, 0.2, 0.4, std::numeric_limits<double>::quiet_NaN()}, {0, 0, 1, 1, 1});
        (void)render(chart, QSize(640, 420));
        QCOMPARE(chart.segmentSize(1), std::size_t(3));
        const QString first = chart.hitTest(chart.bandRect(0).center()).toolTip;
        QVERIFY2(first.startsWith(QStringLiteral("Loyal regulars\n")), qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("Customers: 2")));
        QVERIFY(first.contains(QStringLiteral("Average silhouette: 0.60")));
        const QString second = chart.hitTest(chart.bandRect(1).center()).toolTip;
        QVERIFY2(second.startsWith(QStringLiteral("Segment 2\n")), qPrintable(second));
        QVERIFY(second.contains(QStringLiteral("Customers: 3")));
        QVERIFY(chart.hitTest(QPointF(2, 2)).toolTip.isEmpty());
    }

    void nanAndNoiseSkipped() {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const std::vector<double> values{0.5, nan, 0.7, 0.2, nan, 0.9, 0.1};
        const std::vector<int> labels{0, 0, 1, 1, 1, -1, 0};
        SilhouetteChart chart;
        chart.setSilhouette(values, labels, true);
        QCOMPARE(chart.rowsScored(), std::size_t(4));
        QVERIFY(std::abs(chart.average() - (0.5 + 0.7 + 0.2 + 0.1) / 4.0) < 1e-12);
        QVERIFY(chart.isSampled());
        // The sampled note is the subtitle.
        QVERIFY(chart.subtitle().contains(QStringLiteral("sample of 4 customers")));
        const QImage image = render(chart, QSize(600, 400));
        saveShot(image, "silhouette-sampled.png");
        QVERIFY(countColor(image, image.rect(), paletteColor(1)) > 0);
        // A segment with no scored row is not drawn; mismatched lengths clear the chart.
        chart.setSilhouette({nan, 0.4}, {0, 1});
        QCOMPARE(chart.drawnSegments(), std::vector<int>{1});
        QVERIFY(chart.subtitle().isEmpty());
        chart.setSilhouette({0.4}, {0, 1});
        QVERIFY(chart.isEmpty());
        QVERIFY(!chart.hasData());
    }

    void millionRows() {
        std::mt19937 rng(42);
        std::uniform_real_distribution<double> u(-0.3, 1.0);
        std::uniform_int_distribution<int> seg(0, 5);
        const std::size_t n = 1000000;
        std::vector<double> values(n);
        std::vector<int> labels(n);
        for (std::size_t i = 0; i < n; ++i) {
            values[i] = u(rng);
            labels[i] = seg(rng);
        }
        SilhouetteChart chart;
        QElapsedTimer timer;
        timer.start();
        chart.setSilhouette(values, labels, false);
        const QImage image = render(chart, QSize(900, 640));
        qInfo("1,000,000 rows: set and render in %lld ms", static_cast<long long>(timer.elapsed()));
        saveShot(image, "silhouette-1m.png");
        QCOMPARE(chart.rowsScored(), n);
        for (int c = 0; c < 6; ++c)
            QVERIFY(countColor(image, image.rect(), paletteColor(c)) > 100);
    }

    void degenerateInputs() {
        SilhouetteChart chart;
        QVERIFY(chart.isEmpty());
        QImage image = render(chart, QSize(500, 360));
        saveShot(image, "silhouette-empty.png");
        chart.setSilhouette({}, {});
        QVERIFY(chart.isEmpty());
        (void)render(chart, QSize(500, 360));
        chart.setSilhouette({0.3, 0.6, 0.5}, {0, 0, 0});
        image = render(chart, QSize(500, 360));
        saveShot(image, "silhouette-one.png");
        QVERIFY(countColor(image, image.rect(), paletteColor(0)) > 50);
        chart.setSilhouette(std::vector<double>(50, 0.0), std::vector<int>(50, 1));
        QCOMPARE(chart.average(), 0.0);
        (void)render(chart, QSize(500, 360));
        chart.setSilhouette({0.2, 0.3}, {-1, -1});
        QVERIFY(chart.isEmpty());
        (void)render(chart, QSize(500, 360));
        // Tiny and huge sizes do not crash.
        chart.setSilhouette({0.3, -0.9, 0.5}, {0, 1, 2});
        QVERIFY(!render(chart, QSize(40, 30)).isNull());
        QVERIFY(!render(chart, QSize(1, 1)).isNull());
        QVERIFY(!render(chart, QSize(3000, 200)).isNull());
        QVERIFY(!render(chart, QSize(300, 200)).isNull());
    }

    // A long segment name wraps onto a second line (set smaller if need be) instead of being cut.
    void longNamesWrap_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("640x420@96") << QSize(640, 420) << 96;
        QTest::newRow("900x560@96") << QSize(900, 560) << 96;
        QTest::newRow("1920x1080@144") << QSize(1920, 1080) << 144;
        QTest::newRow("1920x1080@96") << QSize(1920, 1080) << 96;
    }
    void longNamesWrap() {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        QCOMPARE(kLongName.size(), 70);
        std::vector<double> values;
        std::vector<int> labels;
        makeData(3, 150, 11, values, labels);
        SilhouetteChart chart;
        SegmentLook look;
        look.names = {kLongName, QStringLiteral("Lapsed"), QString()};
        chart.setSegments(look);
        chart.setSilhouette(values, labels);
        const QImage image = render(chart, size, dpi);
        saveShot(image, QStringLiteral("silhouette-long-name-%1x%2@%3.png")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(dpi));
        const QStringList lines = chart.labelLines(0);
        QVERIFY2(!lines.isEmpty() && lines.size() <= 2, qPrintable(lines.join(QLatin1Char('|'))));
        QCOMPARE(withoutSpaces(lines.join(QString())), withoutSpaces(kLongName));
        QVERIFY(!lines.join(QString()).contains(QChar(0x2026)));
        QCOMPARE(chart.labelLines(1), QStringList{QStringLiteral("Lapsed")});
        QCOMPARE(chart.labelLines(2), QStringList{QStringLiteral("Segment 3")});
        // The label stays left of the plot and clear of the next band's label.
        const QRectF label = chart.labelRect(0);
        QVERIFY(label.right() < chart.plotRect().left());
        QVERIFY(label.left() >= chart.contentRect().left());
        QVERIFY(label.bottom() <= chart.labelRect(1).top());
    }

    // Many thin bands: labels that would overlap are left out (the tooltip still names the band); those
    // drawn never overlap each other or the plot.
    void manySegmentsLabelsApart() {
        std::vector<double> values;
        std::vector<int> labels;
        makeData(14, 60, 21, values, labels);
        SilhouetteChart chart;
        SegmentLook look;
        for (int c = 0; c < 14; ++c)
            look.names << (c % 3 == 0 ? kLongName : QStringLiteral("Segment number %1").arg(c + 1));
        chart.setSegments(look);
        chart.setSilhouette(values, labels);
        for (const QSize size : {QSize(640, 420), QSize(1920, 1080)}) {
            const QImage image = render(chart, size);
            saveShot(image, QStringLiteral("silhouette-14-%1.png").arg(size.width()));
            QCOMPARE(inkAtEdges(image), 0);
            QRectF previous;
            int drawn = 0;
            for (int c = 0; c < 14; ++c) {
                const QRectF label = chart.labelRect(c);
                QVERIFY(!chart.bandRect(c).isEmpty());
                QCOMPARE(chart.hitTest(chart.bandRect(c).center()).segment, c);
                if (label.isEmpty()) continue;
                ++drawn;
                // A name gets a second line only where its band has room for it.
                const QStringList lines = chart.labelLines(c);
                QVERIFY(lines.size() <= 2);
                QFont smallest = chart.style().font(7.5, true);
                const qreal lineH = QFontMetricsF(smallest, &image).height();
                QVERIFY2(lines.size() * lineH <= chart.bandRect(c).height() + 8,
                         qPrintable(lines.join(QLatin1Char('|'))));
                QVERIFY(label.right() < chart.plotRect().left());
                if (!previous.isEmpty()) QVERIFY(label.top() >= previous.bottom());
                previous = label;
            }
            QVERIFY(drawn >= (size.width() > 1000 ? 14 : 5));
        }
    }

    // Nothing touches the image's edge: title, average label near 1, tick labels, long names.
    void noInkAtEdges_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("1920x1080@144") << QSize(1920, 1080) << 144;
        QTest::newRow("1920x1080@96") << QSize(1920, 1080) << 96;
        QTest::newRow("640x420@96") << QSize(640, 420) << 96;
    }
    void noInkAtEdges() {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        SilhouetteChart chart;
        SegmentLook look;
        look.names = {kLongName};
        chart.setSegments(look);
        std::vector<double> values;
        std::vector<int> labels;
        makeData(5, 200, 4, values, labels);
        chart.setSilhouette(values, labels, true);
        QImage image = render(chart, size, dpi);
        saveShot(
            image,
            QStringLiteral("silhouette-edges-%1x%2@%3.png").arg(size.width()).arg(size.height()).arg(dpi));
        QCOMPARE(inkAtEdges(image), 0);
        // An average close to 1 puts its label at the right edge; the lowest values reach -1 at the left.
        chart.setSilhouette({0.99, 0.995, 1.0, -1.0, 0.98}, {0, 0, 1, 1, 1});
        image = render(chart, size, dpi);
        saveShot(image, QStringLiteral("silhouette-edges-right-%1x%2@%3.png")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(dpi));
        QCOMPARE(inkAtEdges(image), 0);
        QVERIFY(chart.averageLabelRect().right() <= size.width() - 3);
    }

    // The same on a PDF page, rendered back with pdftoppm.
    void noInkAtPdfEdges() {
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty()) QSKIP("pdftoppm (poppler-utils) is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SilhouetteChart chart;
        SegmentLook look;
        look.names = {kLongName};
        chart.setSegments(look);
        std::vector<double> values;
        std::vector<int> labels;
        makeData(4, 200, 8, values, labels);
        chart.setSilhouette(values, labels, true);
        for (const auto& [size, dpi] : {std::pair{QSize(1920, 1080), 144}, std::pair{QSize(640, 420), 96}}) {
            const QString stem =
                QStringLiteral("silhouette-%1x%2-%3").arg(size.width()).arg(size.height()).arg(dpi);
            const QString pdf = dir.filePath(stem + QStringLiteral(".pdf"));
            seg::chart::ExportOptions options;
            options.format = seg::chart::ExportFormat::Pdf;
            options.size = size;
            options.dpi = dpi;
            seg::chart::exportChart(chart, pdf, options);
            // The page as poppler draws it at 96 dpi (null if pdftoppm failed).
            const QImage page = seg::test::pdfPageImage(pdf);
            QVERIFY(!page.isNull());
            saveShot(page, stem + QStringLiteral("-pdf.png"));
            QVERIFY(std::abs(page.width() - size.width() * 96.0 / dpi) <= 2);
            QVERIFY2(inkAtEdges(page) == 0, qPrintable(stem));
            // The page shows the bands.
            QVERIFY(seg::test::countInk(page, page.rect()) > page.width() * page.height() / 50);
        }
    }
};

QTEST_MAIN(TestSilhouetteChart)
#include "tst_silhouettechart.moc"
