// Axes every chart shares: "nice" tick steps (1, 2 or 5 times a power of ten), tick values over a range,
// their labels (with k / M / B for big numbers where room is short), and drawing an axis with its grid,
// ticks, labels and title in the chart style.
#pragma once

#include <QRectF>
#include <QString>
#include <functional>
#include <vector>

class QLocale;
class QPainter;
class QPaintDevice;

namespace seg::chart {

struct ChartStyle;

// 1, 2 or 5 times a power of ten at or above raw.
[[nodiscard]] double niceStep(double raw);
// A nice step giving at most maxTicks intervals over span.
[[nodiscard]] double niceStep(double span, int maxTicks);
// The multiples of step within [lo, hi] (at most 100), with -0 written as 0.
[[nodiscard]] std::vector<double> ticksFor(double lo, double hi, double step);
// v with as many decimals as step needs ("0.25", "1,500").
[[nodiscard]] QString tickLabel(double v, double step);
// As tickLabel, shortened for narrow room: 12,000 -> "12k", 3,400,000 -> "3.4M" (translated suffixes).
[[nodiscard]] QString compactTickLabel(double v, double step);
// A number in at most three significant digits with k / M / B / T ("12.3k", "0.0042", "n/a" for NaN).
[[nodiscard]] QString compactNumber(double value);
[[nodiscard]] QString compactNumber(double value, const QLocale& locale);
// A locale-formatted number without trailing zeros after its decimal mark: "1.50" -> "1.5", "2.00" -> "2".
[[nodiscard]] QString stripZeros(QString text, const QLocale& locale);

// A numeric axis: its range and ticks.
struct Axis {
    double lo = 0.0;
    double hi = 1.0;
    double step = 0.2;
    std::vector<double> ticks;

    // Ticks for [min, max] with at most maxTicks intervals; `snap` widens the range to whole ticks.
    [[nodiscard]] static Axis nice(double min, double max, int maxTicks, bool snap = true);
    // Position of v on a line from `from` (lo) to `to` (hi).
    [[nodiscard]] qreal map(double v, qreal from, qreal to) const;
    [[nodiscard]] double unmap(qreal pos, qreal from, qreal to) const;
};

struct AxisDraw {
    QString title;                         // under a bottom axis, rotated beside a left axis; empty: none
    bool grid = true;                      // light lines across the plot at each tick
    std::function<QString(double)> label;  // empty: tickLabel(v, axis.step)
};

// Room an axis needs outside the plot: height under it (bottom) or width beside it (left), for the labels
// of `axis` drawn with the style's tick and axis-title fonts on `device` at scale s.
[[nodiscard]] qreal bottomAxisHeight(const ChartStyle& style, const QPaintDevice* device,
                                     const AxisDraw& draw);
[[nodiscard]] qreal leftAxisWidth(const ChartStyle& style, const QPaintDevice* device, const Axis& axis,
                                  const AxisDraw& draw);
void paintBottomAxis(QPainter& painter, const ChartStyle& style, const QRectF& plot, const Axis& axis,
                     const AxisDraw& draw);
void paintLeftAxis(QPainter& painter, const ChartStyle& style, const QRectF& plot, const Axis& axis,
                   const AxisDraw& draw);

}  // namespace seg::chart
