// SilhouetteView: bands in segment colours, the average line at the mean, clicks on a band, NaN and noise
// rows left out, 1,000,000 rows, degenerate inputs. Screenshots go to SEGMENTLAB_SCREENSHOT_DIR.
#include <QDir>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>
#include <limits>
#include <random>

#include "views/SegmentPalette.h"
#include "views/SilhouetteView.h"

using seg::ui::SegmentPalette;
using seg::ui::SilhouetteView;

namespace {

void saveShot(const QImage& image, const QString& name) {
    const QString dir = qEnvironmentVariable("SEGMENTLAB_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    QVERIFY(image.save(QDir(dir).filePath(name)));
}

int countColor(const QImage& image, const QRect& area, const QColor& color) {
    int count = 0;
    const QRgb want = color.rgb() & 0xFFFFFF;
    for (int y = std::max(area.top(), 0); y <= std::min(area.bottom(), image.height() - 1); ++y)
        for (int x = std::max(area.left(), 0); x <= std::min(area.right(), image.width() - 1); ++x)
            if ((image.pixel(x, y) & 0xFFFFFF) == want) ++count;
    return count;
}

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

}  // namespace

class TestSilhouetteView : public QObject {
    Q_OBJECT

private slots:
    void bandsInSegmentColours() {
        std::vector<double> values;
        std::vector<int> labels;
        makeData(4, 120, 3, values, labels);
        SilhouetteView view;
        view.setSilhouette(values, labels);
        QCOMPARE(view.segments(), (std::vector<int>{0, 1, 2, 3}));
        const QSize size(760, 560);
        const QImage image = view.render(size);
        saveShot(image, "silhouette-4.png");
        const QRectF bounds(QPointF(0, 0), QSizeF(size));
        for (int c = 0; c < 4; ++c) {
            const QRect band = view.bandRect(c, bounds, &image).toAlignedRect();
            QVERIFY(!band.isEmpty());
            QVERIFY2(countColor(image, band, SegmentPalette::color(c)) > 50, qPrintable(QString::number(c)));
        }
        // Bands are stacked top to bottom without overlapping.
        for (int c = 1; c < 4; ++c)
            QVERIFY(view.bandRect(c, bounds, &image).top() > view.bandRect(c - 1, bounds, &image).bottom());
        // High DPI draws the same colours.
        const QImage hi = view.render(size, 2.0);
        saveShot(hi, "silhouette-4@2x.png");
        QVERIFY(countColor(hi, hi.rect(), SegmentPalette::color(3)) > 200);
    }

    void averageLineAtMean() {
        std::vector<double> values;
        std::vector<int> labels;
        makeData(3, 200, 5, values, labels);
        double sum = 0.0;
        for (double v : values)
            sum += v;
        const double mean = sum / double(values.size());
        SilhouetteView view;
        view.setSilhouette(values, labels);
        QVERIFY(std::abs(view.average() - mean) < 1e-9);
        const QSize size(700, 500);
        const QImage image = view.render(size);
        const QRectF bounds(QPointF(0, 0), QSizeF(size));
        const QRectF plot = view.plotRect(bounds, &image);
        const qreal x = view.xForValue(mean, bounds, &image);
        // x is linear in the value: -1 or the axis start at the left, 1 at the right.
        QVERIFY(std::abs(view.xForValue(1.0, bounds, &image) - plot.right()) < 1e-6);
        const qreal unit = (view.xForValue(1.0, bounds, &image) - view.xForValue(0.0, bounds, &image));
        QVERIFY(std::abs(x - (view.xForValue(0.0, bounds, &image) + mean * unit)) < 1e-6);
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
    }

    void clickSelectsSegment() {
        std::vector<double> values;
        std::vector<int> labels;
        makeData(3, 100, 9, values, labels);
        SilhouetteView view;
        view.resize(700, 500);
        view.setSilhouette(values, labels);
        QSignalSpy spy(&view, &SilhouetteView::segmentClicked);
        for (int c = 0; c < 3; ++c) {
            const QRectF band = view.bandRect(c, view.rect());
            QTest::mouseClick(&view, Qt::LeftButton, {}, band.center().toPoint());
            QCOMPARE(spy.count(), c + 1);
            QCOMPARE(spy.last().at(0).toInt(), c);
        }
        // Outside every band: nothing.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(spy.count(), 3);

        view.highlightSegment(1);
        QCOMPARE(view.highlightedSegment(), 1);
        const QImage image = view.render(QSize(700, 500));
        saveShot(image, "silhouette-highlight.png");
        QVERIFY(countColor(image, image.rect(), SegmentPalette::color(1)) > 50);
        QCOMPARE(countColor(image, image.rect(), SegmentPalette::color(0)), 0);
    }

    void nanAndNoiseSkipped() {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const std::vector<double> values{0.5, nan, 0.7, 0.2, nan, 0.9, 0.1};
        const std::vector<int> labels{0, 0, 1, 1, 1, -1, 0};
        SilhouetteView view;
        view.setSilhouette(values, labels, true);
        QCOMPARE(view.rowsScored(), std::size_t(4));
        QVERIFY(std::abs(view.average() - (0.5 + 0.7 + 0.2 + 0.1) / 4.0) < 1e-12);
        QVERIFY(view.isSampled());
        const QImage image = view.render(QSize(600, 400));
        saveShot(image, "silhouette-sampled.png");
        QVERIFY(countColor(image, image.rect(), SegmentPalette::color(1)) > 0);
        // A segment with no scored row is not drawn; mismatched lengths clear the view.
        view.setSilhouette({nan, 0.4}, {0, 1});
        QCOMPARE(view.segments(), std::vector<int>{1});
        view.setSilhouette({0.4}, {0, 1});
        QVERIFY(view.isEmpty());
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
        SilhouetteView view;
        QElapsedTimer timer;
        timer.start();
        view.setSilhouette(values, labels, false);
        const QImage image = view.render(QSize(900, 640));
        qInfo("1,000,000 rows: set and render in %lld ms", static_cast<long long>(timer.elapsed()));
        saveShot(image, "silhouette-1m.png");
        QCOMPARE(view.rowsScored(), n);
        for (int c = 0; c < 6; ++c)
            QVERIFY(countColor(image, image.rect(), SegmentPalette::color(c)) > 100);
    }

    void degenerateInputs() {
        SilhouetteView view;
        QVERIFY(view.isEmpty());
        QImage image = view.render(QSize(500, 360));
        saveShot(image, "silhouette-empty.png");
        view.setSilhouette({}, {});
        QVERIFY(view.isEmpty());
        view.render(QSize(500, 360));
        view.setSilhouette({0.3, 0.6, 0.5}, {0, 0, 0});
        image = view.render(QSize(500, 360));
        saveShot(image, "silhouette-one.png");
        QVERIFY(countColor(image, image.rect(), SegmentPalette::color(0)) > 50);
        view.setSilhouette(std::vector<double>(50, 0.0), std::vector<int>(50, 1));
        QCOMPARE(view.average(), 0.0);
        view.render(QSize(500, 360));
        view.setSilhouette({0.2, 0.3}, {-1, -1});
        QVERIFY(view.isEmpty());
        view.render(QSize(500, 360));
        // Tiny and huge sizes do not crash.
        view.setSilhouette({0.3, -0.9, 0.5}, {0, 1, 2});
        view.render(QSize(40, 30));
        view.render(QSize(1, 1));
        view.render(QSize(3000, 200));
        view.resize(300, 200);
        view.grab();
    }
};

QTEST_MAIN(TestSilhouetteView)
#include "tst_silhouetteview.moc"
