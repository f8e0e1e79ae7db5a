// The DBSCAN k-distance plot: every customer's distance to its k-th nearest neighbour, sorted, against its
// rank; the knee (Kneedle) marked with the suggested eps, the current eps as a horizontal line, and a click
// at any height picking that distance as eps.
#pragma once

// A left click in the plot is a Hit of kind Value whose `value` is the distance at that height, held to the
// curve's range (hitTest; the host turns a click into activated(hit)). Dragging with the left button moves
// the eps line and reports each new value through notify() as the same kind of Hit. Long curves are thinned
// to a few points per pixel column before drawing.

#include <QCoreApplication>
#include <QFont>

#include "Axis.h"
#include "Chart.h"
#include "cluster/Dbscan.h"

namespace seg::chart {

class KDistanceChart : public Chart {
    Q_DECLARE_TR_FUNCTIONS(seg::chart::KDistanceChart)

public:
    KDistanceChart();

    void setCurve(seg::cluster::KDistanceCurve curve);
    [[nodiscard]] const seg::cluster::KDistanceCurve& curve() const { return m_curve; }
    // The eps in use (NaN: none, no line drawn).
    void setEps(double eps);
    [[nodiscard]] double eps() const { return m_eps; }

    [[nodiscard]] QString name() const override { return QStringLiteral("k-distance"); }
    [[nodiscard]] QString title() const override;
    // What to look for (and, for a sampled curve, the sample's size).
    [[nodiscard]] QString subtitle() const override;
    [[nodiscard]] bool hasData() const override { return !m_curve.distances.empty(); }

    // The curve's, the knee's and the current eps's colours.
    [[nodiscard]] static QColor lineColor();
    [[nodiscard]] QColor kneeColor() const;
    [[nodiscard]] static QColor epsColor();

    // As laid out: the plot, y of a distance and back, the y (distance) and x (1-based rank) axes, and the
    // boxes of the knee's and the current eps's labels (empty when not drawn).
    [[nodiscard]] QRectF plotRect() const { return m_plot; }
    [[nodiscard]] double yForDistance(double distance) const;
    [[nodiscard]] double distanceForY(double y) const;
    [[nodiscard]] const Axis& distanceAxis() const { return m_yAxis; }
    [[nodiscard]] const Axis& rankAxis() const { return m_xAxis; }
    [[nodiscard]] QRectF kneeLabelRect() const { return m_kneeBox; }
    [[nodiscard]] QRectF epsLabelRect() const { return m_epsBox; }
    // The eps a click at height y picks: the distance there, held to the curve's range.
    [[nodiscard]] double epsForY(double y) const;
    // In the plot: Value with the eps a click there picks, and "Customer 1,234 of 5,000\nDistance: 0.42..."
    // for the rank under the point.
    [[nodiscard]] Hit hitTest(QPointF point) const override;

    bool mousePress(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) override;
    bool mouseMove(QPointF pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers) override;
    bool mouseRelease(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) override;
    [[nodiscard]] Qt::CursorShape cursorAt(QPointF pos) const override;
    [[nodiscard]] bool isDragging() const override { return m_dragging; }

protected:
    void layoutContent(const QPaintDevice* device) override;
    void paintContent(QPainter& painter) const override;

private:
    [[nodiscard]] bool inPlot(QPointF pos) const;
    [[nodiscard]] double xForIndex(double index) const;
    [[nodiscard]] QString yTitle() const;

    seg::cluster::KDistanceCurve m_curve;
    double m_eps;
    double m_minD = 0.0;  // smallest and largest finite distance: the range a click picks from
    double m_maxD = 0.0;
    double m_hi = 1.0;  // the top of the data the distance axis must show (curve and eps when set)
    bool m_pressed = false;
    bool m_dragging = false;
    QPointF m_pressPos;

    // Layout.
    QFont m_markFont;
    QRectF m_plot;
    Axis m_yAxis;
    Axis m_xAxis;
    QRectF m_kneeBox;
    QRectF m_epsBox;
    QString m_kneeText, m_epsText;
    QPointF m_knee;
    bool m_haveKnee = false;
    bool m_haveEps = false;
    qreal m_epsY = 0.0;
};

}  // namespace seg::chart
