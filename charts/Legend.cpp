#include "Legend.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

#include "ChartStyle.h"
#include "Text.h"

namespace seg::chart {

void Legend::layout(const QList<LegendItem>& items, const ChartStyle& style, const QPaintDevice* device,
                    QPointF topLeft, qreal width, int maxRows, bool column) {
    m_items = items;
    m_placed.clear();
    m_font = style.legendFont();
    m_hidden = 0;
    m_rows = 0;
    const qreal s = pxScale(device);
    const QFontMetricsF fm(m_font, const_cast<QPaintDevice*>(device));
    const qreal swatch = fm.height() * 0.7;
    const qreal lead = swatch + style.swatchGap * s;
    const qreal gap = style.legendItemGap * s;
    const qreal lineH = fm.height();
    qreal x = topLeft.x();
    qreal y = topLeft.y();
    qreal rowH = 0.0;
    const qreal right = topLeft.x() + width;
    for (const LegendItem& item : items) {
        Placed p;
        const qreal textW = fm.horizontalAdvance(item.text);
        qreal w = lead + textW;
        if (w <= width) {
            p.lines = {item.text};
        } else {
            p.lines = wrapText(item.text, m_font, device, std::max(width - lead, 10 * s), 2);
            qreal widest = 0;
            for (const QString& line : p.lines)
                widest = std::max(widest, fm.horizontalAdvance(line));
            w = lead + widest;
        }
        const qreal h = lineH * p.lines.size();
        if (x > topLeft.x() && (column || x + w > right)) {
            x = topLeft.x();
            y += rowH + 4 * s;
            rowH = 0.0;
        }
        if (rowH == 0.0) ++m_rows;
        if (m_rows > maxRows) {
            m_rows = maxRows;
            ++m_hidden;
            m_placed << Placed{};
            continue;
        }
        p.rect = QRectF(x, y, w, h);
        p.swatch = QRectF(x, y + (lineH - swatch) / 2, swatch, swatch);
        p.text = QRectF(x + lead, y, w - lead, h);
        m_placed << p;
        x += w + gap;
        rowH = std::max(rowH, h);
    }
    m_height = m_rows > 0 ? (y - topLeft.y()) + rowH : 0.0;
    if (m_hidden > 0) m_height += lineH;  // "and N more"
    m_bounds = QRectF(topLeft, QSizeF(width, m_height));
}

QRectF Legend::itemRect(int i) const {
    return i >= 0 && i < m_placed.size() ? m_placed[i].rect : QRectF();
}

QString Legend::itemText(int i) const {
    return i >= 0 && i < m_placed.size() ? m_placed[i].lines.join(QLatin1Char('\n')) : QString();
}

int Legend::itemAt(QPointF pos) const {
    for (int i = 0; i < m_placed.size(); ++i)
        if (!m_placed[i].rect.isNull() && m_placed[i].rect.adjusted(-2, -2, 2, 2).contains(pos)) return i;
    return -1;
}

void Legend::paint(QPainter& painter, const ChartStyle& style) const {
    const qreal s = pxScale(painter.device());
    painter.save();
    painter.setFont(m_font);
    for (int i = 0; i < m_placed.size() && i < m_items.size(); ++i) {
        const Placed& p = m_placed[i];
        if (p.rect.isNull()) continue;
        const LegendItem& item = m_items[i];
        const QColor color = item.faded ? faded(item.color) : item.color;
        switch (item.shape) {
            case LegendItem::Shape::Square:
                painter.setPen(Qt::NoPen);
                painter.setBrush(color);
                painter.drawRoundedRect(p.swatch, 2 * s, 2 * s);
                break;
            case LegendItem::Shape::Line:
            case LegendItem::Shape::Dashed: {
                QPen pen(color, 2 * s);
                if (item.shape == LegendItem::Shape::Dashed) pen.setStyle(Qt::DashLine);
                painter.setPen(pen);
                painter.drawLine(QPointF(p.swatch.left(), p.swatch.center().y()),
                                 QPointF(p.swatch.right(), p.swatch.center().y()));
                break;
            }
            case LegendItem::Shape::Dot:
                painter.setPen(Qt::NoPen);
                painter.setBrush(color);
                painter.drawEllipse(p.swatch);
                break;
            case LegendItem::Shape::Ring:
                painter.setPen(QPen(style.text, 1.6 * s));
                painter.setBrush(style.background);
                painter.drawEllipse(p.swatch.adjusted(0.8 * s, 0.8 * s, -0.8 * s, -0.8 * s));
                break;
        }
        painter.setPen(item.faded ? style.muted : style.text);
        drawLines(painter, p.text, p.lines, Qt::AlignLeft | Qt::AlignTop);
    }
    if (m_hidden > 0 && !m_placed.isEmpty()) {
        painter.setPen(style.muted);
        const QFontMetricsF fm(m_font, painter.device());
        const QString more =
            QCoreApplication::translate("seg::chart::Legend", "and %n more", nullptr, m_hidden);
        painter.drawText(
            QRectF(m_bounds.left(), m_bounds.bottom() - fm.height(), m_bounds.width(), fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, more);
    }
    painter.restore();
}

}  // namespace seg::chart
