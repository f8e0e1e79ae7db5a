// HeatmapChart: per-segment means and standardised differences (missing cells, noise and left-out rows
// skipped, constant features), shares of all customers, the diverging colours drawn, sorting by calls and by
// clicks on headers, hit testing and linked-view notifications, compact number labels, empty input; every
// cell shows its value however narrow, long names wrap, nothing touches the image's edge. Screenshots go to
// SEGMENTLAB_SCREENSHOT_DIR.
#include <QFontMetricsF>
#include <QtTest>
#include <cmath>
#include <random>

#include "Axis.h"
#include "ChartTest.h"
#include "HeatmapChart.h"
#include "Text.h"
#include "data/Import.h"
#include "run/Segmentation.h"

using seg::chart::HeatmapChart;
using seg::chart::Hit;
using seg::chart::kNoSegment;
using seg::chart::SegmentLook;
using seg::data::Column;
using seg::data::Table;
using seg::test::inkAtEdges;
using seg::test::render;
using seg::test::saveShot;

namespace {

constexpr double NaN = seg::data::kMissing;

// Three segments with known means; row 7 is noise, row 8 left out, and both carry outliers that would show
// if they were counted.
struct Fixture {
    std::shared_ptr<const Table> table;
    std::vector<int> labels{0, 0, 0, 1, 1, 2, 2, -1, -2};
    std::vector<std::string> features{"spend", "visits", "constant", "age"};
};

Fixture fixture() {
    auto table = std::make_shared<Table>();
    table->addColumn(Column::numbers("spend", {10, 20, NaN, 40, 60, 100, 100, 1000, 5000}));
    table->addColumn(Column::numbers("visits", {5, 5, 5, 1, 1, 3, 3, 100, 100}));
    table->addColumn(Column::numbers("constant", {7, 7, 7, 7, 7, 7, 7, 99, 99}));
    table->addColumn(Column::numbers("age", {30, NaN, 40, 50, 60, NaN, NaN, 99, 99}));
    Fixture f;
    f.table = table;
    return f;
}

// The sample customers segmented by k-means into 4 segments over its 8 numeric features, as the app shows
// them.
struct Customers {
    std::shared_ptr<const Table> table;
    std::vector<int> labels;
    std::vector<std::string> features{"age",
                                      "annual_income",
                                      "tenure_years",
                                      "orders_per_year",
                                      "avg_basket",
                                      "total_spend",
                                      "days_since_last_purchase",
                                      "email_open_rate"};
};

Customers customers() {
    Customers c;
    auto imported = seg::data::importTable(SEGMENTLAB_SOURCE_DIR "/resources/sample/customers.csv");
    c.table = std::make_shared<const Table>(std::move(imported.table));
    seg::run::SegmentationParams params;
    params.k = 4;
    params.prep.features = c.features;
    params.silhouette = false;
    c.labels = seg::run::runSegmentation(*c.table, params).rowLabels;
    return c;
}

// `k` segments x `nf` features whose means are awkward numbers to print (tiny, large, negative, billions),
// one row per segment so each mean is exactly the value.
struct Awkward {
    std::shared_ptr<const Table> table;
    std::vector<int> labels;
    std::vector<std::string> features;
};

Awkward awkward(int k, int nf) {
    static const double values[] = {0.0123456, 123456.789, -98765.4321, 1.5e9};
    Awkward a;
    auto table = std::make_shared<Table>();
    for (int f = 0; f < nf; ++f) {
        std::vector<double> column(std::size_t(k), 0.0);
        for (int s = 0; s < k; ++s)
            column[std::size_t(s)] = values[(s + f) % 4] * (1.0 + 0.01 * s);
        a.features.push_back("returns_rate_" + std::to_string(f));
        table->addColumn(Column::numbers(a.features.back(), column));
    }
    for (int s = 0; s < k; ++s)
        a.labels.push_back(s);
    a.table = table;
    return a;
}

// A pixel inside the cell away from its centred label.
QColor cellColour(const QImage& image, const QRectF& cell) {
    return image.pixelColor(int(cell.left()) + 4, int(cell.top()) + 4);
}

// Pixels inside `cell` (its outer pixel left out) that are clearly not its fill: the drawn text.
int inkInCell(const QImage& image, const QRectF& cell, const QColor& fill) {
    const QRect inner = cell.toAlignedRect().adjusted(2, 2, -2, -2);
    int count = 0;
    for (int y = std::max(inner.top(), 0); y <= std::min(inner.bottom(), image.height() - 1); ++y)
        for (int x = std::max(inner.left(), 0); x <= std::min(inner.right(), image.width() - 1); ++x) {
            const QColor c = image.pixelColor(x, y);
            const int d = std::max({std::abs(c.red() - fill.red()), std::abs(c.green() - fill.green()),
                                    std::abs(c.blue() - fill.blue())});
            if (d > 40) ++count;
        }
    return count;
}

// Counts the notifications a chart sends (what ChartWidget turns into activated(Hit)).
struct Listener {
    QList<Hit> hits;
    void attach(HeatmapChart& chart) {
        chart.setListener([this](const Hit& hit) { hits << hit; });
    }
};

void click(HeatmapChart& chart, QPointF pos, Qt::KeyboardModifiers modifiers = {}) {
    chart.mousePress(pos, Qt::LeftButton, modifiers);
    chart.mouseRelease(pos, Qt::LeftButton, modifiers);
}

}  // namespace

class TestHeatmapChart : public QObject {
    Q_OBJECT

private slots:
    void meansAndDifferences() {
        const Fixture f = fixture();
        HeatmapChart chart;
        chart.setProfile(f.table, f.labels, 3, f.features);
        QCOMPARE(chart.segmentCount(), 3);
        QCOMPARE(chart.featureCount(), 4);
        // Segment means in the column's units, missing cells skipped.
        QCOMPARE(chart.cellMean(0, 0), 15.0);
        QCOMPARE(chart.cellMean(1, 0), 50.0);
        QCOMPARE(chart.cellMean(2, 0), 100.0);
        QCOMPARE(chart.cellMean(0, 1), 5.0);
        QCOMPARE(chart.cellMean(1, 1), 1.0);
        QCOMPARE(chart.cellMean(2, 1), 3.0);
        QCOMPARE(chart.cellMean(0, 3), 35.0);
        QCOMPARE(chart.cellMean(1, 3), 55.0);
        // Overall: population sd over labelled rows only (noise and left-out outliers ignored).
        const std::vector<double> spend{10, 20, 40, 60, 100, 100};
        double mean = 0.0;
        for (double v : spend)
            mean += v;
        mean /= double(spend.size());
        double sq = 0.0;
        for (double v : spend)
            sq += (v - mean) * (v - mean);
        const double sd = std::sqrt(sq / double(spend.size()));
        QCOMPARE(chart.overallMean(0), 55.0);
        QVERIFY(std::abs(chart.overallSd(0) - sd) < 1e-12);
        QVERIFY(std::abs(chart.cellDifference(0, 0) - (15.0 - 55.0) / sd) < 1e-12);
        QVERIFY(std::abs(chart.cellDifference(1, 0) - (50.0 - 55.0) / sd) < 1e-12);
        QVERIFY(std::abs(chart.cellDifference(2, 0) - (100.0 - 55.0) / sd) < 1e-12);
        // visits: 5,5,5,1,1,3,3 -> mean 23/7.
        const double vm = 23.0 / 7.0;
        const double vsd =
            std::sqrt((3 * (5 - vm) * (5 - vm) + 2 * (1 - vm) * (1 - vm) + 2 * (3 - vm) * (3 - vm)) / 7);
        QVERIFY(std::abs(chart.overallMean(1) - vm) < 1e-12);
        QVERIFY(std::abs(chart.cellDifference(0, 1) - (5 - vm) / vsd) < 1e-12);
        // Sizes, and shares of ALL customers (issue 9: one rule for shares). The view divided by the rows
        // not left out (3/8); the table has 9 customers, the left-out one included.
        QCOMPARE(chart.segmentSize(0), std::size_t(3));
        QCOMPARE(chart.segmentSize(2), std::size_t(2));
        QCOMPARE(chart.totalCustomers(), std::size_t(9));
        QCOMPARE(chart.segmentShare(0), 3.0 / 9.0);
        // The caller's total wins (every customer in the file, e.g. rows dropped before the run).
        chart.setProfile(f.table, f.labels, 3, f.features, 12);
        QCOMPARE(chart.segmentShare(0), 3.0 / 12.0);
        QCOMPARE(chart.sizeText(0), QStringLiteral("3 · 25.0%"));
        chart.setProfile(f.table, f.labels, 3, f.features, 100000);
        QCOMPARE(chart.sizeText(2), QStringLiteral("2 · <0.1%"));  // never "0.0%"
    }

    void constantAndMissingFeatures() {
        const Fixture f = fixture();
        HeatmapChart chart;
        chart.setProfile(f.table, f.labels, 3, f.features);
        for (int s = 0; s < 3; ++s) {
            QCOMPARE(chart.cellMean(s, 2), 7.0);
            QCOMPARE(chart.cellDifference(s, 2), 0.0);
        }
        QCOMPARE(chart.overallSd(2), 0.0);
        // Segment 2 has no age at all: NaN, not 0, and never an exception.
        QVERIFY(std::isnan(chart.cellMean(2, 3)));
        QVERIFY(std::isnan(chart.cellDifference(2, 3)));
        QVERIFY(std::isfinite(chart.cellDifference(0, 3)));
        // An unknown column is all n/a; out-of-range queries are NaN.
        chart.setProfile(f.table, f.labels, 3, {"spend", "nope"});
        QVERIFY(std::isnan(chart.cellMean(0, 1)));
        QVERIFY(std::isnan(chart.overallMean(1)));
        QVERIFY(std::isnan(chart.cellMean(5, 0)));
        QVERIFY(std::isnan(chart.cellDifference(0, -1)));
        const QImage image = render(chart, QSize(700, 400));
        QVERIFY(!image.isNull());
        QCOMPARE(chart.cellText(0, 1), QStringLiteral("n/a"));
    }

    void coloursShowDirection() {
        const Fixture f = fixture();
        HeatmapChart chart;
        chart.setProfile(f.table, f.labels, 3, f.features);
        const QSize size(900, 480);
        const QImage image = render(chart, size);
        saveShot(image, "heatmap-fixture.png");
        // spend: segment 2 far above average (warm), segment 0 below (cool).
        const QColor warm = cellColour(image, chart.cellRect(2, 0));
        const QColor cool = cellColour(image, chart.cellRect(0, 0));
        QVERIFY2(warm.red() > warm.blue() + 60, qPrintable(warm.name()));
        QVERIFY2(cool.blue() > cool.red() + 60, qPrintable(cool.name()));
        // The constant feature is exactly white.
        for (int s = 0; s < 3; ++s) {
            const QRectF cell = chart.cellRect(s, 2);
            QVERIFY(cell.width() > 10 && cell.height() > 10);
            QCOMPARE(cellColour(image, cell).rgb() & 0xFFFFFF, QColor(Qt::white).rgb() & 0xFFFFFF);
        }
        // No data: a neutral grey, neither warm nor cool.
        const QColor none = cellColour(image, chart.cellRect(2, 3));
        QCOMPARE(none.red(), none.blue());
        QVERIFY(none.red() < 250);
    }

    void sorting() {
        const Fixture f = fixture();
        HeatmapChart chart;
        chart.setProfile(f.table, f.labels, 3, f.features);
        QCOMPARE(chart.rowOrder(), (std::vector<int>{0, 1, 2}));
        chart.sortRowsBy(0);
        QCOMPARE(chart.rowOrder(), (std::vector<int>{2, 1, 0}));
        chart.sortRowsBy(1);
        QCOMPARE(chart.rowOrder(), (std::vector<int>{0, 2, 1}));
        chart.sortRowsBy(1, Qt::AscendingOrder);
        QCOMPARE(chart.rowOrder(), (std::vector<int>{1, 2, 0}));
        // Segment 2: spend far above, constant 0, visits slightly below, age n/a (always last).
        chart.sortColumnsBy(2);
        QCOMPARE(chart.columnOrder(), (std::vector<int>{0, 2, 1, 3}));
        chart.sortColumnsBy(2, Qt::AscendingOrder);
        QCOMPARE(chart.columnOrder(), (std::vector<int>{1, 2, 0, 3}));
        // cellRect follows the display order.
        (void)render(chart, QSize(900, 480));
        QVERIFY(chart.cellRect(1, 0).top() < chart.cellRect(2, 0).top());
        chart.resetOrder();
        QCOMPARE(chart.rowOrder(), (std::vector<int>{0, 1, 2}));
        QCOMPARE(chart.columnOrder(), (std::vector<int>{0, 1, 2, 3}));
    }

    // The view's clicks (QTest on the widget) are now the chart's mouse handlers, as ChartWidget calls them.
    void clicksSortAndLink() {
        const Fixture f = fixture();
        HeatmapChart chart;
        chart.setProfile(f.table, f.labels, 3, f.features);
        (void)render(chart, QSize(900, 480));
        Listener listener;
        listener.attach(chart);
        // Clicking a feature header sorts the rows by it; clicking again reverses.
        const QPointF spendHeader = chart.columnHeaderRect(0).center();
        QCOMPARE(chart.featureAtColumnHeader(spendHeader), 0);
        const Hit sortHit = chart.hitTest(spendHeader);
        QCOMPARE(sortHit.kind, Hit::Kind::Sort);
        QCOMPARE(sortHit.segment, 0);
        QCOMPARE(sortHit.k, HeatmapChart::kSortRowsByFeature);
        QVERIFY(sortHit.toolTip.contains(QStringLiteral("spend")));
        QVERIFY(chart.mousePress(spendHeader, Qt::LeftButton, {}) == false);
        QVERIFY(chart.mouseRelease(spendHeader, Qt::LeftButton, {}));
        QCOMPARE(chart.rowSortFeature(), 0);
        QCOMPARE(chart.rowOrder(), (std::vector<int>{2, 1, 0}));
        click(chart, spendHeader);
        QCOMPARE(chart.rowOrder(), (std::vector<int>{0, 1, 2}));
        // A press on one header released on another is no click.
        chart.mousePress(spendHeader, Qt::LeftButton, {});
        chart.mouseRelease(chart.columnHeaderRect(1).center(), Qt::LeftButton, {});
        QCOMPARE(chart.rowSortFeature(), 0);
        QCOMPARE(chart.rowOrder(), (std::vector<int>{0, 1, 2}));
        // Clicking a segment header sorts the columns by it.
        (void)render(chart, QSize(900, 480));
        const Hit rowHit = chart.hitTest(chart.rowHeaderRect(2).center());
        QCOMPARE(rowHit.kind, Hit::Kind::Sort);
        QCOMPARE(rowHit.k, HeatmapChart::kSortColumnsBySegment);
        QCOMPARE(rowHit.segment, 2);
        click(chart, chart.rowHeaderRect(2).center());
        QCOMPARE(chart.columnSortSegment(), 2);
        QCOMPARE(chart.columnOrder(), (std::vector<int>{0, 2, 1, 3}));
        QVERIFY(listener.hits.isEmpty());
        // Ctrl+click selects the segment for linked views without re-sorting.
        (void)render(chart, QSize(900, 480));
        click(chart, chart.rowHeaderRect(1).center(), Qt::ControlModifier);
        QCOMPARE(listener.hits.size(), 1);
        QCOMPARE(listener.hits.at(0).kind, Hit::Kind::Segment);
        QCOMPARE(listener.hits.at(0).segment, 1);
        QCOMPARE(chart.highlightedSegment(), 1);
        QCOMPARE(chart.columnSortSegment(), 2);
        // A double click on a segment header activates it (press, release, double click, release).
        listener.hits.clear();
        const QPointF first = chart.rowHeaderRect(0).center();
        chart.mousePress(first, Qt::LeftButton, {});
        chart.mouseRelease(first, Qt::LeftButton, {});
        QVERIFY(chart.mouseDoubleClick(first));
        chart.mouseRelease(first, Qt::LeftButton, {});
        QCOMPARE(listener.hits.size(), 1);
        QCOMPARE(listener.hits.at(0).segment, 0);
        QCOMPARE(chart.highlightedSegment(), 0);
        chart.setHighlight(7);  // out of range: none
        QCOMPARE(chart.highlightedSegment(), -1);
        // A click on a cell is a click on its segment.
        (void)render(chart, QSize(900, 480));
        const Hit cellHit = chart.hitTest(chart.cellRect(2, 0).center());
        QCOMPARE(cellHit.kind, Hit::Kind::Segment);
        QCOMPARE(cellHit.segment, 2);
        // Tooltips name the segment, feature and both means.
        const QString tip = cellHit.toolTip;
        QVERIFY2(tip.contains(QStringLiteral("Segment 3")) && tip.contains(QStringLiteral("spend")) &&
                     tip.contains(QStringLiteral("100")) && tip.contains(QStringLiteral("55")) &&
                     tip.contains(QStringLiteral("sd")),
                 qPrintable(tip));
        // The row header's tooltip gives the size as a share of all customers.
        QVERIFY2(rowHit.toolTip.contains(QStringLiteral("22.2% of all customers")),
                 qPrintable(rowHit.toolTip));
        SegmentLook look;
        look.names = {QStringLiteral("Loyal"), QString(), QStringLiteral("Big spenders")};
        chart.setSegments(look);
        QCOMPARE(chart.segments().name(0), QStringLiteral("Loyal"));
        QCOMPARE(chart.segments().name(1), QStringLiteral("Segment 2"));
        (void)render(chart, QSize(900, 480));
        QVERIFY(
            chart.hitTest(chart.cellRect(2, 0).center()).toolTip.contains(QStringLiteral("Big spenders")));
        // Nothing under the title.
        QCOMPARE(chart.hitTest(QPointF(20, 5)).kind, Hit::Kind::None);
    }

    void compactNumbers() {
        const QLocale c(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(seg::chart::compactNumber(74812.0, c), QStringLiteral("74.8k"));
        QCOMPARE(seg::chart::compactNumber(1234567.0, c), QStringLiteral("1.23M"));
        QCOMPARE(seg::chart::compactNumber(999960.0, c), QStringLiteral("1M"));
        QCOMPARE(seg::chart::compactNumber(523.4, c), QStringLiteral("523"));
        QCOMPARE(seg::chart::compactNumber(45.67, c), QStringLiteral("45.7"));
        QCOMPARE(seg::chart::compactNumber(2.5, c), QStringLiteral("2.5"));
        QCOMPARE(seg::chart::compactNumber(0.04567, c), QStringLiteral("0.0457"));
        QCOMPARE(seg::chart::compactNumber(-3100000.0, c), QStringLiteral("-3.1M"));
        QCOMPARE(seg::chart::compactNumber(0.0, c), QStringLiteral("0"));
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(seg::chart::compactNumber(74812.0, de), QStringLiteral("74,8k"));
        QCOMPARE(seg::chart::compactNumber(NaN, c), QStringLiteral("n/a"));
    }

    void emptyInput() {
        HeatmapChart chart;
        QVERIFY(!render(chart, QSize(600, 300)).isNull());
        QVERIFY(!chart.hasData());
        chart.setProfile(nullptr, {}, 0, {});
        QCOMPARE(chart.segmentCount(), 0);
        QVERIFY(!render(chart, QSize(600, 300)).isNull());
        QVERIFY(chart.hitTest(QPointF(100, 100)).toolTip.isEmpty());
        QVERIFY(chart.cellRect(0, 0).isNull());
        const Fixture f = fixture();
        chart.setProfile(f.table, {}, 3, f.features);  // no labels: sizes 0, all n/a
        QCOMPARE(chart.segmentSize(0), std::size_t(0));
        QVERIFY(std::isnan(chart.cellMean(0, 0)));
        QVERIFY(!render(chart, QSize(600, 300)).isNull());
        chart.setProfile(f.table, f.labels, 3, {});
        QVERIFY(!render(chart, QSize(600, 300)).isNull());
        chart.sortRowsBy(0);
        QCOMPARE(chart.rowSortFeature(), -1);
        chart.setProfile(f.table, std::vector<int>(9, -2), 3, f.features);
        QVERIFY(!render(chart, QSize(200, 120)).isNull());  // tiny: nothing negative or NaN in the layout
        QVERIFY(!render(chart, QSize(30, 20)).isNull());
        QVERIFY(!render(chart, QSize(1, 1)).isNull());
    }

    // A big export fills the chart: the cells share the width and grow in height (not capped at the small
    // screen's size), stay inside the bounds, and their annotations grow a little.
    void fillsLargeExports() {
        const Customers c = customers();
        HeatmapChart chart;
        chart.setProfile(c.table, c.labels, 4, c.features);
        for (const QSize size : {QSize(1600, 1000), QSize(1200, 1200), QSize(900, 500)}) {
            const QImage image = render(chart, size);
            const QRectF bounds(QPointF(0, 0), QSizeF(size));
            QRectF grid;
            for (int segment = 0; segment < 4; ++segment)
                for (int feature = 0; feature < 8; ++feature) {
                    const QRectF cell = chart.cellRect(segment, feature);
                    QVERIFY(bounds.contains(cell));
                    grid |= cell;
                }
            const QString where = QStringLiteral("%1x%2: grid %3x%4")
                                      .arg(size.width())
                                      .arg(size.height())
                                      .arg(grid.width())
                                      .arg(grid.height());
            QVERIFY2(grid.width() >= 0.7 * size.width(), qPrintable(where));
            // Row headers left of the grid, column headers above it, all inside.
            for (int segment = 0; segment < 4; ++segment) {
                const QRectF header = chart.rowHeaderRect(segment);
                QVERIFY(bounds.contains(header));
                QVERIFY(header.right() <= grid.left() + 0.5);
            }
            for (int feature = 0; feature < 8; ++feature) {
                const QRectF header = chart.columnHeaderRect(feature);
                QVERIFY(header.top() >= 0);
                QVERIFY(header.bottom() <= grid.top() + 0.5);
            }
            if (size == QSize(1600, 1000)) {
                QVERIFY2(grid.height() >= 0.5 * size.height(), qPrintable(where));
                // The old cap was 46 px a row and 130 px a column.
                QVERIFY2(chart.cellRect(0, 0).height() > 60, qPrintable(where));
                // The rows no longer leave the bottom third of the chart empty.
                QVERIFY2(grid.bottom() >= 0.7 * size.height(), qPrintable(where));
                // The annotations grow with the cells.
                QVERIFY(chart.cellFont(0, 0).pointSizeF() > 9.0);
            }
            // Never slabs: a cell is not much taller than it is wide.
            const QRectF cell = chart.cellRect(0, 0);
            QVERIFY2(cell.height() <= cell.width() * 0.8 + 1 || cell.height() <= 100, qPrintable(where));
            // Content reaches into the right and lower parts of the image (pixels, not only geometry).
            auto inked = [&](const QRect& area) {
                int count = 0;
                for (int y = area.top(); y <= area.bottom(); y += 2)
                    for (int x = area.left(); x <= area.right(); x += 2)
                        if ((image.pixel(x, y) & 0xFFFFFF) != 0xFFFFFF) ++count;
                return count;
            };
            QVERIFY2(inked(QRect(int(size.width() * 0.8), int(size.height() * 0.3),
                                 int(size.width() * 0.2) - 1, int(size.height() * 0.4))) > 100,
                     qPrintable(where));
        }
    }

    // Few features on a big page: the columns stop growing and the table (with its row headers) is centred
    // instead of hugging the left edge.
    void fewFeaturesCentred() {
        const Customers c = customers();
        HeatmapChart chart;
        chart.setProfile(c.table, c.labels, 4, {"age", "annual_income", "total_spend"});
        const QSize size(1600, 1000);
        (void)render(chart, size);
        const QRectF first = chart.cellRect(0, 0);
        const QRectF last = chart.cellRect(3, 2);
        QVERIFY(first.width() < 0.3 * size.width());
        QVERIFY(first.height() <= first.width());
        const qreal left = chart.rowHeaderRect(0).left();
        const qreal right = size.width() - last.right();
        QVERIFY2(std::abs(left - right) < 0.1 * size.width(),
                 qPrintable(QStringLiteral("left %1, right %2").arg(left).arg(right)));
        QVERIFY(last.bottom() <= size.height());
        // The legend stays with the table, at its top right.
        QVERIFY(std::abs(chart.legendRect().right() - last.right()) < 1.0);
    }

    // Cramped (many features, small chart): still every cell inside, row headers clear of the grid.
    void crampedStaysInside() {
        const Customers c = customers();
        HeatmapChart chart;
        chart.setProfile(c.table, c.labels, 4, c.features);
        for (const QSize size : {QSize(500, 350), QSize(360, 240)}) {
            (void)render(chart, size);
            const QRectF bounds(QPointF(0, 0), QSizeF(size));
            for (int feature = 0; feature < 8; ++feature) {
                QVERIFY(bounds.contains(chart.cellRect(3, feature)));
                QVERIFY(chart.columnHeaderRect(feature).top() >= 0);
            }
            QVERIFY(chart.rowHeaderRect(0).right() <=
                    chart.cellRect(0, chart.columnOrder().front()).left() + 0.5);
        }
    }

    // Issue 9: "The profile heatmap leaves cells blank when a number does not fit (1M-row file,
    // returns_rate)". Every cell shows its value: abbreviated, in a smaller font, or at worst clipped.
    void everyCellShowsItsValue_data() {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("nf");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<bool>("mayClip");
        QTest::newRow("12x10 640x420") << 12 << 10 << QSize(640, 420) << 96 << false;
        QTest::newRow("12x10 500x350") << 12 << 10 << QSize(500, 350) << 96 << true;
        QTest::newRow("20x10 640x420") << 20 << 10 << QSize(640, 420) << 96 << false;
        QTest::newRow("12x10 1920x1080@144") << 12 << 10 << QSize(1920, 1080) << 144 << false;
        QTest::newRow("40x14 640x420") << 40 << 14 << QSize(640, 420) << 96 << true;
    }
    void everyCellShowsItsValue() {
        QFETCH(int, k);
        QFETCH(int, nf);
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        QFETCH(bool, mayClip);
        const Awkward a = awkward(k, nf);
        HeatmapChart chart;
        chart.setProfile(a.table, a.labels, k, a.features);
        const QImage image = render(chart, size, dpi);
        saveShot(image, QStringLiteral("heatmap-awkward-%1x%2-%3x%4@%5.png")
                            .arg(k)
                            .arg(nf)
                            .arg(size.width())
                            .arg(size.height())
                            .arg(dpi));
        // Abbreviated, as compactNumber writes them.
        QCOMPARE(chart.cellText(0, 0), QStringLiteral("0.0123"));
        QCOMPARE(chart.cellText(0, 1), QStringLiteral("123k"));
        QCOMPARE(chart.cellText(0, 2), QStringLiteral("-98.8k"));
        QCOMPARE(chart.cellText(0, 3), QStringLiteral("1.5B"));
        int clipped = 0;
        for (int s = 0; s < k; ++s)
            for (int f = 0; f < nf; ++f) {
                const QString where = QStringLiteral("segment %1, feature %2").arg(s).arg(f);
                QVERIFY2(!chart.cellText(s, f).isEmpty(), qPrintable(where));
                QVERIFY2(chart.cellFont(s, f).pointSizeF() >= HeatmapChart::kMinCellPoints - 1e-9,
                         qPrintable(where));
                if (chart.cellTextClipped(s, f)) ++clipped;
                const QRectF cell = chart.cellRect(s, f);
                QVERIFY2(inkInCell(image, cell, chart.cellColor(s, f)) >= 3,
                         qPrintable(where + QStringLiteral(" '%1' in %2x%3 at %4 pt")
                                                .arg(chart.cellText(s, f))
                                                .arg(cell.width())
                                                .arg(cell.height())
                                                .arg(chart.cellFont(s, f).pointSizeF())));
            }
        // Where the smallest font fits, nothing is clipped: shrinking comes before cutting.
        if (!mayClip) QCOMPARE(clipped, 0);
        // Names never overprint: rows too thin for one are named every n-th row.
        for (int s = 0; s < k; ++s) {
            QFont font = seg::chart::ChartStyle::standard().font(chart.rowHeaderPoints(s), true);
            const qreal pitch = chart.rowLabelEvery() * chart.cellRect(0, 0).height();
            QVERIFY2(QFontMetricsF(font, &image).height() * chart.rowHeaderLines(s).size() <= pitch + 0.5,
                     qPrintable(QStringLiteral("segment %1").arg(s)));
        }
        if (k <= 20) QCOMPARE(chart.rowLabelEvery(), 1);
        QCOMPARE(inkAtEdges(image), 0);
    }

    // Issue 9: long segment names wrap in their row header where there is room, instead of being elided.
    void longNamesWrap() {
        const Customers c = customers();
        HeatmapChart chart;
        const QString longName =
            QStringLiteral("High total spend, high orders per year, low days since last purchase!!");
        QCOMPARE(longName.size(), 70);
        SegmentLook look;
        look.names = {longName, QStringLiteral("Lapsed")};
        chart.setSegments(look);
        chart.setProfile(c.table, c.labels, 4, c.features);
        for (const QSize size : {QSize(900, 500), QSize(1600, 1000), QSize(640, 420)}) {
            const QImage image = render(chart, size);
            saveShot(image,
                     QStringLiteral("heatmap-long-name-%1x%2.png").arg(size.width()).arg(size.height()));
            const QString where = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            const QStringList lines = chart.rowHeaderLines(0);
            QVERIFY2(lines.size() >= 2 && lines.size() <= 3, qPrintable(where + ": " + lines.join('|')));
            // Nothing cut: the lines are the whole name.
            QCOMPARE(lines.join(QLatin1Char(' ')), longName);
            QCOMPARE(chart.rowHeaderLines(1), QStringList{QStringLiteral("Lapsed")});
            // The wrapped name stays in its row header, clear of the grid.
            const QRectF header = chart.rowHeaderRect(0);
            QVERIFY(header.right() <= chart.gridRect().left() + 0.5);
            QCOMPARE(inkAtEdges(image), 0);
        }
        // Text.h's wrapText holds to one line when asked (it used to return two, overprinting thin rows).
        const QStringList one =
            seg::chart::wrapText(longName, seg::chart::ChartStyle::standard().labelFont(), nullptr, 120, 1);
        QCOMPARE(one.size(), 1);
        QVERIFY(one.first().endsWith(QChar(0x2026)));
        saveShot(render(chart, QSize(1920, 1080), 144), "heatmap-long-name-1920x1080@144.png");
        QCOMPARE(chart.rowHeaderLines(0).join(QLatin1Char(' ')), longName);
    }

    // Issue 9: nothing touches the edges of an export or a small window.
    void nothingAtTheEdges_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("1920x1080@144") << QSize(1920, 1080) << 144;
        QTest::newRow("1920x1080@96") << QSize(1920, 1080) << 96;
        QTest::newRow("640x420@96") << QSize(640, 420) << 96;
    }
    void nothingAtTheEdges() {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        const Customers c = customers();
        HeatmapChart chart;
        chart.setProfile(c.table, c.labels, 4, c.features);
        chart.sortRowsBy(7);
        chart.sortColumnsBy(1);
        chart.setHighlight(2);
        const QImage image = render(chart, size, dpi);
        saveShot(image,
                 QStringLiteral("heatmap-edges-%1x%2@%3.png").arg(size.width()).arg(size.height()).arg(dpi));
        QCOMPARE(inkAtEdges(image), 0);
        // Long feature names at 45 degrees at the right end.
        const std::vector<std::string> names{"days_since_last_purchase", "orders_per_year", "avg_basket",
                                             "email_open_rate"};
        chart.setProfile(c.table, c.labels, 4, names);
        QCOMPARE(inkAtEdges(render(chart, size, dpi)), 0);
        const Awkward a = awkward(12, 10);
        chart.setProfile(a.table, a.labels, 12, a.features);
        QCOMPARE(inkAtEdges(render(chart, size, dpi)), 0);
    }

    // The sample customers at export and meeting-room sizes, for review.
    void customerScreenshots() {
        const Customers c = customers();
        HeatmapChart chart;
        chart.setProfile(c.table, c.labels, 4, c.features);
        for (const QSize size : {QSize(1600, 1000), QSize(1200, 1200), QSize(900, 500), QSize(500, 350)})
            saveShot(render(chart, size),
                     QStringLiteral("heatmap-customers-%1x%2.png").arg(size.width()).arg(size.height()));
        // Few features: the cells stop growing and the table is centred with its legend.
        chart.setProfile(c.table, c.labels, 4, {"age", "annual_income", "total_spend"});
        saveShot(render(chart, QSize(1600, 1000)),
                 QStringLiteral("heatmap-customers-3-features-1600x1000.png"));
    }

    // Not a check beyond drawing: a realistic 5 x 8 profile with long feature names, for review.
    void realisticScreenshots() {
        std::mt19937 rng(42);
        const int n = 2000;
        const std::vector<std::string> names{"days_since_last_purchase", "orders_per_year", "avg_order_value",
                                             "total_revenue_12m",        "email_open_rate", "customer_age",
                                             "support_tickets",          "discount_share"};
        const double centre[5][8] = {{12, 14, 85, 1150, 0.42, 38, 0.6, 0.08},
                                     {160, 2, 45, 90, 0.08, 52, 0.2, 0.35},
                                     {35, 6, 210, 1250, 0.31, 46, 1.4, 0.05},
                                     {60, 4, 60, 240, 0.22, 27, 0.4, 0.22},
                                     {300, 1, 38, 35, 0.03, 61, 2.8, 0.41}};
        std::vector<int> labels(n);
        std::vector<std::vector<double>> cols(8, std::vector<double>(n));
        std::discrete_distribution<int> pick({30, 25, 10, 25, 10});
        std::normal_distribution<double> noise(0.0, 0.25);
        for (int r = 0; r < n; ++r) {
            const int s = pick(rng);
            labels[std::size_t(r)] = r % 97 == 0 ? -1 : s;
            for (int f = 0; f < 8; ++f)
                cols[std::size_t(f)][std::size_t(r)] =
                    r % 53 == f ? NaN : std::max(0.0, centre[s][f] * (1.0 + noise(rng)));
        }
        cols[3][0] = 74800.0 * 20;  // one whale customer pushes a cell into the thousands
        auto table = std::make_shared<Table>();
        for (int f = 0; f < 8; ++f)
            table->addColumn(Column::numbers(names[std::size_t(f)], cols[std::size_t(f)]));
        HeatmapChart chart;
        chart.setProfile(table, labels, 5, names);
        saveShot(render(chart, QSize(960, 540)), "heatmap-5x8.png");
        chart.sortRowsBy(2);
        chart.setHighlight(2);
        saveShot(render(chart, QSize(640, 420)), "heatmap-5x8-narrow-sorted.png");
        SegmentLook look;
        look.names = {"Loyal regulars", "Lapsed bargain hunters", "Big-basket buyers", "Young occasionals",
                      "Dormant"};
        chart.setSegments(look);
        chart.sortColumnsBy(0);
        saveShot(render(chart, QSize(2560, 1440), 192), "heatmap-5x8-named-hidpi.png");
        saveShot(render(chart, QSize(420, 300)), "heatmap-5x8-tiny.png");
        QVERIFY(true);
    }
};

QTEST_MAIN(TestHeatmapChart)
#include "tst_heatmapchart.moc"
