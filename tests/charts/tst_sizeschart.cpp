// SizesChart: bars in segment colours with locale-formatted counts and shares of all customers, outliers as
// grey, hit testing, highlight, sorting, long names wrapped, degenerate inputs. Screenshots go to
// SEGMENTLAB_SCREENSHOT_DIR.
#include <QtTest>

#include "ChartTest.h"
#include "SizesChart.h"

using seg::chart::Hit;
using seg::chart::kNoSegment;
using seg::chart::outlierColor;
using seg::chart::paletteColor;
using seg::chart::SegmentLook;
using seg::chart::SizesChart;
using seg::test::countColor;
using seg::test::render;
using seg::test::saveShot;

class TestSizesChart : public QObject {
    Q_OBJECT

private slots:
    void barsInSegmentColours() {
        SizesChart chart;
        chart.setSizes({12840, 5321, 30210, 977}, 1502);
        QCOMPARE(chart.total(), std::size_t(12840 + 5321 + 30210 + 977 + 1502));
        const QImage image = render(chart, QSize(640, 420));
        saveShot(image, "sizes-5.png");
        for (int c = 0; c < 4; ++c) {
            const QRect bar = chart.barRect(c).toAlignedRect();
            QVERIFY(!bar.isEmpty());
            QVERIFY2(countColor(image, bar, paletteColor(c)) > 20, qPrintable(QString::number(c)));
        }
        QVERIFY(countColor(image, chart.barRect(-1).toAlignedRect(), outlierColor()) > 20);
        // Bar lengths are proportional to the counts.
        QVERIFY(std::abs(chart.barRect(0).width() / chart.barRect(2).width() - 12840.0 / 30210.0) < 1e-6);
        saveShot(render(chart, QSize(1280, 840), 192), "sizes-5@2x.png");
    }

    // One rule for shares: of every customer in the table, said where shown; tiny shares never read 0.0%.
    void sharesOfAllCustomers() {
        SizesChart chart;
        chart.setSizes({500, 300, 1}, 100, 2000);  // 1,099 rows left out for missing values
        QCOMPARE(chart.total(), std::size_t(2000));
        QCOMPARE(chart.valueText(500), QStringLiteral("500 (25.0%)"));
        QVERIFY(chart.subtitle().contains(QStringLiteral("2,000")));
        QVERIFY(chart.subtitle().contains(QStringLiteral("all")));
        SizesChart big;
        big.setSizes({999'000, 1}, 0, 1'000'000);
        QCOMPARE(big.valueText(1), QStringLiteral("1 (<0.1%)"));
        QCOMPARE(big.valueText(999'000), QStringLiteral("999,000 (99.9%)"));
    }

    void namesAndNoOutliers() {
        SizesChart chart;
        SegmentLook look;
        look.names = {QStringLiteral("Bargain hunters"), QString()};
        chart.setSegments(look);
        chart.setSizes({300, 200});
        QCOMPARE(chart.segments().name(0), QStringLiteral("Bargain hunters"));
        QCOMPARE(chart.segments().name(1), QStringLiteral("Segment 2"));
        const QImage image = render(chart, QSize(600, 300));
        saveShot(image, "sizes-named.png");
        QVERIFY(chart.barRect(-1).isEmpty());
        QCOMPARE(chart.segments().name(-1), QStringLiteral("Outliers"));
        QCOMPARE(chart.labelLines(0), QStringList{QStringLiteral("Bargain hunters")});
    }

    void hitTestFindsSegments() {
        SizesChart chart;
        chart.setSizes({100, 400, 250}, 50);
        (void)render(chart, QSize(640, 420));
        for (int c = 0; c < 3; ++c) {
            const Hit hit = chart.hitTest(chart.barRect(c).center());
            QCOMPARE(hit.kind, Hit::Kind::Segment);
            QCOMPARE(hit.segment, c);
            QVERIFY(hit.toolTip.contains(QStringLiteral("of all customers")));
        }
        // The outliers' row is not a segment, but a click on it asks for the outliers: -1.
        QCOMPARE(chart.hitTest(chart.barRect(-1).center()).segment, -1);
        // Outside every row (the title): nothing.
        QCOMPARE(chart.segmentAt(QPointF(20, 5)), kNoSegment);
        QCOMPARE(chart.hitTest(QPointF(20, 5)).kind, Hit::Kind::None);
        chart.setHighlight(2);
        QCOMPARE(chart.highlight(), 2);
        const QImage image = render(chart, QSize(640, 420));
        saveShot(image, "sizes-highlight.png");
        QVERIFY(countColor(image, image.rect(), paletteColor(2)) > 20);
        QCOMPARE(countColor(image, image.rect(), paletteColor(0)), 0);
        chart.setHighlight(kNoSegment);
        QVERIFY(countColor(render(chart, QSize(640, 420)), image.rect(), paletteColor(0)) > 20);
    }

    void sortsBySize() {
        SizesChart chart;
        chart.setSizes({100, 400, 250}, 50);
        chart.setOrder(SizesChart::Order::Largest);
        (void)render(chart, QSize(640, 420));
        QVERIFY(chart.barRect(1).top() < chart.barRect(2).top());
        QVERIFY(chart.barRect(2).top() < chart.barRect(0).top());
        QVERIFY(chart.barRect(0).top() < chart.barRect(-1).top());  // outliers stay last
        QCOMPARE(chart.hitTest(chart.barRect(1).center()).segment, 1);
    }

    // Long names wrap onto a second line where rows have room, instead of being cut.
    void longNamesWrap() {
        SizesChart chart;
        SegmentLook look;
        look.names = {QStringLiteral("High total spend, high orders per year, low days since last purchase"),
                      QStringLiteral("Lapsed")};
        chart.setSegments(look);
        chart.setSizes({512, 388});
        const QImage image = render(chart, QSize(900, 500));
        saveShot(image, "sizes-long-names.png");
        const QStringList lines = chart.labelLines(0);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.join(QLatin1Char(' ')).startsWith(QStringLiteral("High total spend, high orders")));
    }

    // A big export with few segments: thick bars (but not slabs), evenly spaced, inside the chart, with
    // their value labels clear of the right edge.
    void barsGrowWithRoom() {
        SizesChart chart;
        chart.setSizes({812, 455, 733});
        for (const QSize size : {QSize(1200, 1200), QSize(1600, 1000), QSize(900, 500)}) {
            const QImage image = render(chart, size);
            const QRectF bounds(QPointF(0, 0), QSizeF(size));
            const QString where = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            QRectF previous;
            for (int c = 0; c < 3; ++c) {
                const QRectF bar = chart.barRect(c);
                QVERIFY2(bar.height() > 40 && bar.height() <= 90, qPrintable(where));
                QVERIFY(bounds.contains(bar));
                if (c > 0) {
                    const qreal gap = bar.top() - previous.bottom();
                    QVERIFY2(gap > 0.2 * bar.height() && gap < bar.height(), qPrintable(where));
                }
                previous = bar;
                QVERIFY2(countColor(image, bar.adjusted(2, 2, -2, -2).toAlignedRect(), paletteColor(c)) >
                             int(bar.width() * 20),
                         qPrintable(where));
                const QRectF label = chart.valueLabelRect(c);
                QVERIFY(!label.isEmpty());
                QVERIFY(label.left() > bar.right());
                QVERIFY2(label.right() <= size.width() - 20,
                         qPrintable(where + QStringLiteral(": label ends at %1").arg(label.right())));
            }
            // Nothing drawn in the right-hand margin.
            QCOMPARE(countColor(image, QRect(size.width() - 12, 0, 12, size.height()), Qt::white),
                     12 * size.height());
            QVERIFY(chart.barRect(0).top() > 40);
            QVERIFY(chart.barRect(2).bottom() < size.height() - 60);
        }
    }

    // With a long name and outliers, every value label still fits, at every size and DPI.
    void valueLabelsFit() {
        SizesChart chart;
        SegmentLook look;
        look.names = {QStringLiteral("Lapsed bargain hunters")};
        chart.setSegments(look);
        chart.setSizes({512, 388, 30100, 455}, 200);
        for (const QSize size : {QSize(1600, 1000), QSize(900, 500), QSize(500, 350), QSize(640, 420)}) {
            for (const int dpi : {96, 144, 300}) {
                const QImage image = render(chart, size, dpi);
                const qreal margin = 14.0 * dpi / 96.0;
                for (int c = -1; c < 4; ++c) {
                    const QRectF label = chart.valueLabelRect(c);
                    if (dpi == 300 && size.height() < 600) continue;  // thin rows may drop values
                    QVERIFY(!label.isEmpty());
                    QVERIFY2(label.right() <= size.width() - margin + 0.5,
                             qPrintable(QStringLiteral("%1x%2@%3: %4")
                                            .arg(size.width())
                                            .arg(size.height())
                                            .arg(dpi)
                                            .arg(c)));
                }
            }
        }
        QVERIFY(chart.valueLabelRect(7).isEmpty());
    }

    void degenerateInputs() {
        SizesChart chart;
        QImage image = render(chart, QSize(500, 300));
        saveShot(image, "sizes-empty.png");
        QVERIFY(!chart.hasData());
        chart.setSizes({42});
        image = render(chart, QSize(500, 300));
        QVERIFY(countColor(image, image.rect(), paletteColor(0)) > 20);
        chart.setSizes({0, 0, 0});
        QVERIFY(!render(chart, QSize(500, 300)).isNull());
        chart.setSizes({}, 17);
        QVERIFY(!render(chart, QSize(500, 300)).isNull());
        std::vector<std::size_t> many(60);
        for (std::size_t i = 0; i < many.size(); ++i)
            many[i] = 1000 + 37 * i;
        chart.setSizes(many, 5);
        saveShot(render(chart, QSize(640, 420)), "sizes-60.png");
        QVERIFY(!render(chart, QSize(30, 20)).isNull());
        QVERIFY(!render(chart, QSize(1, 1)).isNull());
    }
};

QTEST_MAIN(TestSizesChart)
#include "tst_sizeschart.moc"
