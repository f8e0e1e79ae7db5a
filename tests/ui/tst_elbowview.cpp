// ElbowView: small multiples of a k sweep's criteria, the recommended-k band, the current k, clicking a k,
// NaN and degenerate sweeps. Screenshots go to SEGMENTLAB_SCREENSHOT_DIR.
#include <QDir>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>
#include <limits>

#include "views/ElbowView.h"

using seg::run::Criterion;
using seg::run::SweepResult;
using seg::ui::ElbowView;

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

std::shared_ptr<const SweepResult> shared(SweepResult r) {
    return std::make_shared<const SweepResult>(std::move(r));
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

// A one-pixel-wide column at `x` down the plot of `panel`.
QRect column(const QRectF& plot, double x) {
    return QRect(int(std::lround(x)), int(plot.top()) + 1, 1, int(plot.height()) - 2);
}

}  // namespace

class TestElbowView : public QObject {
    Q_OBJECT

private slots:
    void drawsPanelsWithTheirColours() {
        ElbowView view;
        view.setSweep(shared(kmeansSweep()));
        view.setCurrentK(6);
        QCOMPARE(view.panelCount(), 4);  // BIC all NaN: no panel
        const QSize size(960, 620);
        const QImage image = view.render(size);
        QCOMPARE(image.size(), size);
        const QRect all(QPoint(0, 0), size);
        QVERIFY(countColor(image, all, ElbowView::lineColor()) > 200);
        QVERIFY(countColor(image, all, ElbowView::bestColor()) > 40);
        QVERIFY(countColor(image, all, ElbowView::bandColor()) > 500);
        saveShot(image, QStringLiteral("elbow.png"));
        saveShot(view.render(size, 2.0), QStringLiteral("elbow@2x.png"));
    }

    void recommendedBandInEveryPanel() {
        ElbowView view;
        view.setSweep(shared(kmeansSweep()));
        const QSize size(900, 600);
        const QImage image = view.render(size);
        const QRectF bounds(QPointF(0, 0), QSizeF(size));
        for (int p = 0; p < view.panelCount(); ++p) {
            const QRectF plot = view.plotRect(p, bounds, &image);
            QVERIFY(plot.isValid());
            // Beside the line (a little off the k's centre), the band's colour fills the column...
            const double x4 = view.xForK(4, p, bounds, &image);
            QVERIFY(countColor(image, column(plot, x4 + 8), ElbowView::bandColor()) > plot.height() / 2);
            // ...and nowhere near another k.
            const double x8 = view.xForK(8, p, bounds, &image);
            QCOMPARE(countColor(image, column(plot, x8 + 8), ElbowView::bandColor()), 0);
        }
    }

    void currentKIsMarked() {
        ElbowView view;
        view.setSweep(shared(kmeansSweep()));
        const QSize size(900, 600);
        const QRectF bounds(QPointF(0, 0), QSizeF(size));
        const QImage before = view.render(size);
        const double x = view.xForK(8, 1, bounds, &before);
        const QRectF plot = view.plotRect(1, bounds, &before);
        const QRect strip(int(x) - 1, int(plot.top()), 3, int(plot.height()));
        view.setCurrentK(8);
        QCOMPARE(view.currentK(), 8);
        const QImage after = view.render(size);
        // The dashed line is antialiased at a fractional x: count dark pixels rather than one exact colour.
        auto dark = [&](const QImage& image) {
            int count = 0;
            for (int y = strip.top(); y <= strip.bottom(); ++y)
                for (int x = strip.left(); x <= strip.right(); ++x)
                    if (qGray(image.pixel(x, y)) < 140) ++count;
            return count;
        };
        QVERIFY(dark(after) > dark(before) + int(plot.height() / 4));
    }

    void clickingAKEmitsIt() {
        ElbowView view;
        view.resize(900, 600);
        view.setSweep(shared(kmeansSweep()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &ElbowView::kClicked);
        for (int p = 0; p < view.panelCount(); ++p) {
            const QRectF plot = view.plotRect(p, view.rect());
            const int k = 5 + p;
            const double x = view.xForK(k, p, view.rect());
            QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(int(std::lround(x)), int(plot.center().y())));
            QCOMPARE(spy.count(), p + 1);
            QCOMPARE(spy.last().at(0).toInt(), k);
            QVERIFY(view.toolTipAt(QPointF(x, plot.center().y())).contains(QStringLiteral("k = %1").arg(k)));
        }
        // Clicking the title emits nothing.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(30, 20));
        QCOMPARE(spy.count(), view.panelCount());
        QVERIFY(view.toolTipAt(QPointF(30, 20)).isEmpty());
    }

    void mixturesShowBic() {
        ElbowView view;
        view.setSweep(shared(mixtureSweep()));
        QCOMPARE(view.panelCount(), 5);
        QCOMPARE(view.panelTitle(4), QStringLiteral("BIC"));
        view.setCurrentK(5);
        const QImage wide = view.render(QSize(1100, 620));
        QVERIFY(countColor(wide, wide.rect(), ElbowView::bandColor()) > 500);
        saveShot(wide, QStringLiteral("elbow-gmm.png"));
        const QImage tall = view.render(QSize(560, 780));
        QVERIFY(countColor(tall, tall.rect(), ElbowView::lineColor()) > 200);
        saveShot(tall, QStringLiteral("elbow-gmm-tall.png"));
    }

    void nanValuesAreSkipped() {
        SweepResult r = kmeansSweep();
        r.silhouette[1] = kNaN;
        r.silhouette[5] = kNaN;
        r.inertia[0] = std::numeric_limits<double>::infinity();
        for (double& v : r.calinskiHarabasz)
            v = kNaN;
        ElbowView view;
        view.setSweep(shared(r));
        QCOMPARE(view.panelCount(), 3);
        const QImage image = view.render(QSize(800, 520));
        QVERIFY(countColor(image, image.rect(), ElbowView::lineColor()) > 100);
        saveShot(image, QStringLiteral("elbow-nan.png"));
        // The tooltip of a missing value says so.
        view.resize(800, 520);
        const QRectF plot = view.plotRect(1, view.rect());
        const double x = view.xForK(3, 1, view.rect());
        QVERIFY(view.toolTipAt(QPointF(x, plot.center().y())).contains(QStringLiteral("not computed")));
    }

    void degenerateSweepsDoNotCrash() {
        ElbowView view;
        view.resize(600, 400);
        QSignalSpy spy(&view, &ElbowView::kClicked);
        (void)view.render(QSize(600, 400));  // no sweep at all
        view.setSweep(nullptr);
        saveShot(view.render(QSize(600, 400)), QStringLiteral("elbow-empty.png"));
        view.setSweep(shared(SweepResult{}));
        QCOMPARE(view.panelCount(), 0);
        (void)view.render(QSize(600, 400));
        QCOMPARE(view.kAt(QPointF(300, 200)), 0);
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(300, 200));
        QCOMPARE(spy.count(), 0);

        // One k: one point per panel, the band on it.
        SweepResult one;
        one.k = {3};
        one.inertia = {120.0};
        one.silhouette = {0.4};
        one.calinskiHarabasz = {50.0};
        one.daviesBouldin = {0.9};
        one.bic = {kNaN};
        one.recommendedK = 3;
        view.setSweep(shared(one));
        QCOMPARE(view.panelCount(), 4);
        const QImage image = view.render(QSize(600, 400));
        QVERIFY(countColor(image, image.rect(), ElbowView::bandColor()) > 100);
        saveShot(image, QStringLiteral("elbow-one.png"));
        const double x = view.xForK(3, 0, view.rect());
        QCOMPARE(view.kAt(QPointF(x, view.plotRect(0, view.rect()).center().y())), 3);

        // Ragged vectors, a recommended k outside the sweep, a tiny render, all-equal values.
        SweepResult ragged = kmeansSweep();
        ragged.inertia.resize(3);
        ragged.daviesBouldin.clear();
        ragged.silhouette.assign(ragged.k.size(), 0.5);
        ragged.recommendedK = 42;
        view.setSweep(shared(ragged));
        (void)view.render(QSize(600, 400));
        (void)view.render(QSize(40, 30));
        (void)view.render(QSize(1, 1));
    }
};

QTEST_MAIN(TestElbowView)
#include "tst_elbowview.moc"
