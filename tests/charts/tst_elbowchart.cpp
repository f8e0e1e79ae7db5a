// ElbowChart: small multiples of a k sweep's criteria, the recommended-k band, the current k, clicking and
// hovering a k, NaN and degenerate sweeps, the caption wrapped and never cut, no ink at the edges of an image
// or a PDF page. Screenshots go to SEGMENTLAB_SCREENSHOT_DIR.
#include <QFontMetricsF>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>

#include "ChartTest.h"
#include "ElbowChart.h"
#include "OutputTest.h"

using seg::chart::ElbowChart;
using seg::chart::Hit;
using seg::run::Criterion;
using seg::run::SweepResult;
using seg::test::countColor;
using seg::test::inkAtEdges;
using seg::test::render;
using seg::test::saveShot;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// k = 2..10 with a clear elbow at 4, silhouette and Davies-Bouldin best at 4, Calinski-Harabasz at 3.
SweepResult kmeansSweep() {
    SweepResult r;
    for (int k = 2; k <= 10; ++k) {
        r.k.push_back(k);
        r.inertia.push_back(k <= 4 ? 48000.0 - 13000.0 * (k - 2) : 22000.0 - 1500.0 * (k - 4));
        r.silhouette.push_back(0.62 - 0.03 * std::abs(k - 4) - (k == 4 ? 0.0 : 0.05));
        r.calinskiHarabasz.push_back(900.0 - 60.0 * std::abs(k - 3));
        r.daviesBouldin.push_back(0.55 + 0.08 * std::abs(k - 4));
        r.bic.push_back(kNaN);
    }
    r.elbowK = 4;
    r.votes = {{Criterion::Elbow, 4, r.inertia[2]},
               {Criterion::Silhouette, 4, r.silhouette[2]},
               {Criterion::CalinskiHarabasz, 3, r.calinskiHarabasz[1]},
               {Criterion::DaviesBouldin, 4, r.daviesBouldin[2]}};
    r.recommendedK = 4;
    return r;
}

SweepResult mixtureSweep() {
    SweepResult r = kmeansSweep();
    r.bic.clear();
    for (int k : r.k)
        r.bic.push_back(-5200.0 + 40.0 * (k - 5) * (k - 5));
    r.votes.push_back({Criterion::Bic, 5, r.bic[3]});
    return r;
}

// Every criterion agrees: the longest reason the caption can give.
SweepResult unanimousSweep() {
    SweepResult r = mixtureSweep();
    for (auto& v : r.votes)
        v.k = 4;
    return r;
}

std::shared_ptr<const SweepResult> shared(SweepResult r) {
    return std::make_shared<const SweepResult>(std::move(r));
}

// A one-pixel-wide column at `x` down the plot of `panel`.
QRect column(const QRectF& plot, double x) {
    return QRect(int(std::lround(x)), int(plot.top()) + 1, 1, int(plot.height()) - 2);
}

int darkPixels(const QImage& image, const QRect& area, int below = 140) {
    int count = 0;
    for (int y = std::max(area.top(), 0); y <= std::min(area.bottom(), image.height() - 1); ++y)
        for (int x = std::max(area.left(), 0); x <= std::min(area.right(), image.width() - 1); ++x)
            if (qGray(image.pixel(x, y)) < below) ++count;
    return count;
}

}  // namespace

class TestElbowChart : public QObject {
    Q_OBJECT

private slots:
    void drawsPanelsWithTheirColours() {
        ElbowChart chart;
        chart.setSweep(shared(kmeansSweep()));
        chart.setCurrentK(6);
        QCOMPARE(chart.panelCount(), 4);  // BIC all NaN: no panel
        QCOMPARE(chart.name(), QStringLiteral("elbow"));
        QVERIFY(chart.hasData());
        const QSize size(960, 620);
        const QImage image = render(chart, size);
        QCOMPARE(image.size(), size);
        const QRect all(QPoint(0, 0), size);
        QVERIFY(countColor(image, all, ElbowChart::lineColor()) > 200);
        QVERIFY(countColor(image, all, chart.bestColor()) > 40);
        QVERIFY(countColor(image, all, ElbowChart::bandColor()) > 500);
        saveShot(image, QStringLiteral("elbow.png"));
        saveShot(render(chart, size * 2, 192), QStringLiteral("elbow@2x.png"));
    }

    void recommendedBandInEveryPanel() {
        ElbowChart chart;
        chart.setSweep(shared(kmeansSweep()));
        const QImage image = render(chart, QSize(900, 600));
        for (int p = 0; p < chart.panelCount(); ++p) {
            const QRectF plot = chart.plotRect(p);
            QVERIFY(plot.isValid());
            // Beside the line (a little off the k's centre), the band's colour fills the column...
            const double x4 = chart.xForK(4, p);
            QVERIFY(countColor(image, column(plot, x4 + 8), ElbowChart::bandColor()) > plot.height() / 2);
            // ...and nowhere near another k.
            const double x8 = chart.xForK(8, p);
            QCOMPARE(countColor(image, column(plot, x8 + 8), ElbowChart::bandColor()), 0);
        }
        QVERIFY(std::isnan(chart.xForK(42, 0)));
        QVERIFY(chart.plotRect(chart.panelCount()).isNull());
    }

    void currentKIsMarked() {
        ElbowChart chart;
        chart.setSweep(shared(kmeansSweep()));
        const QSize size(900, 600);
        const QImage before = render(chart, size);
        const double x = chart.xForK(8, 1);
        const QRectF plot = chart.plotRect(1);
        const QRect strip(int(x) - 1, int(plot.top()), 3, int(plot.height()));
        chart.setCurrentK(8);
        QCOMPARE(chart.currentK(), 8);
        const QImage after = render(chart, size);
        // The dashed line is antialiased at a fractional x: count dark pixels rather than one exact colour.
        QVERIFY(darkPixels(after, strip) > darkPixels(before, strip) + int(plot.height() / 4));
    }

    // A click on a k (any panel, down over its labels) is a K hit: the host asks for a run with it.
    void clickingAKAsksForIt() {
        ElbowChart chart;
        chart.setSweep(shared(kmeansSweep()));
        int notified = 0;
        chart.setListener([&](const Hit&) { ++notified; });
        (void)render(chart, QSize(900, 600));
        for (int p = 0; p < chart.panelCount(); ++p) {
            const QRectF plot = chart.plotRect(p);
            const int k = 5 + p;
            const double x = chart.xForK(k, p);
            const QPointF at(std::lround(x), int(plot.center().y()));
            // The host's click: press and release without a drag, then the hit under the point.
            chart.mousePress(at, Qt::LeftButton, {});
            chart.mouseRelease(at, Qt::LeftButton, {});
            QVERIFY(!chart.isDragging());
            const Hit hit = chart.hitTest(at);
            QCOMPARE(hit.kind, Hit::Kind::K);
            QCOMPARE(hit.k, k);
            QCOMPARE(chart.kAt(at), k);
            QVERIFY(hit.toolTip.contains(QStringLiteral("k = %1").arg(k)));
            QVERIFY(chart.toolTipAt(QPointF(x, plot.center().y())).contains(QStringLiteral("k = %1").arg(k)));
            QCOMPARE(chart.cursorAt(at), Qt::PointingHandCursor);
            // Under the k labels too.
            QCOMPARE(chart.hitTest(QPointF(x, plot.bottom() + 8)).k, k);
        }
        // A click is reported once, by the host: the chart does not notify it as well.
        QCOMPARE(notified, 0);
        // Clicking the title asks for nothing.
        QCOMPARE(chart.hitTest(QPointF(30, 20)).kind, Hit::Kind::None);
        QCOMPARE(chart.kAt(QPointF(30, 20)), 0);
        QVERIFY(chart.toolTipAt(QPointF(30, 20)).isEmpty());
        QCOMPARE(chart.cursorAt(QPointF(30, 20)), Qt::ArrowCursor);
    }

    // Hovering a k rings its point in every panel; leaving the chart clears it.
    void hoverHighlightsASlot() {
        ElbowChart chart;
        chart.setSweep(shared(kmeansSweep()));
        const QSize size(900, 600);
        const QImage plain = render(chart, size);
        QCOMPARE(chart.hoveredK(), 0);
        const QRectF plot = chart.plotRect(0);
        const QPointF at(chart.xForK(7, 0), plot.center().y());
        QVERIFY(chart.mouseMove(at, Qt::NoButton, {}));
        QCOMPARE(chart.hoveredK(), 7);
        QVERIFY(!chart.mouseMove(at + QPointF(1, 3), Qt::NoButton, {}));  // the same slot: no repaint
        const QImage hovered = render(chart, size);
        saveShot(hovered, QStringLiteral("elbow-hover.png"));
        // The ring around k = 7's point in another panel: dark pixels that were not there.
        const QRectF plot2 = chart.plotRect(2);
        const QRect ring(int(chart.xForK(7, 2)) - 8, int(plot2.top()), 17, int(plot2.height()));
        QVERIFY(darkPixels(hovered, ring) > darkPixels(plain, ring) + 10);
        // Another slot, then out of every panel.
        QVERIFY(
            chart.mouseMove(QPointF(chart.xForK(3, 1), chart.plotRect(1).center().y()), Qt::NoButton, {}));
        QCOMPARE(chart.hoveredK(), 3);
        QVERIFY(chart.mouseMove(QPointF(30, 20), Qt::NoButton, {}));
        QCOMPARE(chart.hoveredK(), 0);
        QVERIFY(chart.mouseMove(at, Qt::NoButton, {}));
        QVERIFY(chart.leave());
        QCOMPARE(chart.hoveredK(), 0);
        QVERIFY(!chart.leave());
        QCOMPARE(darkPixels(render(chart, size), ring), darkPixels(plain, ring));
        // A new sweep forgets the hover.
        QVERIFY(chart.mouseMove(at, Qt::NoButton, {}));
        chart.setSweep(shared(mixtureSweep()));
        QCOMPARE(chart.hoveredK(), 0);
    }

    void mixturesShowBic() {
        ElbowChart chart;
        chart.setSweep(shared(mixtureSweep()));
        QCOMPARE(chart.panelCount(), 5);
        QCOMPARE(chart.panelTitle(4), QStringLiteral("BIC"));
        chart.setCurrentK(5);
        const QImage wide = render(chart, QSize(1100, 620));
        QVERIFY(countColor(wide, wide.rect(), ElbowChart::bandColor()) > 500);
        QCOMPARE(chart.plotRect(2).top(), chart.plotRect(0).top());  // 3 x 2
        saveShot(wide, QStringLiteral("elbow-gmm.png"));
        const QImage tall = render(chart, QSize(560, 780));
        QVERIFY(countColor(tall, tall.rect(), ElbowChart::lineColor()) > 200);
        QVERIFY(chart.plotRect(2).top() > chart.plotRect(0).bottom());  // 2 x 3
        saveShot(tall, QStringLiteral("elbow-gmm-tall.png"));
    }

    void nanValuesAreSkipped() {
        SweepResult r = kmeansSweep();
        r.silhouette[1] = kNaN;
        r.silhouette[5] = kNaN;
        r.inertia[0] = std::numeric_limits<double>::infinity();
        for (double& v : r.calinskiHarabasz)
            v = kNaN;
        ElbowChart chart;
        chart.setSweep(shared(r));
        QCOMPARE(chart.panelCount(), 3);
        const QImage image = render(chart, QSize(800, 520));
        QVERIFY(countColor(image, image.rect(), ElbowChart::lineColor()) > 100);
        saveShot(image, QStringLiteral("elbow-nan.png"));
        // The tooltip of a missing value says so.
        const QRectF plot = chart.plotRect(1);
        const double x = chart.xForK(3, 1);
        QVERIFY(chart.toolTipAt(QPointF(x, plot.center().y())).contains(QStringLiteral("not computed")));
        QVERIFY(
            chart.hitTest(QPointF(x, plot.center().y())).toolTip.contains(QStringLiteral("not computed")));
    }

    // UBSan once found a slot count of 1.99e10 converted to int on a 1 x 1 render; every such conversion is
    // clamped first (run under -fsanitize=float-cast-overflow to see it).
    void degenerateSweepsDoNotCrash() {
        ElbowChart chart;
        (void)render(chart, QSize(600, 400));  // no sweep at all
        chart.setSweep(nullptr);
        QVERIFY(!chart.hasData());
        saveShot(render(chart, QSize(600, 400)), QStringLiteral("elbow-empty.png"));
        chart.setSweep(shared(SweepResult{}));
        QCOMPARE(chart.panelCount(), 0);
        (void)render(chart, QSize(600, 400));
        QCOMPARE(chart.kAt(QPointF(300, 200)), 0);
        QCOMPARE(chart.hitTest(QPointF(300, 200)).kind, Hit::Kind::None);
        QVERIFY(!chart.mouseMove(QPointF(300, 200), Qt::NoButton, {}));
        QVERIFY(chart.recommendationText().isEmpty());

        // One k: one point per panel, the band on it.
        SweepResult one;
        one.k = {3};
        one.inertia = {120.0};
        one.silhouette = {0.4};
        one.calinskiHarabasz = {50.0};
        one.daviesBouldin = {0.9};
        one.bic = {kNaN};
        one.recommendedK = 3;
        chart.setSweep(shared(one));
        QCOMPARE(chart.panelCount(), 4);
        const QImage image = render(chart, QSize(600, 400));
        QVERIFY(countColor(image, image.rect(), ElbowChart::bandColor()) > 100);
        saveShot(image, QStringLiteral("elbow-one.png"));
        const double x = chart.xForK(3, 0);
        QCOMPARE(chart.kAt(QPointF(x, chart.plotRect(0).center().y())), 3);
        QVERIFY(chart.reasonText().isEmpty());  // no votes: nothing to explain

        // Ragged vectors, a recommended k outside the sweep, a tiny render, all-equal values.
        SweepResult ragged = kmeansSweep();
        ragged.inertia.resize(3);
        ragged.daviesBouldin.clear();
        ragged.silhouette.assign(ragged.k.size(), 0.5);
        ragged.recommendedK = 42;
        chart.setSweep(shared(ragged));
        (void)render(chart, QSize(600, 400));
        (void)render(chart, QSize(40, 30));
        (void)render(chart, QSize(1, 1));
        QCOMPARE(chart.kAt(QPointF(0.5, 0.5)), 0);
        for (const QPointF pos : {QPointF(1e12, 0.5), QPointF(-1e12, 0.5), QPointF(kNaN, kNaN)})
            (void)chart.hitTest(pos);

        // Values at the limits of a double, zeros, thousands of k, a k beyond any slot.
        SweepResult extreme;
        for (int k = 2; k < 3002; ++k) {
            extreme.k.push_back(k == 3001 ? std::numeric_limits<int>::max() : k);
            extreme.inertia.push_back(k % 2 ? 1e308 : -1e308);
            extreme.silhouette.push_back(0.0);
            extreme.calinskiHarabasz.push_back(k == 2 ? std::numeric_limits<double>::denorm_min() : 1.99e10);
            extreme.daviesBouldin.push_back(k == 5 ? -1e300 : 1e-300);
        }
        extreme.recommendedK = std::numeric_limits<int>::max();
        extreme.votes = {{Criterion::Silhouette, std::numeric_limits<int>::max(), 0.0}};
        chart.setSweep(shared(extreme));
        chart.setCurrentK(std::numeric_limits<int>::max());
        for (const QSize size : {QSize(1, 1), QSize(40, 30), QSize(600, 400), QSize(20000, 60)}) {
            const QImage shot = render(chart, size);
            QVERIFY(!shot.isNull());
            if (size == QSize(600, 400)) saveShot(shot, QStringLiteral("elbow-extreme.png"));
            QVERIFY(chart.kLabelEvery() >= 1);
            for (qreal fx : {0.0, 0.25, 0.5, 0.999}) {
                const QPointF pos(size.width() * fx, size.height() * 0.6);
                (void)chart.hitTest(pos);
                (void)chart.mouseMove(pos, Qt::NoButton, {});
            }
        }
        QVERIFY(chart.leave() || chart.hoveredK() == 0);
        QCOMPARE(chart.hoveredK(), 0);
    }

    // The caption (what is recommended and why) is never cut: it wraps over as many lines as it needs, inside
    // the content area, and the panels get the height that remains.
    void captionIsNeverClipped_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("640x420") << QSize(640, 420) << 96;
        QTest::newRow("900x500") << QSize(900, 500) << 96;
        QTest::newRow("1920x1080@144") << QSize(1920, 1080) << 144;
        // Narrow enough that the reason must wrap.
        QTest::newRow("420x420") << QSize(420, 420) << 96;
        QTest::newRow("1280x840@192") << QSize(1280, 840) << 192;
    }

    void captionIsNeverClipped() {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        ElbowChart chart;
        chart.setSweep(shared(unanimousSweep()));
        chart.setCurrentK(5);
        const QImage image = render(chart, size, dpi);
        saveShot(image,
                 QStringLiteral("elbow-caption-%1x%2@%3.png").arg(size.width()).arg(size.height()).arg(dpi));
        const QString reason = chart.reasonText();
        QVERIFY(reason.startsWith(QStringLiteral("5 of 5 criteria point to it:")));
        QVERIFY(reason.endsWith(QStringLiteral("BIC.")));
        const QRectF content = chart.contentRect();
        QVERIFY(content.contains(chart.captionRect()));
        QVERIFY(chart.captionRect().contains(chart.legendRect()));
        const QFontMetricsF reasonFm(chart.reasonFont(), const_cast<QImage*>(&image));
        const QFontMetricsF recommendationFm(chart.recommendationFont(), const_cast<QImage*>(&image));
        const QChar ellipsis(0x2026);
        // Every word is there, in order, on lines no wider than the content area.
        QCOMPARE(chart.reasonLines().join(QLatin1Char(' ')), reason);
        QCOMPARE(chart.recommendationLines().join(QLatin1Char(' ')), chart.recommendationText());
        for (const QString& line : chart.reasonLines()) {
            QVERIFY2(!line.contains(ellipsis), qPrintable(line));
            QVERIFY2(reasonFm.horizontalAdvance(line) <= content.width() + 0.5, qPrintable(line));
        }
        for (const QString& line : chart.recommendationLines())
            QVERIFY(recommendationFm.horizontalAdvance(line) <= content.width() + 0.5);
        // A reason wider than the content area wraps instead of running off it.
        if (reasonFm.horizontalAdvance(reason) > content.width()) QVERIFY(chart.reasonLines().size() > 1);
        // The panels start under the caption and stay inside the content area.
        for (int p = 0; p < chart.panelCount(); ++p) {
            QVERIFY2(chart.plotRect(p).top() > chart.captionRect().bottom(), qPrintable(QString::number(p)));
            QVERIFY(chart.plotRect(p).bottom() < content.bottom());
            QVERIFY(chart.plotRect(p).height() > 20);
        }
        // The caption's text is really drawn.
        QVERIFY(seg::test::countInk(image, chart.captionRect().toAlignedRect()) > 100);
    }

    // The reason wraps where the chart is narrow; the key to the band sits beside the recommendation when
    // there is room and goes under the reason when not.
    void narrowCaptionWraps() {
        ElbowChart chart;
        chart.setSweep(shared(unanimousSweep()));
        QImage image = render(chart, QSize(420, 420));
        QVERIFY(chart.reasonLines().size() >= 2);
        qreal lineH = QFontMetricsF(chart.recommendationFont(), &image).height();
        QVERIFY(chart.legendRect().top() > chart.captionRect().top() + lineH);
        image = render(chart, QSize(1600, 1000));
        QCOMPARE(chart.reasonLines().size(), 1);
        lineH = QFontMetricsF(chart.recommendationFont(), &image).height();
        QVERIFY(chart.legendRect().bottom() < chart.captionRect().top() + lineH * 1.5);
        QVERIFY(chart.legendRect().right() > chart.contentRect().center().x());
    }

    // The current k is always written under the axis, the recommended one when it has room, the others
    // thinned; no two labels overprint.
    void kLabelsDoNotOverprint_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("420x420") << QSize(420, 420) << 96;
        QTest::newRow("640x420") << QSize(640, 420) << 96;
        QTest::newRow("1920x1080@144") << QSize(1920, 1080) << 144;
    }

    void kLabelsDoNotOverprint() {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        ElbowChart chart;
        chart.setSweep(shared(mixtureSweep()));
        chart.setCurrentK(5);
        const QImage image = render(chart, size, dpi);
        const std::vector<int> ks = chart.labelledK();
        QVERIFY(std::find(ks.begin(), ks.end(), 5) != ks.end());
        QVERIFY(ks.size() >= 3);
        // The bold current k's font: at least as wide as any label's.
        const auto& style = seg::chart::ChartStyle::standard();
        const QFontMetricsF fm(style.font(style.tickPt, true), &image);
        for (std::size_t i = 1; i < ks.size(); ++i) {
            const double gap = chart.xForK(ks[i], 0) - chart.xForK(ks[i - 1], 0);
            const double need = (fm.horizontalAdvance(QString::number(ks[i])) +
                                 fm.horizontalAdvance(QString::number(ks[i - 1]))) /
                                2;
            QVERIFY2(gap > need, qPrintable(QStringLiteral("%1 and %2").arg(ks[i - 1]).arg(ks[i])));
        }
        if (size.width() >= 1920) QCOMPARE(ks.size(), chart.sweep()->k.size());  // room for every k
    }

    // No ink within 3 px of the picture's edges: in images and on a PDF page rendered by pdftoppm.
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
        for (const SweepResult& sweep : {kmeansSweep(), mixtureSweep()}) {
            ElbowChart chart;
            chart.setSweep(shared(sweep));
            chart.setCurrentK(10);
            const QImage image = render(chart, size, dpi);
            saveShot(image, QStringLiteral("elbow-edges-%1x%2@%3-%4.png")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(dpi)
                                .arg(chart.panelCount()));
            QCOMPARE(inkAtEdges(image), 0);
        }
    }

    void noInkAtPdfEdges() {
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty()) QSKIP("pdftoppm (poppler-utils) is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ElbowChart chart;
        chart.setSweep(shared(mixtureSweep()));
        chart.setCurrentK(10);
        seg::chart::ExportOptions options;
        options.format = seg::chart::ExportFormat::Pdf;
        options.size = QSize(1920, 1080);
        options.dpi = 144;
        const QString pdf = dir.filePath(QStringLiteral("elbow.pdf"));
        seg::chart::exportChart(chart, pdf, options);
        // The page as poppler draws it at 96 dpi (null if pdftoppm failed).
        const QImage page = seg::test::pdfPageImage(pdf);
        QVERIFY(!page.isNull());
        // 1920 x 1080 at 144 dpi is 13.33 x 7.5 in: 1280 x 720 pixels at 96 dpi.
        QVERIFY(std::abs(page.width() - 1280) <= 1 && std::abs(page.height() - 720) <= 1);
        saveShot(page, QStringLiteral("elbow-pdf.png"));
        QVERIFY(seg::test::countInk(page, page.rect()) > 2000);
        QCOMPARE(inkAtEdges(page), 0);
    }
};

QTEST_MAIN(TestElbowChart)
#include "tst_elbowchart.moc"
