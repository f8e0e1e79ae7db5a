// Tests of the PCA scatter view: its pixels, hover, rubber-band selection, zoom, pan, components and
// highlighting, on three well-separated blobs whose rows are known; and degenerate data that must not crash.
#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>
#include <limits>
#include <random>

#include "run/Segmentation.h"
#include "views/PcaScatterView.h"
#include "views/SegmentPalette.h"

using seg::FeatureMatrix;
using seg::ui::PcaScatterView;
using seg::ui::SegmentPalette;

namespace {

constexpr int kPerBlob = 1000;
const QPointF kCentres[3] = {{-5, -5}, {5, -5}, {0, 5}};

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

}  // namespace

class TestPcaScatterView : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PcaScatterView> makeView() {
        auto view = std::make_unique<PcaScatterView>();
        view->resize(900, 650);
        Blobs b = makeBlobs();
        view->setData(std::move(b.projection), std::move(b.labels), {0.5, 0.3, 0.2});
        return view;
    }

    static void shoot(const PcaScatterView& view, const QString& name) {
        const QString dir = qEnvironmentVariable("SEGMENTLAB_SCREENSHOT_DIR");
        if (dir.isEmpty()) return;
        QDir().mkpath(dir);
        QVERIFY(view.render(view.size()).save(dir + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void renderShowsSegmentColours() {
        auto view = makeView();
        const QImage img = view->render(view->size());
        QCOMPARE(img.size(), view->size());
        for (int s = 0; s < 3; ++s) {
            // Beside the centroid marker, inside the dense core of the blob.
            const QPointF at = view->mapToWidget(kCentres[s] + QPointF(0.4, 0.0));
            const QColor want = SegmentPalette::color(s);
            QVERIFY2(bestDistance(img, at, want) < 40, qPrintable(QStringLiteral("segment %1").arg(s)));
            for (int o = 0; o < 3; ++o)
                if (o != s) QVERIFY(bestDistance(img, at, SegmentPalette::color(o), 0) > 60);
        }
        // Empty space stays white.
        QCOMPARE(img.pixelColor(view->mapToWidget(QPointF(-5, 5)).toPoint()), QColor(Qt::white));
        shoot(*view, QStringLiteral("scatter-3blobs.png"));
    }

    void renderAtHighDpi() {
        auto view = makeView();
        const QImage img = view->render(QSize(400, 300), 2.0);
        QCOMPARE(img.size(), QSize(800, 600));
    }

    void hoverFindsNearestRow() {
        auto view = makeView();
        for (int row : {0, 1234, 2999}) {
            const Blobs b = makeBlobs();
            const double* p = b.projection.row(static_cast<std::size_t>(row));
            QCOMPARE(view->rowAt(view->mapToWidget(QPointF(p[0], p[1]))), row);
        }
        QCOMPARE(view->rowAt(view->mapToWidget(QPointF(-5, 5))), -1);
        QCOMPARE(view->rowAt(QPointF(-100, -100)), -1);
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
        PcaScatterView view;
        view.resize(900, 650);
        Blobs b = makeBlobs();
        std::vector<std::size_t> rowMap(b.labels.size());
        for (std::size_t i = 0; i < rowMap.size(); ++i)
            rowMap[i] = i + static_cast<std::size_t>(offset);
        view.setData(std::move(b.projection), std::move(b.labels), {0.5, 0.3, 0.2}, rowMap);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRectF range = view.visibleRange();
        QSignalSpy spy(&view, &PcaScatterView::selectionChanged);
        const QPoint from = view.mapToWidget(kCentres[blob] + QPointF(-2.5, 2.5)).toPoint();
        const QPoint to = view.mapToWidget(kCentres[blob] + QPointF(2.5, -2.5)).toPoint();
        QTest::mousePress(&view, Qt::LeftButton, Qt::ShiftModifier, from);
        QTest::mouseMove(&view, (from + to) / 2);
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::ShiftModifier, to);
        QCOMPARE(spy.count(), 1);
        const auto rows = spy.at(0).at(0).value<QVector<int>>();
        QCOMPARE(rows, blobRows(blob, offset));
        QCOMPARE(view.selectedRows(), blobRows(blob, offset));
        // The range was not panned by the Shift-drag.
        QCOMPARE(view.visibleRange(), range);
        shoot(view, QStringLiteral("scatter-selection-%1.png").arg(blob));
    }

    void setSelectedRowsRoundTrips() {
        auto view = makeView();
        view->setSelectedRows(blobRows(1));
        QCOMPARE(view->selectedRows(), blobRows(1));
        const QImage img = view->render(view->size());
        // Unselected blobs fade towards grey; the selected one keeps its colour.
        QVERIFY(bestDistance(img, view->mapToWidget(kCentres[1] + QPointF(0.4, 0)),
                             SegmentPalette::color(1)) < 40);
        QVERIFY(bestDistance(img, view->mapToWidget(kCentres[0] + QPointF(0.4, 0)), SegmentPalette::color(0),
                             0) > 80);
        view->setSelectedRows({-3, 999999});
        QVERIFY(view->selectedRows().isEmpty());
    }

    void wheelZoomsAroundCursor() {
        auto view = makeView();
        const QRectF before = view->visibleRange();
        const QPointF anchorData(5, -5);
        const QPointF pos = view->mapToWidget(anchorData);
        QWheelEvent wheel(pos, view->mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.get(), &wheel);
        const QRectF after = view->visibleRange();
        QVERIFY(after.width() < before.width() * 0.9);
        QVERIFY(after.height() < before.height() * 0.9);
        // The point under the cursor stays under the cursor.
        const QPointF moved = view->mapToWidget(anchorData);
        QVERIFY(std::abs(moved.x() - pos.x()) < 1.0 && std::abs(moved.y() - pos.y()) < 1.0);

        QTest::keyClick(view.get(), Qt::Key_Minus);
        QVERIFY(view->visibleRange().width() > after.width());
        const QRectF zoomedOut = view->visibleRange();
        QTest::keyClick(view.get(), Qt::Key_Right);
        QVERIFY(view->visibleRange().left() > zoomedOut.left());
        QCOMPARE(view->visibleRange().width(), zoomedOut.width());
        QTest::keyClick(view.get(), Qt::Key_Home);
        QCOMPARE(view->visibleRange(), before);
    }

    void dragPans() {
        auto view = makeView();
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        const QRectF before = view->visibleRange();
        QTest::mousePress(view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(400, 300));
        QTest::mouseMove(view.get(), QPoint(450, 300));
        QTest::mouseRelease(view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(500, 300));
        QVERIFY(view->visibleRange().left() < before.left());
        QCOMPARE(view->visibleRange().width(), before.width());
        QTest::mouseDClick(view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(400, 300));
        QCOMPARE(view->visibleRange(), before);
    }

    void setComponentsSwitchesAxes() {
        auto view = makeView();
        QCOMPARE(view->axisTitle(Qt::Horizontal), QStringLiteral("PC1 (50.0% of variance)"));
        QCOMPARE(view->axisTitle(Qt::Vertical), QStringLiteral("PC2 (30.0% of variance)"));
        view->setComponents(2, 0);
        QCOMPARE(view->axisTitle(Qt::Horizontal), QStringLiteral("PC3 (20.0% of variance)"));
        QCOMPARE(view->axisTitle(Qt::Vertical), QStringLiteral("PC1 (50.0% of variance)"));
        // PC1 is now vertical: blob 2 (PC1 = 0) sits between the others vertically.
        QVERIFY(view->visibleRange().height() > 10);
        view->setComponents(7, -1);  // clamped
        QCOMPARE(view->componentX(), 2);
        QCOMPARE(view->componentY(), 0);
    }

    void highlightFadesOthers() {
        auto view = makeView();
        view->highlightSegment(2);
        QCOMPARE(view->highlightedSegment(), 2);
        const QImage img = view->render(view->size());
        QVERIFY(bestDistance(img, view->mapToWidget(kCentres[2] + QPointF(0.4, 0)),
                             SegmentPalette::color(2)) < 40);
        for (int s : {0, 1})
            QVERIFY(bestDistance(img, view->mapToWidget(kCentres[s] + QPointF(0.4, 0)),
                                 SegmentPalette::color(s), 0) > 80);
        shoot(*view, QStringLiteral("scatter-highlight.png"));
        view->highlightSegment(-1);
        const QImage back = view->render(view->size());
        QVERIFY(bestDistance(back, view->mapToWidget(kCentres[0] + QPointF(0.4, 0)),
                             SegmentPalette::color(0)) < 40);
    }

    void namesAndLoadings() {
        auto view = makeView();
        QCOMPARE(view->segmentName(1), QStringLiteral("Segment 2"));
        QCOMPARE(view->segmentName(-1), QStringLiteral("Outliers"));
        view->setSegmentNames({QStringLiteral("Bargain hunters"), QString(), QStringLiteral("Loyal")});
        QCOMPARE(view->segmentName(0), QStringLiteral("Bargain hunters"));
        QCOMPARE(view->segmentName(1), QStringLiteral("Segment 2"));
        FeatureMatrix loadings(3, 4);
        loadings.names = {"annual_spend", "orders", "recency_days", "basket"};
        for (std::size_t r = 0; r < 3; ++r)
            for (std::size_t f = 0; f < 4; ++f)
                loadings(r, f) = std::cos(1.0 + static_cast<double>(r + 2 * f));
        view->setLoadings(loadings);
        view->setShowLoadings(true);
        QVERIFY(view->showLoadings());
        const QImage img = view->render(view->size());
        QVERIFY(!img.isNull());
        shoot(*view, QStringLiteral("scatter-biplot.png"));
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
        PcaScatterView view;
        view.resize(600, 400);
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
        view.setData(std::move(m), std::move(labels), {});
        QVERIFY(view.visibleRange().width() > 0);
        QVERIFY(view.visibleRange().height() > 0);
        QVERIFY(!view.render(view.size()).isNull());
        QVERIFY(!view.render(QSize(200, 150), 2.0).isNull());
        view.zoomBy(2.0, QPointF(300, 200));
        view.setComponents(1, 0);
        QVERIFY(!view.render(view.size()).isNull());
        view.resetView();
        if (kind == 1 || kind == 2)
            QCOMPARE(view.rowAt(view.mapToWidget(QPointF(kind == 2 ? 3.0 : 0.0, kind == 2 ? 3.0 : 0.0))), 0);
        // A rubber band over everything never selects unplottable rows.
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &PcaScatterView::selectionChanged);
        QTest::mousePress(&view, Qt::LeftButton, Qt::ShiftModifier, QPoint(1, 1));
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::ShiftModifier, QPoint(599, 399));
        QCOMPARE(spy.count(), 1);
        const auto selected = spy.at(0).at(0).value<QVector<int>>();
        const int expected = kind == 0 || kind == 4 ? 0 : kind == 3 ? rows / 2 : rows;
        QCOMPARE(selected.size(), expected);
        for (int r : selected)
            if (kind == 3) QVERIFY(r % 2 == 0);
        shoot(view, QStringLiteral("scatter-degenerate-%1.png").arg(kind));
    }

    void hoverShowsTooltipWithIdentifier() {
        auto view = makeView();
        view->setRowDescriber([](int row) { return QStringLiteral("Customer C-%1").arg(row); });
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        const Blobs b = makeBlobs();
        const double* p = b.projection.row(1500);
        QTest::mouseMove(view.get(), view->mapToWidget(QPointF(p[0], p[1])).toPoint());
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Customer C-1500")), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QStringLiteral("Segment 2")));
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
        PcaScatterView view;
        view.resize(900, 650);
        view.setData(std::shared_ptr<const seg::run::SegmentationResult>(result));
        QCOMPARE(view.axisTitle(Qt::Horizontal), QStringLiteral("PC1 (60.0% of variance)"));
        QCOMPARE(view.rowAt(view.mapToWidget(QPointF(b.projection(10, 0), b.projection(10, 1)))), 20);
        view.setSelectedRows({20, 22, 21});  // 21 was dropped by preparation
        QCOMPARE(view.selectedRows(), (QVector<int>{20, 22}));
        view.setShowLoadings(true);
        QVERIFY(!view.render(view.size()).isNull());
    }

    void manySegmentsLegendDoesNotOverflow() {
        PcaScatterView view;
        view.resize(500, 300);
        FeatureMatrix m(40, 2);
        std::vector<int> labels(40);
        for (int i = 0; i < 40; ++i) {
            m(static_cast<std::size_t>(i), 0) = i;
            m(static_cast<std::size_t>(i), 1) = i % 7;
            labels[static_cast<std::size_t>(i)] = i;
        }
        view.setData(std::move(m), std::move(labels), {0.7, 0.3});
        QVERIFY(!view.render(view.size()).isNull());
        shoot(view, QStringLiteral("scatter-40-segments.png"));
    }

    void resultOverloadAcceptsNull() {
        PcaScatterView view;
        view.setData(std::shared_ptr<const seg::run::SegmentationResult>());
        QVERIFY(!view.render(QSize(300, 200)).isNull());
    }
};

QTEST_MAIN(TestPcaScatterView)
#include "tst_pcascatterview.moc"
