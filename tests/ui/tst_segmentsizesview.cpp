// SegmentSizesView: bars in segment colours with locale-formatted counts and shares, noise as grey, clicks,
// highlight, degenerate inputs. Screenshots go to SEGMENTLAB_SCREENSHOT_DIR.
#include <QDir>
#include <QSignalSpy>
#include <QtTest>

#include "views/SegmentPalette.h"
#include "views/SegmentSizesView.h"

using seg::ui::SegmentPalette;
using seg::ui::SegmentSizesView;

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

}  // namespace

class TestSegmentSizesView : public QObject {
    Q_OBJECT

private slots:
    void barsInSegmentColours() {
        SegmentSizesView view;
        view.setSizes({12840, 5321, 30210, 977}, 1502);
        QCOMPARE(view.total(), std::size_t(12840 + 5321 + 30210 + 977 + 1502));
        const QSize size(640, 420);
        const QImage image = view.render(size);
        saveShot(image, "sizes-5.png");
        const QRectF bounds(QPointF(0, 0), QSizeF(size));
        for (int c = 0; c < 4; ++c) {
            const QRect bar = view.barRect(c, bounds, &image).toAlignedRect();
            QVERIFY(!bar.isEmpty());
            QVERIFY2(countColor(image, bar, SegmentPalette::color(c)) > 20, qPrintable(QString::number(c)));
        }
        const QRect noise = view.barRect(-1, bounds, &image).toAlignedRect();
        QVERIFY(countColor(image, noise, SegmentPalette::noise()) > 20);
        // Bar lengths are proportional to the counts.
        const qreal w0 = view.barRect(0, bounds, &image).width();
        const qreal w2 = view.barRect(2, bounds, &image).width();
        QVERIFY(std::abs(w0 / w2 - 12840.0 / 30210.0) < 1e-6);
        saveShot(view.render(size, 2.0), "sizes-5@2x.png");
    }

    void namesAndNoNoise() {
        SegmentSizesView view;
        view.setSizes({300, 200}, 0, {QStringLiteral("Bargain hunters"), QString()});
        QCOMPARE(view.segmentName(0), QStringLiteral("Bargain hunters"));
        QCOMPARE(view.segmentName(1), QStringLiteral("Segment 2"));
        const QImage image = view.render(QSize(600, 300));
        saveShot(image, "sizes-named.png");
        QVERIFY(view.barRect(-1, QRectF(0, 0, 600, 300), &image).isEmpty());
        QCOMPARE(view.segmentName(-1), QStringLiteral("Outliers"));
    }

    void clickSelectsSegment() {
        SegmentSizesView view;
        view.resize(640, 420);
        view.setSizes({100, 400, 250}, 50);
        QSignalSpy spy(&view, &SegmentSizesView::segmentClicked);
        for (int c = 0; c < 3; ++c) {
            const QRectF bar = view.barRect(c, view.rect());
            QTest::mouseClick(&view, Qt::LeftButton, {}, bar.center().toPoint());
            QCOMPARE(spy.count(), c + 1);
            QCOMPARE(spy.last().at(0).toInt(), c);
        }
        // The noise row is not a segment, but a click on it asks for the outliers: -1.
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.barRect(-1, view.rect()).center().toPoint());
        QCOMPARE(spy.count(), 4);
        QCOMPARE(spy.last().at(0).toInt(), -1);
        QCOMPARE(view.segmentAt(view.barRect(-1, view.rect()).center(), view.rect()), -1);
        // Outside every row (the title): nothing.
        QCOMPARE(view.segmentAt(QPointF(20, 5), view.rect()), SegmentSizesView::NoSegment);
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(20, 5));
        QCOMPARE(spy.count(), 4);
        view.highlightSegment(2);
        QCOMPARE(view.highlightedSegment(), 2);
        const QImage image = view.render(QSize(640, 420));
        saveShot(image, "sizes-highlight.png");
        QVERIFY(countColor(image, image.rect(), SegmentPalette::color(2)) > 20);
        QCOMPARE(countColor(image, image.rect(), SegmentPalette::color(0)), 0);
    }

    // A big export with few segments: bars thicker than the old 30 px cap (but not slabs), evenly spaced,
    // inside the chart, with their value labels clear of the right edge.
    void barsGrowWithRoom() {
        SegmentSizesView view;
        view.setSizes({812, 455, 733});
        for (const QSize size : {QSize(1200, 1200), QSize(1600, 1000), QSize(900, 500)}) {
            const QImage image = view.render(size);
            const QRectF bounds(QPointF(0, 0), QSizeF(size));
            const QString where = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            QRectF previous;
            for (int c = 0; c < 3; ++c) {
                const QRectF bar = view.barRect(c, bounds, &image);
                QVERIFY2(bar.height() > 40 && bar.height() <= 90, qPrintable(where));
                QVERIFY(bounds.contains(bar));
                if (c > 0) {
                    const qreal gap = bar.top() - previous.bottom();
                    QVERIFY2(gap > 0.2 * bar.height() && gap < bar.height(), qPrintable(where));
                }
                previous = bar;
                QVERIFY2(countColor(image, bar.adjusted(2, 2, -2, -2).toAlignedRect(),
                                    SegmentPalette::color(c)) > int(bar.width() * 20),
                         qPrintable(where));
                const QRectF label = view.valueLabelRect(c, bounds, &image);
                QVERIFY(!label.isEmpty());
                QVERIFY(label.left() > bar.right());
                QVERIFY2(label.right() <= size.width() - 20,
                         qPrintable(where + QStringLiteral(": label ends at %1").arg(label.right())));
            }
            // Nothing drawn in the right-hand margin.
            QCOMPARE(countColor(image, QRect(size.width() - 12, 0, 12, size.height()), Qt::white),
                     12 * size.height());
            // The bars sit in the chart, neither stuck to the title nor to the bottom edge.
            QVERIFY(view.barRect(0, bounds, &image).top() > 40);
            QVERIFY(view.barRect(2, bounds, &image).bottom() < size.height() - 60);
        }
    }

    // With a long name and noise, every value label still fits, at every size.
    void valueLabelsFit() {
        SegmentSizesView view;
        view.setSizes({512, 388, 30100, 455}, 200, {QStringLiteral("Lapsed bargain hunters")});
        for (const QSize size : {QSize(1600, 1000), QSize(900, 500), QSize(500, 350), QSize(640, 420)}) {
            const QImage image = view.render(size);
            const QRectF bounds(QPointF(0, 0), QSizeF(size));
            for (int c = -1; c < 4; ++c) {
                const QRectF label = view.valueLabelRect(c, bounds, &image);
                QVERIFY(!label.isEmpty());
                QVERIFY2(label.right() <= size.width() - 14,
                         qPrintable(QStringLiteral("%1x%2: %3").arg(size.width()).arg(size.height()).arg(c)));
            }
        }
        QVERIFY(view.valueLabelRect(7, QRectF(0, 0, 640, 420)).isEmpty());
    }

    // Export and meeting-room sizes, for review.
    void screenshots() {
        SegmentSizesView view;
        for (const QSize size : {QSize(1600, 1000), QSize(1200, 1200), QSize(900, 500), QSize(500, 350)}) {
            const QString suffix = QStringLiteral("%1x%2.png").arg(size.width()).arg(size.height());
            view.setSizes({812, 455, 733});
            saveShot(view.render(size), QStringLiteral("sizes-3-") + suffix);
            view.setSizes({512, 388, 301, 455, 144}, 200,
                          {QStringLiteral("Loyal regulars"), QStringLiteral("Lapsed bargain hunters")});
            saveShot(view.render(size), QStringLiteral("sizes-5-noise-") + suffix);
        }
    }

    void degenerateInputs() {
        SegmentSizesView view;
        QImage image = view.render(QSize(500, 300));
        saveShot(image, "sizes-empty.png");
        view.setSizes({42});
        image = view.render(QSize(500, 300));
        saveShot(image, "sizes-one.png");
        QVERIFY(countColor(image, image.rect(), SegmentPalette::color(0)) > 20);
        view.setSizes({0, 0, 0});
        QVERIFY(!view.render(QSize(500, 300)).isNull());
        view.setSizes({}, 17);
        QVERIFY(!view.render(QSize(500, 300)).isNull());
        std::vector<std::size_t> many(60);
        for (std::size_t i = 0; i < many.size(); ++i)
            many[i] = 1000 + 37 * i;
        view.setSizes(many, 5);
        image = view.render(QSize(640, 420));
        saveShot(image, "sizes-60.png");
        QVERIFY(!view.render(QSize(30, 20)).isNull());
        QVERIFY(!view.render(QSize(1, 1)).isNull());
        view.resize(200, 150);
        view.grab();
    }
};

QTEST_MAIN(TestSegmentSizesView)
#include "tst_segmentsizesview.moc"
