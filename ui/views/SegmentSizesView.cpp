#include "views/SegmentSizesView.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "views/ChartPainting.h"
#include "views/SegmentPalette.h"

namespace seg::ui {

namespace {

using chart::faded;
using chart::niceStep;
using chart::pxScale;
using chart::sized;

const QColor kText(0x22, 0x22, 0x22);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kGrid(0xE4, 0xE4, 0xE4);
constexpr qreal kBarShare = 0.7;  // of a row's height
constexpr qreal kValueGap = 6.0;  // px between a bar's end and its value

}  // namespace

struct SegmentSizesView::Layout {
    qreal s = 1.0;
    QFont titleFont, labelFont, valueFont, tickFont, axisTitleFont;
    QRectF bounds, title, plot;
    qreal labelLeft = 0.0;
    qreal barMaxW = 1.0;  // width of the largest count's bar
    double axisMax = 1.0;
    double step = 1.0;
    qreal pitch = 1.0;
    qreal barH = 1.0;
    int labelEvery = 1;
    int rows = 0;

    // Row r's band and bar (row = segment, the noise row last).
    [[nodiscard]] QRectF rowRect(int r) const {
        return QRectF(bounds.left(), plot.top() + r * pitch, plot.right() - bounds.left(), pitch);
    }
    [[nodiscard]] qreal x(double count) const { return plot.left() + count / axisMax * barMaxW; }
};

SegmentSizesView::SegmentSizesView(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Segment sizes"));
    setWhatsThis(tr("Customers in each segment. Click a bar to select its segment."));
}

void SegmentSizesView::setSizes(std::vector<std::size_t> sizes, std::size_t noise, QStringList names) {
    m_sizes = std::move(sizes);
    m_noise = noise;
    m_names = std::move(names);
    update();
}

void SegmentSizesView::clear() {
    setSizes({}, 0, {});
}

std::size_t SegmentSizesView::total() const {
    std::size_t sum = m_noise;
    for (std::size_t n : m_sizes)
        sum += n;
    return sum;
}

QString SegmentSizesView::segmentName(int segment) const {
    if (segment < 0) return tr("Outliers");
    if (segment < m_names.size() && !m_names[segment].isEmpty()) return m_names[segment];
    return tr("Segment %1").arg(segment + 1);
}

QString SegmentSizesView::valueText(std::size_t count) const {
    const QLocale locale;
    const std::size_t all = total();
    const double share = all > 0 ? 100.0 * double(count) / double(all) : 0.0;
    return tr("%1 (%2)").arg(locale.toString(qulonglong(count)),
                             tr("%1%").arg(locale.toString(share, 'f', 1)));
}

void SegmentSizesView::highlightSegment(int segment) {
    if (segment == m_highlight) return;
    m_highlight = segment;
    update();
}

SegmentSizesView::Layout SegmentSizesView::layout(const QRectF& bounds, const QPaintDevice* device) const {
    if (!device) device = this;
    const qreal s = pxScale(device);
    auto* dev = const_cast<QPaintDevice*>(device);
    const QFont base = font();
    const qreal margin = 14 * s;
    const int rows = int(m_sizes.size()) + (m_noise > 0 ? 1 : 0);

    // The layout with the bar labels, values and ticks grown by `grow` (1: their base sizes).
    auto fit = [&](qreal grow) {
        Layout l;
        l.bounds = bounds;
        l.s = s;
        l.rows = rows;
        l.titleFont = sized(base, 13.0, true);
        l.labelFont = sized(base, 9.5 * grow);
        l.valueFont = sized(base, 9.0 * grow);
        l.tickFont = sized(base, 8.5 * grow);
        l.axisTitleFont = sized(base, 10.0 * grow);
        const QFontMetricsF titleFm(l.titleFont, dev), labelFm(l.labelFont, dev), valueFm(l.valueFont, dev),
            tickFm(l.tickFont, dev), axisFm(l.axisTitleFont, dev);

        l.title = QRectF(bounds.left() + margin, bounds.top() + margin, bounds.width() - 2 * margin,
                         titleFm.height());
        const qreal top = l.title.bottom() + 12 * s;

        const qreal swatch = labelFm.height() * 0.7;
        qreal labelW = 0.0;
        qreal valueW = 0.0;
        std::size_t largest = 0;
        for (int i = 0; i < int(m_sizes.size()); ++i) {
            labelW = std::max(labelW, labelFm.horizontalAdvance(segmentName(i)));
            valueW = std::max(valueW, valueFm.horizontalAdvance(valueText(m_sizes[std::size_t(i)])));
            largest = std::max(largest, m_sizes[std::size_t(i)]);
        }
        if (m_noise > 0) {
            labelW = std::max(labelW, labelFm.horizontalAdvance(segmentName(-1)));
            valueW = std::max(valueW, valueFm.horizontalAdvance(valueText(m_noise)));
            largest = std::max(largest, m_noise);
        }
        labelW = std::min(swatch + 6 * s + labelW, bounds.width() * 0.35);
        l.labelLeft = bounds.left() + margin;
        const qreal left = l.labelLeft + labelW + 10 * s;
        const qreal right = bounds.right() - margin;
        const qreal axisH = 7 * s + tickFm.height() + 6 * s + axisFm.height();
        const qreal bottom = bounds.bottom() - margin - axisH;
        l.plot = QRectF(QPointF(left, top),
                        QPointF(std::max(right, left + 40 * s), std::max(bottom, top + 30 * s)));

        // Bars leave room at their right for the count and share, with a little air before the edge; the
        // axis ends on a tick at or past the largest.
        l.barMaxW = std::max(l.plot.width() - valueW - kValueGap * s - 10 * s, l.plot.width() * 0.4);
        const int wantTicks = std::max(
            2, int(l.barMaxW / (tickFm.horizontalAdvance(
                                    QLocale().toString(qulonglong(std::max<std::size_t>(largest, 1)))) *
                                    2.0 +
                                1.0)));
        l.step = niceStep(double(std::max<std::size_t>(largest, 1)) /
                          std::min(wantTicks, l.barMaxW > 600 * s ? 8 : 5));
        l.axisMax = std::max(1.0, double(largest));
        // Rows share the height, a bar 70% of its row, up to a thickness beyond which a few segments would
        // become slabs; then the rows close up (the same gaps between bars) and the chart sits a little above
        // the middle of the room it has. More rows than fit thin their labels.
        if (l.rows > 0) {
            const qreal maxBar = std::max(72 * s, labelFm.height() * 1.5);
            l.pitch = l.plot.height() / l.rows;
            l.barH = std::min(l.pitch * kBarShare, maxBar);
            if (l.barH < l.pitch * kBarShare) {
                l.pitch = l.barH / kBarShare;
                const qreal used = l.pitch * l.rows;
                const qreal dy = (l.plot.height() - used) * 0.4;
                l.plot = QRectF(l.plot.left(), l.plot.top() + dy, l.plot.width(), used);
            }
            l.labelEvery = std::max(1, int(std::ceil(labelFm.height() / std::max(l.pitch, 1e-9))));
        }
        return l;
    };

    Layout l = fit(1.0);
    // Thick bars (exports, meeting-room screens) get modestly larger labels.
    const qreal grow = std::clamp(l.barH / (48 * s), 1.0, 1.3);
    if (grow > 1.01) l = fit(grow);
    return l;
}

QRectF SegmentSizesView::plotRect(const QRectF& bounds, const QPaintDevice* device) const {
    return layout(bounds, device).plot;
}

QRectF SegmentSizesView::barRect(int segment, const QRectF& bounds, const QPaintDevice* device) const {
    const Layout l = layout(bounds, device);
    return barRect(l, segment);
}

QRectF SegmentSizesView::barRect(const Layout& l, int segment) const {
    int row = segment;
    std::size_t count = 0;
    if (segment < 0) {
        if (m_noise == 0) return {};
        row = int(m_sizes.size());
        count = m_noise;
    } else {
        if (segment >= int(m_sizes.size())) return {};
        count = m_sizes[std::size_t(segment)];
    }
    const QRectF band = l.rowRect(row);
    return QRectF(l.plot.left(), band.center().y() - l.barH / 2, l.x(double(count)) - l.plot.left(), l.barH);
}

QRectF SegmentSizesView::valueLabelRect(int segment, const QRectF& bounds, const QPaintDevice* device) const {
    if (!device) device = this;
    const Layout l = layout(bounds, device);
    const QRectF bar = barRect(l, segment);
    const QFontMetricsF valueFm(l.valueFont, const_cast<QPaintDevice*>(device));
    if (bar.isNull() || !showsValues(l, valueFm.height())) return {};
    const std::size_t count = segment < 0 ? m_noise : m_sizes[std::size_t(segment)];
    return QRectF(bar.right() + kValueGap * l.s, bar.center().y() - valueFm.height() / 2,
                  valueFm.horizontalAdvance(valueText(count)), valueFm.height());
}

bool SegmentSizesView::showsValues(const Layout& l, qreal valueHeight) {
    return l.pitch >= valueHeight * 0.9;
}

int SegmentSizesView::segmentAt(const QPointF& pos, const QRectF& bounds, const QPaintDevice* device) const {
    const Layout l = layout(bounds, device);
    if (pos.x() < l.labelLeft || pos.x() > l.plot.right()) return NoSegment;
    for (int r = 0; r < l.rows; ++r)
        if (l.rowRect(r).contains(pos)) return r < int(m_sizes.size()) ? r : -1;
    return NoSegment;
}

void SegmentSizesView::paint(QPainter& painter, const QRectF& bounds) const {
    const Layout l = layout(bounds, painter.device());
    const qreal s = l.s;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(bounds, Qt::white);

    painter.setPen(kText);
    painter.setFont(l.titleFont);
    painter.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter, tr("Customers per segment"));

    const QFontMetricsF tickFm(l.tickFont, painter.device());
    const qreal gridBottom = l.rows > 0 ? l.plot.top() + l.rows * l.pitch : l.plot.bottom();
    painter.setFont(l.tickFont);
    for (double v = 0.0; v <= l.axisMax * (1 + 1e-9); v += l.step) {
        const qreal x = l.x(v);
        painter.setPen(QPen(kGrid, 1 * s));
        painter.drawLine(QPointF(x, l.plot.top()), QPointF(x, gridBottom));
        painter.setPen(QPen(kMuted, 1 * s));
        painter.drawLine(QPointF(x, gridBottom), QPointF(x, gridBottom + 5 * s));
        painter.setPen(kText);
        painter.drawText(QRectF(x - 100 * s, gridBottom + 7 * s, 200 * s, tickFm.height()),
                         Qt::AlignHCenter | Qt::AlignTop, QLocale().toString(qulonglong(std::llround(v))));
    }
    painter.setPen(QPen(kMuted, 1 * s));
    painter.drawLine(QPointF(l.plot.left(), gridBottom), QPointF(l.plot.right(), gridBottom));
    painter.drawLine(QPointF(l.plot.left(), l.plot.top()), QPointF(l.plot.left(), gridBottom));
    painter.setFont(l.axisTitleFont);
    painter.setPen(kText);
    const QFontMetricsF axisFm(l.axisTitleFont, painter.device());
    painter.drawText(
        QRectF(l.plot.left(), gridBottom + 7 * s + tickFm.height() + 6 * s, l.plot.width(), axisFm.height()),
        Qt::AlignCenter, tr("Customers"));

    if (l.rows == 0) {
        painter.setPen(kMuted);
        painter.drawText(l.plot, Qt::AlignCenter, tr("Run a segmentation to see its segment sizes"));
        painter.restore();
        return;
    }

    const QFontMetricsF labelFm(l.labelFont, painter.device()), valueFm(l.valueFont, painter.device());
    const qreal swatch = labelFm.height() * 0.7;
    const qreal textLeft = l.labelLeft + swatch + 6 * s;
    const qreal textW = l.plot.left() - 10 * s - textLeft;
    const bool showValues = showsValues(l, valueFm.height());
    for (int r = 0; r < l.rows; ++r) {
        const bool isNoise = r >= int(m_sizes.size());
        const int segment = isNoise ? -1 : r;
        const std::size_t count = isNoise ? m_noise : m_sizes[std::size_t(r)];
        const bool dim = m_highlight >= 0 && m_highlight != segment;
        QColor color = isNoise ? SegmentPalette::noise() : SegmentPalette::color(segment);
        if (dim) color = faded(color);
        const QRectF band = l.rowRect(r);
        const QRectF bar = barRect(l, segment);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRect(bar);
        if (showValues) {
            painter.setFont(l.valueFont);
            painter.setPen(dim ? kMuted : kText);
            painter.drawText(
                QRectF(bar.right() + kValueGap * s, band.top(), l.plot.right() - bar.right(), band.height()),
                Qt::AlignLeft | Qt::AlignVCenter, valueText(count));
        }
        // The noise label is always shown, unless it would touch the last segment label drawn above it.
        const int lastLabelled = (int(m_sizes.size()) - 1) / l.labelEvery * l.labelEvery;
        if (isNoise ? !m_sizes.empty() && r - lastLabelled < l.labelEvery : r % l.labelEvery != 0) continue;
        const qreal cy = band.center().y();
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(l.labelLeft, cy - swatch / 2, swatch, swatch), 2 * s, 2 * s);
        painter.setFont(l.labelFont);
        painter.setPen(dim ? kMuted : kText);
        painter.drawText(QRectF(textLeft, cy - labelFm.height() / 2, textW, labelFm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         labelFm.elidedText(segmentName(segment), Qt::ElideRight, textW));
    }
    painter.restore();
}

QImage SegmentSizesView::render(QSize size, qreal dpr) const {
    return chart::renderImage(size, dpr, [this](QPainter& p, const QRectF& r) { paint(p, r); });
}

void SegmentSizesView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, rect());
}

void SegmentSizesView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        const int segment = segmentAt(event->position(), rect(), this);
        if (segment != NoSegment) {
            emit segmentClicked(segment);
            event->accept();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

}  // namespace seg::ui
