// DendrogramView: segment colours as cutByK numbers them, the draggable cut line snapping to heightRangeForK,
// Up/Down keys, SciPy's lastp truncation, and degenerate trees. Screenshots go to SEGMENTLAB_SCREENSHOT_DIR.
#include <QDir>
#include <QSignalSpy>
#include <QtTest>
#include <random>
#include <set>

#include "views/DendrogramView.h"
#include "views/SegmentPalette.h"

using seg::cluster::HierarchicalResult;
using seg::ui::DendrogramView;
using seg::ui::SegmentPalette;

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

void saveShot(const QImage& image, const QString& name) {
    const QString dir = qEnvironmentVariable("SEGMENTLAB_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    QVERIFY(image.save(QDir(dir).filePath(name)));
}

// Pixels of exactly `color` inside `area` (antialiasing blends edges, but a 2 px line always has a core of
// exact pixels).
int countColor(const QImage& image, const QRect& area, const QColor& color) {
    int count = 0;
    const QRgb want = color.rgb();
    for (int y = std::max(area.top(), 0); y <= std::min(area.bottom(), image.height() - 1); ++y)
        for (int x = std::max(area.left(), 0); x <= std::min(area.right(), image.width() - 1); ++x)
            if ((image.pixel(x, y) & 0xFFFFFF) == (want & 0xFFFFFF)) ++count;
    return count;
}

}  // namespace

class TestDendrogramView : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const HierarchicalResult> m_small;
    std::shared_ptr<const HierarchicalResult> m_big;

private slots:
    void initTestCase() {
        m_small = fit(blobs(10, 3, 0.4, 7));
        m_big = fit(blobs(1000, 5, 2.0, 11));
    }

    void coloursFollowCutByK() {
        DendrogramView view;
        view.setResult(m_small);
        view.setK(3);
        QCOMPARE(view.k(), 3);
        QCOMPARE(view.effectiveK(), 3);
        const QSize size(900, 560);
        const QImage image = view.render(size);
        saveShot(image, "dendrogram-small-k3.png");
        const QRect plot = view.plotRect(QRectF(QPointF(0, 0), QSizeF(size)), &image).toAlignedRect();
        for (int segment = 0; segment < 3; ++segment)
            QVERIFY2(countColor(image, plot, SegmentPalette::color(segment)) > 100,
                     qPrintable(QString("segment %1").arg(segment)));
        QCOMPARE(countColor(image, plot, SegmentPalette::color(3)), 0);
        // Every leaf's colour is cutByK's label of that row.
        const std::vector<int> labels = seg::cluster::cutByK(*m_small, 3);
        QCOMPARE(std::set<int>(labels.begin(), labels.end()).size(), std::size_t(3));
        QCOMPARE(view.drawnLeaves().size(), std::size_t(30));
        // A hi-DPI render draws the same chart at twice the pixels.
        const QImage hiDpi = view.render(size, 2.0);
        QCOMPARE(hiDpi.size(), size * 2);
    }

    void dragCutLine() {
        DendrogramView view;
        view.resize(800, 520);
        view.setResult(m_small);
        view.setK(3);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto range3 = seg::cluster::heightRangeForK(*m_small, 3);
        QVERIFY(range3.exists);
        QCOMPARE(view.cutHeight(), (range3.low + range3.high) / 2);
        const auto range2 = seg::cluster::heightRangeForK(*m_small, 2);
        QVERIFY(range2.exists);

        QSignalSpy kSpy(&view, &DendrogramView::kChanged);
        QSignalSpy heightSpy(&view, &DendrogramView::cutHeightChanged);
        const int x = view.width() / 2;
        const QPoint from(x, qRound(view.yForHeight(view.cutHeight())));
        // A point inside k = 2's interval but away from its middle, so snapping is visible.
        const QPoint to(x, qRound(view.yForHeight(range2.low + 0.8 * (range2.high - range2.low))));
        QTest::mouseMove(&view, from);
        QCOMPARE(view.cursor().shape(), Qt::SplitVCursor);
        QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(&view, QPoint(x, (from.y() + to.y()) / 2));
        QTest::mouseMove(&view, to);
        QCOMPARE(view.k(), 2);  // live, before the button is released
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, to);
        QVERIFY(!kSpy.isEmpty());
        QCOMPARE(kSpy.last().at(0).toInt(), 2);
        QVERIFY(!heightSpy.isEmpty());
        QCOMPARE(view.cutHeight(), (range2.low + range2.high) / 2);
        QCOMPARE(heightSpy.last().at(0).toDouble(), view.cutHeight());

        // Pressing away from the line does not grab it.
        kSpy.clear();
        QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, QPoint(x, view.height() - 5));
        QTest::mouseMove(&view, QPoint(x, view.height() / 2));
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(x, view.height() / 2));
        QVERIFY(kSpy.isEmpty());
    }

    void keysChangeK() {
        DendrogramView view;
        view.setResult(m_small);
        view.setK(3);
        QSignalSpy kSpy(&view, &DendrogramView::kChanged);
        QTest::keyClick(&view, Qt::Key_Up);  // the line moves up: fewer segments
        QCOMPARE(view.k(), 2);
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.k(), 4);
        QCOMPARE(kSpy.count(), 3);
        const auto range4 = seg::cluster::heightRangeForK(*m_small, 4);
        QCOMPARE(view.cutHeight(), (range4.low + range4.high) / 2);
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.k(), 1);
        QVERIFY(view.cutHeight() > m_small->linkage.back().height);
    }

    void toolTipOnRoot() {
        DendrogramView view;
        view.resize(800, 520);
        view.setResult(m_small);
        view.setK(3);
        const QRectF plot = view.plotRect(QRectF(view.rect()));
        const QString tip =
            view.toolTipAt(QPointF(plot.center().x(), view.yForHeight(m_small->linkage.back().height)));
        QVERIFY2(tip.contains("30"), qPrintable(tip));
        QVERIFY(view.toolTipAt(QPointF(2, 2)).isEmpty());
    }

    void truncatesAsLastp() {
        DendrogramView view;
        view.setResult(m_big);
        view.setK(5);
        QVERIFY(view.isTruncated());
        QCOMPARE(view.effectiveK(), 5);
        const auto& leaves = view.drawnLeaves();
        QVERIFY(leaves.size() <= std::size_t(DendrogramView::kDefaultTruncateP));
        QCOMPARE(leaves.size(), std::size_t(DendrogramView::kDefaultTruncateP));
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
        const QImage image = view.render(QSize(1000, 600));
        saveShot(image, "dendrogram-5000-k5.png");
        const QRect plot = view.plotRect(QRectF(0, 0, 1000, 600), &image).toAlignedRect();
        for (int segment = 0; segment < 5; ++segment)
            QVERIFY(countColor(image, plot, SegmentPalette::color(segment)) > 50);
        // k beyond what the truncated chart shows is clamped to p.
        view.setK(500);
        QCOMPARE(view.k(), DendrogramView::kDefaultTruncateP);
        view.setTruncateP(10);
        QCOMPARE(view.drawnLeaves().size(), std::size_t(10));
        QCOMPARE(view.k(), 10);
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
            // fitHierarchical refuses one row; the view must still cope with a one-leaf tree.
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
        DendrogramView view;
        view.resize(600, 400);
        view.setResult(result);
        view.setK(3);
        QVERIFY(view.k() >= 1);
        QVERIFY(view.effectiveK() <= std::max<int>(1, int(result->leaves())));
        if (identical) QCOMPARE(view.effectiveK(), 1);
        std::size_t sum = 0;
        for (const auto& leaf : view.drawnLeaves())
            sum += leaf.customers;
        QCOMPARE(sum, std::size_t(rows));
        const QImage image = view.render(QSize(600, 400), 1.5);
        QVERIFY(!image.isNull());
        saveShot(image, QString("dendrogram-%1.png").arg(QTest::currentDataTag()).replace(' ', '-'));
        QTest::keyClick(&view, Qt::Key_Down);
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.effectiveK(), 1);
        (void)view.toolTipAt(QPointF(300, 200));
        view.setResult(nullptr);
        (void)view.render(QSize(300, 200));
    }
};

QTEST_MAIN(TestDendrogramView)
#include "tst_dendrogramview.moc"
