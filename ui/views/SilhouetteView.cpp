#include "views/SilhouetteView.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <functional>

#include "views/ChartPainting.h"
#include "views/SegmentPalette.h"

namespace seg::ui {

namespace {

using chart::faded;
using chart::pxScale;
using chart::sized;

const QColor kText(0x22, 0x22, 0x22);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kGrid(0xE4, 0xE4, 0xE4);

QString formatValue(double v) {
    return QLocale().toString(v, 'f', 2);
}

}  // namespace

struct SilhouetteView::Layout {
    qreal s = 1.0;
    QFont titleFont, noteFont, labelFont, countFont, tickFont, axisTitleFont;
    QRectF bounds, title, note, plot, axisTitle;
    qreal labelLeft = 0.0;
    double xMin = -0.1;
    double step = 0.2;
    struct Band {
        QRectF rect;  // full plot width
        int index = 0;
    };
    std::vector<Band> bands;

    [[nodiscard]] qreal x(double v) const { return plot.left() + (v - xMin) / (1.0 - xMin) * plot.width(); }
};

SilhouetteView::SilhouetteView(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Silhouette plot"));
    setWhatsThis(
        tr("Each bar is a customer: long bars to the right fit their segment well, bars to the left of zero "
           "would fit another segment better. Click a segment to select it."));
}

void SilhouetteView::clear() {
    m_segments.clear();
    m_scored = 0;
    m_average = 0.0;
    m_min = 0.0;
    m_sampled = false;
    update();
}

void SilhouetteView::setSilhouette(const std::vector<double>& values, const std::vector<int>& labels,
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
    m_min = 0.0;
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
    update();
}

std::vector<int> SilhouetteView::segments() const {
    std::vector<int> out;
    for (const auto& segment : m_segments)
        out.push_back(segment.label);
    return out;
}

void SilhouetteView::highlightSegment(int segment) {
    if (segment == m_highlight) return;
    m_highlight = segment;
    update();
}

SilhouetteView::Layout SilhouetteView::layout(const QRectF& bounds, const QPaintDevice* device) const {
    if (!device) device = this;
    Layout l;
    l.bounds = bounds;
    l.s = pxScale(device);
    const qreal s = l.s;
    const QFont base = font();
    l.titleFont = sized(base, 13.0, true);
    l.noteFont = sized(base, 9.0);
    l.labelFont = sized(base, 9.5, true);
    l.countFont = sized(base, 8.5);
    l.tickFont = sized(base, 9.0);
    l.axisTitleFont = sized(base, 10.0);
    auto* dev = const_cast<QPaintDevice*>(device);
    const QFontMetricsF titleFm(l.titleFont, dev), noteFm(l.noteFont, dev), labelFm(l.labelFont, dev),
        countFm(l.countFont, dev), tickFm(l.tickFont, dev), axisFm(l.axisTitleFont, dev);

    const qreal margin = 14 * s;
    qreal y = bounds.top() + margin;
    l.title = QRectF(bounds.left() + margin, y, bounds.width() - 2 * margin, titleFm.height());
    y = l.title.bottom() + 2 * s;
    if (m_sampled) {
        l.note = QRectF(l.title.left(), y, l.title.width(), noteFm.height());
        y = l.note.bottom();
    }
    // Room above the plot for the average line's label.
    y += 8 * s + tickFm.height() + 4 * s;

    // Left column: swatch, "Segment n" and its size under it.
    const qreal swatch = labelFm.height() * 0.7;
    qreal labelW = labelFm.horizontalAdvance(tr("Segment %1").arg(99));
    for (const auto& segment : m_segments) {
        labelW = std::max(labelW, labelFm.horizontalAdvance(segmentName(segment.label)));
        labelW = std::max(labelW, countFm.horizontalAdvance(QLocale().toString(qulonglong(segment.size))));
    }
    labelW = std::min(swatch + 6 * s + labelW, bounds.width() * 0.35);
    l.labelLeft = bounds.left() + margin;
    const qreal left = l.labelLeft + labelW + 12 * s;
    // Half the "1" tick label may stand past the plot's right edge.
    const qreal right = bounds.right() - margin - tickFm.horizontalAdvance(formatValue(1.0)) / 2;
    const qreal bottom = bounds.bottom() - margin - axisFm.height() - 6 * s - tickFm.height() - 8 * s;
    l.plot = QRectF(QPointF(left, y), QPointF(std::max(right, left + 40 * s), std::max(bottom, y + 40 * s)));
    l.axisTitle =
        QRectF(l.plot.left(), bounds.bottom() - margin - axisFm.height(), l.plot.width(), axisFm.height());

    // Axis from -1 (or the lowest value, with a little room, and at most -0.1 as scikit-learn's example)
    // to 1.
    l.xMin = std::max(-1.0, std::floor(std::min(m_min, -0.1) * 10.0 - 1e-9) / 10.0);
    const double range = 1.0 - l.xMin;
    l.step = range > 1.2 ? 0.2 : 0.1;
    const qreal tickW = tickFm.horizontalAdvance(formatValue(-0.88)) * 1.6;
    while (l.step < 1.0 && l.plot.width() / (range / l.step) < tickW)
        l.step *= 2.0;

    // Bands: heights proportional to the rows scored, each at least a few pixels, with small gaps.
    const std::size_t n = m_segments.size();
    if (n > 0) {
        const qreal inner = l.plot.height() - 8 * s;  // 4 px above the first and below the last band
        qreal gap = std::clamp(inner * 0.02, 2.0 * s, 8.0 * s);
        gap = std::min(gap, inner * 0.25 / double(n));
        const qreal available = std::max(inner - gap * double(n - 1), 1.0);
        const qreal minH = std::min(3.0 * s, available / double(n));
        const qreal share = available - minH * double(n);
        qreal top = l.plot.top() + 4 * s;
        for (std::size_t i = 0; i < n; ++i) {
            const qreal h = minH + share * double(m_segments[i].sorted.size()) / double(m_scored);
            l.bands.push_back({QRectF(l.plot.left(), top, l.plot.width(), h), int(i)});
            top += h + gap;
        }
    }
    return l;
}

QRectF SilhouetteView::plotRect(const QRectF& bounds, const QPaintDevice* device) const {
    return layout(bounds, device).plot;
}

QRectF SilhouetteView::bandRect(int segment, const QRectF& bounds, const QPaintDevice* device) const {
    const Layout l = layout(bounds, device);
    for (const auto& band : l.bands)
        if (m_segments[std::size_t(band.index)].label == segment) return band.rect;
    return {};
}

qreal SilhouetteView::xForValue(double value, const QRectF& bounds, const QPaintDevice* device) const {
    return layout(bounds, device).x(value);
}

int SilhouetteView::segmentAt(const QPointF& pos, const QRectF& bounds, const QPaintDevice* device) const {
    const Layout l = layout(bounds, device);
    if (pos.x() < l.labelLeft || pos.x() > l.plot.right()) return -1;
    for (const auto& band : l.bands)
        if (pos.y() >= band.rect.top() && pos.y() <= band.rect.bottom())
            return m_segments[std::size_t(band.index)].label;
    return -1;
}

void SilhouetteView::paint(QPainter& painter, const QRectF& bounds) const {
    const Layout l = layout(bounds, painter.device());
    const qreal s = l.s;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(bounds, Qt::white);

    painter.setPen(kText);
    painter.setFont(l.titleFont);
    painter.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter, tr("How well customers fit their segments"));
    if (m_sampled) {
        painter.setFont(l.noteFont);
        painter.setPen(kMuted);
        painter.drawText(
            l.note, Qt::AlignLeft | Qt::AlignVCenter,
            tr("Estimated from a sample of %1 customers").arg(QLocale().toString(qulonglong(m_scored))));
    }

    // Grid and ticks.
    const QFontMetricsF tickFm(l.tickFont, painter.device());
    painter.setFont(l.tickFont);
    const int firstTick = int(std::ceil(l.xMin / l.step - 1e-9));
    const int lastTick = int(std::floor(1.0 / l.step + 1e-9));
    for (int t = firstTick; t <= lastTick; ++t) {
        const double v = t * l.step;
        const qreal x = l.x(v);
        painter.setPen(QPen(kGrid, 1 * s));
        painter.drawLine(QPointF(x, l.plot.top()), QPointF(x, l.plot.bottom()));
        painter.setPen(QPen(kMuted, 1 * s));
        painter.drawLine(QPointF(x, l.plot.bottom()), QPointF(x, l.plot.bottom() + 5 * s));
        painter.setPen(kText);
        const QRectF box(x - 100 * s, l.plot.bottom() + 7 * s, 200 * s, tickFm.height());
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop, formatValue(std::abs(v) < 1e-9 ? 0.0 : v));
    }
    painter.setPen(QPen(kMuted, 1 * s));
    painter.drawLine(l.plot.bottomLeft(), l.plot.bottomRight());
    painter.setFont(l.axisTitleFont);
    painter.setPen(kText);
    painter.drawText(l.axisTitle, Qt::AlignCenter,
                     tr("Silhouette (how well each customer fits its segment)"));

    if (m_segments.empty()) {
        painter.setFont(l.noteFont);
        painter.setPen(kMuted);
        painter.drawText(l.plot, Qt::AlignCenter, tr("Run a segmentation to see how well customers fit"));
        painter.restore();
        return;
    }

    // Bands: one rectangle per bin of rows, a bin being at most one device pixel row tall. Values are sorted
    // descending, so a bin's first and last rows are its extremes and its envelope runs from min(0, last)
    // to max(0, first). Antialiasing off so adjacent bins meet without seams.
    const qreal dpr = std::max<qreal>(painter.device()->devicePixelRatioF(), 1.0);
    const qreal zero = l.x(0.0);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const auto& band : l.bands) {
        const Segment& segment = m_segments[std::size_t(band.index)];
        QColor color = SegmentPalette::color(segment.label);
        if (m_highlight >= 0 && m_highlight != segment.label) color = faded(color);
        const std::size_t rows = segment.sorted.size();
        const auto bins =
            std::size_t(std::clamp<double>(std::floor(band.rect.height() * dpr), 1.0, double(rows)));
        const qreal binH = band.rect.height() / double(bins);
        for (std::size_t b = 0; b < bins; ++b) {
            const std::size_t first = b * rows / bins;
            const std::size_t last = std::max(first, (b + 1) * rows / bins - 1);
            const qreal hi = l.x(std::max(0.0, double(segment.sorted[first])));
            const qreal lo = l.x(std::min(0.0, double(segment.sorted[last])));
            if (hi - lo <= 0.0) continue;
            painter.fillRect(QRectF(lo, band.rect.top() + b * binH, hi - lo, binH), color);
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(kMuted, 1 * s));
    painter.drawLine(QPointF(zero, l.plot.top()), QPointF(zero, l.plot.bottom()));

    // Labels at the left of each band: swatch and name, and the size under it when the band has room; a
    // label that would overlap the one above is left out (the tooltip still names the band).
    const QFontMetricsF labelFm(l.labelFont, painter.device()), countFm(l.countFont, painter.device());
    const qreal swatch = labelFm.height() * 0.7;
    const qreal textLeft = l.labelLeft + swatch + 6 * s;
    const qreal textW = l.plot.left() - 12 * s - textLeft;
    qreal lastBottom = -1e9;
    for (const auto& band : l.bands) {
        const Segment& segment = m_segments[std::size_t(band.index)];
        const bool twoLines = band.rect.height() >= labelFm.height() + countFm.height();
        const qreal h = twoLines ? labelFm.height() + countFm.height() : labelFm.height();
        const qreal top = std::max(band.rect.center().y() - h / 2, l.plot.top());
        if (top < lastBottom) continue;
        lastBottom = top + h;
        const bool dim = m_highlight >= 0 && m_highlight != segment.label;
        QColor color = SegmentPalette::color(segment.label);
        painter.setPen(Qt::NoPen);
        painter.setBrush(dim ? faded(color) : color);
        painter.drawRoundedRect(QRectF(l.labelLeft, top + (labelFm.height() - swatch) / 2, swatch, swatch),
                                2 * s, 2 * s);
        painter.setFont(l.labelFont);
        painter.setPen(dim ? kMuted : kText);
        painter.drawText(QRectF(textLeft, top, textW, labelFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         labelFm.elidedText(segmentName(segment.label), Qt::ElideRight, textW));
        if (twoLines) {
            painter.setFont(l.countFont);
            painter.setPen(kMuted);
            painter.drawText(
                QRectF(textLeft, top + labelFm.height(), textW, countFm.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                countFm.elidedText(QLocale().toString(qulonglong(segment.size)), Qt::ElideRight, textW));
        }
    }

    // The average, dashed, labelled above the plot.
    const qreal ax = l.x(m_average);
    QPen avgPen(QColor(0xC0, 0x00, 0x30), 1.5 * s, Qt::DashLine);
    avgPen.setDashPattern({6, 4});
    painter.setPen(avgPen);
    painter.drawLine(QPointF(ax, l.plot.top()), QPointF(ax, l.plot.bottom()));
    painter.setFont(l.tickFont);
    painter.setPen(kText);
    const QString avgText = tr("Average %1").arg(formatValue(m_average));
    const qreal w = tickFm.horizontalAdvance(avgText) + 4 * s;
    QRectF avgBox(ax - w / 2, l.plot.top() - tickFm.height() - 4 * s, w, tickFm.height());
    if (avgBox.right() > l.bounds.right() - 4 * s) avgBox.moveRight(l.bounds.right() - 4 * s);
    if (avgBox.left() < l.plot.left()) avgBox.moveLeft(l.plot.left());
    painter.drawText(avgBox, Qt::AlignCenter, avgText);
    painter.restore();
}

QImage SilhouetteView::render(QSize size, qreal dpr) const {
    return chart::renderImage(size, dpr, [this](QPainter& p, const QRectF& r) { paint(p, r); });
}

QString SilhouetteView::toolTipAt(const QPointF& pos) const {
    const int label = segmentAt(pos, rect(), this);
    for (const auto& segment : m_segments) {
        if (segment.label != label) continue;
        return tr("Segment %1\nCustomers: %2\nAverage silhouette: %3")
            .arg(segment.label + 1)
            .arg(QLocale().toString(qulonglong(segment.size)))
            .arg(formatValue(segment.mean));
    }
    return {};
}

void SilhouetteView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, rect());
}

void SilhouetteView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        const int segment = segmentAt(event->position(), rect(), this);
        if (segment >= 0) {
            emit segmentClicked(segment);
            event->accept();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

bool SilhouetteView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void SilhouetteView::setSegmentNames(const QStringList& names) {
    m_names = names;
    update();
}

QString SilhouetteView::segmentName(int segment) const {
    if (segment >= 0 && segment < m_names.size() && !m_names[segment].isEmpty()) return m_names[segment];
    return tr("Segment %1").arg(segment + 1);
}

}  // namespace seg::ui
