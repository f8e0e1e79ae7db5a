// ScatterChart (the customer map): its pixels, hover, rubber-band selection, zoom, pan, keys, components and
// highlighting on three well-separated blobs whose rows are known; degenerate data that must not crash; and
// the outputs of issue 9: a PDF and a 300 dpi PNG with everything inside the page, points as a
// high-resolution image in vector outputs, and every segment in full colour unless highlighted. Screenshots
// go to SEGMENTLAB_SCREENSHOT_DIR.
#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>
#include <random>

#include "ChartOutput.h"
#include "ChartTest.h"
#include "ScatterChart.h"
#include "run/Segmentation.h"

using seg::FeatureMatrix;
using seg::chart::drawChart;
using seg::chart::ExportFormat;
using seg::chart::ExportOptions;
using seg::chart::Hit;
using seg::chart::kNoSegment;
using seg::chart::paletteColor;
using seg::chart::ScatterChart;
using seg::chart::SegmentLook;
using seg::test::countColor;
using seg::test::inkAtEdges;
using seg::test::render;
using seg::test::saveShot;

namespace {

constexpr int kPerBlob = 1000;
const QPointF kCentres[3] = {{-5, -5}, {5, -5}, {0, 5}};
const QSize kSize(900, 650);

struct Blobs {
    FeatureMatrix projection;
    std::vector<int> labels;
};

// Three blobs of sd 0.5 in PC1/PC2 (a third component of noise), rows 0..999 in blob 0, and so on.
Blobs makeBlobs(unsigned seed = 7) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> g(0.0, 0.5);
    Blobs b{FeatureMatrix(3 * kPerBlob, 3), std::vector<int>(3 * kPerBlob)};
    for (int i = 0; i < 3 * kPerBlob; ++i) {
        const int s = i / kPerBlob;
        double* row = b.projection.row(static_cast<std::size_t>(i));
        row[0] = kCentres[s].x() + g(rng);
        row[1] = kCentres[s].y() + g(rng);
        row[2] = g(rng);
        b.labels[static_cast<std::size_t>(i)] = s;
    }
    return b;
}

int colourDistance(QColor a, QColor b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// The pixel nearest in colour to `want` within a small window around pos.
int bestDistance(const QImage& img, QPointF pos, QColor want, int window = 3) {
    int best = 1 << 30;
    for (int dy = -window; dy <= window; ++dy)
        for (int dx = -window; dx <= window; ++dx) {
            const QPoint p(qRound(pos.x()) + dx, qRound(pos.y()) + dy);
            if (img.rect().contains(p)) best = std::min(best, colourDistance(img.pixelColor(p), want));
        }
    return best;
}

QVector<int> blobRows(int s, int offset = 0) {
    QVector<int> rows;
    for (int i = s * kPerBlob; i < (s + 1) * kPerBlob; ++i)
        rows.push_back(i + offset);
    return rows;
}

std::unique_ptr<ScatterChart> makeChart() {
    auto chart = std::make_unique<ScatterChart>();
    Blobs b = makeBlobs();
    chart->setData(std::move(b.projection), std::move(b.labels), {0.5, 0.3, 0.2});
    (void)render(*chart, kSize);  // laid out as a 900 x 650 window
    return chart;
}

// The chart of issue 9's PDF: five segments with long names, six features with long names, loadings shown.
std::unique_ptr<ScatterChart> makeMallChart() {
    auto chart = std::make_unique<ScatterChart>();
    std::mt19937 rng(11);
    std::normal_distribution<double> g(0.0, 0.6);
    const int n = 5000;
    FeatureMatrix proj(n, 3);
    std::vector<int> labels(n);
    for (int i = 0; i < n; ++i) {
        const int s = i % 5;
        const double angle = s * 2 * M_PI / 5;
        proj(std::size_t(i), 0) = 3 * std::cos(angle) + g(rng);
        proj(std::size_t(i), 1) = 2.2 * std::sin(angle) + g(rng);
        proj(std::size_t(i), 2) = g(rng);
        labels[std::size_t(i)] = s;
    }
    chart->setData(std::move(proj), std::move(labels), {0.45, 0.31, 0.12});
    FeatureMatrix loadings(3, 6);
    loadings.names = {"Annual Income (k$)",       "Spending Score (1-100)",   "Age of the customer (years)",
                      "Visits per month (count)", "Average basket value ($)", "Membership tenure (months)"};
    for (std::size_t r = 0; r < 3; ++r)
        for (std::size_t f = 0; f < 6; ++f)
            loadings(r, f) = std::cos(0.3 + static_cast<double>(r * 1.9 + f * 1.05));
    chart->setLoadings(loadings);
    chart->setShowLoadings(true);
    SegmentLook look;
    look.names = {QStringLiteral("High income, low spending careful customers"),
                  QStringLiteral("Young big spenders with moderate incomes"),
                  QStringLiteral("Average customers in the middle of everything"),
                  QStringLiteral("Wealthy big spenders (the target group)"),
                  QStringLiteral("Low income, low spending occasional visitors")};
    chart->setSegments(look);
    return chart;
}

bool hasTool(const QString& name) {
    return !QStandardPaths::findExecutable(name).isEmpty();
}

// Every page of `pdf` as images at `dpi` (pdftoppm), in page order.
QList<QImage> pdfPages(const QString& pdf, int dpi) {
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), pdf, dir.filePath("page")});
    p.waitForFinished(60000);
    QList<QImage> pages;
    QStringList files = QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    for (const QString& f : files)
        pages << QImage(dir.filePath(f));
    return pages;
}

QString runTool(const QString& tool, const QStringList& args) {
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

}  // namespace

class TestScatterChart : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
    }

    void renderShowsSegmentColours() {
        auto chart = makeChart();
        const QImage img = render(*chart, kSize);
        QCOMPARE(img.size(), kSize);
        for (int s = 0; s < 3; ++s) {
            // Beside the centroid marker, inside the dense core of the blob.
            const QPointF at = chart->mapToChart(kCentres[s] + QPointF(0.4, 0.0));
            const QColor want = paletteColor(s);
            QVERIFY2(bestDistance(img, at, want) < 40, qPrintable(QStringLiteral("segment %1").arg(s)));
            for (int o = 0; o < 3; ++o)
                if (o != s) QVERIFY(bestDistance(img, at, paletteColor(o), 0) > 60);
        }
        // Empty space stays white.
        QCOMPARE(img.pixelColor(chart->mapToChart(QPointF(-5, 5)).toPoint()), QColor(Qt::white));
        saveShot(img, QStringLiteral("scatter-3blobs.png"));
    }

    // A HiDPI screen (device pixel ratio 2): the points image has one pixel per device pixel.
    void renderAtHighDpi() {
        auto chart = makeChart();
        QImage img(QSize(800, 600), QImage::Format_ARGB32_Premultiplied);
        img.setDevicePixelRatio(2.0);
        img.fill(Qt::white);
        {
            QPainter painter(&img);
            drawChart(*chart, painter, QRectF(0, 0, 400, 300));
        }
        QCOMPARE(img.size(), QSize(800, 600));
        img.setDevicePixelRatio(1.0);
        const QPointF at = chart->mapToChart(kCentres[1] + QPointF(0.4, 0.0)) * 2;
        QVERIFY(bestDistance(img, at, paletteColor(1)) < 40);
        saveShot(img, QStringLiteral("scatter-dpr2.png"));
    }

    void hoverFindsNearestRow() {
        auto chart = makeChart();
        for (int row : {0, 1234, 2999}) {
            const Blobs b = makeBlobs();
            const double* p = b.projection.row(static_cast<std::size_t>(row));
            QCOMPARE(chart->rowAt(chart->mapToChart(QPointF(p[0], p[1]))), row);
        }
        QCOMPARE(chart->rowAt(chart->mapToChart(QPointF(-5, 5))), -1);
        QCOMPARE(chart->rowAt(QPointF(-100, -100)), -1);
    }

    // A click on a dot (no drag) names its segment and row: the workspace selects the segment.
    void clickOnDotHitsSegment() {
        auto chart = makeChart();
        const Blobs b = makeBlobs();
        const double* p = b.projection.row(2100);
        const QPointF at = chart->mapToChart(QPointF(p[0], p[1]));
        const Hit hit = chart->hitTest(at);
        QCOMPARE(hit.kind, Hit::Kind::Segment);
        QCOMPARE(hit.segment, 2);
        QCOMPARE(hit.row, 2100);
        QVERIFY(chart->mousePress(at, Qt::LeftButton, Qt::NoModifier) == false);
        QVERIFY(!chart->isDragging());
        (void)chart->mouseMove(at + QPointF(1, 0), Qt::LeftButton, Qt::NoModifier);
        QVERIFY(!chart->isDragging());  // a tremble is still a click
        (void)chart->mouseRelease(at + QPointF(1, 0), Qt::LeftButton, Qt::NoModifier);
        // Empty space: nothing.
        QCOMPARE(chart->hitTest(chart->mapToChart(QPointF(-5, 5))).kind, Hit::Kind::None);
        // A legend entry chooses its segment too.
        const QRectF item = chart->legend().itemRect(1);
        QVERIFY(!item.isEmpty());
        QCOMPARE(chart->hitTest(item.center()).segment, 1);
    }

    void rubberBandSelectsOneBlob_data() {
        QTest::addColumn<int>("blob");
        QTest::addColumn<int>("offset");
        QTest::newRow("blob 0") << 0 << 0;
        QTest::newRow("blob 1") << 1 << 0;
        QTest::newRow("blob 2, table rows offset") << 2 << 100;
    }
    void rubberBandSelectsOneBlob() {
        QFETCH(int, blob);
        QFETCH(int, offset);
        ScatterChart chart;
        Blobs b = makeBlobs();
        std::vector<std::size_t> rowMap(b.labels.size());
        for (std::size_t i = 0; i < rowMap.size(); ++i)
            rowMap[i] = i + static_cast<std::size_t>(offset);
        chart.setData(std::move(b.projection), std::move(b.labels), {0.5, 0.3, 0.2}, rowMap);
        (void)render(chart, kSize);
        const QRectF range = chart.visibleRange();
        QList<Hit> hits;
        chart.setListener([&](const Hit& hit) { hits << hit; });
        const QPointF from = chart.mapToChart(kCentres[blob] + QPointF(-2.5, 2.5));
        const QPointF to = chart.mapToChart(kCentres[blob] + QPointF(2.5, -2.5));
        QVERIFY(chart.mousePress(from, Qt::LeftButton, Qt::ShiftModifier));
        QVERIFY(chart.mouseMove((from + to) / 2, Qt::LeftButton, Qt::ShiftModifier));
        QVERIFY(chart.isDragging());
        QVERIFY(!chart.rubberBand().isEmpty());
        saveShot(render(chart, kSize), QStringLiteral("scatter-rubber-band-%1.png").arg(blob));
        // No tooltip or click while the band is drawn.
        QCOMPARE(chart.hitTest(to).kind, Hit::Kind::None);
        QVERIFY(chart.mouseRelease(to, Qt::LeftButton, Qt::ShiftModifier));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].kind, Hit::Kind::Rows);
        QCOMPARE(hits[0].rows, blobRows(blob, offset));
        QCOMPARE(chart.selectedRows(), blobRows(blob, offset));
        QVERIFY(chart.rubberBand().isNull());
        // The range was not panned by the Shift-drag.
        QCOMPARE(chart.visibleRange(), range);
        saveShot(render(chart, kSize), QStringLiteral("scatter-selection-%1.png").arg(blob));
        // Escape clears the selection and says so; a second Escape has nothing to clear.
        QVERIFY(chart.key(Qt::Key_Escape, Qt::NoModifier));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[1].kind, Hit::Kind::Rows);
        QVERIFY(hits[1].rows.isEmpty());
        QVERIFY(chart.selectedRows().isEmpty());
        QVERIFY(!chart.key(Qt::Key_Escape, Qt::NoModifier));
    }

    void setSelectedRowsRoundTrips() {
        auto chart = makeChart();
        chart->setSelectedRows(blobRows(1));
        QCOMPARE(chart->selectedRows(), blobRows(1));
        const QImage img = render(*chart, kSize);
        // Unselected blobs fade towards grey; the selected one keeps its colour.
        QVERIFY(bestDistance(img, chart->mapToChart(kCentres[1] + QPointF(0.4, 0)), paletteColor(1)) < 40);
        QVERIFY(bestDistance(img, chart->mapToChart(kCentres[0] + QPointF(0.4, 0)), paletteColor(0), 0) > 80);
        chart->setSelectedRows({-3, 999999});
        QVERIFY(chart->selectedRows().isEmpty());
    }

    void wheelZoomsAroundCursor() {
        auto chart = makeChart();
        const QRectF before = chart->visibleRange();
        const QPointF anchorData(5, -5);
        const QPointF pos = chart->mapToChart(anchorData);
        QVERIFY(chart->wheel(pos, 120));
        const QRectF after = chart->visibleRange();
        QVERIFY(after.width() < before.width() * 0.9);
        QVERIFY(after.height() < before.height() * 0.9);
        // The point under the cursor stays under the cursor.
        const QPointF moved = chart->mapToChart(anchorData);
        QVERIFY(std::abs(moved.x() - pos.x()) < 1.0 && std::abs(moved.y() - pos.y()) < 1.0);
        (void)render(*chart, kSize);
        const QPointF redrawn = chart->mapToChart(anchorData);
        QVERIFY2(QLineF(redrawn, pos).length() < 12.0, "the plot jumped after the zoom");

        QVERIFY(chart->key(Qt::Key_Minus, Qt::NoModifier));
        QVERIFY(chart->visibleRange().width() > after.width());
        const QRectF zoomedOut = chart->visibleRange();
        QVERIFY(chart->key(Qt::Key_Right, Qt::NoModifier));
        QVERIFY(chart->visibleRange().left() > zoomedOut.left());
        QCOMPARE(chart->visibleRange().width(), zoomedOut.width());
        QVERIFY(chart->key(Qt::Key_Plus, Qt::NoModifier));
        QVERIFY(chart->visibleRange().width() < zoomedOut.width());
        const QRectF beforeUp = chart->visibleRange();
        QVERIFY(chart->key(Qt::Key_Up, Qt::NoModifier));
        QVERIFY(chart->visibleRange().top() > beforeUp.top());
        QVERIFY(chart->key(Qt::Key_Down, Qt::NoModifier));
        QVERIFY(std::abs(chart->visibleRange().top() - beforeUp.top()) < 1e-9);
        QVERIFY(chart->key(Qt::Key_Left, Qt::NoModifier));
        QVERIFY(chart->visibleRange().left() < beforeUp.left());
        QVERIFY(chart->key(Qt::Key_Home, Qt::NoModifier));
        QCOMPARE(chart->visibleRange(), before);
        QVERIFY(!chart->key(Qt::Key_A, Qt::NoModifier));
        QVERIFY(!chart->wheel(pos, 0));
    }

    void dragPans() {
        auto chart = makeChart();
        const QRectF before = chart->visibleRange();
        chart->mousePress(QPointF(400, 300), Qt::LeftButton, Qt::NoModifier);
        QVERIFY(chart->mouseMove(QPointF(450, 300), Qt::LeftButton, Qt::NoModifier));
        QVERIFY(chart->isDragging());
        QCOMPARE(chart->cursorAt(QPointF(450, 300)), Qt::ClosedHandCursor);
        chart->mouseMove(QPointF(500, 300), Qt::LeftButton, Qt::NoModifier);
        chart->mouseRelease(QPointF(500, 300), Qt::LeftButton, Qt::NoModifier);
        QVERIFY(!chart->isDragging());
        QVERIFY(chart->visibleRange().left() < before.left());
        QCOMPARE(chart->visibleRange().width(), before.width());
        QVERIFY(chart->mouseDoubleClick(QPointF(400, 300)));
        QCOMPARE(chart->visibleRange(), before);
    }

    void setComponentsSwitchesAxes() {
        auto chart = makeChart();
        QCOMPARE(chart->axisTitle(Qt::Horizontal), QStringLiteral("PC1 (50.0% of variance)"));
        QCOMPARE(chart->axisTitle(Qt::Vertical), QStringLiteral("PC2 (30.0% of variance)"));
        QCOMPARE(chart->title(), QStringLiteral("Customer segments, PC1 vs PC2"));
        chart->setComponents(2, 0);
        QCOMPARE(chart->axisTitle(Qt::Horizontal), QStringLiteral("PC3 (20.0% of variance)"));
        QCOMPARE(chart->axisTitle(Qt::Vertical), QStringLiteral("PC1 (50.0% of variance)"));
        QCOMPARE(chart->title(), QStringLiteral("Customer segments, PC3 vs PC1"));
        // PC1 is now vertical: blob 2 (PC1 = 0) sits between the others vertically.
        QVERIFY(chart->visibleRange().height() > 10);
        chart->setComponents(7, -1);  // clamped
        QCOMPARE(chart->componentX(), 2);
        QCOMPARE(chart->componentY(), 0);
        chart->setTitle(QStringLiteral("The map"));
        QCOMPARE(chart->displayTitle(), QStringLiteral("The map"));
    }

    void highlightFadesOthers() {
        auto chart = makeChart();
        chart->setHighlight(2);
        QCOMPARE(chart->highlight(), 2);
        const QImage img = render(*chart, kSize);
        QVERIFY(bestDistance(img, chart->mapToChart(kCentres[2] + QPointF(0.4, 0)), paletteColor(2)) < 40);
        for (int s : {0, 1})
            QVERIFY(bestDistance(img, chart->mapToChart(kCentres[s] + QPointF(0.4, 0)), paletteColor(s), 0) >
                    80);
        saveShot(img, QStringLiteral("scatter-highlight.png"));
        chart->setHighlight(kNoSegment);
        const QImage back = render(*chart, kSize);
        QVERIFY(bestDistance(back, chart->mapToChart(kCentres[0] + QPointF(0.4, 0)), paletteColor(0)) < 40);
    }

    void namesAndLoadings() {
        auto chart = makeChart();
        QCOMPARE(chart->segments().name(1), QStringLiteral("Segment 2"));
        QCOMPARE(chart->segments().name(-1), QStringLiteral("Outliers"));
        SegmentLook look;
        look.names = {QStringLiteral("Bargain hunters"), QString(), QStringLiteral("Loyal")};
        chart->setSegments(look);
        QCOMPARE(chart->segments().name(0), QStringLiteral("Bargain hunters"));
        QCOMPARE(chart->segments().name(1), QStringLiteral("Segment 2"));
        FeatureMatrix loadings(3, 4);
        loadings.names = {"annual_spend", "orders", "recency_days", "basket"};
        for (std::size_t r = 0; r < 3; ++r)
            for (std::size_t f = 0; f < 4; ++f)
                loadings(r, f) = std::cos(1.0 + static_cast<double>(r + 2 * f));
        chart->setLoadings(loadings);
        chart->setShowLoadings(true);
        QVERIFY(chart->showLoadings());
        const QImage img = render(*chart, kSize);
        QVERIFY(!img.isNull());
        QCOMPARE(chart->arrowLabels().size(), 4);
        QVERIFY(chart->legend().itemText(0).startsWith(QStringLiteral("Bargain hunters (1000)")));
        saveShot(img, QStringLiteral("scatter-biplot.png"));
        chart->setShowLoadings(false);
        (void)render(*chart, kSize);
        QVERIFY(chart->arrowLabelRects().empty());
    }

    // A recolour reaches the points at once (the cached image does not keep the old colours).
    void recolourRedrawsPoints() {
        auto chart = makeChart();
        (void)render(*chart, kSize);
        SegmentLook look;
        look.colors = {QColor(0x80, 0x00, 0x80)};
        chart->setSegments(look);
        const QImage img = render(*chart, kSize);
        QVERIFY(bestDistance(img, chart->mapToChart(kCentres[0] + QPointF(0.4, 0)),
                             QColor(0x80, 0x00, 0x80)) < 40);
    }

    void degenerateData_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>(
            "kind");  // 0 empty matrix, 1 distinct, 2 identical, 3 every other NaN, 4 all NaN
        QTest::newRow("empty") << 0 << 0;
        QTest::newRow("one point") << 1 << 1;
        QTest::newRow("identical") << 50 << 2;
        QTest::newRow("NaN rows") << 100 << 3;
        QTest::newRow("all NaN") << 10 << 4;
    }
    void degenerateData() {
        QFETCH(int, rows);
        QFETCH(int, kind);
        ScatterChart chart;
        const QSize size(600, 400);
        FeatureMatrix m(static_cast<std::size_t>(rows), kind == 0 ? 0 : 2);
        std::vector<int> labels(static_cast<std::size_t>(rows), 0);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        for (int i = 0; i < rows; ++i) {
            double* r = m.row(static_cast<std::size_t>(i));
            const bool bad = kind == 4 || (kind == 3 && i % 2 == 1);
            r[0] = bad ? nan : (kind == 2 ? 3.0 : i);
            r[1] = bad ? nan : (kind == 2 ? 3.0 : i * 0.5);
            labels[static_cast<std::size_t>(i)] = i % 3 - (kind == 3 ? 1 : 0);  // noise too
        }
        chart.setData(std::move(m), std::move(labels), {});
        QVERIFY(chart.visibleRange().width() > 0);
        QVERIFY(chart.visibleRange().height() > 0);
        QCOMPARE(chart.hasData(), kind == 1 || kind == 2 || kind == 3);
        QVERIFY(!render(chart, size).isNull());
        QVERIFY(!render(chart, QSize(200, 150), 192).isNull());
        (void)render(chart, size);
        chart.zoomBy(2.0, QPointF(300, 200));
        chart.setComponents(1, 0);
        QVERIFY(!render(chart, size).isNull());
        chart.resetView();
        (void)render(chart, size);
        if (kind == 1 || kind == 2)
            QCOMPARE(chart.rowAt(chart.mapToChart(QPointF(kind == 2 ? 3.0 : 0.0, kind == 2 ? 3.0 : 0.0))), 0);
        // A rubber band over everything never selects unplottable rows.
        QList<Hit> hits;
        chart.setListener([&](const Hit& hit) { hits << hit; });
        chart.mousePress(QPointF(1, 1), Qt::LeftButton, Qt::ShiftModifier);
        chart.mouseRelease(QPointF(599, 399), Qt::LeftButton, Qt::ShiftModifier);
        QCOMPARE(hits.size(), 1);
        const QVector<int> selected = hits[0].rows;
        const int expected = kind == 0 || kind == 4 ? 0 : kind == 3 ? rows / 2 : rows;
        QCOMPARE(selected.size(), expected);
        for (int r : selected)
            if (kind == 3) QVERIFY(r % 2 == 0);
        saveShot(render(chart, size), QStringLiteral("scatter-degenerate-%1.png").arg(kind));
        QVERIFY(!render(chart, QSize(30, 20)).isNull());
        QVERIFY(!render(chart, QSize(1, 1)).isNull());
    }

    void hoverShowsTooltipWithIdentifier() {
        auto chart = makeChart();
        chart->setRowDescriber([](int row) { return QStringLiteral("Customer C-%1").arg(row); });
        const Blobs b = makeBlobs();
        const double* p = b.projection.row(1500);
        const QString tip = chart->hitTest(chart->mapToChart(QPointF(p[0], p[1]))).toolTip;
        QVERIFY2(tip.contains(QStringLiteral("Customer C-1500")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Segment 2")));
        QVERIFY(tip.contains(QStringLiteral("Row 1501")));
        QVERIFY(tip.contains(QStringLiteral("PC1 = ")));
    }

    // Issue 10 #7: the workspace's describer already ends with "Segment: <name>"; the name is said once.
    void tooltipNamesTheSegmentOnce() {
        auto chart = makeChart();
        SegmentLook look;
        look.names = {QString(), QStringLiteral("Loyal regulars")};
        chart->setSegments(look);
        chart->setRowDescriber([](int row) {
            return QStringLiteral("CustomerID: C-%1\nAge: 41\nSegment: Loyal regulars").arg(row);
        });
        const Blobs b = makeBlobs();
        const double* p = b.projection.row(1500);
        const QString tip = chart->hitTest(chart->mapToChart(QPointF(p[0], p[1]))).toolTip;
        QCOMPARE(tip.count(QStringLiteral("Loyal regulars")), 1);
        QVERIFY2(tip.contains(QStringLiteral("CustomerID: C-1500")), qPrintable(tip));
        // Without a segment in the describer's text, the tooltip names it.
        chart->setRowDescriber([](int row) { return QStringLiteral("CustomerID: C-%1").arg(row); });
        const QString plain = chart->hitTest(chart->mapToChart(QPointF(p[0], p[1]))).toolTip;
        QCOMPARE(plain.count(QStringLiteral("Loyal regulars")), 1);
    }

    void segmentationResultOverload() {
        auto result = std::make_shared<seg::run::SegmentationResult>();
        Blobs b = makeBlobs();
        result->pca.projection = b.projection;
        result->labels = b.labels;
        result->pca.explainedVarianceRatio = {0.6, 0.25, 0.15};
        result->prep.data.rows.resize(b.labels.size());
        for (std::size_t i = 0; i < b.labels.size(); ++i)
            result->prep.data.rows[i] = 2 * i;  // rows dropped
        result->pca.loadings = FeatureMatrix(3, 2, {0.9, 0.1, -0.2, 0.8, 0.0, 0.1});
        result->pca.loadings.names = {"spend", "visits"};
        ScatterChart chart;
        chart.setData(std::shared_ptr<const seg::run::SegmentationResult>(result));
        (void)render(chart, kSize);
        QCOMPARE(chart.axisTitle(Qt::Horizontal), QStringLiteral("PC1 (60.0% of variance)"));
        QCOMPARE(chart.rowAt(chart.mapToChart(QPointF(b.projection(10, 0), b.projection(10, 1)))), 20);
        QCOMPARE(chart.hitTest(chart.mapToChart(QPointF(b.projection(10, 0), b.projection(10, 1)))).row, 20);
        chart.setSelectedRows({20, 22, 21});  // 21 was dropped by preparation
        QCOMPARE(chart.selectedRows(), (QVector<int>{20, 22}));
        chart.setShowLoadings(true);
        QVERIFY(!render(chart, kSize).isNull());
        QCOMPARE(chart.arrowLabels(), (QStringList{QStringLiteral("spend"), QStringLiteral("visits")}));
    }

    void manySegmentsLegendDoesNotOverflow() {
        ScatterChart chart;
        FeatureMatrix m(40, 2);
        std::vector<int> labels(40);
        for (int i = 0; i < 40; ++i) {
            m(static_cast<std::size_t>(i), 0) = i;
            m(static_cast<std::size_t>(i), 1) = i % 7;
            labels[static_cast<std::size_t>(i)] = i;
        }
        chart.setData(std::move(m), std::move(labels), {0.7, 0.3});
        const QImage img = render(chart, QSize(500, 300));
        QVERIFY(!img.isNull());
        QVERIFY(chart.legend().hiddenCount() > 0);
        QVERIFY(chart.legend().bounds().bottom() <= 300 - 14 + 0.5);
        QCOMPARE(inkAtEdges(img), 0);
        saveShot(img, QStringLiteral("scatter-40-segments.png"));
    }

    void resultOverloadAcceptsNull() {
        ScatterChart chart;
        chart.setData(std::shared_ptr<const seg::run::SegmentationResult>());
        QVERIFY(!render(chart, QSize(300, 200)).isNull());
        QVERIFY(!chart.hasData());
    }

    // Nothing touches the edge of a slide-sized output at 96 and 144 dpi.
    void nothingAtTheEdges() {
        auto chart = makeMallChart();
        for (const int dpi : {96, 144}) {
            const QImage img = render(*chart, QSize(1920, 1080), dpi);
            saveShot(img, QStringLiteral("scatter-1920x1080@%1.png").arg(dpi));
            QCOMPARE(inkAtEdges(img), 0);
        }
    }

    // Issue 9: the Map as PDF had its title cut at the top, tick labels overprinted, arrow labels cut
    // ("ual Income (") and the legend cut at the right.
    void pdfAndPrintOutputsFit() {
        if (!hasTool(QStringLiteral("pdftoppm")) || !hasTool(QStringLiteral("pdftotext")))
            QSKIP("poppler-utils (pdftoppm, pdftotext) are not installed");
        auto chart = makeMallChart();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
        seg::chart::exportChart(*chart, pdf, ExportOptions{ExportFormat::Pdf, QSize(1920, 1080), 144});
        const QList<QImage> pages = pdfPages(pdf, 96);
        QCOMPARE(pages.size(), 1);
        saveShot(pages[0], QStringLiteral("scatter-pdf-page.png"));
        QCOMPARE(inkAtEdges(pages[0]), 0);
        // 1920 x 1080 at 144 dpi is a page of 13.33 x 7.5 in: 1280 x 720 at 96 dpi.
        QVERIFY(std::abs(pages[0].width() - 1280) <= 2 && std::abs(pages[0].height() - 720) <= 2);
        const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
        QVERIFY2(text.contains(QStringLiteral("Customer segments, PC1 vs PC2")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Annual Income (k$)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Wealthy big spenders (the target group)")) ||
                text.contains(QStringLiteral("Wealthy big spenders")));

        // The same chart on a printer-like PDF at 1200 dpi (report pages): laid out for it, fonts scale.
        const QString print = dir.filePath(QStringLiteral("print.pdf"));
        {
            QPdfWriter writer(print);
            writer.setResolution(1200);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageOrientation(QPageLayout::Landscape);
            writer.setPageMargins(QMarginsF());
            QPainter painter(&writer);
            const QRectF page(0, 0, writer.width(), writer.height());
            drawChart(*chart, painter, page);
            QVERIFY(std::abs(chart->scale() - 1200.0 / 96.0) < 1e-9);
            // The title is about 12.5 times as tall as on a 96 dpi image.
            QVERIFY(chart->titleRect().height() > 10 * 13.0);
            for (const QRectF& r : chart->arrowLabelRects())
                QVERIFY(chart->plotRect().contains(r));
            QVERIFY(page.contains(chart->legend().bounds()));
        }
        const QList<QImage> printed = pdfPages(print, 96);
        QCOMPARE(printed.size(), 1);
        saveShot(printed[0], QStringLiteral("scatter-pdf-1200dpi.png"));
        QCOMPARE(inkAtEdges(printed[0]), 0);
        QVERIFY(runTool(QStringLiteral("pdftotext"), {print, QStringLiteral("-")})
                    .simplified()
                    .contains(QStringLiteral("Customer segments, PC1 vs PC2")));
    }

    void printResolutionPngFits() {
        auto chart = makeMallChart();
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("map.png"));
        seg::chart::exportChart(*chart, png, ExportOptions{ExportFormat::Png, QSize(1920, 1080), 300});
        const QImage img(png);
        QCOMPARE(img.size(), QSize(1920, 1080));
        saveShot(img, QStringLiteral("scatter-300dpi.png"));
        QCOMPARE(inkAtEdges(img), 0);
        // The chart is laid out for that image: every legend name whole, every arrow label inside the plot.
        QCOMPARE(chart->legend().hiddenCount(), 0);
        for (int i = 0; i < chart->legend().items().size(); ++i)
            QCOMPARE(chart->legend().itemText(i).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                     chart->legend().items()[i].text);
        QVERIFY(chart->legend().bounds().right() <= 1920 - 14 * 300 / 96.0 + 0.5);
        QCOMPARE(chart->arrowLabels().size(), 6);
        QVERIFY(chart->arrowLabels().contains(QStringLiteral("Annual Income (k$)")));
        for (const QRectF& r : chart->arrowLabelRects())
            QVERIFY2(chart->plotRect().contains(r),
                     qPrintable(
                         QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));
        // Tick labels do not overprint each other, and stay inside the image.
        for (const auto& rects : {chart->xTickLabelRects(), chart->yTickLabelRects()}) {
            QVERIFY(rects.size() >= 2);
            for (std::size_t i = 1; i < rects.size(); ++i)
                QVERIFY(!rects[i].intersects(rects[i - 1]));
            for (const QRectF& r : rects)
                QVERIFY(QRectF(0, 0, 1920, 1080).contains(r));
        }
        // The title is complete.
        QCOMPARE(chart->titleLines().join(QLatin1Char(' ')), chart->displayTitle());
    }

    // Issue 9: in a PDF or SVG the points are an image at print resolution (not 96 dpi); text stays text.
    void vectorOutputsKeepPointsSharp() {
        auto chart = makeMallChart();
        const ExportOptions options{ExportFormat::Svg, QSize(1920, 1080), 144};
        const QByteArray svg = seg::chart::renderChartSvg(*chart, options.size, options.dpi);
        const QRectF plot = chart->plotRect();  // as laid out for the SVG, in its units (144 dpi)
        QVERIFY(svg.contains("Customer segments, PC1 vs PC2"));
        QVERIFY(svg.contains("PC1 (45.0% of variance)"));
        static const QRegularExpression kImage(
            QStringLiteral("<image[^>]*xlink:href=\"data:image/png;base64,([^\"]+)\""));
        const auto match = kImage.match(QString::fromLatin1(svg));
        QVERIFY(match.hasMatch());
        const QImage points = QImage::fromData(QByteArray::fromBase64(match.captured(1).toLatin1()), "PNG");
        QVERIFY(!points.isNull());
        // 300 dpi on a 144 dpi layout: about 2.08 image pixels per unit.
        QVERIFY2(points.width() >= plot.width() * 2.0, qPrintable(QString::number(points.width())));
        QVERIFY(points.height() >= plot.height() * 2.0);
        QVERIFY(std::abs(ScatterChart::vectorPointsDpi(QSizeF(1000, 800), 144) - 300.0) < 1e-9);
        // Capped for memory: a wall-sized page gets fewer dots per inch, never more than the cap in pixels.
        const double big = ScatterChart::vectorPointsDpi(QSizeF(20000, 20000), 96);
        QVERIFY(big < 300 && std::pow(20000 / 96.0 * big, 2) <= 8.1e6);

        if (!hasTool(QStringLiteral("pdfimages"))) QSKIP("poppler-utils (pdfimages) are not installed");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
        seg::chart::exportChart(*chart, pdf, ExportOptions{ExportFormat::Pdf, QSize(1920, 1080), 144});
        const QString list = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        // page num type width height ...: the largest image is the points layer.
        int widest = 0;
        for (const QString& line : list.split(QLatin1Char('\n')).mid(2)) {
            const QStringList f = line.simplified().split(QLatin1Char(' '));
            if (f.size() > 4) widest = std::max(widest, f[3].toInt());
        }
        QVERIFY2(widest >= plot.width() * 2.0, qPrintable(list));
    }

    // Issue 9: outputs show every segment in full colour unless a highlight is set; a selection or highlight
    // that was cleared is not baked into the cached points.
    void outputsInFullColourUnlessHighlighted() {
        auto chart = makeChart();
        auto allFull = [&](const QImage& img) {
            for (int s = 0; s < 3; ++s)
                if (bestDistance(img, chart->mapToChart(kCentres[s] + QPointF(0.4, 0)), paletteColor(s)) >=
                    40)
                    return false;
            return true;
        };
        QVERIFY(allFull(render(*chart, kSize)));
        chart->setSelectedRows(blobRows(0));
        QVERIFY(!allFull(render(*chart, kSize)));
        chart->setSelectedRows({});
        QVERIFY(allFull(render(*chart, kSize)));
        chart->setHighlight(1);
        QVERIFY(!allFull(render(*chart, kSize)));
        chart->setHighlight(kNoSegment);
        QVERIFY(allFull(render(*chart, kSize)));
        // The same through a file, and in the legend: no entry is faded.
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("map.png"));
        seg::chart::exportChart(*chart, png, ExportOptions{ExportFormat::Png, kSize, 96});
        QVERIFY(allFull(QImage(png).convertToFormat(QImage::Format_ARGB32)));
        for (const auto& item : chart->legend().items())
            QVERIFY(!item.faded);
        // A highlight set after the layout fades the legend too, without a new layout.
        (void)render(*chart, kSize);
        chart->setHighlight(0);
        QImage canvas(kSize, QImage::Format_ARGB32_Premultiplied);
        canvas.fill(Qt::white);
        {
            QPainter painter(&canvas);
            chart->paint(painter);
        }
        const QRectF swatch = chart->legend().itemRect(1);
        QCOMPARE(countColor(canvas, swatch.toAlignedRect(), paletteColor(1)), 0);
        QVERIFY(countColor(canvas, chart->legend().itemRect(0).toAlignedRect(), paletteColor(0)) > 0);
    }
};

QTEST_MAIN(TestScatterChart)
#include "tst_scatterchart.moc"
