#include "KDistanceChart.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>

#include "Text.h"

namespace seg::chart {

namespace {

// A press and a move further apart than this (in chart units) start a drag, as ChartWidget's click slop.
constexpr qreal kDragSlop = 4.0;

QString distanceText(double v) {
    return QLocale().toString(v, 'g', 3);
}

QString rankText(double v) {
    return QLocale().toString(qulonglong(std::llround(std::max(v, 0.0))));
}

}  // namespace

KDistanceChart::KDistanceChart() : m_eps(std::numeric_limits<double>::quiet_NaN()) {}

QColor KDistanceChart::lineColor() {
    return QColor(0x00, 0x72, 0xB2);  // Okabe-Ito blue
}

QColor KDistanceChart::kneeColor() const {
    return style().accent;  // vermillion
}

QColor KDistanceChart::epsColor() {
    return QColor(0x00, 0x9E, 0x73);  // Okabe-Ito bluish green
}

void KDistanceChart::setCurve(seg::cluster::KDistanceCurve curve) {
    m_curve = std::move(curve);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double d : m_curve.distances)
        if (std::isfinite(d)) {
            lo = std::min(lo, d);
            hi = std::max(hi, d);
        }
    m_minD = std::isfinite(lo) ? lo : 0.0;
    m_maxD = std::isfinite(hi) ? hi : 0.0;
    m_hi = std::max(m_maxD, 0.0);
    if (std::isfinite(m_eps)) m_hi = std::max(m_hi, m_eps);
    if (!(m_hi > 0.0)) m_hi = 1.0;
    m_pressed = false;
    m_dragging = false;
    invalidate();
}

void KDistanceChart::setEps(double eps) {
    if (eps == m_eps || (std::isnan(eps) && std::isnan(m_eps))) return;
    m_eps = eps;
    invalidate();
}

QString KDistanceChart::title() const {
    return tr("Choosing eps: k-distance plot");
}

QString KDistanceChart::subtitle() const {
    QString note = tr("Where the curve turns upwards, customers stop having close neighbours: a good eps.");
    if (m_curve.sampled > 0)
        note = tr("A sample of %1 customers. ").arg(QLocale().toString(qulonglong(m_curve.sampled))) + note;
    return note;
}

QString KDistanceChart::yTitle() const {
    const int k = m_curve.k;
    if (k <= 0) return tr("Distance to the nearest neighbour");
    const int mod100 = k % 100, mod10 = k % 10;
    return (mod100 >= 11 && mod100 <= 13) || mod10 == 0 || mod10 >= 4
               ? tr("Distance to the %1th nearest neighbour").arg(k)
           : mod10 == 1 ? tr("Distance to the %1st nearest neighbour").arg(k)
           : mod10 == 2 ? tr("Distance to the %1nd nearest neighbour").arg(k)
                        : tr("Distance to the %1rd nearest neighbour").arg(k);
}

void KDistanceChart::layoutContent(const QPaintDevice* device) {
    const qreal s = scale();
    const ChartStyle& st = style();
    const QRectF content = contentRect();
    auto* dev = const_cast<QPaintDevice*>(device);
    const QFontMetricsF tickFm(st.tickFont(), dev);
    m_markFont = st.font(st.notePt, true);
    const QFontMetricsF markFm(m_markFont, dev);
    const std::size_t n = m_curve.distances.size();

    // Distances from 0 to a tick a little above the largest.
    m_yAxis = Axis::nice(0.0, m_hi * 1.08, 5);
    m_yAxis.lo = 0.0;
    const AxisDraw yDraw{yTitle(), true, {}};
    const AxisDraw xDraw{tr("Customers, sorted by distance"), false, rankText};
    const qreal top = content.top() + tickFm.height() / 2 + 2 * s;
    const qreal left = content.left() + leftAxisWidth(st, device, m_yAxis, yDraw);
    const qreal bottom = content.bottom() - bottomAxisHeight(st, device, xDraw);
    qreal right = content.right() - 6 * s;

    // Ranks, 1-based as a reader counts customers: rank r sits in the middle of its 1/n slot. About one tick
    // per 90 px; the last tick's label may stand half past the plot, so the plot leaves room for it.
    m_xAxis = Axis{};
    m_xAxis.lo = 0.5;
    m_xAxis.hi = double(std::max<std::size_t>(n, 1)) + 0.5;
    for (int pass = 0; pass < 2; ++pass) {
        const double ticks = std::max(1.0, (right - left) / (90 * s));
        m_xAxis.step = std::max(1.0, niceStep(double(std::max<std::size_t>(n, 1)) / ticks));
        m_xAxis.ticks.clear();
        if (n > 0) {
            m_xAxis.ticks.push_back(1.0);
            for (double r = m_xAxis.step; r <= double(n) + 1e-9; r += m_xAxis.step)
                if (r > 1.0) m_xAxis.ticks.push_back(r);
        }
        if (m_xAxis.ticks.empty()) break;
        const qreal lastW = tickFm.horizontalAdvance(rankText(m_xAxis.ticks.back())) + 4 * s;
        const qreal lastX = m_xAxis.map(m_xAxis.ticks.back(), left, right);
        const qreal overhang = lastX + lastW / 2 - content.right();
        if (overhang <= 0) break;
        right -= overhang;
    }
    m_plot =
        QRectF(QPointF(left, top), QPointF(std::max(right, left + 20 * s), std::max(bottom, top + 20 * s)));

    // The knee's label goes up and to the left of it, where an ascending curve leaves empty space; the
    // current eps's label at the left end of its line, or below the line when the knee's label is there.
    const qreal pad = 4 * s;
    auto place = [&](const QString& text, QPointF at, bool above) {
        QRectF box(0, 0, markFm.horizontalAdvance(text) + 2 * pad, markFm.height() + pad);
        if (above)
            box.moveBottomLeft(at);
        else
            box.moveTopLeft(at);
        if (box.right() > m_plot.right()) box.moveRight(m_plot.right());
        if (box.left() < m_plot.left()) box.moveLeft(m_plot.left());
        if (box.top() < m_plot.top()) box.moveTop(m_plot.top());
        if (box.bottom() > m_plot.bottom()) box.moveBottom(m_plot.bottom());
        return box;
    };
    m_haveKnee = n >= 3 && m_curve.kneeIndex < n && std::isfinite(m_curve.suggestedEps);
    m_kneeBox = {};
    if (m_haveKnee) {
        m_knee = QPointF(xForIndex(double(m_curve.kneeIndex)),
                         yForDistance(std::clamp(m_curve.suggestedEps, 0.0, m_yAxis.hi)));
        m_kneeText = tr("Suggested eps: %1").arg(distanceText(m_curve.suggestedEps));
        const qreal w = markFm.horizontalAdvance(m_kneeText) + 2 * pad;
        m_kneeBox = place(m_kneeText, QPointF(m_knee.x() - w - 10 * s, m_knee.y() - 10 * s), true);
    }
    m_haveEps = n > 0 && std::isfinite(m_eps) && m_eps >= 0.0;
    m_epsBox = {};
    if (m_haveEps) {
        m_epsY = yForDistance(std::min(m_eps, m_yAxis.hi));
        m_epsText = tr("Current eps: %1").arg(distanceText(m_eps));
        m_epsBox = place(m_epsText, QPointF(m_plot.left() + 6 * s, m_epsY - 3 * s), true);
        if (m_haveKnee && m_epsBox.intersects(m_kneeBox))
            m_epsBox = place(m_epsText, QPointF(m_plot.left() + 6 * s, m_epsY + 3 * s), false);
        if (m_haveKnee && m_epsBox.intersects(m_kneeBox)) m_epsBox.moveRight(m_plot.right());
    }
}

double KDistanceChart::yForDistance(double distance) const {
    return m_yAxis.map(distance, m_plot.bottom(), m_plot.top());
}

double KDistanceChart::distanceForY(double y) const {
    return m_yAxis.unmap(y, m_plot.bottom(), m_plot.top());
}

double KDistanceChart::xForIndex(double index) const {
    return m_xAxis.map(index + 1.0, m_plot.left(), m_plot.right());
}

double KDistanceChart::epsForY(double y) const {
    return std::clamp(distanceForY(y), m_minD, m_maxD);
}

bool KDistanceChart::inPlot(QPointF pos) const {
    const qreal slop = 4 * scale();
    return hasData() && m_plot.adjusted(-slop, -slop, slop, slop).contains(pos);
}

Hit KDistanceChart::hitTest(QPointF point) const {
    Hit hit;
    if (!inPlot(point)) return hit;
    const std::size_t n = m_curve.distances.size();
    hit.kind = Hit::Kind::Value;
    hit.value = epsForY(point.y());
    const double rank = m_xAxis.unmap(point.x(), m_plot.left(), m_plot.right()) - 1.0;
    const auto i = std::size_t(std::clamp(std::llround(rank), 0LL, (long long)(n)-1));
    hit.row = -1;
    hit.toolTip = tr("Customer %1 of %2\nDistance: %3\nClick to use %4 as eps")
                      .arg(QLocale().toString(qulonglong(i + 1)), QLocale().toString(qulonglong(n)),
                           distanceText(m_curve.distances[i]), distanceText(hit.value));
    return hit;
}

bool KDistanceChart::mousePress(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers) {
    m_pressed = false;
    m_dragging = false;
    if (button != Qt::LeftButton || !inPlot(pos)) return false;
    // The line follows at once; the click itself reaches the application through the host (hitTest).
    m_pressed = true;
    m_pressPos = pos;
    m_eps = epsForY(pos.y());
    invalidate();
    return true;
}

bool KDistanceChart::mouseMove(QPointF pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers) {
    if (!m_pressed || !(buttons & Qt::LeftButton)) return false;
    if (!m_dragging && QLineF(m_pressPos, pos).length() <= kDragSlop) return false;
    m_dragging = true;
    const double eps = epsForY(pos.y());
    if (eps == m_eps) return false;
    m_eps = eps;
    invalidate();
    Hit hit;
    hit.kind = Hit::Kind::Value;
    hit.value = eps;
    notify(hit);
    return true;
}

bool KDistanceChart::mouseRelease(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers) {
    if (button != Qt::LeftButton || !m_pressed) return false;
    const bool dragged = m_dragging;
    m_pressed = false;
    m_dragging = false;
    if (!dragged) m_eps = epsForY(pos.y());
    invalidate();
    return true;
}

Qt::CursorShape KDistanceChart::cursorAt(QPointF pos) const {
    return inPlot(pos) ? Qt::CrossCursor : Qt::ArrowCursor;
}

void KDistanceChart::paintContent(QPainter& painter) const {
    const qreal s = scale();
    const ChartStyle& st = style();
    const std::size_t n = m_curve.distances.size();

    paintLeftAxis(painter, st, m_plot, m_yAxis, AxisDraw{yTitle(), true, {}});
    paintBottomAxis(painter, st, m_plot, m_xAxis,
                    AxisDraw{tr("Customers, sorted by distance"), false, rankText});

    if (n == 0) {
        painter.setPen(st.muted);
        painter.setFont(st.noteFont());
        painter.drawText(m_plot, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Choose DBSCAN to see the k-distance plot"));
        return;
    }

    // The curve, thinned to about two points per pixel column (ascending, so first and last of a column
    // are its lowest and highest).
    const auto& d = m_curve.distances;
    const double top = m_yAxis.hi;
    const std::size_t stride =
        std::max<std::size_t>(1, std::size_t(double(n) / std::max(m_plot.width() * 2, 1.0)));
    QPainterPath path;
    bool penDown = false;
    for (std::size_t i = 0;; i = std::min(i + stride, n - 1)) {
        if (std::isfinite(d[i])) {
            const QPointF pt(xForIndex(double(i)), yForDistance(std::clamp(d[i], 0.0, top)));
            if (penDown)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            penDown = true;
        } else {
            penDown = false;
        }
        if (i == n - 1) break;
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(lineColor(), 2 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    if (n == 1 && std::isfinite(d[0])) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(lineColor());
        painter.drawEllipse(QPointF(xForIndex(0), yForDistance(std::clamp(d[0], 0.0, top))), 3 * s, 3 * s);
    }

    // Lines first, then the labels on their white boxes, so no line crosses text.
    painter.setFont(m_markFont);
    auto drawLabel = [&](const QRectF& box, const QString& text, const QColor& color) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 230));
        painter.drawRoundedRect(box, 3 * s, 3 * s);
        painter.setPen(color);
        painter.drawText(box, Qt::AlignCenter, text);
    };
    if (m_haveEps) {
        painter.setPen(QPen(epsColor(), 2 * s));
        painter.drawLine(QPointF(m_plot.left(), m_epsY), QPointF(m_plot.right(), m_epsY));
    }
    if (m_haveKnee) {
        painter.setPen(QPen(kneeColor(), 1 * s, Qt::DashLine));
        painter.drawLine(QPointF(m_plot.left(), m_knee.y()), m_knee);
        painter.drawLine(m_knee, QPointF(m_knee.x(), m_plot.bottom()));
        painter.setPen(QPen(Qt::white, 1.5 * s));
        painter.setBrush(kneeColor());
        painter.drawEllipse(m_knee, 5.5 * s, 5.5 * s);
    }
    if (m_haveEps) drawLabel(m_epsBox, m_epsText, epsColor().darker(130));
    if (m_haveKnee) drawLabel(m_kneeBox, m_kneeText, kneeColor());
}

}  // namespace seg::chart
