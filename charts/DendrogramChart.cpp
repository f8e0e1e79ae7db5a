#include "DendrogramChart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>

#include "Text.h"

namespace seg::chart {

namespace {

// The legend flows over at most two rows; further segments are counted ("and 3 more").
constexpr int kLegendRows = 2;
// How close (CSS px) to the cut line a press grabs it, and to a link a hover finds it.
constexpr qreal kGrab = 6.0;
constexpr qreal kReach = 5.0;
// The smallest leaf labels shrink to before they are shortened.
constexpr qreal kMinLeafPt = 6.0;

}  // namespace

DendrogramChart::DendrogramChart(const ChartStyle& style) : Chart(style) {}

QString DendrogramChart::title() const {
    return tr("Customer dendrogram");
}

QString DendrogramChart::subtitle() const {
    if (!isTruncated()) return {};
    return tr("Top %1 clusters of %2 customers; counts under each branch in brackets")
        .arg(QLocale().toString(m_p))
        .arg(QLocale().toString(qulonglong(m_count.empty() ? 0 : m_count.back())));
}

void DendrogramChart::setResult(std::shared_ptr<const seg::cluster::HierarchicalResult> result) {
    m_result = std::move(result);
    m_dragging = false;
    rebuild();
    applyK(m_k);
    m_cutHeight = snappedHeight(effectiveK());
    invalidate();
}

void DendrogramChart::setTruncateP(int p) {
    m_p = std::max(p, 2);
    rebuild();
    applyK(m_k);
    m_cutHeight = snappedHeight(effectiveK());
    invalidate();
}

bool DendrogramChart::isTruncated() const {
    return m_result && m_result->leaves() > static_cast<std::size_t>(m_p);
}

void DendrogramChart::rebuild() {
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
int DendrogramChart::buildDrawn(int id, int& nextLeaf) {
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

int DendrogramChart::kForHeight(double height) const {
    if (!m_result || m_result->leaves() == 0) return 1;
    const auto joined = std::upper_bound(m_sortedMaxDist.begin(), m_sortedMaxDist.end(), height);
    return static_cast<int>(m_result->leaves()) - static_cast<int>(joined - m_sortedMaxDist.begin());
}

int DendrogramChart::effectiveK() const {
    return effectiveKFor(m_k);
}

int DendrogramChart::effectiveKFor(int k) const {
    if (!m_result || m_result->leaves() == 0 || m_sortedMaxDist.size() + 1 != m_result->leaves()) return 1;
    const int m = static_cast<int>(m_result->leaves());
    if (k >= m) return m;
    // cutByK's threshold: the (m-k)-th smallest max-dist; ties there merge more and leave fewer segments.
    return kForHeight(m_sortedMaxDist[std::size_t(m - std::max(k, 1) - 1)]);
}

int DendrogramChart::maxK() const {
    const int m = m_result ? static_cast<int>(m_result->leaves()) : 1;
    // A truncated chart shows at most p clusters, so more segments than that would be invisible here.
    return std::max(1, isTruncated() ? std::min(m, m_p) : m);
}

double DendrogramChart::axisTop() const {
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

double DendrogramChart::snappedHeight(int k) const {
    if (!m_result || m_result->leaves() < 2) return axisTop() / 2.0;
    const auto range = seg::cluster::heightRangeForK(*m_result, std::size_t(std::max(k, 1)));
    if (!range.exists) return range.low;
    if (!std::isfinite(range.high)) return (range.low + axisTop()) / 2.0;
    return (range.low + range.high) / 2.0;
}

void DendrogramChart::setK(int k) {
    applyK(k);
    if (!m_dragging) m_cutHeight = snappedHeight(effectiveK());
    invalidate();
}

bool DendrogramChart::applyK(int k) {
    k = std::clamp(k, 1, maxK());
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
    return changed;
}

void DendrogramChart::reportK() const {
    Hit hit;
    hit.kind = Hit::Kind::Cut;
    hit.k = m_k;
    hit.value = m_cutHeight;
    notify(hit);
}

int DendrogramChart::segmentOf(int id, double cut) const {
    if (id < 0 || std::size_t(id) >= m_maxDist.size() || m_maxDist[std::size_t(id)] > cut) return -1;
    return m_leafSegment[std::size_t(m_firstLeaf[std::size_t(id)])];
}

double DendrogramChart::yForHeight(double height) const {
    return m_axis.map(height, m_plot.bottom(), m_plot.top());
}

double DendrogramChart::heightForY(double y) const {
    return m_axis.unmap(y, m_plot.bottom(), m_plot.top());
}

qreal DendrogramChart::xForLeafUnits(double units) const {
    return m_plot.left() + units / double(std::max<std::size_t>(m_drawnLeaves.size(), 1)) * m_plot.width();
}

void DendrogramChart::layoutContent(const QPaintDevice* device) {
    const qreal s = scale();
    const QRectF content = contentRect();
    const ChartStyle& st = style();
    auto* dev = const_cast<QPaintDevice*>(device);

    // Legend: one swatch per segment of the cut, wrapping (a long name over two lines, never cut).
    QList<LegendItem> items;
    const int segmentCount = m_drawn.empty() ? 0 : effectiveK();
    for (int i = 0; i < segmentCount; ++i) {
        LegendItem item;
        item.color = segments().color(i);
        item.text = segments().name(i);
        item.segment = i;
        item.faded = isFaded(i);
        items << item;
    }
    m_legend.layout(items, st, device, content.topLeft(), content.width(), kLegendRows);
    qreal legendH = m_legend.height();
    if (m_dragging) {
        // While the cut is dragged the legend keeps the height it had at the press, so the plot does not
        // jump under the pointer as the number of segments (and so the legend) changes: a legend grown
        // meanwhile shows fewer rows and counts the rest until the release.
        const qreal frozen = m_dragLegendPx * s;
        for (int rows = std::min(m_legend.rowCount(), kLegendRows);
             m_legend.height() > frozen + 0.01 && rows > 0;)
            m_legend.layout(items, st, device, content.topLeft(), content.width(), --rows);
        legendH = std::max(frozen, m_legend.height());
    }
    m_legendArea = QRectF(content.topLeft(), QSizeF(content.width(), legendH));
    const qreal top = content.top() + (legendH > 0 ? legendH + st.legendGap * s : 0.0);

    // Vertical axis: heights from 0 to a tick above the root, with room for the rotated title and ticks.
    m_axis = Axis();
    m_axis.lo = 0.0;
    m_axis.hi = axisTop();
    m_axis.step = niceStep(m_axis.hi / 5.0);
    m_axis.ticks = ticksFor(m_axis.lo, m_axis.hi, m_axis.step);
    AxisDraw draw;
    draw.title = tr("Merge height (distance)");
    const qreal left = content.left() + leftAxisWidth(st, device, m_axis, draw);

    // Leaf labels stand vertically under their leaves, in up to a quarter of the height; longer ones get a
    // smaller font. They are thinned out where they would touch.
    m_leafFont = st.tickFont();
    const QString* longest = nullptr;
    qreal labelW = 0.0;
    {
        const QFontMetricsF fm(m_leafFont, dev);
        for (const auto& leaf : m_drawnLeaves) {
            const qreal w = fm.horizontalAdvance(leaf.label);
            if (w > labelW) {
                labelW = w;
                longest = &leaf.label;
            }
        }
    }
    const qreal labelRoom = std::max(content.height() * 0.25, 1.0);
    if (longest && labelW > labelRoom) {
        m_leafFont = fitFont(m_leafFont, *longest, device, labelRoom, kMinLeafPt);
        labelW = QFontMetricsF(m_leafFont, dev).horizontalAdvance(*longest);
    }
    m_leafLabelHeight = std::min(labelW, labelRoom);
    const qreal bottom = content.bottom() - m_leafLabelHeight - 6 * s;
    // Half a tick label of room above the topmost tick so its text stays clear of the legend.
    const QFontMetricsF tickFm(st.tickFont(), dev);
    const qreal plotTop = top + tickFm.height() / 2;
    m_plot = QRectF(QPointF(left, plotTop),
                    QPointF(std::max(content.right(), left + 20 * s), std::max(bottom, plotTop + 20 * s)));
    const qreal spacing = m_plot.width() / double(std::max<std::size_t>(m_drawnLeaves.size(), 1));
    const QFontMetricsF leafFm(m_leafFont, dev);
    m_labelEvery = std::max(1, int(std::ceil(leafFm.height() * 1.05 / std::max(spacing, 1e-9))));
}

Hit DendrogramChart::hitTest(QPointF pos) const {
    Hit hit;
    const int item = m_legend.itemAt(pos);
    if (item >= 0) {
        hit.kind = Hit::Kind::Segment;
        hit.segment = m_legend.items()[item].segment;
        hit.toolTip = segments().name(hit.segment);
        return hit;
    }
    if (m_drawn.empty()) return hit;
    const qreal reach = kReach * scale();
    for (const DrawnNode& node : m_drawn) {
        if (node.left < 0) continue;
        const DrawnNode& a = m_drawn[std::size_t(node.left)];
        const DrawnNode& b = m_drawn[std::size_t(node.right)];
        const qreal xa = xForLeafUnits(a.x), xb = xForLeafUnits(b.x), y = yForHeight(node.top);
        const bool onBar = std::abs(pos.y() - y) <= reach && pos.x() >= std::min(xa, xb) - reach &&
                           pos.x() <= std::max(xa, xb) + reach;
        auto onLeg = [&](qreal x, double from) {
            const qreal y0 = yForHeight(from);
            return std::abs(pos.x() - x) <= reach && pos.y() >= std::min(y, y0) - reach &&
                   pos.y() <= std::max(y, y0) + reach;
        };
        if (onBar || onLeg(xa, a.top) || onLeg(xb, b.top)) {
            hit.toolTip = tr("Merge height: %1\nCustomers below: %2")
                              .arg(QLocale().toString(node.top, 'g', 6))
                              .arg(QLocale().toString(qulonglong(m_count[std::size_t(node.id)])));
            // A link wholly below the cut belongs to one segment: a click on it chooses that segment.
            const int segment = segmentOf(node.id, m_cutHeight);
            if (segment >= 0) {
                hit.kind = Hit::Kind::Segment;
                hit.segment = segment;
                hit.toolTip = segments().name(segment) + QLatin1Char('\n') + hit.toolTip;
            }
            return hit;
        }
    }
    if (nearCut(pos))
        hit.toolTip = tr("Drag the dashed line, or press Up and Down, to choose the number of segments.");
    return hit;
}

bool DendrogramChart::nearCut(QPointF pos) const {
    if (m_drawn.empty() || m_plot.isEmpty()) return false;
    const qreal grab = kGrab * scale();
    return std::abs(pos.y() - yForHeight(m_cutHeight)) <= grab && pos.x() >= m_plot.left() - grab &&
           pos.x() <= m_plot.right() + grab;
}

Qt::CursorShape DendrogramChart::cursorAt(QPointF pos) const {
    if (m_dragging || nearCut(pos)) return Qt::SplitVCursor;
    return Chart::cursorAt(pos);
}

bool DendrogramChart::mousePress(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers) {
    if (button != Qt::LeftButton || !nearCut(pos)) return false;
    m_dragLegendPx = m_legendArea.height() / scale();
    m_dragging = true;
    return true;
}

bool DendrogramChart::mouseMove(QPointF pos, Qt::MouseButtons, Qt::KeyboardModifiers) {
    if (!m_dragging) return false;
    double height = std::clamp(heightForY(pos.y()), 0.0, axisTop());
    const int m = static_cast<int>(m_result->leaves());
    const int most = maxK();
    // Below the lowest cut that still gives at most maxK segments the line stops, rather than colouring
    // clusters the truncated chart does not show.
    if (kForHeight(height) > most && m > most) height = m_sortedMaxDist[std::size_t(m - most - 1)];
    m_cutHeight = height;
    if (applyK(kForHeight(height))) {
        invalidate();  // the legend follows k (within the height it had at the press)
        reportK();
    }
    return true;
}

bool DendrogramChart::mouseRelease(QPointF, Qt::MouseButton button, Qt::KeyboardModifiers) {
    if (!m_dragging || button != Qt::LeftButton) return false;
    m_dragging = false;
    m_cutHeight = snappedHeight(effectiveK());
    invalidate();
    return true;
}

bool DendrogramChart::key(int key, Qt::KeyboardModifiers) {
    if (m_drawn.empty() || (key != Qt::Key_Up && key != Qt::Key_Down)) return false;
    // Up moves the line up (fewer, larger segments), as the arrow points; tied merges skip a k that no cut
    // can give.
    const int current = effectiveK();
    int k = current;
    if (key == Qt::Key_Up) {
        k = std::max(1, current - 1);
    } else {
        for (int candidate = current + 1; candidate <= maxK(); ++candidate) {
            if (effectiveKFor(candidate) > current) {
                k = candidate;
                break;
            }
        }
    }
    const bool changed = applyK(k);
    if (!m_dragging) m_cutHeight = snappedHeight(effectiveK());
    invalidate();
    if (changed) reportK();
    return true;
}

void DendrogramChart::paintContent(QPainter& painter) const {
    const qreal s = scale();
    const ChartStyle& st = style();
    m_legend.paint(painter, st);
    AxisDraw draw;
    draw.title = tr("Merge height (distance)");
    paintLeftAxis(painter, st, m_plot, m_axis, draw);

    if (m_drawn.empty()) {
        painter.setPen(st.muted);
        painter.setFont(st.labelFont());
        painter.drawText(m_plot, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Run hierarchical clustering to see its dendrogram"));
        return;
    }

    const double cut = m_cutHeight;
    // Links above the cut belong to no segment: a dark neutral grey (the text colour, lightened to #444)
    // reads as "not a segment" next to every palette hue, including the palette's own grey-blue.
    const QColor aboveCut = st.text.lighter(200);
    auto segmentPen = [&](int segment) {
        QPen pen(segment >= 0 ? segmentColor(segment) : aboveCut, 2 * s);
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
            painter.drawLine(QPointF(x, yForHeight(lo)), QPointF(x, yForHeight(split)));
            if (split < hi) {
                painter.setPen(segmentPen(-1));
                painter.drawLine(QPointF(x, yForHeight(split)), QPointF(x, yForHeight(hi)));
            }
        } else {
            painter.setPen(segmentPen(-1));
            painter.drawLine(QPointF(x, yForHeight(lo)), QPointF(x, yForHeight(hi)));
        }
    };
    // Links above the cut first, so coloured segments are drawn on top where lines meet.
    painter.setBrush(Qt::NoBrush);
    for (int pass = 0; pass < 2; ++pass) {
        for (const DrawnNode& node : m_drawn) {
            if (node.left < 0) continue;
            const int segment = segmentOf(node.id, cut);
            if ((segment >= 0) != (pass == 1)) continue;
            const DrawnNode& a = m_drawn[std::size_t(node.left)];
            const DrawnNode& b = m_drawn[std::size_t(node.right)];
            const qreal xa = xForLeafUnits(a.x);
            const qreal xb = xForLeafUnits(b.x);
            if (segment >= 0) {
                QPainterPath u;
                u.moveTo(xa, yForHeight(a.top));
                u.lineTo(xa, yForHeight(node.top));
                u.lineTo(xb, yForHeight(node.top));
                u.lineTo(xb, yForHeight(b.top));
                painter.setPen(segmentPen(segment));
                painter.drawPath(u);
            } else {
                drawLeg(xa, a.top, node.top, segmentOf(a.id, cut));
                drawLeg(xb, b.top, node.top, segmentOf(b.id, cut));
                painter.setPen(segmentPen(-1));
                painter.drawLine(QPointF(xa, yForHeight(node.top)), QPointF(xb, yForHeight(node.top)));
            }
        }
    }
    // A tree of one leaf has no links: a short stub in its colour still shows where it is.
    if (m_drawn.size() == 1) {
        painter.setPen(segmentPen(segmentOf(m_drawn.front().id, cut)));
        const qreal x = xForLeafUnits(0.5);
        painter.drawLine(QPointF(x, yForHeight(0)), QPointF(x, yForHeight(0) - 12 * s));
    }

    // Leaf labels, rotated to read upwards and ending just under their leaf.
    painter.setFont(m_leafFont);
    painter.setPen(st.text);
    const QFontMetricsF leafFm(m_leafFont, painter.device());
    const std::size_t leaves = m_drawnLeaves.size();
    for (std::size_t i = 0; i < leaves; i += std::size_t(m_labelEvery)) {
        const qreal x = xForLeafUnits(double(i) + 0.5);
        painter.save();
        painter.translate(x, m_plot.bottom() + 6 * s);
        painter.rotate(-90);
        // Only a label longer than a quarter of the chart at the smallest font is shortened.
        const QString text = leafFm.elidedText(m_drawnLeaves[i].label, Qt::ElideLeft, m_leafLabelHeight + 1);
        painter.drawText(QRectF(-m_leafLabelHeight, -leafFm.height() / 2, m_leafLabelHeight, leafFm.height()),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip, text);
        painter.restore();
    }

    // The cut line, dashed so it is not mistaken for a link, with the segment count it gives.
    const qreal cy = yForHeight(cut);
    QPen cutPen(st.text, 1.5 * s, Qt::DashLine);
    cutPen.setDashPattern({6, 4});
    painter.setPen(cutPen);
    painter.drawLine(QPointF(m_plot.left(), cy), QPointF(m_plot.right(), cy));
    painter.setFont(st.legendFont());
    const QFontMetricsF legendFm(st.legendFont(), painter.device());
    const QString cutText = effectiveK() == 1 ? tr("1 segment") : tr("%1 segments").arg(effectiveK());
    const qreal pad = 4 * s;
    QRectF badge(0, 0, legendFm.horizontalAdvance(cutText) + 2 * pad, legendFm.height() + pad);
    badge.moveBottomRight(QPointF(m_plot.right(), cy - 3 * s));
    if (badge.top() < m_plot.top()) badge.moveTop(cy + 3 * s);  // no room above the line: go below it
    QColor veil = st.background;
    veil.setAlpha(225);
    painter.setPen(Qt::NoPen);
    painter.setBrush(veil);
    painter.drawRoundedRect(badge, 3 * s, 3 * s);
    painter.setPen(st.text);
    painter.drawText(badge, Qt::AlignCenter, cutText);
}

}  // namespace seg::chart
