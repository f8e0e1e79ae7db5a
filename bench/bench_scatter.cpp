// Times the customer map (charts/ScatterChart) on 1,000,000 points in 8 Gaussian blobs: the first draw of a
// 1600 x 1000 chart into a new image and a zoom or pan followed by a redraw, median of R runs; prints one
// JSON line. cold_first_draw_ms is the very first render (scratch buffers allocated), first_draw_ms the
// median of a full redraw at the reset view. screen_zoom_repaint_ms is the on-screen path: ChartWidget paints
// the chart into its backing store, here a kept image, after a zoom.
//   bench_scatter [--n N] [--repeat R] [--shot DIR]   (--shot writes DIR/scatter-<n>.png)
#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "ChartOutput.h"
#include "ScatterChart.h"

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::size_t n = 1000000;
    int repeat = 5;
    QString shotDir;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--n")) n = std::strtoull(argv[i + 1], nullptr, 10);
        if (!std::strcmp(argv[i], "--repeat")) repeat = std::max(1, std::atoi(argv[i + 1]));
        if (!std::strcmp(argv[i], "--shot")) shotDir = QString::fromLocal8Bit(argv[i + 1]);
    }

    // 8 blobs on a ring in PC1/PC2 with unequal spreads and sizes, plus 3 more components of noise.
    constexpr int k = 8;
    const std::size_t c = 5;
    std::mt19937_64 rng(42);
    std::normal_distribution<double> g(0.0, 1.0);
    seg::FeatureMatrix proj(n, c);
    std::vector<int> labels(n);
    for (std::size_t i = 0; i < n; ++i) {
        const int s = static_cast<int>((i * 2654435761u) % 13) % k;  // uneven segment sizes
        const double angle = s * 2.0 * 3.14159265358979 / k;
        const double spread = 0.5 + 0.12 * s;
        double* row = proj.row(i);
        row[0] = 4.0 * std::cos(angle) + spread * g(rng);
        row[1] = 2.6 * std::sin(angle) + spread * 0.8 * g(rng);
        for (std::size_t j = 2; j < c; ++j)
            row[j] = 0.5 * g(rng);
        labels[i] = s;
    }
    seg::FeatureMatrix loadings(c, 6);
    loadings.names = {"annual_spend", "orders_per_year", "days_since_last_order",
                      "basket_size",  "returns_rate",    "tenure_months"};
    for (std::size_t r = 0; r < c; ++r)
        for (std::size_t f = 0; f < 6; ++f)
            loadings(r, f) = std::sin(1.0 + r * 1.7 + f * 2.3);

    const QSize size(1600, 1000);
    seg::chart::ScatterChart chart;
    const auto t0 = Clock::now();
    chart.setData(std::move(proj), std::move(labels), {0.342, 0.217, 0.08, 0.05, 0.04});
    const double setDataMs = msSince(t0);
    chart.setLoadings(loadings);

    std::vector<double> first, zoom, pan, hover;
    for (int r = 0; r < repeat; ++r) {
        chart.resetView();
        auto t = Clock::now();
        QImage img = seg::chart::renderChartImage(chart, size);
        first.push_back(msSince(t));
        t = Clock::now();
        chart.zoomBy(1.5, QPointF(700, 450));
        img = seg::chart::renderChartImage(chart, size);
        zoom.push_back(msSince(t));
        t = Clock::now();
        chart.setVisibleRange(chart.visibleRange().translated(0.3, 0.2));
        img = seg::chart::renderChartImage(chart, size);
        pan.push_back(msSince(t));
        t = Clock::now();
        (void)chart.rowAt(QPointF(800, 500));
        hover.push_back(msSince(t));
    }
    // The on-screen path: the host paints the chart into its kept backing store after each zoom.
    chart.resetView();
    QImage canvas(size, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&canvas);
        seg::chart::drawChart(chart, painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    std::vector<double> screenZoom;
    for (int r = 0; r < repeat; ++r) {
        const auto t = Clock::now();
        chart.zoomBy(r % 2 ? 1 / 1.5 : 1.5, QPointF(700, 450));
        QPainter painter(&canvas);
        chart.paint(painter);
        painter.end();
        screenZoom.push_back(msSince(t));
    }
    if (!shotDir.isEmpty()) {
        QDir().mkpath(shotDir);
        chart.resetView();
        chart.setShowLoadings(true);
        seg::chart::renderChartImage(chart, size).save(shotDir + QStringLiteral("/scatter-%1.png").arg(n));
        chart.setShowLoadings(false);
        chart.setHighlight(2);
        seg::chart::renderChartImage(chart, size)
            .save(shotDir + QStringLiteral("/scatter-%1-highlight.png").arg(n));
    }
    std::printf(
        "{\"bench\":\"scatter\",\"n\":%zu,\"size\":\"1600x1000\",\"repeat\":%d,\"set_data_ms\":%.1f,"
        "\"cold_first_draw_ms\":%.1f,\"first_draw_ms\":%.1f,\"zoom_redraw_ms\":%.1f,\"pan_redraw_ms\":%.1f,"
        "\"hover_lookup_ms\":%.2f,\"screen_zoom_repaint_ms\":%.1f}\n",
        n, repeat, setDataMs, first.front(), median(first), median(zoom), median(pan), median(hover),
        median(screenZoom));
    return 0;
}
