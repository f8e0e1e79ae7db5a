#include "views/DendrogramView.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <limits>

#include "views/ChartPainting.h"
#include "views/SegmentPalette.h"

namespace seg::ui {

namespace {

using chart::niceStep;
using chart::pxScale;
using chart::sized;

// Links above the cut belong to no segment: a dark neutral grey reads as "not a segment" next to every
// palette hue, including the palette's own grey-blue.
const QColor kAboveCut(0x44, 0x44, 0x44);
const QColor kText(0x22, 0x22, 0x22);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kGrid(0xE4, 0xE4, 0xE4);

}  // namespace

struct DendrogramView::Layout {
    qreal s = 1.0;
    int legendRows = 0;
    QFont titleFont, noteFont, legendFont, tickFont, axisTitleFont, leafFont;
    QRectF bounds;
    QRectF title, note;
    struct LegendItem {
        QRectF swatch;
        QPointF textAt;
        QString text;
        QColor color;
    };
    std::vector<LegendItem> legend;
    QRectF plot;
    double top = 1.0;  // height at plot.top()
    double step = 0.2;
    qreal leafLabelHeight = 0.0;
    int labelEvery = 1;

    [[nodiscard]] double y(double height) const { return plot.bottom() - height / top * plot.height(); }
    [[nodiscard]] double x(double leafUnits, std::size_t leaves) const {
        return plot.left() + leafUnits / double(std::max<std::size_t>(leaves, 1)) * plot.width();
    }
};

DendrogramView::DendrogramView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);  // the cursor changes over the cut line before any button is pressed
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Dendrogram"));
    setWhatsThis(tr("Drag the dashed line, or press Up and Down, to choose the number of segments."));
}

void DendrogramView::setResult(std::shared_ptr<const seg::cluster::HierarchicalResult> result) {
    m_result = std::move(result);
    m_dragging = false;
    rebuild();
    applyK(m_k, false);
    m_cutHeight = snappedHeight(effectiveK());
    update();
}

void DendrogramView::setTruncateP(int p) {
    m_p = std::max(p, 2);
    rebuild();
    applyK(m_k, false);
    m_cutHeight = snappedHeight(effectiveK());
    update();
}

bool DendrogramView::isTruncated() const {
    return m_result && m_result->leaves() > static_cast<std::size_t>(m_p);
}

void DendrogramView::rebuild() {
    m_count.clear();
    m_maxDist.clear();
    m_sortedMaxDist.clear();
    m_firstLeaf.clear();
    m_leafRow.clear();
    m_leafSegment.clear();
    m_drawn.clear();
    m_drawnLeaves.clear();
    if (!m_result || m_result->leaves() == 0) return;
    const auto& z = m_result->linkage;
    const std::size_t m = m_result->leaves();
    if (z.size() + 1 != m) return;  // not a full tree: nothing sensible to draw
    const std::size_t nodes = 2 * m - 1;
    m_count.assign(nodes, 1);
    m_maxDist.assign(nodes, -std::numeric_limits<double>::infinity());
    m_firstLeaf.resize(nodes);
    for (std::size_t i = 0; i < m; ++i) {
        m_count[i] = m_result->leafSizes[i];
        m_firstLeaf[i] = static_cast<int>(i);
    }
    // Children precede parents in SciPy's format, so one forward pass gives max-dist (SciPy's fcluster
    // measure, which keeps inversions monotone) and each cluster's leftmost leaf in leaf order.
    std::vector<int> position(m, 0);
    for (std::size_t i = 0; i < m_result->leafOrder.size() && i < m; ++i)
        position[static_cast<std::size_t>(m_result->leafOrder[i])] = static_cast<int>(i);
    for (std::size_t i = 0; i < z.size(); ++i) {
        const std::size_t id = m + i;
        const auto a = static_cast<std::size_t>(z[i].a);
        const auto b = static_cast<std::size_t>(z[i].b);
        m_count[id] = m_count[a] + m_count[b];
        m_maxDist[id] = std::max({z[i].height, m_maxDist[a], m_maxDist[b]});
        const int la = m_firstLeaf[a];
        const int lb = m_firstLeaf[b];
        m_firstLeaf[id] = position[std::size_t(la)] <= position[std::size_t(lb)] ? la : lb;
    }
    m_sortedMaxDist.assign(m_maxDist.begin() + std::ptrdiff_t(m), m_maxDist.end());
    std::sort(m_sortedMaxDist.begin(), m_sortedMaxDist.end());
    m_leafRow.assign(m, -1);
    for (std::size_t r = 0; r < m_result->rowToLeaf.size(); ++r) {
        const int leaf = m_result->rowToLeaf[r];
        if (leaf >= 0 && std::size_t(leaf) < m && m_leafRow[std::size_t(leaf)] < 0)
            m_leafRow[std::size_t(leaf)] = static_cast<int>(r);
    }
    int nextLeaf = 0;
    buildDrawn(static_cast<int>(nodes - 1), nextLeaf);
}

// Depth-first from the root, first child (column a) first, as SciPy's leaves_list; in lastp mode a cluster
// made before the last p - 1 merges (id < 2m - p) is drawn as a leaf. Recursion is at most p deep.
int DendrogramView::buildDrawn(int id, int& nextLeaf) {
    const int m = static_cast<int>(m_result->leaves());
    const int firstDrawnMerge = isTruncated() ? 2 * m - m_p : m;
    DrawnNode node;
    node.id = id;
    if (id < firstDrawnMerge) {
        node.x = nextLeaf++ + 0.5;
        DrawnLeaf leaf;
        leaf.node = id;
        leaf.customers = m_count[std::size_t(id)];
        const bool singleRow = id < m && !m_result->twoStage && m_leafRow[std::size_t(id)] >= 0;
        // A customer is named by its 1-based row, as the table shows it; a group by its size, as SciPy.
        leaf.label = singleRow ? QLocale().toString(m_leafRow[std::size_t(id)] + 1)
                               : tr("(%1)").arg(QLocale().toString(qulonglong(leaf.customers)));
        m_drawnLeaves.push_back(leaf);
    } else {
        const auto& row = m_result->linkage[std::size_t(id - m)];
        node.left = buildDrawn(row.a, nextLeaf);
        node.right = buildDrawn(row.b, nextLeaf);
        node.x = (m_drawn[std::size_t(node.left)].x + m_drawn[std::size_t(node.right)].x) / 2.0;
        node.top = row.height;
    }
    m_drawn.push_back(node);
    return static_cast<int>(m_drawn.size()) - 1;
}

int DendrogramView::kForHeight(double height) const {
    if (!m_result || m_result->leaves() == 0) return 1;
    const auto joined = std::upper_bound(m_sortedMaxDist.begin(), m_sortedMaxDist.end(), height);
    return static_cast<int>(m_result->leaves()) - static_cast<int>(joined - m_sortedMaxDist.begin());
}

int DendrogramView::effectiveK() const {
    return effectiveKFor(m_k);
}

int DendrogramView::effectiveKFor(int k) const {
    if (!m_result || m_result->leaves() == 0 || m_sortedMaxDist.size() + 1 != m_result->leaves()) return 1;
    const int m = static_cast<int>(m_result->leaves());
    if (k >= m) return m;
    // cutByK's threshold: the (m-k)-th smallest max-dist; ties there merge more and leave fewer segments.
    return kForHeight(m_sortedMaxDist[std::size_t(m - std::max(k, 1) - 1)]);
}

double DendrogramView::axisTop() const {
    const double highest = m_sortedMaxDist.empty() ? 0.0 : m_sortedMaxDist.back();
    double top = 0.0;
    if (m_result)
        for (const auto& row : m_result->linkage)
            top = std::max(top, row.height);
    top = std::max(top, highest);
    if (!(top > 0.0) || !std::isfinite(top)) return 1.0;
    // 10% headroom above the root leaves space for the k = 1 cut line; the axis then ends on a tick.
    const double step = niceStep(top * 1.1 / 5.0);
    return std::ceil(top * 1.1 / step) * step;
}

double DendrogramView::snappedHeight(int k) const {
    if (!m_result || m_result->leaves() < 2) return axisTop() / 2.0;
    const auto range = seg::cluster::heightRangeForK(*m_result, std::size_t(std::max(k, 1)));
    if (!range.exists) return range.low;
    if (!std::isfinite(range.high)) return (range.low + axisTop()) / 2.0;
    return (range.low + range.high) / 2.0;
}

void DendrogramView::setK(int k) {
    applyK(k, true);
    if (!m_dragging) {
        m_cutHeight = snappedHeight(effectiveK());
        emit cutHeightChanged(m_cutHeight);
    }
    update();
}

void DendrogramView::applyK(int k, bool emitSignals) {
    const int m = m_result ? static_cast<int>(m_result->leaves()) : 1;
    // A truncated chart shows at most p clusters, so more segments than that would be invisible here.
    const int maxK = std::max(1, isTruncated() ? std::min(m, m_p) : m);
    k = std::clamp(k, 1, maxK);
    const bool changed = k != m_k;
    m_k = k;
    m_leafSegment.assign(m_leafRow.size(), -1);
    if (m_result && m_result->leaves() > 0 && m_count.size() == 2 * m_result->leaves() - 1 &&
        !m_result->rowToLeaf.empty()) {
        // cutByK itself numbers the segments, so colours cannot drift from the other charts' labels.
        const std::vector<int> rows = seg::cluster::cutByK(*m_result, std::size_t(k));
        for (std::size_t leaf = 0; leaf < m_leafRow.size(); ++leaf)
            if (m_leafRow[leaf] >= 0) m_leafSegment[leaf] = rows[std::size_t(m_leafRow[leaf])];
    }
    if (changed && emitSignals) emit kChanged(m_k);
}

int DendrogramView::segmentOf(int id, double cut) const {
    if (id < 0 || std::size_t(id) >= m_maxDist.size() || m_maxDist[std::size_t(id)] > cut) return -1;
    return m_leafSegment[std::size_t(m_firstLeaf[std::size_t(id)])];
}

DendrogramView::Layout DendrogramView::layout(const QRectF& bounds, const QPaintDevice* device) const {
    if (!device) device = this;
    Layout l;
    l.bounds = bounds;
    l.s = pxScale(device);
    const qreal s = l.s;
    const QFont base = font();
    l.titleFont = sized(base, 13.0, true);
    l.noteFont = sized(base, 9.0);
    l.legendFont = sized(base, 9.5);
    l.tickFont = sized(base, 9.0);
    l.axisTitleFont = sized(base, 10.0);
    l.leafFont = sized(base, 8.5);
    auto* dev = const_cast<QPaintDevice*>(device);
    const QFontMetricsF titleFm(l.titleFont, dev), noteFm(l.noteFont, dev), legendFm(l.legendFont, dev),
        tickFm(l.tickFont, dev), axisFm(l.axisTitleFont, dev), leafFm(l.leafFont, dev);

    const qreal margin = 14 * s;
    qreal y = bounds.top() + margin;
    l.title = QRectF(bounds.left() + margin, y, bounds.width() - 2 * margin, titleFm.height());
    y = l.title.bottom() + 2 * s;
    if (isTruncated()) {
        l.note = QRectF(l.title.left(), y, l.title.width(), noteFm.height());
        y = l.note.bottom();
    }
    y += 6 * s;

    // Legend: one swatch per segment, flowing over at most two rows; the rest is summarised.
    const int segments = m_result ? effectiveK() : 0;
    const qreal swatch = legendFm.height() * 0.75;
    const qreal rowH = legendFm.height() + 4 * s;
    qreal x = l.title.left();
    int row = 0;
    for (int i = 0; i < segments && row < 2; ++i) {
        const QString text = segmentName(i);
        const qreal w = swatch + 5 * s + legendFm.horizontalAdvance(text) + 14 * s;
        if (x + w > l.title.right() && x > l.title.left()) {
            ++row;
            x = l.title.left();
            if (row == 2) {
                // Two rows are full: the last item gives way to a count of the segments left out.
                Layout::LegendItem more;
                more.textAt = l.legend.back().swatch.topLeft();
                more.textAt.setY(l.legend.back().textAt.y());
                l.legend.pop_back();
                more.text = tr("+%1 more").arg(segments - i + 1);
                l.legend.push_back(more);
                break;
            }
        }
        Layout::LegendItem item;
        const qreal top = y + row * rowH;
        item.swatch = QRectF(x, top + (legendFm.height() - swatch) / 2, swatch, swatch);
        item.textAt = QPointF(x + swatch + 5 * s, top + legendFm.ascent());
        item.text = text;
        item.color = SegmentPalette::color(i);
        l.legend.push_back(item);
        x += w;
    }
    // While the cut is dragged the legend keeps the rows it had at the press, so the plot does not jump
    // under the pointer when the number of segments (and so the legend) changes.
    l.legendRows = segments > 0 ? std::min(row, 1) + 1 : 0;
    if (m_dragging) l.legendRows = std::max(l.legendRows, m_dragLegendRows);
    y += l.legendRows * rowH;
    y += 8 * s;

    // Vertical axis: rotated title, tick labels, tick marks.
    l.top = axisTop();
    l.step = niceStep(l.top / 5.0);
    qreal tickW = 0.0;
    for (double v = 0.0; v <= l.top * (1 + 1e-9); v += l.step)
        tickW = std::max(tickW, tickFm.horizontalAdvance(QLocale().toString(v, 'g', 6)));
    const qreal left = bounds.left() + margin + axisFm.height() + 8 * s + tickW + 6 * s;

    // Leaf labels stand vertically under their leaves; thin them out when they would touch.
    qreal labelW = 0.0;
    for (const auto& leaf : m_drawnLeaves)
        labelW = std::max(labelW, leafFm.horizontalAdvance(leaf.label));
    l.leafLabelHeight = std::min(labelW, bounds.height() * 0.25);
    const qreal bottom = bounds.bottom() - margin - l.leafLabelHeight - 6 * s;
    // Half a tick label of room above the topmost tick so its text is not clipped by the legend.
    const qreal top = y + tickFm.height() / 2;
    l.plot = QRectF(QPointF(left, top), QPointF(bounds.right() - margin, std::max(bottom, top + 20 * s)));
    const qreal spacing = l.plot.width() / double(std::max<std::size_t>(m_drawnLeaves.size(), 1));
    l.labelEvery = std::max(1, int(std::ceil(leafFm.height() * 1.05 / std::max(spacing, 1e-9))));
    return l;
}

QRectF DendrogramView::plotRect(const QRectF& bounds, const QPaintDevice* device) const {
    return layout(bounds, device).plot;
}

double DendrogramView::yForHeight(double height) const {
    return layout(rect(), this).y(height);
}

double DendrogramView::heightForY(double y) const {
    const Layout l = layout(rect(), this);
    return (l.plot.bottom() - y) / l.plot.height() * l.top;
}

void DendrogramView::paint(QPainter& painter, const QRectF& bounds) const {
    const Layout l = layout(bounds, painter.device());
    const qreal s = l.s;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(bounds, Qt::white);

    painter.setPen(kText);
    painter.setFont(l.titleFont);
    painter.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter, tr("Customer dendrogram"));
    if (isTruncated()) {
        painter.setFont(l.noteFont);
        painter.setPen(kMuted);
        painter.drawText(l.note, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Top %1 clusters of %2 customers; counts under each branch in brackets")
                             .arg(QLocale().toString(m_p))
                             .arg(QLocale().toString(qulonglong(m_count.empty() ? 0 : m_count.back()))));
    }
    painter.setFont(l.legendFont);
    for (const auto& item : l.legend) {
        if (item.color.isValid()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(item.color);
            painter.drawRoundedRect(item.swatch, 2 * s, 2 * s);
        }
        painter.setPen(kText);
        painter.drawText(item.textAt, item.text);
    }

    // Axis: light grid lines at each tick so heights can be read off anywhere in the tree.
    const QFontMetricsF tickFm(l.tickFont, painter.device());
    painter.setFont(l.tickFont);
    for (double v = 0.0; v <= l.top * (1 + 1e-9); v += l.step) {
        const qreal y = l.y(v);
        painter.setPen(QPen(kGrid, 1 * s));
        painter.drawLine(QPointF(l.plot.left(), y), QPointF(l.plot.right(), y));
        painter.setPen(QPen(kMuted, 1 * s));
        painter.drawLine(QPointF(l.plot.left() - 5 * s, y), QPointF(l.plot.left(), y));
        const QString text = QLocale().toString(v, 'g', 6);
        const QRectF box(l.plot.left() - 8 * s - 200 * s, y - tickFm.height() / 2, 200 * s, tickFm.height());
        painter.setPen(kText);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
    }
    painter.setPen(QPen(kMuted, 1 * s));
    painter.drawLine(l.plot.bottomLeft(), l.plot.topLeft());
    painter.save();
    painter.setFont(l.axisTitleFont);
    painter.setPen(kText);
    const QFontMetricsF axisFm(l.axisTitleFont, painter.device());
    painter.translate(l.bounds.left() + 14 * s, l.plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-l.plot.height() / 2, 0, l.plot.height(), axisFm.height()), Qt::AlignCenter,
                     tr("Merge height (distance)"));
    painter.restore();

    if (!m_result || m_drawn.empty()) {
        painter.setPen(kMuted);
        painter.drawText(l.plot, Qt::AlignCenter, tr("Run hierarchical clustering to see its dendrogram"));
        painter.restore();
        return;
    }

    const std::size_t leaves = m_drawnLeaves.size();
    const double cut = m_cutHeight;
    auto segmentPen = [&](int segment) {
        QPen pen(segment >= 0 ? SegmentPalette::color(segment) : kAboveCut, 2 * s);
        pen.setCapStyle(Qt::SquareCap);
        pen.setJoinStyle(Qt::MiterJoin);
        return pen;
    };
    // A leg of a link above the cut takes its child's colour up to the cut, so each segment's colour runs
    // up to the line that defines it.
    auto drawLeg = [&](qreal x, double from, double to, int childSegment) {
        const double lo = std::min(from, to);
        const double hi = std::max(from, to);
        if (childSegment >= 0 && cut > lo) {
            const double split = std::min(cut, hi);
            painter.setPen(segmentPen(childSegment));
            painter.drawLine(QPointF(x, l.y(lo)), QPointF(x, l.y(split)));
            if (split < hi) {
                painter.setPen(segmentPen(-1));
                painter.drawLine(QPointF(x, l.y(split)), QPointF(x, l.y(hi)));
            }
        } else {
            painter.setPen(segmentPen(-1));
            painter.drawLine(QPointF(x, l.y(lo)), QPointF(x, l.y(hi)));
        }
    };
    // Links above the cut first, so coloured segments are drawn on top where lines meet.
    for (int pass = 0; pass < 2; ++pass) {
        for (const DrawnNode& node : m_drawn) {
            if (node.left < 0) continue;
            const int segment = segmentOf(node.id, cut);
            if ((segment >= 0) != (pass == 1)) continue;
            const DrawnNode& a = m_drawn[std::size_t(node.left)];
            const DrawnNode& b = m_drawn[std::size_t(node.right)];
            const qreal xa = l.x(a.x, leaves);
            const qreal xb = l.x(b.x, leaves);
            if (segment >= 0) {
                QPainterPath u;
                u.moveTo(xa, l.y(a.top));
                u.lineTo(xa, l.y(node.top));
                u.lineTo(xb, l.y(node.top));
                u.lineTo(xb, l.y(b.top));
                painter.setPen(segmentPen(segment));
                painter.setBrush(Qt::NoBrush);
                painter.drawPath(u);
            } else {
                drawLeg(xa, a.top, node.top, segmentOf(a.id, cut));
                drawLeg(xb, b.top, node.top, segmentOf(b.id, cut));
                painter.setPen(segmentPen(-1));
                painter.drawLine(QPointF(xa, l.y(node.top)), QPointF(xb, l.y(node.top)));
            }
        }
    }
    // A tree of one leaf has no links: a short stub in its colour still shows where it is.
    if (m_drawn.size() == 1) {
        painter.setPen(segmentPen(segmentOf(m_drawn.front().id, cut)));
        const qreal x = l.x(0.5, 1);
        painter.drawLine(QPointF(x, l.y(0)), QPointF(x, l.y(0) - 12 * s));
    }

    // Leaf labels, rotated to read upwards and ending just under their leaf.
    painter.setFont(l.leafFont);
    painter.setPen(kText);
    const QFontMetricsF leafFm(l.leafFont, painter.device());
    for (std::size_t i = 0; i < leaves; i += std::size_t(l.labelEvery)) {
        const qreal x = l.x(double(i) + 0.5, leaves);
        painter.save();
        painter.translate(x, l.plot.bottom() + 6 * s);
        painter.rotate(-90);
        const QString text = leafFm.elidedText(m_drawnLeaves[i].label, Qt::ElideLeft, l.leafLabelHeight);
        painter.drawText(QRectF(-l.leafLabelHeight, -leafFm.height() / 2, l.leafLabelHeight, leafFm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, text);
        painter.restore();
    }

    // The cut line, dashed so it is not mistaken for a link, with the segment count it gives.
    const qreal cy = l.y(cut);
    QPen cutPen(kText, 1.5 * s, Qt::DashLine);
    cutPen.setDashPattern({6, 4});
    painter.setPen(cutPen);
    painter.drawLine(QPointF(l.plot.left(), cy), QPointF(l.plot.right(), cy));
    painter.setFont(l.legendFont);
    const QFontMetricsF legendFm(l.legendFont, painter.device());
    const QString cutText = effectiveK() == 1 ? tr("1 segment") : tr("%1 segments").arg(effectiveK());
    const qreal pad = 4 * s;
    QRectF badge(0, 0, legendFm.horizontalAdvance(cutText) + 2 * pad, legendFm.height() + pad);
    badge.moveBottomRight(QPointF(l.plot.right(), cy - 3 * s));
    if (badge.top() < l.plot.top()) badge.moveTop(cy + 3 * s);  // no room above the line: go below it
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(badge, 3 * s, 3 * s);
    painter.setPen(kText);
    painter.drawText(badge, Qt::AlignCenter, cutText);
    painter.restore();
}

QImage DendrogramView::render(QSize size, qreal dpr) const {
    return chart::renderImage(size, dpr, [this](QPainter& p, const QRectF& r) { paint(p, r); });
}

QString DendrogramView::toolTipAt(const QPointF& pos) const {
    if (!m_result || m_drawn.empty()) return {};
    const Layout l = layout(rect(), this);
    const std::size_t leaves = m_drawnLeaves.size();
    const qreal reach = 5 * l.s;
    for (const DrawnNode& node : m_drawn) {
        if (node.left < 0) continue;
        const DrawnNode& a = m_drawn[std::size_t(node.left)];
        const DrawnNode& b = m_drawn[std::size_t(node.right)];
        const qreal xa = l.x(a.x, leaves), xb = l.x(b.x, leaves), y = l.y(node.top);
        const bool onBar = std::abs(pos.y() - y) <= reach && pos.x() >= xa - reach && pos.x() <= xb + reach;
        auto onLeg = [&](qreal x, double from) {
            const qreal y0 = l.y(from);
            return std::abs(pos.x() - x) <= reach && pos.y() >= std::min(y, y0) - reach &&
                   pos.y() <= std::max(y, y0) + reach;
        };
        if (onBar || onLeg(xa, a.top) || onLeg(xb, b.top))
            return tr("Merge height: %1\nCustomers below: %2")
                .arg(QLocale().toString(node.top, 'g', 6))
                .arg(QLocale().toString(qulonglong(m_count[std::size_t(node.id)])));
    }
    return {};
}

void DendrogramView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, rect());
}

void DendrogramView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && m_result &&
        std::abs(event->position().y() - yForHeight(m_cutHeight)) <= 6 * pxScale(this)) {
        m_dragLegendRows = layout(rect(), this).legendRows;
        m_dragging = true;
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void DendrogramView::mouseMoveEvent(QMouseEvent* event) {
    if (!m_dragging) {
        const bool near =
            m_result && std::abs(event->position().y() - yForHeight(m_cutHeight)) <= 6 * pxScale(this);
        setCursor(near ? Qt::SplitVCursor : Qt::ArrowCursor);
        QWidget::mouseMoveEvent(event);
        return;
    }
    double height = std::clamp(heightForY(event->position().y()), 0.0, axisTop());
    const int m = static_cast<int>(m_result->leaves());
    const int maxK = std::max(1, isTruncated() ? std::min(m, m_p) : m);
    // Below the lowest cut that still gives at most maxK segments the line stops, rather than colouring
    // clusters the truncated chart does not show.
    if (kForHeight(height) > maxK && m > maxK) height = m_sortedMaxDist[std::size_t(m - maxK - 1)];
    m_cutHeight = height;
    const int k = kForHeight(height);
    if (k != m_k) applyK(k, true);
    emit cutHeightChanged(m_cutHeight);
    update();
}

void DendrogramView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        m_cutHeight = snappedHeight(effectiveK());
        emit cutHeightChanged(m_cutHeight);
        update();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void DendrogramView::keyPressEvent(QKeyEvent* event) {
    if (!m_result || (event->key() != Qt::Key_Up && event->key() != Qt::Key_Down)) {
        QWidget::keyPressEvent(event);
        return;
    }
    // Up moves the line up (fewer, larger segments), as the arrow points; tied merges skip a k that no cut
    // can give.
    const int current = effectiveK();
    const int m = static_cast<int>(m_result->leaves());
    const int maxK = std::max(1, isTruncated() ? std::min(m, m_p) : m);
    int k = current;
    if (event->key() == Qt::Key_Up) {
        k = std::max(1, current - 1);
    } else {
        for (int candidate = current + 1; candidate <= maxK; ++candidate) {
            if (effectiveKFor(candidate) > current) {
                k = candidate;
                break;
            }
        }
    }
    setK(k);
    event->accept();
}

bool DendrogramView::event(QEvent* event) {
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

void DendrogramView::setSegmentNames(const QStringList& names) {
    m_names = names;
    update();
}

QString DendrogramView::segmentName(int segment) const {
    if (segment >= 0 && segment < m_names.size() && !m_names[segment].isEmpty()) return m_names[segment];
    return tr("Segment %1").arg(segment + 1);
}

}  // namespace seg::ui
