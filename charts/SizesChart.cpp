#include "SizesChart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>

#include "Axis.h"
#include "Share.h"
#include "Text.h"

namespace seg::chart {

namespace {

constexpr qreal kBarShare = 0.7;  // of a row's height
constexpr qreal kValueGap = 6.0;  // px between a bar's end and its value

}  // namespace

void SizesChart::setSizes(std::vector<std::size_t> sizes, std::size_t outliers, std::size_t total) {
    m_sizes = std::move(sizes);
    m_outliers = outliers;
    m_total = total;
    setOrder(m_order);
}

void SizesChart::setOrder(Order order) {
    m_order = order;
    m_rowSegments.resize(m_sizes.size());
    std::iota(m_rowSegments.begin(), m_rowSegments.end(), 0);
    if (order == Order::Largest)
        std::stable_sort(m_rowSegments.begin(), m_rowSegments.end(),
                         [this](int a, int b) { return m_sizes[std::size_t(a)] > m_sizes[std::size_t(b)]; });
    if (m_outliers > 0) m_rowSegments.push_back(-1);
    invalidate();
}

QString SizesChart::title() const {
    return tr("Customers per segment");
}

QString SizesChart::subtitle() const {
    if (!hasData()) return {};
    return tr("Shares are of all customers in the table (%1).").arg(QLocale().toString(qulonglong(total())));
}

std::size_t SizesChart::total() const {
    if (m_total > 0) return m_total;
    return std::accumulate(m_sizes.begin(), m_sizes.end(), m_outliers);
}

QString SizesChart::valueText(std::size_t count) const {
    return tr("%1 (%2)").arg(QLocale().toString(qulonglong(count)), shareText(count, total()));
}

int SizesChart::rowSegment(int r) const {
    return r >= 0 && r < int(m_rowSegments.size()) ? m_rowSegments[std::size_t(r)] : kNoSegment;
}

int SizesChart::rowOf(int segment) const {
    for (int r = 0; r < int(m_rowSegments.size()); ++r)
        if (m_rowSegments[std::size_t(r)] == segment) return r;
    return -1;
}

std::size_t SizesChart::countOf(int segment) const {
    if (segment == -1) return m_outliers;
    return segment >= 0 && segment < int(m_sizes.size()) ? m_sizes[std::size_t(segment)] : 0;
}

QRectF SizesChart::rowRect(int r) const {
    const QRectF c = contentRect();
    return QRectF(c.left(), m_plot.top() + r * m_pitch, m_plot.right() - c.left(), m_pitch);
}

qreal SizesChart::xOf(double count) const {
    return m_plot.left() + count / m_axisMax * m_barMaxW;
}

bool SizesChart::showsValues() const {
    return m_pitch >= m_valueH * 0.9;
}

void SizesChart::layoutContent(const QPaintDevice* device) {
    const qreal s = scale();
    const QRectF content = contentRect();
    auto* dev = const_cast<QPaintDevice*>(device);
    const int rows = int(m_rowSegments.size());

    // The layout with the bar labels, values and ticks grown by `grow` (1: their base sizes).
    auto fit = [&](qreal grow) {
        m_labelFont = style().font(style().labelPt * grow);
        m_valueFont = style().font(9.0 * grow);
        m_tickFont = style().font(style().tickPt * grow);
        m_axisTitleFont = style().font(style().axisTitlePt * grow);
        const QFontMetricsF labelFm(m_labelFont, dev), valueFm(m_valueFont, dev), tickFm(m_tickFont, dev),
            axisFm(m_axisTitleFont, dev);
        m_valueH = valueFm.height();

        const qreal swatch = labelFm.height() * 0.7;
        const qreal lead = swatch + 6 * s;
        qreal labelW = 0.0;
        qreal valueW = 0.0;
        std::size_t largest = 0;
        for (int segment : m_rowSegments) {
            labelW = std::max(labelW, labelFm.horizontalAdvance(segments().name(segment)));
            valueW = std::max(valueW, valueFm.horizontalAdvance(valueText(countOf(segment))));
            largest = std::max(largest, countOf(segment));
        }
        // Names get up to 35% of the width; a longer name wraps onto a second line when rows have room.
        const qreal labelRoom = content.width() * 0.35;
        labelW = std::min(lead + labelW, labelRoom);
        m_labelLeft = content.left();
        const qreal left = m_labelLeft + labelW + 10 * s;
        const qreal right = content.right();
        const qreal axisH = 7 * s + tickFm.height() + 6 * s + axisFm.height();
        const qreal bottom = content.bottom() - axisH;
        m_plot = QRectF(QPointF(left, content.top()),
                        QPointF(std::max(right, left + 40 * s), std::max(bottom, content.top() + 30 * s)));

        // Bars leave room at their right for the count and share; the axis ends on a tick at or past the
        // largest.
        m_barMaxW = std::max(m_plot.width() - valueW - kValueGap * s - 10 * s, m_plot.width() * 0.4);
        const int wantTicks = std::max(
            2, int(m_barMaxW / (tickFm.horizontalAdvance(
                                    QLocale().toString(qulonglong(std::max<std::size_t>(largest, 1)))) *
                                    2.0 +
                                1.0)));
        m_step = niceStep(double(std::max<std::size_t>(largest, 1)) /
                          std::min(wantTicks, m_barMaxW > 600 * s ? 8 : 5));
        m_axisMax = std::max(1.0, double(largest));
        // Rows share the height, a bar 70% of its row, up to a thickness beyond which a few segments would
        // become slabs; then the rows close up and the chart sits a little above the middle of its room.
        // More rows than fit thin their labels.
        if (rows > 0) {
            const qreal maxBar = std::max(72 * s, labelFm.height() * 1.5);
            m_pitch = m_plot.height() / rows;
            m_barH = std::min(m_pitch * kBarShare, maxBar);
            if (m_barH < m_pitch * kBarShare) {
                m_pitch = m_barH / kBarShare;
                const qreal used = m_pitch * rows;
                const qreal dy = (m_plot.height() - used) * 0.4;
                m_plot = QRectF(m_plot.left(), m_plot.top() + dy, m_plot.width(), used);
            }
            m_labelEvery = std::max(1, int(std::ceil(labelFm.height() / std::max(m_pitch, 1e-9))));
            m_labelLinesMax = std::clamp(int(m_pitch / labelFm.height()), 1, 2);
        }
        const qreal textW = std::max(m_plot.left() - 10 * s - (m_labelLeft + lead), 10 * s);
        m_labelLines.assign(std::size_t(rows), {});
        m_valueWidths.assign(std::size_t(rows), 0.0);
        for (int r = 0; r < rows; ++r)
            m_labelLines[std::size_t(r)] =
                wrapText(segments().name(rowSegment(r)), m_labelFont, device, textW, m_labelLinesMax);
        for (int r = 0; r < rows; ++r)
            m_valueWidths[std::size_t(r)] = valueFm.horizontalAdvance(valueText(countOf(rowSegment(r))));
    };

    fit(1.0);
    // Thick bars (exports, meeting-room screens) get modestly larger labels.
    const qreal grow = std::clamp(m_barH / (48 * s), 1.0, 1.3);
    if (grow > 1.01) fit(grow);
}

QRectF SizesChart::barRect(int segment) const {
    const int r = rowOf(segment);
    if (r < 0) return {};
    const QRectF band = rowRect(r);
    return QRectF(m_plot.left(), band.center().y() - m_barH / 2,
                  xOf(double(countOf(segment))) - m_plot.left(), m_barH);
}

QRectF SizesChart::valueLabelRect(int segment) const {
    const QRectF bar = barRect(segment);
    if (bar.isNull() || !showsValues()) return {};
    return QRectF(bar.right() + kValueGap * scale(), bar.center().y() - m_valueH / 2,
                  m_valueWidths[std::size_t(rowOf(segment))], m_valueH);
}

QStringList SizesChart::labelLines(int segment) const {
    const int r = rowOf(segment);
    return r >= 0 && r < int(m_labelLines.size()) ? m_labelLines[std::size_t(r)] : QStringList();
}

int SizesChart::segmentAt(QPointF pos) const {
    if (pos.x() < m_labelLeft || pos.x() > m_plot.right()) return kNoSegment;
    for (int r = 0; r < int(m_rowSegments.size()); ++r)
        if (rowRect(r).contains(pos)) return rowSegment(r);
    return kNoSegment;
}

Hit SizesChart::hitTest(QPointF point) const {
    Hit hit;
    const int segment = segmentAt(point);
    if (segment == kNoSegment) return hit;
    hit.kind = Hit::Kind::Segment;
    hit.segment = segment;
    hit.toolTip =
        segments().name(segment) + QLatin1Char('\n') +
        tr("%1 customers, %2")
            .arg(QLocale().toString(qulonglong(countOf(segment))), shareOfAllText(countOf(segment), total()));
    return hit;
}

void SizesChart::paintContent(QPainter& painter) const {
    const qreal s = scale();
    const ChartStyle& st = style();
    const int rows = int(m_rowSegments.size());
    const QFontMetricsF tickFm(m_tickFont, painter.device());
    const qreal gridBottom = rows > 0 ? m_plot.top() + rows * m_pitch : m_plot.bottom();
    painter.setFont(m_tickFont);
    for (double v = 0.0; v <= m_axisMax * (1 + 1e-9); v += m_step) {
        const qreal x = xOf(v);
        painter.setPen(QPen(st.grid, 1 * s));
        painter.drawLine(QPointF(x, m_plot.top()), QPointF(x, gridBottom));
        painter.setPen(QPen(st.axis, 1 * s));
        painter.drawLine(QPointF(x, gridBottom), QPointF(x, gridBottom + 5 * s));
        painter.setPen(st.text);
        painter.drawText(QRectF(x - 100 * s, gridBottom + 7 * s, 200 * s, tickFm.height()),
                         Qt::AlignHCenter | Qt::AlignTop, QLocale().toString(qulonglong(std::llround(v))));
    }
    painter.setPen(QPen(st.axis, 1 * s));
    painter.drawLine(QPointF(m_plot.left(), gridBottom), QPointF(m_plot.right(), gridBottom));
    painter.drawLine(QPointF(m_plot.left(), m_plot.top()), QPointF(m_plot.left(), gridBottom));
    painter.setFont(m_axisTitleFont);
    painter.setPen(st.text);
    const QFontMetricsF axisFm(m_axisTitleFont, painter.device());
    painter.drawText(
        QRectF(m_plot.left(), gridBottom + 7 * s + tickFm.height() + 6 * s, m_plot.width(), axisFm.height()),
        Qt::AlignCenter, tr("Customers"));

    if (rows == 0) {
        painter.setPen(st.muted);
        painter.drawText(m_plot, Qt::AlignCenter, tr("Run a segmentation to see its segment sizes"));
        return;
    }

    const QFontMetricsF labelFm(m_labelFont, painter.device());
    const qreal swatch = labelFm.height() * 0.7;
    const qreal textLeft = m_labelLeft + swatch + 6 * s;
    const qreal textW = m_plot.left() - 10 * s - textLeft;
    const bool values = showsValues();
    const int lastSegmentRow = rows - 1 - (m_outliers > 0 ? 1 : 0);
    const int lastLabelled = std::max(0, lastSegmentRow) / m_labelEvery * m_labelEvery;
    for (int r = 0; r < rows; ++r) {
        const int segment = rowSegment(r);
        const bool isOutliers = segment == -1;
        const bool dim = isFaded(segment);
        const QColor color = segmentColor(segment);
        const QRectF band = rowRect(r);
        const QRectF bar = barRect(segment);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRect(bar);
        if (values) {
            painter.setFont(m_valueFont);
            painter.setPen(dim ? st.muted : st.text);
            painter.drawText(
                QRectF(bar.right() + kValueGap * s, band.top(), m_plot.right() - bar.right(), band.height()),
                Qt::AlignLeft | Qt::AlignVCenter, valueText(countOf(segment)));
        }
        // The outliers' label is always shown, unless it would touch the last segment label drawn above it.
        if (isOutliers ? lastSegmentRow >= 0 && r - lastLabelled < m_labelEvery : r % m_labelEvery != 0)
            continue;
        const QStringList& lines = m_labelLines[std::size_t(r)];
        const qreal cy = band.center().y();
        const qreal textH = labelFm.height() * lines.size();
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(
            QRectF(m_labelLeft, cy - textH / 2 + (labelFm.height() - swatch) / 2, swatch, swatch), 2 * s,
            2 * s);
        painter.setFont(m_labelFont);
        painter.setPen(dim ? st.muted : st.text);
        drawLines(painter, QRectF(textLeft, cy - textH / 2, textW, textH), lines,
                  Qt::AlignLeft | Qt::AlignTop);
    }
}

}  // namespace seg::chart
