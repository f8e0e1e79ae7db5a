#include "Axis.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "ChartStyle.h"
#include "Text.h"

namespace seg::chart {

namespace {

// The translation context of the axes' strings (lupdate reads AxisTr::tr()).
class AxisTr {
    Q_DECLARE_TR_FUNCTIONS(seg::chart::Axis)
};

}  // namespace

QString stripZeros(QString text, const QLocale& locale) {
    const QString point = locale.decimalPoint();
    if (!text.contains(point)) return text;
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(point)) text.chop(point.size());
    return text;
}

double niceStep(double raw) {
    if (!(raw > 0.0) || !std::isfinite(raw)) return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    return (f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0) * magnitude;
}

double niceStep(double span, int maxTicks) {
    if (!(span > 0.0) || !std::isfinite(span) || maxTicks < 1) return 1.0;
    return niceStep(span / maxTicks);
}

std::vector<double> ticksFor(double lo, double hi, double step) {
    std::vector<double> out;
    if (!(hi >= lo) || !(step > 0.0) || !std::isfinite(lo) || !std::isfinite(hi)) return out;
    for (double t = std::ceil(lo / step - 1e-9) * step; t <= hi + step * 1e-9 && out.size() < 100; t += step)
        out.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
    return out;
}

QString tickLabel(double v, double step) {
    const int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(step) + 1e-9)), 0, 9);
    if (std::abs(v) < step * 1e-9) v = 0.0;
    return QLocale().toString(v, 'f', decimals);
}

QString compactTickLabel(double v, double step) {
    if (std::abs(v) < step * 1e-6) return QLocale().toString(0);
    const double big = std::max(std::abs(v), step);
    double div = 1.0;
    QString pattern = QStringLiteral("%1");
    if (big >= 1e10) {
        div = 1e9;
        pattern = AxisTr::tr("%1B", "billions on a chart axis");
    } else if (big >= 1e7) {
        div = 1e6;
        pattern = AxisTr::tr("%1M", "millions on a chart axis");
    } else if (big >= 1e4) {
        div = 1e3;
        pattern = AxisTr::tr("%1k", "thousands on a chart axis");
    }
    const double s = step / div;
    const int decimals = std::clamp(int(-std::floor(std::log10(s) + 1e-9)), 0, 6);
    if (std::abs(v / div) < s * 1e-6) v = 0.0;  // no "-0"
    return pattern.arg(QLocale().toString(v / div, 'f', decimals));
}

QString compactNumber(double value) {
    return compactNumber(value, QLocale());
}

QString compactNumber(double value, const QLocale& locale) {
    if (!std::isfinite(value)) return AxisTr::tr("n/a");
    static constexpr double kUnits[] = {1.0, 1e3, 1e6, 1e9, 1e12};
    const double a = std::abs(value);
    int unit = 0;
    while (unit < 4 && a >= kUnits[unit + 1])
        ++unit;
    for (;;) {
        const double scaled = value / kUnits[unit];
        const double as = std::abs(scaled);
        int decimals = as >= 100 ? 0 : as >= 10 ? 1 : 2;
        if (unit == 0 && as > 0 && as < 1) decimals = std::clamp(2 - int(std::floor(std::log10(as))), 2, 6);
        const double p = std::pow(10.0, decimals);
        const double rounded = std::round(scaled * p) / p;
        if (std::abs(rounded) >= 1000.0 && unit < 4) {  // 999.96 rounds up into the next unit
            ++unit;
            continue;
        }
        if (rounded == 0.0) return locale.toString(0);
        const QString number = stripZeros(locale.toString(rounded, 'f', decimals), locale);
        switch (unit) {
            case 1:
                return AxisTr::tr("%1k", "thousands").arg(number);
            case 2:
                return AxisTr::tr("%1M", "millions").arg(number);
            case 3:
                return AxisTr::tr("%1B", "billions").arg(number);
            case 4:
                return AxisTr::tr("%1T", "trillions").arg(number);
            default:
                return number;
        }
    }
}

Axis Axis::nice(double min, double max, int maxTicks, bool snap) {
    Axis a;
    if (!std::isfinite(min) || !std::isfinite(max)) return a;
    if (max < min) std::swap(min, max);
    if (max == min) {
        const double pad = min == 0.0 ? 1.0 : std::abs(min) * 0.1;
        min -= pad;
        max += pad;
    }
    a.step = niceStep(max - min, std::max(1, maxTicks));
    a.lo = snap ? std::floor(min / a.step + 1e-9) * a.step : min;
    a.hi = snap ? std::ceil(max / a.step - 1e-9) * a.step : max;
    if (!(a.hi > a.lo)) a.hi = a.lo + a.step;
    a.ticks = ticksFor(a.lo, a.hi, a.step);
    return a;
}

qreal Axis::map(double v, qreal from, qreal to) const {
    const double span = hi - lo;
    if (!(span > 0.0)) return (from + to) / 2;
    return from + (to - from) * (v - lo) / span;
}

double Axis::unmap(qreal pos, qreal from, qreal to) const {
    if (to == from) return lo;
    return lo + (hi - lo) * (pos - from) / (to - from);
}

namespace {

QString labelOf(const AxisDraw& draw, const Axis& axis, double v) {
    return draw.label ? draw.label(v) : tickLabel(v, axis.step);
}

}  // namespace

qreal bottomAxisHeight(const ChartStyle& style, const QPaintDevice* device, const AxisDraw& draw) {
    auto* dev = const_cast<QPaintDevice*>(device);
    const qreal s = pxScale(device);
    const QFontMetricsF tickFm(style.tickFont(), dev), titleFm(style.axisTitleFont(), dev);
    qreal h = (style.tickLength + style.tickGap) * s + tickFm.height();
    if (!draw.title.isEmpty()) h += style.axisTitleGap * s + titleFm.height();
    return h;
}

qreal leftAxisWidth(const ChartStyle& style, const QPaintDevice* device, const Axis& axis,
                    const AxisDraw& draw) {
    auto* dev = const_cast<QPaintDevice*>(device);
    const qreal s = pxScale(device);
    const QFontMetricsF tickFm(style.tickFont(), dev), titleFm(style.axisTitleFont(), dev);
    qreal widest = 0.0;
    for (double t : axis.ticks)
        widest = std::max(widest, tickFm.horizontalAdvance(labelOf(draw, axis, t)));
    qreal w = (style.tickLength + style.tickGap + 2) * s + widest;
    if (!draw.title.isEmpty()) w += style.axisTitleGap * s + titleFm.height();
    return w;
}

void paintBottomAxis(QPainter& painter, const ChartStyle& style, const QRectF& plot, const Axis& axis,
                     const AxisDraw& draw) {
    const qreal s = pxScale(painter.device());
    const QFontMetricsF tickFm(style.tickFont(), painter.device());
    painter.save();
    painter.setFont(style.tickFont());
    for (double t : axis.ticks) {
        const qreal x = axis.map(t, plot.left(), plot.right());
        if (draw.grid) {
            painter.setPen(QPen(style.grid, 1 * s));
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        }
        painter.setPen(QPen(style.axis, 1 * s));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + style.tickLength * s));
        painter.setPen(style.text);
        const QString text = labelOf(draw, axis, t);
        const qreal w = tickFm.horizontalAdvance(text) + 4 * s;
        painter.drawText(
            QRectF(x - w / 2, plot.bottom() + (style.tickLength + style.tickGap) * s, w, tickFm.height()),
            Qt::AlignHCenter | Qt::AlignTop, text);
    }
    painter.setPen(QPen(style.axis, 1 * s));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (!draw.title.isEmpty()) {
        const QFontMetricsF titleFm(style.axisTitleFont(), painter.device());
        // A title longer than the axis shrinks (to 7 pt) before it is shortened.
        const QFont font = fitFont(style.axisTitleFont(), draw.title, painter.device(), plot.width(), 7.0);
        painter.setFont(font);
        painter.setPen(style.text);
        const qreal top =
            plot.bottom() + (style.tickLength + style.tickGap + style.axisTitleGap) * s + tickFm.height();
        painter.drawText(
            QRectF(plot.left(), top, plot.width(), titleFm.height()), Qt::AlignCenter,
            QFontMetricsF(font, painter.device()).elidedText(draw.title, Qt::ElideRight, plot.width()));
    }
    painter.restore();
}

void paintLeftAxis(QPainter& painter, const ChartStyle& style, const QRectF& plot, const Axis& axis,
                   const AxisDraw& draw) {
    const qreal s = pxScale(painter.device());
    const QFontMetricsF tickFm(style.tickFont(), painter.device());
    painter.save();
    painter.setFont(style.tickFont());
    qreal widest = 0.0;
    for (double t : axis.ticks) {
        const qreal y = axis.map(t, plot.bottom(), plot.top());
        if (draw.grid) {
            painter.setPen(QPen(style.grid, 1 * s));
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        painter.setPen(QPen(style.axis, 1 * s));
        painter.drawLine(QPointF(plot.left() - style.tickLength * s, y), QPointF(plot.left(), y));
        painter.setPen(style.text);
        const QString text = labelOf(draw, axis, t);
        widest = std::max(widest, tickFm.horizontalAdvance(text));
        const qreal right = plot.left() - (style.tickLength + style.tickGap) * s;
        painter.drawText(QRectF(right - 400 * s, y - tickFm.height() / 2, 400 * s, tickFm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, text);
    }
    painter.setPen(QPen(style.axis, 1 * s));
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    if (!draw.title.isEmpty()) {
        const QFontMetricsF titleFm(style.axisTitleFont(), painter.device());
        const QFont font = fitFont(style.axisTitleFont(), draw.title, painter.device(), plot.height(), 7.0);
        painter.setFont(font);
        painter.setPen(style.text);
        const qreal x = plot.left() - (style.tickLength + style.tickGap + 2 + style.axisTitleGap) * s -
                        widest - titleFm.height();
        painter.translate(x, plot.center().y());
        painter.rotate(-90);
        painter.drawText(
            QRectF(-plot.height() / 2, 0, plot.height(), titleFm.height()), Qt::AlignCenter,
            QFontMetricsF(font, painter.device()).elidedText(draw.title, Qt::ElideRight, plot.height()));
    }
    painter.restore();
}

}  // namespace seg::chart
