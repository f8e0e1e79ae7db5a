// DendrogramChart: segment colours as cutByK numbers them, the draggable cut line snapping to
// heightRangeForK (reported as Hit{Cut, k}), Up/Down keys, SciPy's lastp truncation, degenerate trees, the
// legend keeping its height during a drag, long names never elided, nothing touching the output's edge.
// Screenshots go to SEGMENTLAB_SCREENSHOT_DIR.
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <random>
#include <set>

#include "ChartTest.h"
#include "DendrogramChart.h"
#include "OutputTest.h"

using seg::chart::DendrogramChart;
using seg::chart::Hit;
using seg::chart::paletteColor;
using seg::chart::SegmentLook;
using seg::cluster::HierarchicalResult;
using seg::test::countColor;
using seg::test::countInk;
using seg::test::inkAtEdges;
using seg::test::render;
using seg::test::saveShot;

namespace {

// Well-separated Gaussian blobs in 2-D, fixed seed so the tree (and the screenshots) never change.
seg::FeatureMatrix blobs(int perBlob, int blobCount, double spread, unsigned seed) {
    std::mt19937 rng(seed);
    // spread 0 gives identical points; normal_distribution needs a positive deviation.
    std::normal_distribution<double> noise(0.0, spread > 0.0 ? spread : 1.0);
    const double scale = spread > 0.0 ? 1.0 : 0.0;
    seg::FeatureMatrix x(std::size_t(perBlob * blobCount), 2);
    for (int b = 0; b < blobCount; ++b)
        for (int i = 0; i < perBlob; ++i) {
            const auto r = std::size_t(b * perBlob + i);
            x(r, 0) = 10.0 * std::cos(b * 2.4) + scale * noise(rng);
            x(r, 1) = 10.0 * std::sin(b * 2.4) + scale * noise(rng);
        }
    return x;
}

std::shared_ptr<const HierarchicalResult> fit(const seg::FeatureMatrix& x,
                                              seg::cluster::HierarchicalParams params = {}) {
    return std::make_shared<const HierarchicalResult>(seg::cluster::fitHierarchical(x, params));
}

// The hits a chart reports through its listener (what ChartWidget turns into activated()).
struct Recorder {
    std::vector<Hit> hits;
    void attach(DendrogramChart& chart) {
        chart.setListener([this](const Hit& hit) { hits.push_back(hit); });
    }
    [[nodiscard]] int cuts() const {
        return int(
            std::count_if(hits.begin(), hits.end(), [](const Hit& h) { return h.kind == Hit::Kind::Cut; }));
    }
};

// As ChartWidget does before it forwards the next event: lay the chart out again when it changed.
void relayout(DendrogramChart& chart, QSize size) {
    if (!chart.isLaidOut()) (void)render(chart, size);
}

const QString kLongName =
    QStringLiteral("Loyal high-spending families buying weekly in the suburban superstores");  // 70

}  // namespace

class TestDendrogramChart : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const HierarchicalResult> m_small;
    std::shared_ptr<const HierarchicalResult> m_big;

private slots:
    void initTestCase() {
        QCOMPARE(kLongName.size(), 70);
        m_small = fit(blobs(10, 3, 0.4, 7));
        m_big = fit(blobs(1000, 5, 2.0, 11));
    }

    void coloursFollowCutByK() {
        DendrogramChart chart;
        chart.setResult(m_small);
        chart.setK(3);
        QCOMPARE(chart.k(), 3);
        QCOMPARE(chart.effectiveK(), 3);
        const QSize size(900, 560);
        const QImage image = render(chart, size);
        saveShot(image, "dendrogram-small-k3.png");
        const QRect plot = chart.plotRect().toAlignedRect();
        for (int segment = 0; segment < 3; ++segment)
            QVERIFY2(countColor(image, plot, paletteColor(segment)) > 100,
                     qPrintable(QString("segment %1").arg(segment)));
        QCOMPARE(countColor(image, plot, paletteColor(3)), 0);
        // Every leaf's colour is cutByK's label of that row.
        const std::vector<int> labels = seg::cluster::cutByK(*m_small, 3);
        QCOMPARE(std::set<int>(labels.begin(), labels.end()).size(), std::size_t(3));
        QCOMPARE(chart.drawnLeaves().size(), std::size_t(30));
        // A hi-DPI render draws the same chart at twice the pixels.
        const QImage hiDpi = render(chart, size * 2, 192);
        QCOMPARE(hiDpi.size(), size * 2);
        saveShot(hiDpi, "dendrogram-small-k3@2x.png");
    }

    // The document's colours and the highlight reach the branches.
    void highlightAndOwnColours() {
        DendrogramChart chart;
        chart.setResult(m_small);
        chart.setK(3);
        chart.setHighlight(1);
        QImage image = render(chart, QSize(900, 560));
        saveShot(image, "dendrogram-highlight.png");
        QRect plot = chart.plotRect().toAlignedRect();
        QVERIFY(countColor(image, plot, paletteColor(1)) > 100);
        QCOMPARE(countColor(image, plot, paletteColor(0)), 0);
        chart.setHighlight(seg::chart::kNoSegment);
        SegmentLook look;
        look.colors = {QColor(0x12, 0x34, 0x56)};
        chart.setSegments(look);
        image = render(chart, QSize(900, 560));
        plot = chart.plotRect().toAlignedRect();
        QVERIFY(countColor(image, plot, QColor(0x12, 0x34, 0x56)) > 100);
        QCOMPARE(countColor(image, plot, paletteColor(0)), 0);
    }

    void dragCutLine() {
        DendrogramChart chart;
        Recorder recorder;
        recorder.attach(chart);
        const QSize size(800, 520);
        chart.setResult(m_small);
        chart.setK(3);
        (void)render(chart, size);
        QVERIFY(recorder.hits.empty());  // setK answers the application: it reports nothing
        const auto range3 = seg::cluster::heightRangeForK(*m_small, 3);
        QVERIFY(range3.exists);
        QCOMPARE(chart.cutHeight(), (range3.low + range3.high) / 2);
        const auto range2 = seg::cluster::heightRangeForK(*m_small, 2);
        QVERIFY(range2.exists);

        const int x = size.width() / 2;
        const QPointF from(x, qRound(chart.yForHeight(chart.cutHeight())));
        // A point inside k = 2's interval but away from its middle, so snapping is visible.
        const QPointF to(x, qRound(chart.yForHeight(range2.low + 0.8 * (range2.high - range2.low))));
        QCOMPARE(chart.cursorAt(from), Qt::SplitVCursor);
        QVERIFY(!chart.hitTest(from).toolTip.isEmpty());  // says how to move the line
        QVERIFY(chart.mousePress(from, Qt::LeftButton, Qt::NoModifier));
        QVERIFY(chart.isDragging());
        chart.mouseMove(QPointF(x, (from.y() + to.y()) / 2), Qt::LeftButton, Qt::NoModifier);
        relayout(chart, size);
        chart.mouseMove(to, Qt::LeftButton, Qt::NoModifier);
        relayout(chart, size);
        QCOMPARE(chart.k(), 2);  // live, before the button is released
        QVERIFY(chart.cutHeight() > range2.low && chart.cutHeight() < range2.high);
        QVERIFY(chart.mouseRelease(to, Qt::LeftButton, Qt::NoModifier));
        QVERIFY(!chart.isDragging());
        QVERIFY(!recorder.hits.empty());
        QCOMPARE(recorder.hits.back().kind, Hit::Kind::Cut);
        QCOMPARE(recorder.hits.back().k, 2);
        // The report carries where the line was when k changed; the release snaps it to k's middle.
        QVERIFY(recorder.hits.back().value >= range2.low && recorder.hits.back().value < range2.high);
        QCOMPARE(chart.cutHeight(), (range2.low + range2.high) / 2);
        relayout(chart, size);
        QCOMPARE(chart.heightForY(chart.yForHeight(chart.cutHeight())), chart.cutHeight());

        // Pressing away from the line does not grab it.
        recorder.hits.clear();
        QVERIFY(!chart.mousePress(QPointF(x, size.height() - 5), Qt::LeftButton, Qt::NoModifier));
        QVERIFY(!chart.isDragging());
        chart.mouseMove(QPointF(x, size.height() / 2), Qt::LeftButton, Qt::NoModifier);
        chart.mouseRelease(QPointF(x, size.height() / 2), Qt::LeftButton, Qt::NoModifier);
        QVERIFY(recorder.hits.empty());
        QCOMPARE(chart.k(), 2);
        QVERIFY(chart.cursorAt(QPointF(x, size.height() - 5)) != Qt::SplitVCursor);
    }

    // While the cut is dragged the legend keeps its height, so the plot does not jump under the pointer:
    // dragging from 3 segments (two legend rows) up to 1 (one row) and down to 8 (more than two rows)
    // leaves the plot where it was; after the release the legend takes the room it needs.
    void legendKeepsHeightWhileDragging() {
        DendrogramChart chart;
        SegmentLook look;
        look.names = {QStringLiteral("Weekend shoppers with big baskets"),
                      QStringLiteral("Bargain hunters buying in the sales"),
                      QStringLiteral("Lapsed customers of the old stores")};
        chart.setSegments(look);
        chart.setResult(m_small);
        const QSize size(640, 420);
        chart.setK(1);
        (void)render(chart, size);
        const QRectF plotK1 = chart.plotRect();
        QCOMPARE(chart.legend().rowCount(), 1);
        chart.setK(8);
        (void)render(chart, size);
        const QRectF plotK8 = chart.plotRect();
        QVERIFY(chart.legend().rowCount() == 2 && chart.legend().hiddenCount() > 0);
        chart.setK(3);
        (void)render(chart, size);
        saveShot(render(chart, size), "dendrogram-legend-k3.png");
        QCOMPARE(chart.legend().rowCount(), 2);
        const QRectF plotK3 = chart.plotRect();
        const QRectF legendK3 = chart.legendArea();
        // Without the rule the plot would move: each k's own legend has another height.
        QVERIFY(plotK1.top() < plotK3.top());
        QVERIFY(plotK8.top() > plotK3.top());

        const qreal x = plotK3.center().x();
        QVERIFY(chart.mousePress(QPointF(x, chart.yForHeight(chart.cutHeight())), Qt::LeftButton,
                                 Qt::NoModifier));
        const double rootH = m_small->linkage.back().height;
        chart.mouseMove(QPointF(x, chart.yForHeight((rootH + chart.axisTop()) / 2)), Qt::LeftButton,
                        Qt::NoModifier);
        relayout(chart, size);
        QCOMPARE(chart.k(), 1);
        QCOMPARE(chart.legend().rowCount(), 1);
        QCOMPARE(chart.legendArea(), legendK3);
        QCOMPARE(chart.plotRect(), plotK3);
        const auto range8 = seg::cluster::heightRangeForK(*m_small, 8);
        QVERIFY(range8.exists);
        chart.mouseMove(QPointF(x, chart.yForHeight((range8.low + range8.high) / 2)), Qt::LeftButton,
                        Qt::NoModifier);
        relayout(chart, size);
        QCOMPARE(chart.k(), 8);
        QCOMPARE(chart.legendArea(), legendK3);
        QCOMPARE(chart.plotRect(), plotK3);
        QVERIFY(chart.legend().height() <= legendK3.height() + 0.01);  // fewer rows, the rest counted
        QVERIFY(chart.legend().hiddenCount() > 0);
        const QImage during = render(chart, size);
        saveShot(during, "dendrogram-legend-dragging.png");
        QCOMPARE(inkAtEdges(during), 0);
        chart.mouseRelease(QPointF(x, chart.yForHeight((range8.low + range8.high) / 2)), Qt::LeftButton,
                           Qt::NoModifier);
        relayout(chart, size);
        QCOMPARE(chart.plotRect(), plotK8);
    }

    void keysChangeK() {
        DendrogramChart chart;
        Recorder recorder;
        recorder.attach(chart);
        chart.setResult(m_small);
        chart.setK(3);
        QVERIFY(chart.key(Qt::Key_Up, Qt::NoModifier));  // the line moves up: fewer segments
        QCOMPARE(chart.k(), 2);
        chart.key(Qt::Key_Down, Qt::NoModifier);
        chart.key(Qt::Key_Down, Qt::NoModifier);
        QCOMPARE(chart.k(), 4);
        QCOMPARE(recorder.cuts(), 3);
        QCOMPARE(recorder.hits.back().k, 4);
        const auto range4 = seg::cluster::heightRangeForK(*m_small, 4);
        QCOMPARE(chart.cutHeight(), (range4.low + range4.high) / 2);
        for (int i = 0; i < 10; ++i)
            chart.key(Qt::Key_Up, Qt::NoModifier);
        QCOMPARE(chart.k(), 1);
        QCOMPARE(recorder.cuts(), 6);  // 4 -> 3 -> 2 -> 1, then nothing more to report
        QVERIFY(chart.cutHeight() > m_small->linkage.back().height);
        QVERIFY(!chart.key(Qt::Key_Left, Qt::NoModifier));
    }

    void toolTipOnRoot() {
        DendrogramChart chart;
        chart.setResult(m_small);
        chart.setK(3);
        (void)render(chart, QSize(800, 520));
        const QRectF plot = chart.plotRect();
        const Hit root =
            chart.hitTest(QPointF(plot.center().x(), chart.yForHeight(m_small->linkage.back().height)));
        QVERIFY2(root.toolTip.contains("30"), qPrintable(root.toolTip));
        QCOMPARE(root.kind, Hit::Kind::None);  // above the cut: no segment
        QVERIFY(chart.hitTest(QPointF(2, 2)).toolTip.isEmpty());
        // A link below the cut is its segment's; so is a legend item.
        bool found = false;
        for (qreal x = plot.left(); x < plot.right() && !found; x += 1.0) {
            const Hit hit = chart.hitTest(QPointF(x, plot.bottom() - 3));
            if (hit.kind == Hit::Kind::Segment) {
                found = true;
                QVERIFY(hit.segment >= 0 && hit.segment < 3);
                QVERIFY(hit.toolTip.startsWith(QStringLiteral("Segment ")));
            }
        }
        QVERIFY(found);
        const Hit item = chart.hitTest(chart.legend().itemRect(2).center());
        QCOMPARE(item.kind, Hit::Kind::Segment);
        QCOMPARE(item.segment, 2);
    }

    void truncatesAsLastp() {
        DendrogramChart chart;
        chart.setResult(m_big);
        chart.setK(5);
        QVERIFY(chart.isTruncated());
        QCOMPARE(chart.effectiveK(), 5);
        QVERIFY(chart.subtitle().contains(QLocale().toString(5000)));
        const auto& leaves = chart.drawnLeaves();
        QVERIFY(leaves.size() <= std::size_t(DendrogramChart::kDefaultTruncateP));
        QCOMPARE(leaves.size(), std::size_t(DendrogramChart::kDefaultTruncateP));
        std::size_t sum = 0;
        for (const auto& leaf : leaves) {
            sum += leaf.customers;
            if (leaf.customers > 1)
                QCOMPARE(leaf.label, "(" + QLocale().toString(qulonglong(leaf.customers)) + ")");
        }
        QCOMPARE(sum, std::size_t(5000));
        // Truncated leaves keep the full tree's left-to-right order.
        std::vector<int> position(m_big->leaves());
        for (std::size_t i = 0; i < m_big->leafOrder.size(); ++i)
            position[std::size_t(m_big->leafOrder[i])] = int(i);
        const QImage image = render(chart, QSize(1000, 600));
        saveShot(image, "dendrogram-5000-k5.png");
        const QRect plot = chart.plotRect().toAlignedRect();
        for (int segment = 0; segment < 5; ++segment)
            QVERIFY(countColor(image, plot, paletteColor(segment)) > 50);
        // k beyond what the truncated chart shows is clamped to p.
        chart.setK(500);
        QCOMPARE(chart.k(), DendrogramChart::kDefaultTruncateP);
        chart.setTruncateP(10);
        QCOMPARE(chart.drawnLeaves().size(), std::size_t(10));
        QCOMPARE(chart.k(), 10);
    }

    void degenerateTrees_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("identical");
        QTest::addColumn<bool>("twoStage");
        QTest::newRow("n = 1") << 1 << false << false;
        QTest::newRow("n = 2") << 2 << false << false;
        QTest::newRow("identical points") << 12 << true << false;
        QTest::newRow("two-stage") << 400 << false << true;
    }
    void degenerateTrees() {
        QFETCH(int, rows);
        QFETCH(bool, identical);
        QFETCH(bool, twoStage);
        std::shared_ptr<const HierarchicalResult> result;
        if (rows == 1) {
            // fitHierarchical refuses one row; the chart must still cope with a one-leaf tree.
            auto one = std::make_shared<HierarchicalResult>();
            one->leafOrder = {0};
            one->rowToLeaf = {0};
            one->leafSizes = {1};
            result = one;
        } else {
            seg::FeatureMatrix x = blobs(rows, 1, identical ? 0.0 : 1.0, 3);
            seg::cluster::HierarchicalParams params;
            if (twoStage) {
                params.twoStageThreshold = 100;
                params.microClusters = 40;
            }
            result = fit(x, params);
            QCOMPARE(result->twoStage, twoStage);
        }
        DendrogramChart chart;
        chart.setResult(result);
        chart.setK(3);
        QVERIFY(chart.k() >= 1);
        QVERIFY(chart.effectiveK() <= std::max<int>(1, int(result->leaves())));
        if (identical) QCOMPARE(chart.effectiveK(), 1);
        std::size_t sum = 0;
        for (const auto& leaf : chart.drawnLeaves())
            sum += leaf.customers;
        QCOMPARE(sum, std::size_t(rows));
        const QImage image = render(chart, QSize(900, 600), 144);
        QVERIFY(!image.isNull());
        saveShot(image, QString("dendrogram-%1.png").arg(QTest::currentDataTag()).replace(' ', '-'));
        QCOMPARE(inkAtEdges(image), 0);
        chart.key(Qt::Key_Down, Qt::NoModifier);
        for (int i = 0; i < 5; ++i)
            chart.key(Qt::Key_Up, Qt::NoModifier);
        QCOMPARE(chart.effectiveK(), 1);
        (void)chart.hitTest(QPointF(300, 200));
        chart.setResult(nullptr);
        QVERIFY(!chart.hasData());
        const QImage empty = render(chart, QSize(300, 200));
        QVERIFY(!empty.isNull());
        QVERIFY(!chart.mousePress(QPointF(150, 100), Qt::LeftButton, Qt::NoModifier));
        QVERIFY(!chart.key(Qt::Key_Up, Qt::NoModifier));
        (void)render(chart, QSize(1, 1));
    }

    // Issue 9: long segment names wrap in the legend instead of being elided.
    void legendNamesNotElided_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("640x420@96") << QSize(640, 420) << 96;
        QTest::newRow("360x300@96") << QSize(360, 300) << 96;
        QTest::newRow("1920x1080@144") << QSize(1920, 1080) << 144;
        QTest::newRow("900x560@192") << QSize(900, 560) << 192;
    }
    void legendNamesNotElided() {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        DendrogramChart chart;
        SegmentLook look;
        look.names = {QStringLiteral("Lapsed"), kLongName};
        chart.setSegments(look);
        chart.setResult(m_small);
        chart.setK(3);
        const QImage image = render(chart, size, dpi);
        saveShot(image, QStringLiteral("dendrogram-long-name-%1.png").arg(QTest::currentDataTag()));
        QCOMPARE(chart.legend().itemText(0), QStringLiteral("Lapsed"));
        const QString shown = chart.legend().itemText(1);
        QCOMPARE(QString(shown).replace(QLatin1Char('\n'), QLatin1Char(' ')), kLongName);
        QVERIFY(!shown.contains(QChar(0x2026)));
        QVERIFY(!chart.legend().itemRect(1).isEmpty());
        QVERIFY(chart.legendArea().contains(chart.legend().itemRect(1)));
        QVERIFY(chart.legendArea().bottom() < chart.plotRect().top());
        if (size.width() < 400) QCOMPARE(shown.count(QLatin1Char('\n')), 1);  // wrapped, not cut
        QCOMPARE(inkAtEdges(image), 0);
    }

    // Issue 9: nothing touches the output's edge, on images and on a PDF page.
    void noInkAtEdges_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<bool>("big");
        QTest::newRow("1920x1080@144 small") << QSize(1920, 1080) << 144 << false;
        QTest::newRow("1920x1080@144 truncated") << QSize(1920, 1080) << 144 << true;
        QTest::newRow("1920x1080@96 truncated") << QSize(1920, 1080) << 96 << true;
        QTest::newRow("640x420@96 small") << QSize(640, 420) << 96 << false;
        QTest::newRow("640x420@96 truncated") << QSize(640, 420) << 96 << true;
    }
    void noInkAtEdges() {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        QFETCH(bool, big);
        DendrogramChart chart;
        SegmentLook look;
        look.names = {kLongName};
        chart.setSegments(look);
        chart.setResult(big ? m_big : m_small);
        chart.setK(big ? 5 : 3);
        const QImage image = render(chart, size, dpi);
        saveShot(image,
                 QStringLiteral("dendrogram-edges-%1.png").arg(QTest::currentDataTag()).replace(' ', '-'));
        QVERIFY(countInk(image, image.rect()) > 1000);
        QCOMPARE(inkAtEdges(image), 0);
    }

    void noInkAtPdfEdges() {
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty()) QSKIP("pdftoppm (poppler-utils) is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const bool big : {false, true}) {
            DendrogramChart chart;
            SegmentLook look;
            look.names = {kLongName};
            chart.setSegments(look);
            chart.setResult(big ? m_big : m_small);
            chart.setK(big ? 5 : 3);
            const QString pdf = dir.filePath(QStringLiteral("tree%1.pdf").arg(int(big)));
            seg::chart::ExportOptions options;
            options.format = seg::chart::ExportFormat::Pdf;  // 1920 x 1080 at 144 dpi: 13.3 x 7.5 in
            seg::chart::exportChart(chart, pdf, options);
            // The page as poppler draws it at 96 dpi (null if pdftoppm failed).
            const QImage page = seg::test::pdfPageImage(pdf);
            QVERIFY(!page.isNull());
            QCOMPARE(page.size(), QSize(1280, 720));
            saveShot(page, QStringLiteral("dendrogram-pdf-%1.png").arg(big ? "truncated" : "small"));
            QVERIFY(countInk(page, page.rect()) > 1000);
            QCOMPARE(inkAtEdges(page), 0);
        }
    }
};

QTEST_MAIN(TestDendrogramChart)
#include "tst_dendrogramchart.moc"
