// KDistanceView: the sorted k-distance curve, its knee and suggested eps, the current eps line, clicking a
// height to pick eps, and degenerate curves. Screenshots go to SEGMENTLAB_SCREENSHOT_DIR.
#include <QDir>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>
#include <limits>

#include "views/KDistanceView.h"

using seg::cluster::KDistanceCurve;
using seg::ui::KDistanceView;

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

void saveShot(const QImage& image, const QString& name) {
    const QString dir = qEnvironmentVariable("SEGMENTLAB_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    QVERIFY(image.save(QDir(dir).filePath(name)));
}

int countColor(const QImage& image, const QRect& area, const QColor& color) {
    int count = 0;
    const QRgb want = color.rgb();
    for (int y = std::max(area.top(), 0); y <= std::min(area.bottom(), image.height() - 1); ++y)
        for (int x = std::max(area.left(), 0); x <= std::min(area.right(), image.width() - 1); ++x)
            if ((image.pixel(x, y) & 0xFFFFFF) == (want & 0xFFFFFF)) ++count;
    return count;
}

}  // namespace

class TestKDistanceView : public QObject {
    Q_OBJECT

private slots:
    void drawsCurveKneeAndEps() {
        KDistanceView view;
        const KDistanceCurve c = curve();
        QVERIFY(c.kneeIndex > 400 && c.kneeIndex < 600);
        view.setCurve(c);
        const QSize size(760, 480);
        const QImage withoutEps = view.render(size);
        QVERIFY(countColor(withoutEps, withoutEps.rect(), KDistanceView::lineColor()) > 300);
        QVERIFY(countColor(withoutEps, withoutEps.rect(), KDistanceView::kneeColor()) > 40);
        QCOMPARE(countColor(withoutEps, withoutEps.rect(), KDistanceView::epsColor()), 0);
        view.setEps(0.9);
        QCOMPARE(view.eps(), 0.9);
        const QImage image = view.render(size);
        // The eps line runs across the plot at its height.
        const QRectF plot = view.plotRect(QRectF(QPointF(0, 0), QSizeF(size)), &image);
        QVERIFY(countColor(image, image.rect(), KDistanceView::epsColor()) > int(plot.width()));
        saveShot(image, QStringLiteral("kdistance.png"));
        saveShot(view.render(size, 2.0), QStringLiteral("kdistance@2x.png"));
    }

    void clickPicksEpsWithinTheCurve() {
        KDistanceView view;
        view.resize(760, 480);
        const KDistanceCurve c = curve();
        view.setCurve(c);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &KDistanceView::epsPicked);
        const QRectF plot = view.plotRect(view.rect());
        const double target = 0.8;
        const int y = int(std::lround(view.yForDistance(target)));
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(int(plot.center().x()), y));
        QCOMPARE(spy.count(), 1);
        const double eps = spy.last().at(0).toDouble();
        QVERIFY(eps >= c.distances.front() && eps <= c.distances.back());
        QVERIFY(std::abs(eps - target) < 0.05);
        QCOMPARE(view.eps(), eps);
        // Above the curve's top, the pick is held to its largest distance; below, to its smallest.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(int(plot.center().x()), int(plot.top()) + 1));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(0).toDouble(), c.distances.back());
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(int(plot.center().x()), int(plot.bottom()) - 1));
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.last().at(0).toDouble(), c.distances.front());
        // Outside the plot: nothing.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(spy.count(), 3);
        QVERIFY(view.toolTipAt(plot.center()).contains(QStringLiteral("Distance")));
    }

    void largeSampledCurve() {
        KDistanceView view;
        KDistanceCurve c = curve(20000, 10);
        c.sampled = 20000;
        view.setCurve(c);
        view.setEps(c.suggestedEps * 0.7);
        const QImage image = view.render(QSize(900, 520));
        QVERIFY(countColor(image, image.rect(), KDistanceView::lineColor()) > 300);
        saveShot(image, QStringLiteral("kdistance-sampled.png"));
    }

    void degenerateCurvesDoNotCrash() {
        KDistanceView view;
        view.resize(600, 400);
        QSignalSpy spy(&view, &KDistanceView::epsPicked);
        saveShot(view.render(QSize(600, 400)), QStringLiteral("kdistance-empty.png"));
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.rect().center());
        QCOMPARE(spy.count(), 0);
        QVERIFY(view.toolTipAt(view.rect().center()).isEmpty());

        KDistanceCurve one;
        one.k = 1;
        one.distances = {0.0};
        view.setCurve(one);
        (void)view.render(QSize(600, 400));
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.plotRect(view.rect()).center().toPoint());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).toDouble(), 0.0);

        KDistanceCurve flat;
        flat.k = 2;
        flat.distances.assign(50, 0.0);
        view.setCurve(flat);
        view.setEps(0.5);
        (void)view.render(QSize(600, 400));

        KDistanceCurve bad = curve(100, 3);
        bad.distances[40] = std::numeric_limits<double>::quiet_NaN();
        bad.kneeIndex = 1000;  // out of range: no knee drawn
        view.setCurve(bad);
        view.setEps(std::numeric_limits<double>::quiet_NaN());
        (void)view.render(QSize(600, 400));
        (void)view.render(QSize(30, 20));
        (void)view.render(QSize(1, 1));
    }
};

QTEST_MAIN(TestKDistanceView)
#include "tst_kdistanceview.moc"
