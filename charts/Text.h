// Text that fits: wrapping to a width over a number of lines (eliding only what no line can hold), and
// shrinking a font until a text fits a box. Charts use these instead of eliding names and titles.
#pragma once

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPaintDevice;
class QPainter;

namespace seg::chart {

// `text` broken at spaces (or anywhere, for a word wider than `width`) into at most maxLines lines no wider
// than `width`; the last line is elided when the text needs more.
[[nodiscard]] QStringList wrapText(const QString& text, const QFont& font, const QPaintDevice* device,
                                   qreal width, int maxLines);
// The height of `lines` lines of `font` on `device`.
[[nodiscard]] qreal linesHeight(const QFont& font, const QPaintDevice* device, int lines);
// Draws lines from `topLeft` (or aligned within `box`), one under another.
void drawLines(QPainter& painter, const QRectF& box, const QStringList& lines, Qt::Alignment align);
// The largest of `font` and smaller sizes (down to minPoints) at which `text` fits `width`; minPoints when
// none does.
[[nodiscard]] QFont fitFont(QFont font, const QString& text, const QPaintDevice* device, qreal width,
                            qreal minPoints);

}  // namespace seg::chart
