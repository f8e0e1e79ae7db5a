#include "SilhouetteChart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <functional>

#include "Text.h"

namespace seg::chart {

namespace {

// Names are set at most this much smaller than the label font before a line is cut.
constexpr qreal kMinNamePt = 7.5;

QString formatValue(double v) {
    return QLocale().toString(v, 'f', 2);
}

// True when `lines` hold every character of `text` (wrapText breaks at spaces and inside long words, and
// elides only when the text needs more lines than it may take).
bool complete(const QStringList& lines, const QString& text) {
    QString joined = lines.join(QString());
    QString all = text;
    joined.remove(QLatin1Char(' '));
    all.remove(QLatin1Char(' '));
    return joined == all;
}

}  // namespace

QColor SilhouetteChart::averageColor() {
    return QColor(0xC0, 0x00, 0x30);
}

void SilhouetteChart::clear() {
    m_segments.clear();
    m_scored = 0;
    m_average = 0.0;
    m_min = 0.0;
    m_sampled = false;
    invalidate();
}

void SilhouetteChart::setSilhouette(const std::vector<double>& values, const std::vector<int>& labels,
                                    bool sampled) {
    clear();
    if (values.size() != labels.size()) return;
    m_sampled = sampled;
    int maxLabel = -1;
    for (int label : labels)
        maxLabel = std::max(maxLabel, label);
    if (maxLabel < 0) return;
    std::vector<Segment> all(std::size_t(maxLabel) + 1);
    std::vector<std::size_t> scored(all.size(), 0);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0) continue;
        const auto l = std::size_t(labels[i]);
        ++all[l].size;
        if (std::isfinite(values[i])) ++scored[l];
    }
    for (std::size_t l = 0; l < all.size(); ++l) {
        all[l].label = int(l);
        all[l].sorted.reserve(scored[l]);
    }
    double sum = 0.0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0 || !std::isfinite(values[i])) continue;
        const double v = std::clamp(values[i], -1.0, 1.0);
        all[std::size_t(labels[i])].sorted.push_back(float(v));
        all[std::size_t(labels[i])].mean += v;
        sum += v;
        m_min = std::min(m_min, v);
        ++m_scored;
    }
    for (auto& segment : all) {
        if (segment.sorted.empty()) continue;
        segment.mean /= double(segment.sorted.size());
        std::sort(segment.sorted.begin(), segment.sorted.end(), std::greater<float>());
        m_segments.push_back(std::move(segment));
    }
    m_average = m_scored > 0 ? sum / double(m_scored) : 0.0;
    invalidate();
}

QString SilhouetteChart::title() const {
    return tr("How well customers fit their segments");
}

QString SilhouetteChart::subtitle() const {
    if (!m_sampled || m_scored == 0) return {};
    return tr("Estimated from a sample of %1 customers").arg(QLocale().toString(qulonglong(m_scored)));
}

std::vector<int> SilhouetteChart::drawnSegments() const {
    std::vector<int> out;
    for (const auto& segment : m_segments)
        out.push_back(segment.label);
    return out;
}

int SilhouetteChart::indexOf(int segment) const {
    for (std::size_t i = 0; i < m_segments.size(); ++i)
        if (m_segments[i].label == segment) return int(i);
    return -1;
}

std::size_t SilhouetteChart::segmentSize(int segment) const {
    const int i = indexOf(segment);
    return i < 0 ? 0 : m_segments[std::size_t(i)].size;
}

double SilhouetteChart::segmentMean(int segment) const {
    const int i = indexOf(segment);
    return i < 0 ? 0.0 : m_segments[std::size_t(i)].mean;
}

void SilhouetteChart::layoutContent(const QPaintDevice* device) {
    const qreal s = scale();
    const ChartStyle& st = style();
    const QRectF content = contentRect();
    auto* dev = const_cast<QPaintDevice*>(device);
    const QFont labelFont = st.font(st.labelPt, true);
    m_countFont = st.tickFont();
    m_averageFont = st.tickFont();
    m_axisTitleFont = st.axisTitleFont();
    const QFontMetricsF labelFm(labelFont, dev), countFm(m_countFont, dev), tickFm(st.tickFont(), dev),
        avgFm(m_averageFont, dev), axisFm(m_axisTitleFont, dev);

    // Room above the plot for the average line's label; below it for the axis and its title, which wraps
    // rather than being cut.
    const qreal top = content.top() + avgFm.height() + 4 * s;
    m_axisTitleLines = wrapText(tr("Silhouette (how well each customer fits its segment)"), m_axisTitleFont,
                                device, content.width(), 2);
    const qreal axisTitleH = linesHeight(m_axisTitleFont, device, int(m_axisTitleLines.size()));
    const qreal bottom =
        content.bottom() - axisTitleH - st.axisTitleGap * s - bottomAxisHeight(st, device, AxisDraw{});

    // Left column: swatch, the name and the size under it. Up to 35% of the width; a longer name wraps.
    m_swatch = labelFm.height() * 0.7;
    const qreal lead = m_swatch + 6 * s;
    qreal labelW = labelFm.horizontalAdvance(SegmentLook().name(98));
    for (const auto& segment : m_segments) {
        labelW = std::max(labelW, labelFm.horizontalAdvance(segments().name(segment.label)));
        labelW = std::max(labelW, countFm.horizontalAdvance(QLocale().toString(qulonglong(segment.size))));
    }
    // A name that would not fit on two lines even at the smallest size widens the column, to at most 45%.
    qreal room = content.width() * 0.35;
    for (int widen = 0; widen <= 2; ++widen) {
        room = content.width() * (0.35 + 0.05 * widen);
        const qreal textW = room - lead;
        QFont smallest = labelFont;
        smallest.setPointSizeF(kMinNamePt);
        bool fits = true;
        for (std::size_t i = 0; i < m_segments.size() && fits; ++i) {
            const QString name = segments().name(m_segments[i].label);
            fits = complete(wrapText(name, smallest, device, textW, 2), name);
        }
        if (fits) break;
    }
    labelW = std::min(lead + labelW, room);
    m_labelLeft = content.left();
    const qreal left = m_labelLeft + labelW + 12 * s;
    // Half the "1" tick label may stand past the plot's right edge.
    const qreal right = content.right() - tickFm.horizontalAdvance(tickLabel(1.0, 0.1)) / 2 - 1 * s;
    m_plot =
        QRectF(QPointF(left, top), QPointF(std::max(right, left + 40 * s), std::max(bottom, top + 40 * s)));

    // Axis from -1 (or the lowest value, with a little room, and at most -0.1 as scikit-learn's example)
    // to 1, with ticks no closer than their labels allow.
    m_axis.lo = std::max(-1.0, std::floor(std::min(m_min, -0.1) * 10.0 - 1e-9) / 10.0);
    m_axis.hi = 1.0;
    const double range = m_axis.hi - m_axis.lo;
    m_axis.step = range > 1.2 ? 0.2 : 0.1;
    const qreal tickW = tickFm.horizontalAdvance(formatValue(-0.88)) * 1.6;
    while (m_axis.step < 1.0 && m_plot.width() / (range / m_axis.step) < tickW)
        m_axis.step = niceStep(m_axis.step * 1.5);  // 0.1, 0.2, 0.5, 1: ticks keep landing on -1, 0 and 1
    m_axis.ticks = ticksFor(m_axis.lo, m_axis.hi, m_axis.step);

    const qreal axisTitleW = std::min(content.width(), std::max(m_plot.width(), [&] {
                                          qreal w = 0;
                                          for (const QString& line : m_axisTitleLines)
                                              w = std::max(w, axisFm.horizontalAdvance(line));
                                          return w;
                                      }()));
    const qreal axisTitleLeft =
        std::clamp(m_plot.center().x() - axisTitleW / 2, content.left(), content.right() - axisTitleW);
    m_axisTitleRect = QRectF(axisTitleLeft, content.bottom() - axisTitleH, axisTitleW, axisTitleH);

    // Bands: heights proportional to the rows scored, each at least a few pixels, with small gaps.
    m_bands.clear();
    const std::size_t n = m_segments.size();
    qreal gap = 0.0;
    if (n > 0) {
        const qreal inner = m_plot.height() - 8 * s;  // 4 px above the first and below the last band
        gap = std::clamp(inner * 0.02, 2.0 * s, 8.0 * s);
        gap = std::min(gap, inner * 0.25 / double(n));
        const qreal available = std::max(inner - gap * double(n - 1), 1.0);
        const qreal minH = std::min(3.0 * s, available / double(n));
        const qreal share = available - minH * double(n);
        qreal y = m_plot.top() + 4 * s;
        for (std::size_t i = 0; i < n; ++i) {
            const qreal h = minH + share * double(m_segments[i].sorted.size()) / double(m_scored);
            Band band;
            band.rect = QRectF(m_plot.left(), y, m_plot.width(), h);
            m_bands.push_back(band);
            y += h + gap;
        }
    }

    // Labels at the left of each band: the name on up to two lines where the band has room (set smaller,
    // down to kMinNamePt, before anything is cut), and the size under it when there is room for that too.
    // A label that would overlap the one above is left out (the tooltip still names the band).
    const qreal textW = std::max(m_plot.left() - 12 * s - (m_labelLeft + lead), 10 * s);
    qreal lastBottom = -1e9;
    for (std::size_t i = 0; i < n; ++i) {
        Band& band = m_bands[i];
        const QString name = segments().name(m_segments[i].label);
        const qreal room = band.rect.height() + gap;
        const int maxLines = room >= 2 * labelFm.height() ? 2 : 1;
        QFont font = labelFont;
        QStringList lines;
        for (qreal pt = st.labelPt; pt >= kMinNamePt - 1e-9; pt -= 0.5) {
            font.setPointSizeF(pt);
            lines = wrapText(name, font, device, textW, maxLines);
            if (complete(lines, name)) break;
        }
        // A name that fits at no size (a thin band) is cut at the label's own size, as its neighbours'.
        if (!complete(lines, name)) {
            font = labelFont;
            lines = wrapText(name, font, device, textW, maxLines);
        }
        const QFontMetricsF nameFm(font, dev);
        const qreal nameH = nameFm.height() * lines.size();
        band.count = room >= nameH + countFm.height();
        const qreal h = nameH + (band.count ? countFm.height() : 0.0);
        qreal labelTop = std::max(band.rect.center().y() - h / 2, m_plot.top());
        labelTop = std::min(labelTop, m_plot.bottom() - h);
        if (labelTop < lastBottom || lines.isEmpty()) continue;
        lastBottom = labelTop + h;
        band.lines = lines;
        band.font = font;
        qreal widest = 0.0;
        for (const QString& line : lines)
            widest = std::max(widest, nameFm.horizontalAdvance(line));
        band.label = QRectF(m_labelLeft, labelTop, lead + std::min(widest, textW), h);
    }

    // The average's label, centred over its line and kept inside the content.
    const QString avgText = tr("Average %1").arg(formatValue(m_average));
    const qreal ax = xForValue(m_average);
    const qreal w = avgFm.horizontalAdvance(avgText) + 4 * s;
    m_avgBox = QRectF(ax - w / 2, m_plot.top() - avgFm.height() - 4 * s, w, avgFm.height());
    if (m_avgBox.right() > content.right()) m_avgBox.moveRight(content.right());
    if (m_avgBox.left() < m_plot.left()) m_avgBox.moveLeft(m_plot.left());
}

QRectF SilhouetteChart::bandRect(int segment) const {
    const int i = indexOf(segment);
    return i < 0 || i >= int(m_bands.size()) ? QRectF() : m_bands[std::size_t(i)].rect;
}

qreal SilhouetteChart::xForValue(double value) const {
    return m_axis.map(value, m_plot.left(), m_plot.right());
}

QStringList SilhouetteChart::labelLines(int segment) const {
    const int i = indexOf(segment);
    return i < 0 || i >= int(m_bands.size()) ? QStringList() : m_bands[std::size_t(i)].lines;
}

QRectF SilhouetteChart::labelRect(int segment) const {
    const int i = indexOf(segment);
    return i < 0 || i >= int(m_bands.size()) ? QRectF() : m_bands[std::size_t(i)].label;
}

int SilhouetteChart::segmentAt(QPointF pos) const {
    if (pos.x() < m_labelLeft || pos.x() > m_plot.right()) return kNoSegment;
    for (std::size_t i = 0; i < m_bands.size() && i < m_segments.size(); ++i) {
        const QRectF& r = m_bands[i].rect;
        if (pos.y() >= r.top() && pos.y() <= r.bottom()) return m_segments[i].label;
    }
    return kNoSegment;
}

Hit SilhouetteChart::hitTest(QPointF point) const {
    Hit hit;
    const int segment = segmentAt(point);
    if (segment == kNoSegment) return hit;
    hit.kind = Hit::Kind::Segment;
    hit.segment = segment;
    hit.toolTip = tr("%1\nCustomers: %2\nAverage silhouette: %3")
                      .arg(segments().name(segment), QLocale().toString(qulonglong(segmentSize(segment))),
                           formatValue(segmentMean(segment)));
    return hit;
}

void SilhouetteChart::paintContent(QPainter& painter) const {
    const qreal s = scale();
    const ChartStyle& st = style();

    paintBottomAxis(painter, st, m_plot, m_axis, AxisDraw{});
    painter.setFont(m_axisTitleFont);
    painter.setPen(st.text);
    drawLines(painter, m_axisTitleRect, m_axisTitleLines, Qt::AlignHCenter | Qt::AlignTop);

    if (m_segments.empty()) {
        painter.setFont(st.noteFont());
        painter.setPen(st.muted);
        painter.drawText(m_plot, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Run a segmentation to see how well customers fit"));
        return;
    }

    // Bands: one rectangle per bin of rows, a bin being at most one device pixel row tall. Values are sorted
    // descending, so a bin's first and last rows are its extremes and its envelope runs from min(0, last)
    // to max(0, first). Antialiasing off so adjacent bins meet without seams.
    const qreal dpr = std::max<qreal>(painter.device() ? painter.device()->devicePixelRatioF() : 1.0, 1.0);
    const qreal zero = xForValue(0.0);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (std::size_t i = 0; i < m_bands.size() && i < m_segments.size(); ++i) {
        const Segment& segment = m_segments[i];
        const QRectF& rect = m_bands[i].rect;
        const QColor color = segmentColor(segment.label);
        const std::size_t rows = segment.sorted.size();
        const auto bins = std::size_t(std::clamp<double>(std::floor(rect.height() * dpr), 1.0, double(rows)));
        const qreal binH = rect.height() / double(bins);
        for (std::size_t b = 0; b < bins; ++b) {
            const std::size_t first = b * rows / bins;
            const std::size_t last = std::max(first, (b + 1) * rows / bins - 1);
            const qreal hi = xForValue(std::max(0.0, double(segment.sorted[first])));
            const qreal lo = xForValue(std::min(0.0, double(segment.sorted[last])));
            if (hi - lo <= 0.0) continue;
            painter.fillRect(QRectF(lo, rect.top() + b * binH, hi - lo, binH), color);
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(st.axis, 1 * s));
    painter.drawLine(QPointF(zero, m_plot.top()), QPointF(zero, m_plot.bottom()));

    // Labels: swatch, name and (where there is room) the number of customers.
    const QFontMetricsF countFm(m_countFont, painter.device());
    for (std::size_t i = 0; i < m_bands.size() && i < m_segments.size(); ++i) {
        const Band& band = m_bands[i];
        if (band.label.isEmpty()) continue;
        const int label = m_segments[i].label;
        const bool dim = isFaded(label);
        const QFontMetricsF nameFm(band.font, painter.device());
        const qreal top = band.label.top();
        const qreal textLeft = m_labelLeft + m_swatch + 6 * s;
        const qreal textW = band.label.right() - textLeft;
        painter.setPen(Qt::NoPen);
        painter.setBrush(segmentColor(label));
        painter.drawRoundedRect(
            QRectF(m_labelLeft, top + (nameFm.height() - m_swatch) / 2, m_swatch, m_swatch), 2 * s, 2 * s);
        painter.setFont(band.font);
        painter.setPen(dim ? st.muted : st.text);
        const qreal nameH = nameFm.height() * band.lines.size();
        drawLines(painter, QRectF(textLeft, top, textW + 1 * s, nameH), band.lines,
                  Qt::AlignLeft | Qt::AlignTop);
        if (band.count) {
            painter.setFont(m_countFont);
            painter.setPen(st.muted);
            painter.drawText(
                QRectF(textLeft, top + nameH, m_plot.left() - 12 * s - textLeft, countFm.height()),
                Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(qulonglong(m_segments[i].size)));
        }
    }

    // The average, dashed, labelled above the plot.
    const qreal ax = xForValue(m_average);
    QPen avgPen(averageColor(), 1.5 * s, Qt::DashLine);
    avgPen.setDashPattern({6, 4});
    painter.setPen(avgPen);
    painter.drawLine(QPointF(ax, m_plot.top()), QPointF(ax, m_plot.bottom()));
    painter.setFont(m_averageFont);
    painter.setPen(st.text);
    painter.drawText(m_avgBox, Qt::AlignCenter, tr("Average %1").arg(formatValue(m_average)));
}

}  // namespace seg::chart
