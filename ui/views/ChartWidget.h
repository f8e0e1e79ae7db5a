// The one widget that hosts any chart on screen: it lays the chart out for its own size and DPI, paints it,
// shows what lies under the pointer as a tooltip, and passes the mouse and keys on to the chart. Clicks and
// what an interaction asks for (a segment, a k, a radius, customers chosen, a cut dragged) come out as
// activated(Hit).
#pragma once

#include <QWidget>
#include <memory>

#include "Chart.h"

namespace seg::ui {

class ChartWidget : public QWidget {
    Q_OBJECT

public:
    explicit ChartWidget(QWidget* parent = nullptr);
    ~ChartWidget() override;

    // The chart shown (may be null: an empty white area). The widget becomes the chart's listener.
    void setChart(std::shared_ptr<seg::chart::Chart> chart);
    [[nodiscard]] const std::shared_ptr<seg::chart::Chart>& chart() const { return m_chart; }
    // Repaints after the chart's data or state changed outside the widget.
    void refresh();

    QSize sizeHint() const override { return {800, 520}; }
    QSize minimumSizeHint() const override { return {320, 220}; }

signals:
    // A left click on something (Segment, K, Value, Sort) or an interaction's request (Cut, Rows).
    void activated(const seg::chart::Hit& hit);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void ensureLayout();

    std::shared_ptr<seg::chart::Chart> m_chart;
    QPointF m_pressPos;
    bool m_pressed = false;
    bool m_moved = false;
};

}  // namespace seg::ui

Q_DECLARE_METATYPE(seg::chart::Hit)
