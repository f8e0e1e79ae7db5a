// ProfileHeatmapView: per-segment means and standardised differences (missing cells, noise and left-out rows
// skipped, constant features), the diverging colours drawn, sorting by clicks and calls, linked-view
// signals, compact number labels and empty input. Screenshots go to SEGMENTLAB_SCREENSHOT_DIR.
#include <QDir>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>
#include <random>

#include "data/Import.h"
#include "run/Segmentation.h"
#include "views/ProfileHeatmapView.h"

using seg::data::Column;
using seg::data::Table;
using seg::ui::ProfileHeatmapView;

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

void saveShot(const QImage& image, const QString& name) {
    const QString dir = qEnvironmentVariable("SEGMENTLAB_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    QVERIFY(image.save(QDir(dir).filePath(name)));
}

// A pixel inside the cell away from its centred label.
QColor cellColour(const QImage& image, const QRectF& cell) {
    return image.pixelColor(int(cell.left()) + 4, int(cell.top()) + 4);
}

}  // namespace

class TestProfileHeatmapView : public QObject {
    Q_OBJECT

private slots:
    void meansAndDifferences() {
        const Fixture f = fixture();
        ProfileHeatmapView view;
        view.setProfile(f.table, f.labels, 3, f.features);
        QCOMPARE(view.segmentCount(), 3);
        QCOMPARE(view.featureCount(), 4);
        // Segment means in the column's units, missing cells skipped.
        QCOMPARE(view.cellMean(0, 0), 15.0);
        QCOMPARE(view.cellMean(1, 0), 50.0);
        QCOMPARE(view.cellMean(2, 0), 100.0);
        QCOMPARE(view.cellMean(0, 1), 5.0);
        QCOMPARE(view.cellMean(1, 1), 1.0);
        QCOMPARE(view.cellMean(2, 1), 3.0);
        QCOMPARE(view.cellMean(0, 3), 35.0);
        QCOMPARE(view.cellMean(1, 3), 55.0);
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
        QCOMPARE(view.overallMean(0), 55.0);
        QVERIFY(std::abs(view.overallSd(0) - sd) < 1e-12);
        QVERIFY(std::abs(view.cellDifference(0, 0) - (15.0 - 55.0) / sd) < 1e-12);
        QVERIFY(std::abs(view.cellDifference(1, 0) - (50.0 - 55.0) / sd) < 1e-12);
        QVERIFY(std::abs(view.cellDifference(2, 0) - (100.0 - 55.0) / sd) < 1e-12);
        // visits: 5,5,5,1,1,3,3 -> mean 23/7.
        const double vm = 23.0 / 7.0;
        const double vsd =
            std::sqrt((3 * (5 - vm) * (5 - vm) + 2 * (1 - vm) * (1 - vm) + 2 * (3 - vm) * (3 - vm)) / 7);
        QVERIFY(std::abs(view.overallMean(1) - vm) < 1e-12);
        QVERIFY(std::abs(view.cellDifference(0, 1) - (5 - vm) / vsd) < 1e-12);
        // Sizes and shares of the customers in the run (the left-out row does not count, noise does).
        QCOMPARE(view.segmentSize(0), std::size_t(3));
        QCOMPARE(view.segmentSize(2), std::size_t(2));
        QCOMPARE(view.segmentShare(0), 3.0 / 8.0);
    }

    void constantAndMissingFeatures() {
        const Fixture f = fixture();
        ProfileHeatmapView view;
        view.setProfile(f.table, f.labels, 3, f.features);
        for (int s = 0; s < 3; ++s) {
            QCOMPARE(view.cellMean(s, 2), 7.0);
            QCOMPARE(view.cellDifference(s, 2), 0.0);
        }
        QCOMPARE(view.overallSd(2), 0.0);
        // Segment 2 has no age at all: NaN, not 0, and never an exception.
        QVERIFY(std::isnan(view.cellMean(2, 3)));
        QVERIFY(std::isnan(view.cellDifference(2, 3)));
        QVERIFY(std::isfinite(view.cellDifference(0, 3)));
        // An unknown column is all n/a; out-of-range queries are NaN.
        view.setProfile(f.table, f.labels, 3, {"spend", "nope"});
        QVERIFY(std::isnan(view.cellMean(0, 1)));
        QVERIFY(std::isnan(view.overallMean(1)));
        QVERIFY(std::isnan(view.cellMean(5, 0)));
        QVERIFY(std::isnan(view.cellDifference(0, -1)));
        const QImage image = view.render(QSize(700, 400));
        QVERIFY(!image.isNull());
    }

    void coloursShowDirection() {
        const Fixture f = fixture();
        ProfileHeatmapView view;
        view.setProfile(f.table, f.labels, 3, f.features);
        const QSize size(900, 480);
        const QImage image = view.render(size);
        saveShot(image, "heatmap-fixture.png");
        const QRectF bounds(QPointF(0, 0), QSizeF(size));
        // spend: segment 2 far above average (warm), segment 0 below (cool).
        const QColor warm = cellColour(image, view.cellRect(2, 0, bounds, &image));
        const QColor cool = cellColour(image, view.cellRect(0, 0, bounds, &image));
        QVERIFY2(warm.red() > warm.blue() + 60, qPrintable(warm.name()));
        QVERIFY2(cool.blue() > cool.red() + 60, qPrintable(cool.name()));
        // The constant feature is exactly white.
        for (int s = 0; s < 3; ++s) {
            const QRectF cell = view.cellRect(s, 2, bounds, &image);
            QVERIFY(cell.width() > 10 && cell.height() > 10);
            QCOMPARE(cellColour(image, cell).rgb() & 0xFFFFFF, QColor(Qt::white).rgb() & 0xFFFFFF);
        }
        // No data: a neutral grey, neither warm nor cool.
        const QColor none = cellColour(image, view.cellRect(2, 3, bounds, &image));
        QCOMPARE(none.red(), none.blue());
        QVERIFY(none.red() < 250);
    }

    void sorting() {
        const Fixture f = fixture();
        ProfileHeatmapView view;
        view.setProfile(f.table, f.labels, 3, f.features);
        QCOMPARE(view.rowOrder(), (std::vector<int>{0, 1, 2}));
        view.sortRowsBy(0);
        QCOMPARE(view.rowOrder(), (std::vector<int>{2, 1, 0}));
        view.sortRowsBy(1);
        QCOMPARE(view.rowOrder(), (std::vector<int>{0, 2, 1}));
        view.sortRowsBy(1, Qt::AscendingOrder);
        QCOMPARE(view.rowOrder(), (std::vector<int>{1, 2, 0}));
        // Segment 2: spend far above, constant 0, visits slightly below, age n/a (always last).
        view.sortColumnsBy(2);
        QCOMPARE(view.columnOrder(), (std::vector<int>{0, 2, 1, 3}));
        view.sortColumnsBy(2, Qt::AscendingOrder);
        QCOMPARE(view.columnOrder(), (std::vector<int>{1, 2, 0, 3}));
        // cellRect follows the display order.
        const QRectF bounds(0, 0, 900, 480);
        QVERIFY(view.cellRect(1, 0, bounds).top() < view.cellRect(2, 0, bounds).top());
        view.resetOrder();
        QCOMPARE(view.rowOrder(), (std::vector<int>{0, 1, 2}));
        QCOMPARE(view.columnOrder(), (std::vector<int>{0, 1, 2, 3}));
    }

    void clicksSortAndLink() {
        const Fixture f = fixture();
        ProfileHeatmapView view;
        view.resize(900, 480);
        view.setProfile(f.table, f.labels, 3, f.features);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRectF bounds = view.rect();
        // Clicking a feature header sorts the rows by it; clicking again reverses.
        const QPoint spendHeader = view.columnHeaderRect(0, bounds).center().toPoint();
        QCOMPARE(view.featureAtColumnHeader(spendHeader), 0);
        QTest::mouseClick(&view, Qt::LeftButton, {}, spendHeader);
        QCOMPARE(view.rowSortFeature(), 0);
        QCOMPARE(view.rowOrder(), (std::vector<int>{2, 1, 0}));
        QTest::mouseClick(&view, Qt::LeftButton, {}, spendHeader);
        QCOMPARE(view.rowOrder(), (std::vector<int>{0, 1, 2}));
        // Clicking a segment header sorts the columns by it.
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.rowHeaderRect(2, bounds).center().toPoint());
        QCOMPARE(view.columnSortSegment(), 2);
        QCOMPARE(view.columnOrder(), (std::vector<int>{0, 2, 1, 3}));
        // Ctrl+click selects the segment for linked views without re-sorting.
        QSignalSpy clicked(&view, &ProfileHeatmapView::segmentClicked);
        QTest::mouseClick(&view, Qt::LeftButton, Qt::ControlModifier,
                          view.rowHeaderRect(1, bounds).center().toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), 1);
        QCOMPARE(view.highlightedSegment(), 1);
        QCOMPARE(view.columnSortSegment(), 2);
        QSignalSpy activated(&view, &ProfileHeatmapView::segmentActivated);
        QTest::mouseDClick(&view, Qt::LeftButton, {}, view.rowHeaderRect(0, bounds).center().toPoint());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toInt(), 0);
        view.highlightSegment(7);  // out of range: cleared
        QCOMPARE(view.highlightedSegment(), -1);
        // Tooltips name the segment, feature and both means.
        const QString tip = view.toolTipAt(view.cellRect(2, 0).center());
        QVERIFY2(tip.contains(QStringLiteral("Segment 3")) && tip.contains(QStringLiteral("spend")) &&
                     tip.contains(QStringLiteral("100")) && tip.contains(QStringLiteral("55")) &&
                     tip.contains(QStringLiteral("sd")),
                 qPrintable(tip));
        view.setSegmentNames({QStringLiteral("Loyal"), QString(), QStringLiteral("Big spenders")});
        QCOMPARE(view.segmentName(0), QStringLiteral("Loyal"));
        QCOMPARE(view.segmentName(1), QStringLiteral("Segment 2"));
        QVERIFY(view.toolTipAt(view.cellRect(2, 0).center()).contains(QStringLiteral("Big spenders")));
    }

    void compactNumbers() {
        const QLocale c(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ProfileHeatmapView::compactNumber(74812.0, c), QStringLiteral("74.8k"));
        QCOMPARE(ProfileHeatmapView::compactNumber(1234567.0, c), QStringLiteral("1.23M"));
        QCOMPARE(ProfileHeatmapView::compactNumber(999960.0, c), QStringLiteral("1M"));
        QCOMPARE(ProfileHeatmapView::compactNumber(523.4, c), QStringLiteral("523"));
        QCOMPARE(ProfileHeatmapView::compactNumber(45.67, c), QStringLiteral("45.7"));
        QCOMPARE(ProfileHeatmapView::compactNumber(2.5, c), QStringLiteral("2.5"));
        QCOMPARE(ProfileHeatmapView::compactNumber(0.04567, c), QStringLiteral("0.0457"));
        QCOMPARE(ProfileHeatmapView::compactNumber(-3100000.0, c), QStringLiteral("-3.1M"));
        QCOMPARE(ProfileHeatmapView::compactNumber(0.0, c), QStringLiteral("0"));
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(ProfileHeatmapView::compactNumber(74812.0, de), QStringLiteral("74,8k"));
        QCOMPARE(ProfileHeatmapView::compactNumber(NaN, c), QStringLiteral("n/a"));
    }

    void emptyInput() {
        ProfileHeatmapView view;
        QVERIFY(!view.render(QSize(600, 300)).isNull());
        view.setProfile(nullptr, {}, 0, {});
        QCOMPARE(view.segmentCount(), 0);
        QVERIFY(!view.render(QSize(600, 300)).isNull());
        QVERIFY(view.toolTipAt(QPointF(100, 100)).isEmpty());
        QVERIFY(view.cellRect(0, 0).isNull());
        const Fixture f = fixture();
        view.setProfile(f.table, {}, 3, f.features);  // no labels: sizes 0, all n/a
        QCOMPARE(view.segmentSize(0), std::size_t(0));
        QVERIFY(std::isnan(view.cellMean(0, 0)));
        QVERIFY(!view.render(QSize(600, 300)).isNull());
        view.setProfile(f.table, f.labels, 3, {});
        QVERIFY(!view.render(QSize(600, 300)).isNull());
        view.sortRowsBy(0);
        QCOMPARE(view.rowSortFeature(), -1);
        view.setProfile(f.table, std::vector<int>(9, -2), 3, f.features);
        QVERIFY(!view.render(QSize(200, 120)).isNull());  // tiny: nothing negative or NaN in the layout
    }

    // A big export fills the chart: the cells share the width and grow in height (not capped at the small
    // screen's size), stay inside the bounds, and their annotations grow a little.
    void fillsLargeExports() {
        const Customers c = customers();
        ProfileHeatmapView view;
        view.setProfile(c.table, c.labels, 4, c.features);
        for (const QSize size : {QSize(1600, 1000), QSize(1200, 1200), QSize(900, 500)}) {
            const QImage image = view.render(size);
            const QRectF bounds(QPointF(0, 0), QSizeF(size));
            QRectF grid;
            for (int segment = 0; segment < 4; ++segment)
                for (int feature = 0; feature < 8; ++feature) {
                    const QRectF cell = view.cellRect(segment, feature, bounds, &image);
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
                const QRectF header = view.rowHeaderRect(segment, bounds, &image);
                QVERIFY(bounds.contains(header));
                QVERIFY(header.right() <= grid.left() + 0.5);
            }
            for (int feature = 0; feature < 8; ++feature) {
                const QRectF header = view.columnHeaderRect(feature, bounds, &image);
                QVERIFY(header.top() >= 0);
                QVERIFY(header.bottom() <= grid.top() + 0.5);
            }
            if (size == QSize(1600, 1000)) {
                QVERIFY2(grid.height() >= 0.5 * size.height(), qPrintable(where));
                // The old cap was 46 px a row and 130 px a column.
                QVERIFY2(view.cellRect(0, 0, bounds, &image).height() > 60, qPrintable(where));
                // The rows no longer leave the bottom third of the chart empty.
                QVERIFY2(grid.bottom() >= 0.7 * size.height(), qPrintable(where));
            }
            // Never slabs: a cell is not much taller than it is wide.
            const QRectF cell = view.cellRect(0, 0, bounds, &image);
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
        ProfileHeatmapView view;
        view.setProfile(c.table, c.labels, 4, {"age", "annual_income", "total_spend"});
        const QSize size(1600, 1000);
        const QImage image = view.render(size);
        const QRectF bounds(QPointF(0, 0), QSizeF(size));
        const QRectF first = view.cellRect(0, 0, bounds, &image);
        const QRectF last = view.cellRect(3, 2, bounds, &image);
        QVERIFY(first.width() < 0.3 * size.width());
        QVERIFY(first.height() <= first.width());
        const qreal left = view.rowHeaderRect(0, bounds, &image).left();
        const qreal right = size.width() - last.right();
        QVERIFY2(std::abs(left - right) < 0.1 * size.width(),
                 qPrintable(QStringLiteral("left %1, right %2").arg(left).arg(right)));
        QVERIFY(last.bottom() <= size.height());
    }

    // Cramped (many features, small chart): still every cell inside, row headers clear of the grid.
    void crampedStaysInside() {
        const Customers c = customers();
        ProfileHeatmapView view;
        view.setProfile(c.table, c.labels, 4, c.features);
        for (const QSize size : {QSize(500, 350), QSize(360, 240)}) {
            const QImage image = view.render(size);
            const QRectF bounds(QPointF(0, 0), QSizeF(size));
            for (int feature = 0; feature < 8; ++feature) {
                QVERIFY(bounds.contains(view.cellRect(3, feature, bounds, &image)));
                QVERIFY(view.columnHeaderRect(feature, bounds, &image).top() >= 0);
            }
            QVERIFY(view.rowHeaderRect(0, bounds, &image).right() <=
                    view.cellRect(0, view.columnOrder().front(), bounds, &image).left() + 0.5);
        }
    }

    // The sample customers at export and meeting-room sizes, for review.
    void customerScreenshots() {
        const Customers c = customers();
        ProfileHeatmapView view;
        view.setProfile(c.table, c.labels, 4, c.features);
        for (const QSize size : {QSize(1600, 1000), QSize(1200, 1200), QSize(900, 500), QSize(500, 350)})
            saveShot(view.render(size),
                     QStringLiteral("heatmap-customers-%1x%2.png").arg(size.width()).arg(size.height()));
        // Few features: the cells stop growing and the table is centred with its legend.
        view.setProfile(c.table, c.labels, 4, {"age", "annual_income", "total_spend"});
        saveShot(view.render(QSize(1600, 1000)),
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
        ProfileHeatmapView view;
        view.setProfile(table, labels, 5, names);
        saveShot(view.render(QSize(960, 540)), "heatmap-5x8.png");
        view.sortRowsBy(2);
        view.highlightSegment(2);
        saveShot(view.render(QSize(640, 420)), "heatmap-5x8-narrow-sorted.png");
        view.setSegmentNames({"Loyal regulars", "Lapsed bargain hunters", "Big-basket buyers",
                              "Young occasionals", "Dormant"});
        view.sortColumnsBy(0);
        saveShot(view.render(QSize(1280, 720), 2.0), "heatmap-5x8-named-hidpi.png");
        saveShot(view.render(QSize(420, 300)), "heatmap-5x8-tiny.png");
        QVERIFY(true);
    }
};

QTEST_MAIN(TestProfileHeatmapView)
#include "tst_profileheatmapview.moc"
