// The DBSCAN k-distance plot: every customer's distance to its k-th nearest neighbour, sorted, against its
// rank; the knee (Kneedle) marked with the suggested eps, the current eps as a horizontal line, and a click
// at any height picking that distance as eps.
#pragma once

// Drawn by paint(QPainter&, QRectF) in the device's own units, as DendrogramView, so the widget, a QImage,
// an SVG or a PDF look the same. Long curves are thinned to a few points per pixel column before drawing.

#include <QImage>
#include <QWidget>

#include "cluster/Dbscan.h"

namespace seg::ui {

class KDistanceView : public QWidget {
    Q_OBJECT

public:
    explicit KDistanceView(QWidget* parent = nullptr);

    void setCurve(seg::cluster::KDistanceCurve curve);
    [[nodiscard]] const seg::cluster::KDistanceCurve& curve() const { return m_curve; }
    // The eps in use (NaN: none, no line drawn).
    [[nodiscard]] double eps() const { return m_eps; }

    void paint(QPainter& painter, const QRectF& bounds) const;
    [[nodiscard]] QImage render(QSize size, qreal dpr = 1.0) const;

    // Plot area drawn into `bounds` on `device` (nullptr: this widget).
    [[nodiscard]] QRectF plotRect(const QRectF& bounds, const QPaintDevice* device = nullptr) const;
    // Widget y of a distance and back (in this widget's current geometry).
    [[nodiscard]] double yForDistance(double distance) const;
    [[nodiscard]] double distanceForY(double y) const;
    // "Customer 1,234 of 5,000\nDistance: 0.42" for the rank under `pos`; empty outside the plot.
    [[nodiscard]] QString toolTipAt(const QPointF& pos) const;

    [[nodiscard]] static QColor lineColor();
    [[nodiscard]] static QColor kneeColor();
    [[nodiscard]] static QColor epsColor();

    QSize sizeHint() const override { return {720, 460}; }
    QSize minimumSizeHint() const override { return {360, 260}; }

public slots:
    void setEps(double eps);

signals:
    // The user clicked (or dragged) at the height of `eps`, within the curve's range.
    void epsPicked(double eps);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Layout;
    [[nodiscard]] Layout layout(const QRectF& bounds, const QPaintDevice* device) const;
    void pickAt(double y);

    seg::cluster::KDistanceCurve m_curve;
    double m_eps;
    double m_top = 1.0;  // distance at the plot's top
    double m_step = 0.2;
    bool m_dragging = false;
};

}  // namespace seg::ui
