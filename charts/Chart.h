// The base of every chart: a plain object (no widget) that lays itself out for the device it is painted on,
// paints on any QPainter (screen, PNG, SVG, PDF, report page, slide), and says what lies under a point.
#pragma once

// How a chart is used, whatever the device:
//   chart.layout(size, device);   // size in the device's own units (logical px on screen and in images)
//   chart.paint(painter);         // draws into QRectF(QPointF(0, 0), size) as laid out
//   chart.hitTest(point);         // in the same coordinates
// or simply drawChart(chart, painter, bounds), which lays out for the painter's device and translates.
// Fonts are in points and lengths in CSS px scaled by the device's DPI (pxScale), so a chart laid out at
// 1600 x 1000 on a 96 dpi image and on a PDF page of the same size in inches looks the same.
//
// The frame is the same for every chart: the style's margins, the title (and an optional subtitle) at the
// top wrapped over up to two lines, the plot area below; derived charts lay out their content in
// contentRect() from layoutContent(). Charts hold their data as shared immutable values, so they can be built
// and painted on a worker thread (one thread at a time per chart object).

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <limits>

#include "ChartStyle.h"

class QPaintDevice;
class QPainter;

namespace seg::chart {

// No segment (a click on empty space).
inline constexpr int kNoSegment = -100;

// What lies under a point, and what an interaction asks of the application.
struct Hit {
    enum class Kind {
        None,
        Segment,  // a segment's mark (bar, cell, dot, legend item): `segment` (-1: outliers)
        K,        // a number of segments (choosing-k chart: a click asks for a run with `k`)
        Cut,      // the tree's cut was dragged to `k` segments
        Value,    // a value on the chart's axis (k-distance: a click picks `value` as radius)
        Rows,     // customers chosen on the map (`rows`, table rows)
        Sort,     // a click on a column header: `segment` is the column (heatmap)
    };
    Kind kind = Kind::None;
    int segment = kNoSegment;
    int k = 0;
    double value = std::numeric_limits<double>::quiet_NaN();
    int row = -1;       // a table row under the point (map)
    QVector<int> rows;  // Rows
    QString toolTip;    // what hovering here shows; may be set for any kind
};

class Chart {
public:
    explicit Chart(const ChartStyle& style = ChartStyle::standard());
    virtual ~Chart();
    Chart(const Chart&) = delete;
    Chart& operator=(const Chart&) = delete;

    // The file stem ("sizes") and the title drawn at the top ("Customers per segment").
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString title() const = 0;
    // A line under the title (empty: none).
    [[nodiscard]] virtual QString subtitle() const { return {}; }
    // The title drawn and written into files: title(), unless the application names the chart itself (the
    // document gives every chart the name its tab and outputs use, e.g. "Segment sizes").
    void setTitle(const QString& title);
    [[nodiscard]] QString displayTitle() const { return m_title.isEmpty() ? title() : m_title; }
    // False when the chart has nothing to show (no data yet); it still paints a hint.
    [[nodiscard]] virtual bool hasData() const = 0;

    // Names and colours of the segments (the document's).
    void setSegments(SegmentLook look);
    [[nodiscard]] const SegmentLook& segments() const { return m_look; }
    // Draws `segment` in full colour and fades the others; kNoSegment or any negative (outliers, rows left
    // out: no segment's colour to keep) clears it. Outputs
    // show every segment in full unless the user asks for the chart as on screen.
    void setHighlight(int segment);
    [[nodiscard]] int highlight() const { return m_highlight; }

    // Lays the chart out for `size` device units on `device` (nullptr: a 96 dpi screen).
    void layout(QSizeF size, const QPaintDevice* device);
    [[nodiscard]] QSizeF size() const { return m_size; }
    [[nodiscard]] bool isLaidOut() const { return m_laidOut; }
    // Draws into QRectF(QPointF(0, 0), size()) as laid out; lays out again first when the painter's device
    // has another DPI than the one laid out for.
    void paint(QPainter& painter);
    // What lies at `point` (as laid out).
    [[nodiscard]] virtual Hit hitTest(QPointF point) const;

    // Frame geometry, as laid out.
    [[nodiscard]] QRectF titleRect() const { return m_titleRect; }
    [[nodiscard]] QStringList titleLines() const { return m_titleLines; }
    [[nodiscard]] QRectF contentRect() const { return m_content; }
    [[nodiscard]] qreal scale() const { return m_s; }
    [[nodiscard]] const ChartStyle& style() const { return m_style; }

    // Interaction on screen: ChartWidget forwards events in chart coordinates. Each returns true when the
    // chart changed and needs repainting. An interaction that asks something of the application (a cut
    // dragged to another k, customers chosen) reports it through the listener.
    virtual bool mousePress(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers);
    virtual bool mouseMove(QPointF pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers);
    virtual bool mouseRelease(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers);
    virtual bool mouseDoubleClick(QPointF pos);
    virtual bool wheel(QPointF pos, double angleDeltaY);
    virtual bool key(int key, Qt::KeyboardModifiers modifiers);
    // Mouse left the chart (hover ends).
    virtual bool leave() { return false; }
    [[nodiscard]] virtual Qt::CursorShape cursorAt(QPointF pos) const;
    // A chart that is being dragged keeps the mouse (the host does not treat the release as a click).
    [[nodiscard]] virtual bool isDragging() const { return false; }
    void setListener(std::function<void(const Hit&)> listener) { m_listener = std::move(listener); }

protected:
    // Lays out everything inside contentRect() (device is the one laid out for; scale() is set). The device
    // may be gone after layout (an image rendered and dropped): keep what later queries need, never the
    // pointer.
    virtual void layoutContent(const QPaintDevice* device) = 0;
    // Draws everything inside contentRect(); the frame (background, title) is already drawn.
    virtual void paintContent(QPainter& painter) const = 0;
    // Marks the layout stale after a data or state change (the next paint lays out again).
    void invalidate() { m_laidOut = false; }
    void notify(const Hit& hit) const;
    // The colour a segment is drawn in: faded when another one is highlighted.
    [[nodiscard]] QColor segmentColor(int segment) const;
    [[nodiscard]] bool isFaded(int segment) const;
    // The "nothing to show yet" hint drawn in the content area.
    void paintEmptyHint(QPainter& painter, const QString& text) const;

private:
    const ChartStyle& m_style;
    QString m_title;
    SegmentLook m_look;
    int m_highlight = kNoSegment;
    std::function<void(const Hit&)> m_listener;
    QSizeF m_size;
    int m_layoutDpi = 96;
    bool m_laidOut = false;
    qreal m_s = 1.0;
    QRectF m_titleRect;
    QStringList m_titleLines;
    QRectF m_subtitleRect;
    QStringList m_subtitleLines;
    QRectF m_content;
};

// Lays `chart` out for `bounds` on the painter's device and paints it there.
void drawChart(Chart& chart, QPainter& painter, const QRectF& bounds);

}  // namespace seg::chart
