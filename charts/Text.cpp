#include "Text.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace seg::chart {

QStringList wrapText(const QString& text, const QFont& font, const QPaintDevice* device, qreal width,
                     int maxLines) {
    const QFontMetricsF fm(font, const_cast<QPaintDevice*>(device));
    QStringList lines;
    if (maxLines < 1 || width <= 0) return lines;
    // One line: the loop below counts on a line before the last one.
    if (maxLines == 1) {
        const QString line = text.simplified();
        if (!line.isEmpty()) lines << fm.elidedText(line, Qt::ElideRight, width);
        return lines;
    }
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString line;
    int w = 0;
    for (; w < words.size(); ++w) {
        const QString candidate = line.isEmpty() ? words[w] : line + QLatin1Char(' ') + words[w];
        if (fm.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (line.isEmpty()) {
            // One word wider than the line: break it where it overflows.
            QString word = words[w];
            while (!word.isEmpty() && lines.size() < maxLines - 1) {
                int n = word.size();
                while (n > 1 && fm.horizontalAdvance(word.left(n)) > width)
                    --n;
                lines << word.left(n);
                word = word.mid(n);
                if (fm.horizontalAdvance(word) <= width) break;
            }
            line = word;
            // The lines before the last are full: the rest goes on the last line, elided below.
            if (lines.size() >= maxLines - 1) break;
            continue;
        }
        lines << line;
        line = words[w];
        if (lines.size() == maxLines - 1) break;
    }
    if (lines.size() == maxLines - 1 && w < words.size()) {
        // The last line holds the rest, elided.
        QStringList rest = words.mid(w + 1);
        rest.prepend(line);
        line = rest.join(QLatin1Char(' '));
    }
    if (!line.isEmpty()) lines << fm.elidedText(line, Qt::ElideRight, width);
    return lines;
}

qreal linesHeight(const QFont& font, const QPaintDevice* device, int lines) {
    const QFontMetricsF fm(font, const_cast<QPaintDevice*>(device));
    return lines <= 0 ? 0.0 : fm.height() * lines;
}

void drawLines(QPainter& painter, const QRectF& box, const QStringList& lines, Qt::Alignment align) {
    const QFontMetricsF fm(painter.font(), painter.device());
    const qreal total = fm.height() * lines.size();
    qreal y = box.top();
    if (align & Qt::AlignVCenter) y = box.center().y() - total / 2;
    if (align & Qt::AlignBottom) y = box.bottom() - total;
    const Qt::Alignment h = (align & Qt::AlignHorizontal_Mask) ? (align & Qt::AlignHorizontal_Mask)
                                                               : Qt::Alignment(Qt::AlignLeft);
    for (const QString& line : lines) {
        painter.drawText(QRectF(box.left(), y, box.width(), fm.height()), h | Qt::AlignVCenter, line);
        y += fm.height();
    }
}

QFont fitFont(QFont font, const QString& text, const QPaintDevice* device, qreal width, qreal minPoints) {
    for (qreal pt = font.pointSizeF(); pt > minPoints; pt -= 0.5) {
        font.setPointSizeF(pt);
        if (QFontMetricsF(font, const_cast<QPaintDevice*>(device)).horizontalAdvance(text) <= width)
            return font;
    }
    font.setPointSizeF(minPoints);
    return font;
}

}  // namespace seg::chart
