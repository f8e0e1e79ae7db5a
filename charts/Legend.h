// A legend of coloured swatches and names that wraps: items flow left to right onto as many rows as they
// need, and a name too long for the whole width wraps onto a second line instead of being cut.
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPaintDevice;
class QPainter;

namespace seg::chart {

struct ChartStyle;

struct LegendItem {
    QColor color;
    QString text;
    int segment = 0;     // what a click on it chooses (-1: outliers)
    bool faded = false;  // drawn receded (another segment is highlighted)
    // Dot: a filled circle (a scatter's points); Ring: a white disc with a dark outline (a centroid marker).
    enum class Shape { Square, Line, Dashed, Dot, Ring } shape = Shape::Square;
};

class Legend {
public:
    // Lays the items out within `width` starting at `topLeft`, on `device`, at most maxRows rows (further
    // items are dropped and counted in hiddenCount()). `column`: one item per row (a legend beside a plot).
    void layout(const QList<LegendItem>& items, const ChartStyle& style, const QPaintDevice* device,
                QPointF topLeft, qreal width, int maxRows = 6, bool column = false);
    [[nodiscard]] qreal height() const { return m_height; }
    [[nodiscard]] QRectF bounds() const { return m_bounds; }
    [[nodiscard]] int rowCount() const { return m_rows; }
    [[nodiscard]] int hiddenCount() const { return m_hidden; }
    // The rectangle item i occupies (swatch and text); empty when it was dropped.
    [[nodiscard]] QRectF itemRect(int i) const;
    // The full text of item i as drawn, its lines joined by '\n' (tests: nothing cut).
    [[nodiscard]] QString itemText(int i) const;
    // The item under `pos`, or -1.
    [[nodiscard]] int itemAt(QPointF pos) const;
    [[nodiscard]] const QList<LegendItem>& items() const { return m_items; }
    void paint(QPainter& painter, const ChartStyle& style) const;

private:
    struct Placed {
        QRectF rect;
        QRectF swatch;
        QRectF text;
        QStringList lines;
    };
    QList<LegendItem> m_items;
    QList<Placed> m_placed;
    QFont m_font;
    QRectF m_bounds;
    qreal m_height = 0.0;
    int m_rows = 0;
    int m_hidden = 0;
};

}  // namespace seg::chart
