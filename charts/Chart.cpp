#include "Chart.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include "Text.h"

namespace seg::chart {

namespace {

// save() now, restore() however the scope ends: a chart whose paint throws leaves the painter as it was.
class PainterState {
public:
    explicit PainterState(QPainter& painter) : m_painter(painter) { m_painter.save(); }
    ~PainterState() { m_painter.restore(); }
    PainterState(const PainterState&) = delete;
    PainterState& operator=(const PainterState&) = delete;

private:
    QPainter& m_painter;
};

}  // namespace

Chart::Chart(const ChartStyle& style) : m_style(style) {}

Chart::~Chart() = default;

void Chart::setSegments(SegmentLook look) {
    m_look = std::move(look);
    invalidate();
}

void Chart::setTitle(const QString& title) {
    m_title = title;
    invalidate();
}

void Chart::setHighlight(int segment) {
    m_highlight = segment < 0 ? kNoSegment : segment;
}

void Chart::layout(QSizeF size, const QPaintDevice* device) {
    m_size = size;
    m_layoutDpi = device ? device->logicalDpiY() : 96;
    m_s = pxScale(device);
    const qreal margin = m_style.margin * m_s;
    const qreal width = std::max(size.width() - 2 * margin, 1.0);
    m_titleLines = wrapText(displayTitle(), m_style.titleFont(), device, width, 2);
    m_titleRect =
        QRectF(margin, margin, width, linesHeight(m_style.titleFont(), device, int(m_titleLines.size())));
    qreal top = m_titleRect.bottom();
    const QString sub = subtitle();
    m_subtitleLines = sub.isEmpty() ? QStringList() : wrapText(sub, m_style.subtitleFont(), device, width, 2);
    m_subtitleRect = QRectF(margin, top + (m_subtitleLines.isEmpty() ? 0 : 2 * m_s), width,
                            linesHeight(m_style.subtitleFont(), device, int(m_subtitleLines.size())));
    top = m_subtitleRect.bottom() +
          (m_titleLines.isEmpty() && m_subtitleLines.isEmpty() ? 0 : m_style.titleGap * m_s);
    m_content = QRectF(QPointF(margin, top), QPointF(std::max(size.width() - margin, margin + 1),
                                                     std::max(size.height() - margin, top + 1)));
    m_laidOut = true;
    layoutContent(device);
}

void Chart::paint(QPainter& painter) {
    const int dpi = painter.device() ? painter.device()->logicalDpiY() : 96;
    if (!m_laidOut || dpi != m_layoutDpi) layout(m_size, painter.device());
    {
        const PainterState state(painter);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        painter.fillRect(QRectF(QPointF(0, 0), m_size), m_style.background);
        painter.setPen(m_style.text);
        painter.setFont(m_style.titleFont());
        drawLines(painter, m_titleRect, m_titleLines, Qt::AlignLeft | Qt::AlignTop);
        if (!m_subtitleLines.isEmpty()) {
            painter.setPen(m_style.muted);
            painter.setFont(m_style.subtitleFont());
            drawLines(painter, m_subtitleRect, m_subtitleLines, Qt::AlignLeft | Qt::AlignTop);
        }
    }
    const PainterState state(painter);
    paintContent(painter);
}

Hit Chart::hitTest(QPointF) const {
    return {};
}

bool Chart::mousePress(QPointF, Qt::MouseButton, Qt::KeyboardModifiers) {
    return false;
}
bool Chart::mouseMove(QPointF, Qt::MouseButtons, Qt::KeyboardModifiers) {
    return false;
}
bool Chart::mouseRelease(QPointF, Qt::MouseButton, Qt::KeyboardModifiers) {
    return false;
}
bool Chart::mouseDoubleClick(QPointF) {
    return false;
}
bool Chart::wheel(QPointF, double) {
    return false;
}
bool Chart::key(int, Qt::KeyboardModifiers) {
    return false;
}

Qt::CursorShape Chart::cursorAt(QPointF pos) const {
    const Hit hit = hitTest(pos);
    return hit.kind == Hit::Kind::Segment || hit.kind == Hit::Kind::K || hit.kind == Hit::Kind::Sort
               ? Qt::PointingHandCursor
               : Qt::ArrowCursor;
}

void Chart::notify(const Hit& hit) const {
    if (m_listener) m_listener(hit);
}

bool Chart::isFaded(int segment) const {
    return m_highlight != kNoSegment && m_highlight != segment;
}

QColor Chart::segmentColor(int segment) const {
    const QColor c = m_look.color(segment);
    return isFaded(segment) ? faded(c) : c;
}

void Chart::paintEmptyHint(QPainter& painter, const QString& text) const {
    painter.save();
    painter.setPen(m_style.muted);
    painter.setFont(m_style.labelFont());
    painter.drawText(m_content, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

void drawChart(Chart& chart, QPainter& painter, const QRectF& bounds) {
    const PainterState state(painter);
    painter.translate(bounds.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), bounds.size()), Qt::IntersectClip);
    chart.layout(bounds.size(), painter.device());
    chart.paint(painter);
}

}  // namespace seg::chart
