// KDistanceChart: the sorted k-distance curve, its knee and suggested eps, the current eps line, clicking a
// height to pick eps (a Value hit), dragging the line, degenerate curves, nothing at the edges of an image or
// a PDF page. Screenshots go to SEGMENTLAB_SCREENSHOT_DIR.
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>
#include <vector>

#include "ChartTest.h"
#include "KDistanceChart.h"
#include "OutputTest.h"

using seg::chart::Hit;
using seg::chart::KDistanceChart;
using seg::cluster::KDistanceCurve;
using seg::test::countColor;
using seg::test::inkAtEdges;
using seg::test::render;
using seg::test::saveShot;

namespace {

// Flat for most customers, then turning sharply upwards: the shape of a dense data set with some outliers.
KDistanceCurve curve(std::size_t n = 600, int k = 4) {
    KDistanceCurve c;
    c.k = k;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = double(i) / double(n);
        c.distances.push_back(0.15 + 0.25 * t + (t > 0.85 ? 12.0 * (t - 0.85) * (t - 0.85) * 10 : 0.0));
    }
    c.kneeIndex = seg::cluster::kneedleIndex(c.distances);
    c.suggestedEps = c.distances[c.kneeIndex];
    return c;
}

// What ChartWidget does with a left click at `pos`: press, release, and, unless the chart was dragging, the
// hit under the point goes to the application (activated) when it is something.
void click(KDistanceChart& chart, QPointF pos, std::vector<Hit>& activated) {
    chart.mousePress(pos, Qt::LeftButton, {});
    const bool dragging = chart.isDragging();
    chart.mouseRelease(pos, Qt::LeftButton, {});
    if (!chart.isLaidOut()) chart.layout(chart.size(), nullptr);
    if (dragging) return;
    const Hit hit = chart.hitTest(pos);
    if (hit.kind != Hit::Kind::None) activated.push_back(hit);
}

}  // namespace

class TestKDistanceChart : public QObject {
    Q_OBJECT

private slots:
    void drawsCurveKneeAndEps() {
        KDistanceChart chart;
        const KDistanceCurve c = curve();
        QVERIFY(c.kneeIndex > 400 && c.kneeIndex < 600);
        chart.setCurve(c);
        const QSize size(760, 480);
        const QImage withoutEps = render(chart, size);
        QVERIFY(countColor(withoutEps, withoutEps.rect(), KDistanceChart::lineColor()) > 300);
        QVERIFY(countColor(withoutEps, withoutEps.rect(), chart.kneeColor()) > 40);
        QCOMPARE(countColor(withoutEps, withoutEps.rect(), KDistanceChart::epsColor()), 0);
        QVERIFY(chart.epsLabelRect().isEmpty());
        chart.setEps(0.9);
        QCOMPARE(chart.eps(), 0.9);
        const QImage image = render(chart, size);
        // The eps line runs across the plot at its height.
        const QRectF plot = chart.plotRect();
        QVERIFY(countColor(image, image.rect(), KDistanceChart::epsColor()) > int(plot.width()));
        const int y = int(std::lround(chart.yForDistance(0.9)));
        QVERIFY(countColor(image, QRect(int(plot.left()), y - 1, int(plot.width()), 3),
                           KDistanceChart::epsColor()) > int(plot.width() / 2));
        // Labels for the knee and the eps, inside the plot and not on top of each other.
        QVERIFY(plot.contains(chart.kneeLabelRect()));
        QVERIFY(plot.contains(chart.epsLabelRect()));
        QVERIFY(!chart.kneeLabelRect().intersects(chart.epsLabelRect()));
        saveShot(image, QStringLiteral("kdistance.png"));
        saveShot(render(chart, size * 2, 192), QStringLiteral("kdistance@2x.png"));
    }

    // The distance axis has nice ticks from 0 past the largest distance; the rank axis counts from 1.
    void axes() {
        KDistanceChart chart;
        const KDistanceCurve c = curve();
        chart.setCurve(c);
        (void)render(chart, QSize(760, 480));
        const auto& y = chart.distanceAxis();
        QCOMPARE(y.lo, 0.0);
        QVERIFY(y.hi >= c.distances.back());
        QCOMPARE(y.ticks.front(), 0.0);
        QVERIFY(std::abs(y.ticks.back() - y.hi) < 1e-9);
        const auto& x = chart.rankAxis();
        QCOMPARE(x.ticks.front(), 1.0);
        QVERIFY(x.ticks.back() <= double(c.distances.size()));
        QVERIFY(std::abs(chart.yForDistance(0.0) - chart.plotRect().bottom()) < 1e-6);
        QVERIFY(std::abs(chart.distanceForY(chart.yForDistance(0.37)) - 0.37) < 1e-9);
    }

    void clickPicksEpsWithinTheCurve() {
        KDistanceChart chart;
        const KDistanceCurve c = curve();
        chart.setCurve(c);
        (void)render(chart, QSize(760, 480));
        std::vector<Hit> spy;
        const QRectF plot = chart.plotRect();
        const double target = 0.8;
        const int y = int(std::lround(chart.yForDistance(target)));
        click(chart, QPointF(int(plot.center().x()), y), spy);
        QCOMPARE(int(spy.size()), 1);
        QCOMPARE(spy.back().kind, Hit::Kind::Value);
        const double eps = spy.back().value;
        QVERIFY(eps >= c.distances.front() && eps <= c.distances.back());
        QVERIFY(std::abs(eps - target) < 0.05);
        QCOMPARE(chart.eps(), eps);
        // Above the curve's top, the pick is held to its largest distance; below, to its smallest.
        click(chart, QPointF(int(plot.center().x()), int(plot.top()) + 1), spy);
        QCOMPARE(int(spy.size()), 2);
        QCOMPARE(spy.back().value, c.distances.back());
        click(chart, QPointF(int(plot.center().x()), int(plot.bottom()) - 1), spy);
        QCOMPARE(int(spy.size()), 3);
        QCOMPARE(spy.back().value, c.distances.front());
        // Outside the plot: nothing.
        click(chart, QPointF(5, 5), spy);
        QCOMPARE(int(spy.size()), 3);
        QVERIFY(chart.hitTest(plot.center()).toolTip.contains(QStringLiteral("Distance")));
        QVERIFY(chart.hitTest(plot.center()).toolTip.contains(QStringLiteral("of 600")));
        QCOMPARE(chart.cursorAt(plot.center()), Qt::CrossCursor);
        QCOMPARE(chart.cursorAt(QPointF(5, 5)), Qt::ArrowCursor);
    }

    // Dragging moves the eps line and reports each new eps through the listener; the release is no click.
    void dragPicksEps() {
        KDistanceChart chart;
        const KDistanceCurve c = curve();
        chart.setCurve(c);
        (void)render(chart, QSize(760, 480));
        std::vector<Hit> notified;
        chart.setListener([&](const Hit& hit) { notified.push_back(hit); });
        const QRectF plot = chart.plotRect();
        const qreal x = plot.center().x();
        QVERIFY(chart.mousePress(QPointF(x, chart.yForDistance(0.5)), Qt::LeftButton, {}));
        QVERIFY(!chart.isDragging());
        (void)chart.mouseMove(QPointF(x + 1, chart.yForDistance(0.5) - 1), Qt::LeftButton, {});
        QVERIFY(notified.empty());  // within the click slop
        QVERIFY(chart.mouseMove(QPointF(x, chart.yForDistance(0.7)), Qt::LeftButton, {}));
        QVERIFY(chart.isDragging());
        QVERIFY(chart.mouseMove(QPointF(x, chart.yForDistance(1.0)), Qt::LeftButton, {}));
        QCOMPARE(int(notified.size()), 2);
        QCOMPARE(notified.back().kind, Hit::Kind::Value);
        QVERIFY(std::abs(notified.back().value - 1.0) < 0.02);
        QCOMPARE(chart.eps(), notified.back().value);
        // Dragged above the plot: held to the largest distance.
        QVERIFY(chart.mouseMove(QPointF(x, 0), Qt::LeftButton, {}));
        QCOMPARE(notified.back().value, c.distances.back());
        chart.mouseRelease(QPointF(x, 0), Qt::LeftButton, {});
        QVERIFY(!chart.isDragging());
        // Moving without a button does nothing.
        QVERIFY(!chart.mouseMove(plot.center(), Qt::NoButton, {}));
        QCOMPARE(int(notified.size()), 3);
        // The eps line is drawn where it was dragged to.
        const QImage image = render(chart, QSize(760, 480));
        QVERIFY(countColor(image, image.rect(), KDistanceChart::epsColor()) > int(chart.plotRect().width()));
    }

    void largeSampledCurve() {
        KDistanceChart chart;
        KDistanceCurve c = curve(20000, 10);
        c.sampled = 20000;
        chart.setCurve(c);
        chart.setEps(c.suggestedEps * 0.7);
        QVERIFY(chart.subtitle().startsWith(QStringLiteral("A sample of 20,000 customers. ")));
        const QImage image = render(chart, QSize(900, 520));
        QVERIFY(countColor(image, image.rect(), KDistanceChart::lineColor()) > 300);
        saveShot(image, QStringLiteral("kdistance-sampled.png"));
        // The note is wrapped by the frame, never cut.
        const QImage narrow = render(chart, QSize(420, 360));
        saveShot(narrow, QStringLiteral("kdistance-sampled-narrow.png"));
        QCOMPARE(inkAtEdges(narrow), 0);
    }

    void degenerateCurvesDoNotCrash() {
        KDistanceChart chart;
        std::vector<Hit> spy;
        const QImage empty = render(chart, QSize(600, 400));
        saveShot(empty, QStringLiteral("kdistance-empty.png"));
        QVERIFY(!chart.hasData());
        const QPointF center(300, 200);
        click(chart, center, spy);
        QCOMPARE(int(spy.size()), 0);
        QVERIFY(chart.hitTest(center).toolTip.isEmpty());

        KDistanceCurve one;
        one.k = 1;
        one.distances = {0.0};
        chart.setCurve(one);
        (void)render(chart, QSize(600, 400));
        click(chart, chart.plotRect().center(), spy);
        QCOMPARE(int(spy.size()), 1);
        QCOMPARE(spy.back().value, 0.0);

        KDistanceCurve flat;
        flat.k = 2;
        flat.distances.assign(50, 0.0);
        chart.setCurve(flat);
        chart.setEps(0.5);
        (void)render(chart, QSize(600, 400));

        KDistanceCurve bad = curve(100, 3);
        bad.distances[40] = std::numeric_limits<double>::quiet_NaN();
        bad.kneeIndex = 1000;  // out of range: no knee drawn
        chart.setCurve(bad);
        chart.setEps(std::numeric_limits<double>::quiet_NaN());
        const QImage image = render(chart, QSize(600, 400));
        QCOMPARE(countColor(image, image.rect(), chart.kneeColor()), 0);
        QVERIFY(chart.kneeLabelRect().isEmpty());
        QVERIFY(!render(chart, QSize(30, 20)).isNull());
        QVERIFY(!render(chart, QSize(1, 1)).isNull());
    }

    // Nothing touches the image's edge: title and note, axis titles, the last rank's label.
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
        for (const std::size_t n : {std::size_t(600), std::size_t(123457)}) {
            KDistanceChart chart;
            KDistanceCurve c = curve(n, 13);
            c.sampled = n > 1000 ? n : 0;
            chart.setCurve(c);
            chart.setEps(c.suggestedEps * 1.2);
            const QImage image = render(chart, size, dpi);
            const QString name = QStringLiteral("kdistance-edges-%1-%2x%3@%4.png")
                                     .arg(n)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(dpi);
            saveShot(image, name);
            QVERIFY2(inkAtEdges(image) == 0, qPrintable(name));
            // The last rank's label stands inside the chart.
            QVERIFY(chart.plotRect().right() < size.width() - 14.0 * dpi / 96);
        }
    }

    // The same on a PDF page, rendered back with pdftoppm.
    void noInkAtPdfEdges() {
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty()) QSKIP("pdftoppm (poppler-utils) is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        KDistanceChart chart;
        KDistanceCurve c = curve(20000, 10);
        c.sampled = 20000;
        chart.setCurve(c);
        chart.setEps(c.suggestedEps);
        for (const auto& [size, dpi] : {std::pair{QSize(1920, 1080), 144}, std::pair{QSize(640, 420), 96}}) {
            const QString stem =
                QStringLiteral("kdistance-%1x%2-%3").arg(size.width()).arg(size.height()).arg(dpi);
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
            QVERIFY(countColor(page, page.rect(), KDistanceChart::lineColor()) > 100);
        }
    }
};

QTEST_MAIN(TestKDistanceChart)
#include "tst_kdistancechart.moc"
