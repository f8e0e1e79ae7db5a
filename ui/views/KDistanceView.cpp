#include "views/KDistanceView.h"

#include "views/ChartPainting.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <limits>

namespace seg::ui {

namespace {

using chart::niceStep;
using chart::pxScale;
using chart::sized;

const QColor kText(0x22, 0x22, 0x22);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kGrid(0xE8, 0xE8, 0xE8);
const QColor kFrame(0xB8, 0xB8, 0xB8);

QString tickText(double v, double step) {
    const int decimals = std::clamp(int(-std::floor(std::log10(step) + 1e-9)), 0, 6);
    if (std::abs(v) < step * 1e-6) v = 0.0;
    return QLocale().toString(v, 'f', decimals);
}

QString distanceText(double v) {
    return QLocale().toString(v, 'g', 3);
}

}  // namespace

struct KDistanceView::Layout {
    qreal s = 1.0;
    QFont titleFont, noteFont, tickFont, axisTitleFont, markFont;
    QRectF title, note, plot;
    double top = 1.0, step = 0.2, xStep = 1.0;
    std::size_t n = 0;

    [[nodiscard]] double y(double distance) const { return plot.bottom() - distance / top * plot.height(); }
    // Rank r (0-based) at the middle of its 1/n slot, so one point sits in the middle.
    [[nodiscard]] double x(double rank) const {
        return plot.left() + (rank + 0.5) / double(std::max<std::size_t>(n, 1)) * plot.width();
    }
};

QColor KDistanceView::lineColor() {
    return QColor(0x00, 0x72, 0xB2);  // Okabe-Ito blue
}
QColor KDistanceView::kneeColor() {
    return QColor(0xD5, 0x5E, 0x00);  // vermillion
}
QColor KDistanceView::epsColor() {
    return QColor(0x00, 0x9E, 0x73);  // bluish green
}

KDistanceView::KDistanceView(QWidget* parent)
    : QWidget(parent), m_eps(std::numeric_limits<double>::quiet_NaN()) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("k-distance plot"));
    setWhatsThis(tr("Click at a height to use that distance as eps."));
}

void KDistanceView::setCurve(seg::cluster::KDistanceCurve curve) {
    m_curve = std::move(curve);
    double hi = 0.0;
    for (double d : m_curve.distances)
        if (std::isfinite(d)) hi = std::max(hi, d);
    if (std::isfinite(m_eps)) hi = std::max(hi, m_eps);
    if (!(hi > 0.0)) hi = 1.0;
    m_step = niceStep(hi * 1.08 / 5.0);
    m_top = std::ceil(hi * 1.08 / m_step) * m_step;
    m_dragging = false;
    update();
}

void KDistanceView::setEps(double eps) {
    if (eps == m_eps || (std::isnan(eps) && std::isnan(m_eps))) return;
    m_eps = eps;
    update();
}

KDistanceView::Layout KDistanceView::layout(const QRectF& bounds, const QPaintDevice* device) const {
    if (!device) device = this;
    Layout l;
    l.s = pxScale(device);
    const qreal s = l.s;
    const QFont base = font();
    l.titleFont = sized(base, 13.0, true);
    l.noteFont = sized(base, 9.0);
    l.tickFont = sized(base, 9.0);
    l.axisTitleFont = sized(base, 10.0);
    l.markFont = sized(base, 9.0, true);
    auto* dev = const_cast<QPaintDevice*>(device);
    const QFontMetricsF titleFm(l.titleFont, dev), noteFm(l.noteFont, dev), tickFm(l.tickFont, dev),
        axisFm(l.axisTitleFont, dev);
    l.top = m_top;
    l.step = m_step;
    l.n = m_curve.distances.size();

    const qreal margin = 14 * s;
    qreal y = bounds.top() + margin;
    l.title = QRectF(bounds.left() + margin, y, bounds.width() - 2 * margin, titleFm.height());
    y = l.title.bottom() + 2 * s;
    l.note = QRectF(l.title.left(), y, l.title.width(), noteFm.height());
    y = l.note.bottom() + 10 * s + tickFm.height() / 2;

    qreal tickW = 0.0;
    for (double v = 0.0; v <= l.top * (1 + 1e-9); v += l.step)
        tickW = std::max(tickW, tickFm.horizontalAdvance(tickText(v, l.step)));
    const qreal left = bounds.left() + margin + axisFm.height() + 8 * s + tickW + 6 * s;
    const qreal bottom = bounds.bottom() - margin - axisFm.height() - 6 * s - tickFm.height() - 5 * s;
    l.plot = QRectF(QPointF(left, y), QPointF(bounds.right() - margin - 6 * s, std::max(bottom, y + 20 * s)));
    // Rank ticks: about one per 90 px.
    const double ticks = std::max(1.0, l.plot.width() / (90 * s));
    l.xStep = std::max(1.0, niceStep(double(std::max<std::size_t>(l.n, 1)) / ticks));
    return l;
}

QRectF KDistanceView::plotRect(const QRectF& bounds, const QPaintDevice* device) const {
    return layout(bounds, device).plot;
}

double KDistanceView::yForDistance(double distance) const {
    return layout(rect(), this).y(distance);
}

double KDistanceView::distanceForY(double y) const {
    const Layout l = layout(rect(), this);
    return (l.plot.bottom() - y) / l.plot.height() * l.top;
}

void KDistanceView::paint(QPainter& painter, const QRectF& bounds) const {
    const Layout l = layout(bounds, painter.device());
    const qreal s = l.s;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(bounds, Qt::white);

    painter.setPen(kText);
    painter.setFont(l.titleFont);
    painter.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter, tr("Choosing eps: k-distance plot"));
    painter.setFont(l.noteFont);
    painter.setPen(kMuted);
    const QFontMetricsF noteFm(l.noteFont, painter.device());
    QString note = tr("Where the curve turns upwards, customers stop having close neighbours: a good eps.");
    if (m_curve.sampled > 0)
        note = tr("A sample of %1 customers. ").arg(QLocale().toString(qulonglong(m_curve.sampled))) + note;
    painter.drawText(l.note, Qt::AlignLeft | Qt::AlignVCenter,
                     noteFm.elidedText(note, Qt::ElideRight, l.note.width()));

    // Grid and y axis.
    const QFontMetricsF tickFm(l.tickFont, painter.device());
    painter.setFont(l.tickFont);
    for (double v = 0.0; v <= l.top * (1 + 1e-9); v += l.step) {
        const qreal y = l.y(v);
        painter.setPen(QPen(kGrid, 1 * s));
        painter.drawLine(QPointF(l.plot.left(), y), QPointF(l.plot.right(), y));
        painter.setPen(kMuted);
        painter.drawText(QRectF(l.plot.left() - 206 * s, y - tickFm.height() / 2, 200 * s, tickFm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, tickText(v, l.step));
    }
    // Rank axis: 1-based ranks, as a reader counts customers.
    if (l.n > 0) {
        for (double r = 0.0; r <= double(l.n); r += l.xStep) {
            const double rank = std::max(r, 1.0);
            const qreal x = l.x(rank - 1);
            painter.setPen(QPen(kFrame, 1 * s));
            painter.drawLine(QPointF(x, l.plot.bottom()), QPointF(x, l.plot.bottom() + 3 * s));
            painter.setPen(kMuted);
            painter.drawText(QRectF(x - 60 * s, l.plot.bottom() + 4 * s, 120 * s, tickFm.height()),
                             Qt::AlignHCenter | Qt::AlignTop, QLocale().toString(qulonglong(rank)));
        }
    }
    painter.setPen(QPen(kFrame, 1 * s));
    painter.drawLine(l.plot.bottomLeft(), l.plot.bottomRight());
    painter.drawLine(l.plot.bottomLeft(), l.plot.topLeft());

    // Axis titles.
    painter.setFont(l.axisTitleFont);
    painter.setPen(kText);
    const QFontMetricsF axisFm(l.axisTitleFont, painter.device());
    painter.drawText(QRectF(l.plot.left(), l.plot.bottom() + 4 * s + tickFm.height() + 5 * s, l.plot.width(),
                            axisFm.height()),
                     Qt::AlignCenter, tr("Customers, sorted by distance"));
    const int k = m_curve.k;
    const int mod100 = k % 100, mod10 = k % 10;
    const QString yTitle = (mod100 >= 11 && mod100 <= 13) || mod10 == 0 || mod10 >= 4
                               ? tr("Distance to the %1th nearest neighbour").arg(k)
                           : mod10 == 1 ? tr("Distance to the %1st nearest neighbour").arg(k)
                           : mod10 == 2 ? tr("Distance to the %1nd nearest neighbour").arg(k)
                                        : tr("Distance to the %1rd nearest neighbour").arg(k);
    painter.save();
    painter.translate(bounds.left() + 14 * s, l.plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-l.plot.height() / 2, 0, l.plot.height(), axisFm.height()), Qt::AlignCenter,
                     axisFm.elidedText(k > 0 ? yTitle : tr("Distance to the nearest neighbour"),
                                       Qt::ElideRight, l.plot.height()));
    painter.restore();

    if (l.n == 0) {
        painter.setPen(kMuted);
        painter.setFont(l.noteFont);
        painter.drawText(l.plot, Qt::AlignCenter, tr("Choose DBSCAN to see the k-distance plot"));
        painter.restore();
        return;
    }

    // The curve, thinned to about two points per pixel column (ascending, so first and last of a column
    // are its lowest and highest).
    const auto& d = m_curve.distances;
    const std::size_t stride =
        std::max<std::size_t>(1, std::size_t(double(l.n) / std::max(l.plot.width() * 2, 1.0)));
    QPainterPath path;
    bool penDown = false;
    for (std::size_t i = 0;; i = std::min(i + stride, l.n - 1)) {
        if (std::isfinite(d[i])) {
            const QPointF pt(l.x(double(i)), l.y(std::clamp(d[i], 0.0, l.top)));
            if (penDown)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            penDown = true;
        } else {
            penDown = false;
        }
        if (i == l.n - 1) break;
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(lineColor(), 2 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    if (l.n == 1) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(lineColor());
        painter.drawEllipse(QPointF(l.x(0), l.y(d[0])), 3 * s, 3 * s);
    }

    const QFontMetricsF markFm(l.markFont, painter.device());
    painter.setFont(l.markFont);
    const qreal pad = 4 * s;
    // A label box whose bottom-left (above) or top-left (below) is `at`, kept inside the plot.
    auto place = [&](const QString& text, QPointF at, bool above) {
        QRectF box(0, 0, markFm.horizontalAdvance(text) + 2 * pad, markFm.height() + pad);
        if (above)
            box.moveBottomLeft(at);
        else
            box.moveTopLeft(at);
        if (box.right() > l.plot.right()) box.moveRight(l.plot.right());
        if (box.left() < l.plot.left()) box.moveLeft(l.plot.left());
        if (box.top() < l.plot.top()) box.moveTop(l.plot.top());
        if (box.bottom() > l.plot.bottom()) box.moveBottom(l.plot.bottom());
        return box;
    };
    auto drawLabel = [&](const QRectF& box, const QString& text, const QColor& color) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 230));
        painter.drawRoundedRect(box, 3 * s, 3 * s);
        painter.setPen(color);
        painter.drawText(box, Qt::AlignCenter, text);
    };

    // The knee's label goes up and to the left of it, where an ascending curve leaves empty space.
    const bool haveKnee = l.n >= 3 && m_curve.kneeIndex < l.n && std::isfinite(m_curve.suggestedEps);
    QPointF knee;
    QString kneeText;
    QRectF kneeBox;
    if (haveKnee) {
        knee = QPointF(l.x(double(m_curve.kneeIndex)), l.y(std::clamp(m_curve.suggestedEps, 0.0, l.top)));
        kneeText = tr("Suggested eps: %1").arg(distanceText(m_curve.suggestedEps));
        const qreal w = markFm.horizontalAdvance(kneeText) + 2 * pad;
        kneeBox = place(kneeText, QPointF(knee.x() - w - 10 * s, knee.y() - 10 * s), true);
    }

    // The current eps: a horizontal line across the plot, labelled at its left end, or below the line when
    // the knee's label is there. Lines first, then the labels on their white boxes, so no line crosses text.
    const bool haveEps = std::isfinite(m_eps) && m_eps >= 0.0;
    const qreal epsY = haveEps ? l.y(std::min(m_eps, l.top)) : 0.0;
    if (haveEps) {
        painter.setPen(QPen(epsColor(), 2 * s));
        painter.drawLine(QPointF(l.plot.left(), epsY), QPointF(l.plot.right(), epsY));
    }
    if (haveKnee) {
        painter.setPen(QPen(kneeColor(), 1 * s, Qt::DashLine));
        painter.drawLine(QPointF(l.plot.left(), knee.y()), knee);
        painter.drawLine(knee, QPointF(knee.x(), l.plot.bottom()));
        painter.setPen(QPen(Qt::white, 1.5 * s));
        painter.setBrush(kneeColor());
        painter.drawEllipse(knee, 5.5 * s, 5.5 * s);
    }
    if (haveEps) {
        const QString text = tr("Current eps: %1").arg(distanceText(m_eps));
        QRectF box = place(text, QPointF(l.plot.left() + 6 * s, epsY - 3 * s), true);
        if (haveKnee && box.intersects(kneeBox))
            box = place(text, QPointF(l.plot.left() + 6 * s, epsY + 3 * s), false);
        if (haveKnee && box.intersects(kneeBox)) box.moveRight(l.plot.right());
        drawLabel(box, text, epsColor().darker(130));
    }
    if (haveKnee) drawLabel(kneeBox, kneeText, kneeColor());
    painter.restore();
}

QImage KDistanceView::render(QSize size, qreal dpr) const {
    return chart::renderImage(size, dpr, [this](QPainter& p, const QRectF& r) { paint(p, r); });
}

QString KDistanceView::toolTipAt(const QPointF& pos) const {
    if (m_curve.distances.empty()) return {};
    const Layout l = layout(rect(), this);
    if (!l.plot.contains(pos)) return {};
    const double rank = (pos.x() - l.plot.left()) / l.plot.width() * double(l.n) - 0.5;
    const auto i = std::size_t(std::clamp(std::llround(rank), 0LL, (long long)(l.n) - 1));
    return tr("Customer %1 of %2\nDistance: %3\nClick to use %4 as eps")
        .arg(QLocale().toString(qulonglong(i + 1)), QLocale().toString(qulonglong(l.n)),
             distanceText(m_curve.distances[i]), distanceText(std::clamp(distanceForY(pos.y()), 0.0, l.top)));
}

void KDistanceView::pickAt(double y) {
    const auto& d = m_curve.distances;
    const double lo = d.front(), hi = d.back();
    const double eps = std::clamp(distanceForY(y), std::min(lo, hi), std::max(lo, hi));
    m_eps = eps;
    update();
    emit epsPicked(eps);
}

void KDistanceView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, rect());
}

void KDistanceView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && !m_curve.distances.empty() &&
        plotRect(rect()).adjusted(-4, -4, 4, 4).contains(event->position())) {
        m_dragging = true;
        pickAt(event->position().y());
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void KDistanceView::mouseMoveEvent(QMouseEvent* event) {
    if (m_dragging) {
        pickAt(event->position().y());
        return;
    }
    const bool inside = !m_curve.distances.empty() && plotRect(rect()).contains(event->position());
    setCursor(inside ? Qt::CrossCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void KDistanceView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

bool KDistanceView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

}  // namespace seg::ui
