#include "views/ElbowView.h"

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

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Tick labels short enough for a small panel: 12,000 -> "12k", 3,400,000 -> "3.4M".
QString tickText(double v, double step) {
    if (std::abs(v) < step * 1e-6) return QLocale().toString(0);
    const double big = std::max(std::abs(v), step);
    double div = 1.0;
    QString pattern = QStringLiteral("%1");
    if (big >= 1e7) {
        div = 1e6;
        pattern = ElbowView::tr("%1M", "millions on a chart axis");
    } else if (big >= 1e4) {
        div = 1e3;
        pattern = ElbowView::tr("%1k", "thousands on a chart axis");
    }
    const double s = step / div;
    const int decimals = std::clamp(int(-std::floor(std::log10(s) + 1e-9)), 0, 6);
    if (std::abs(v / div) < s * 1e-6) v = 0.0;  // no "-0"
    return pattern.arg(QLocale().toString(v / div, 'f', decimals));
}

QString valueText(double v) {
    if (!std::isfinite(v)) return QStringLiteral("-");
    if (std::abs(v) >= 100.0) return QLocale().toString(v, 'f', 0);
    return QLocale().toString(v, 'g', 3);
}

double valueAt(const std::vector<double>& values, std::size_t i) {
    return i < values.size() ? values[i] : kNaN;
}

}  // namespace

struct ElbowView::Layout {
    qreal s = 1.0;
    QFont titleFont, captionFont, reasonFont, panelFont, tickFont, legendFont, markFont;
    QRectF title, caption, reason;
    QRectF legend;  // right of the caption: the band and current-k keys
    std::vector<QRectF> panelTitle;
    std::vector<QRectF> plot;
    std::size_t kCount = 0;
    int labelEvery = 1;

    [[nodiscard]] double x(std::size_t panel, std::size_t index) const {
        const QRectF& p = plot[panel];
        return p.left() + (double(index) + 0.5) * p.width() / double(std::max<std::size_t>(kCount, 1));
    }
    [[nodiscard]] double slotWidth(std::size_t panel) const {
        return plot[panel].width() / double(std::max<std::size_t>(kCount, 1));
    }
};

QColor ElbowView::lineColor() {
    return QColor(0x00, 0x72, 0xB2);  // Okabe-Ito blue
}
QColor ElbowView::bestColor() {
    return QColor(0xD5, 0x5E, 0x00);  // Okabe-Ito vermillion
}
QColor ElbowView::bandColor() {
    return QColor(0xFC, 0xEE, 0xC0);  // a pale Okabe-Ito yellow, behind everything
}

ElbowView::ElbowView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Choosing the number of segments"));
    setWhatsThis(
        tr("Each panel scores one way of judging the number of segments. Click a number to run "
           "with it."));
}

void ElbowView::setSweep(std::shared_ptr<const seg::run::SweepResult> sweep) {
    m_sweep = std::move(sweep);
    m_hoverIndex = -1;
    rebuild();
    update();
}

void ElbowView::setCurrentK(int k) {
    if (k == m_currentK) return;
    m_currentK = k;
    update();
}

QString ElbowView::panelTitle(int panel) const {
    return panel >= 0 && panel < panelCount() ? m_panels[std::size_t(panel)].title : QString();
}

void ElbowView::rebuild() {
    m_panels.clear();
    if (!m_sweep || m_sweep->k.empty()) return;
    const auto& r = *m_sweep;
    const std::size_t n = r.k.size();
    using seg::run::Criterion;
    auto voteFor = [&](Criterion c) -> int {
        for (const auto& v : r.votes)
            if (v.criterion == c) return v.k;
        return 0;
    };
    auto add = [&](const QString& title, const QString& hint, const QString& valueName,
                   const std::vector<double>& source, Criterion criterion, int higherIsBetter,
                   const QString& bestLabel) {
        Panel p;
        p.title = title;
        p.hint = hint;
        p.valueName = valueName;
        p.values.resize(n);
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        int bestIndex = -1;
        for (std::size_t i = 0; i < n; ++i) {
            const double v = valueAt(source, i);
            p.values[i] = std::isfinite(v) ? v : kNaN;
            if (!std::isfinite(v)) continue;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            if (higherIsBetter != 0 &&
                (bestIndex < 0 || (higherIsBetter > 0 ? v > p.values[std::size_t(bestIndex)]
                                                      : v < p.values[std::size_t(bestIndex)])))
                bestIndex = int(i);
        }
        if (!std::isfinite(lo)) return;  // not computed: no panel
        p.bestK = voteFor(criterion);
        if (criterion == Criterion::Elbow && p.bestK == 0 && r.elbowK) p.bestK = *r.elbowK;
        if (p.bestK == 0 && bestIndex >= 0) p.bestK = r.k[std::size_t(bestIndex)];
        p.bestLabel = bestLabel;
        // Some air above and below so the dots and their labels stay inside the panel.
        double span = hi - lo;
        if (!(span > 0.0)) span = std::max(std::abs(hi) * 0.1, 1e-9);
        lo -= span * 0.08;
        hi += span * 0.18;
        p.step = niceStep((hi - lo) / 4.0);
        p.lo = std::floor(lo / p.step) * p.step;
        p.hi = std::ceil(hi / p.step) * p.step;
        // Scores that cannot be negative keep their axis at or above 0.
        const double minValue = *std::min_element(p.values.begin(), p.values.end(), [](double a, double b) {
            return std::isfinite(a) && (!std::isfinite(b) || a < b);
        });
        if (minValue >= 0.0 && p.lo < 0.0) p.lo = 0.0;
        m_panels.push_back(std::move(p));
    };
    add(tr("Inertia"), tr("lower, until the elbow"), tr("Inertia"), r.inertia, Criterion::Elbow, 0,
        tr("elbow"));
    add(tr("Silhouette"), tr("higher is better"), tr("Silhouette"), r.silhouette, Criterion::Silhouette, 1,
        tr("best"));
    add(tr("Calinski-Harabasz"), tr("higher is better"), tr("Calinski-Harabasz"), r.calinskiHarabasz,
        Criterion::CalinskiHarabasz, 1, tr("best"));
    add(tr("Davies-Bouldin"), tr("lower is better"), tr("Davies-Bouldin"), r.daviesBouldin,
        Criterion::DaviesBouldin, -1, tr("best"));
    add(tr("BIC"), tr("lower is better"), tr("BIC"), r.bic, Criterion::Bic, -1, tr("best"));
}

ElbowView::Layout ElbowView::layout(const QRectF& bounds, const QPaintDevice* device) const {
    if (!device) device = this;
    Layout l;
    l.s = pxScale(device);
    const qreal s = l.s;
    const QFont base = font();
    l.titleFont = sized(base, 13.0, true);
    l.captionFont = sized(base, 10.5, true);
    l.reasonFont = sized(base, 9.0);
    l.panelFont = sized(base, 9.5, true);
    l.tickFont = sized(base, 8.0);
    l.legendFont = sized(base, 8.5);
    l.markFont = sized(base, 8.0, true);
    auto* dev = const_cast<QPaintDevice*>(device);
    const QFontMetricsF titleFm(l.titleFont, dev), captionFm(l.captionFont, dev), reasonFm(l.reasonFont, dev),
        panelFm(l.panelFont, dev), tickFm(l.tickFont, dev), legendFm(l.legendFont, dev);

    const qreal margin = 14 * s;
    const QRectF inner = bounds.adjusted(margin, margin, -margin, -margin);
    qreal y = inner.top();
    l.title = QRectF(inner.left(), y, inner.width(), titleFm.height());
    y = l.title.bottom() + 4 * s;
    l.caption = QRectF(inner.left(), y, inner.width(), captionFm.height());
    y = l.caption.bottom() + 1 * s;
    l.reason = QRectF(inner.left(), y, inner.width(), reasonFm.height());
    y = l.reason.bottom() + 10 * s;
    // The legend sits at the right of the caption line, which is short.
    const qreal legendW = 14 * s + legendFm.horizontalAdvance(tr("Recommended k")) + 16 * s + 14 * s +
                          legendFm.horizontalAdvance(tr("Current k"));
    l.legend = QRectF(inner.right() - legendW, l.caption.top(), legendW, l.caption.height());

    const std::size_t n = m_panels.size();
    l.kCount = m_sweep ? m_sweep->k.size() : 0;
    if (n == 0) {
        l.plot.push_back(QRectF(QPointF(inner.left(), y), inner.bottomRight()));
        l.panelTitle.push_back(QRectF());
        return l;
    }
    // Two columns up to four panels; five go 3 x 2 on a wide chart, 2 x 3 on a tall one.
    const int cols = n <= 1 ? 1 : n <= 4 ? 2 : (inner.width() >= inner.height() * 1.1 ? 3 : 2);
    const int rows = int((n + std::size_t(cols) - 1) / std::size_t(cols));
    const qreal gapX = 22 * s, gapY = 14 * s;
    const qreal cellW = (inner.width() - gapX * (cols - 1)) / cols;
    const qreal cellH = (inner.bottom() - y - gapY * (rows - 1)) / rows;

    // Every panel's y labels get the same width so the k columns line up down the grid.
    qreal tickW = 0.0;
    for (const Panel& p : m_panels)
        for (double v = p.lo; v <= p.hi + p.step * 1e-6; v += p.step)
            tickW = std::max(tickW, tickFm.horizontalAdvance(tickText(v, p.step)));
    // k labels: thin them out when they would touch.
    qreal kW = 0.0;
    if (m_sweep)
        for (int k : m_sweep->k)
            kW = std::max(kW, tickFm.horizontalAdvance(QLocale().toString(k)));
    for (std::size_t i = 0; i < n; ++i) {
        const int row = int(i) / cols, col = int(i) % cols;
        const QRectF cell(inner.left() + col * (cellW + gapX), y + row * (cellH + gapY), cellW, cellH);
        l.panelTitle.push_back(QRectF(cell.left(), cell.top(), cell.width(), panelFm.height()));
        const qreal top = cell.top() + panelFm.height() + 4 * s + tickFm.height() / 2;
        const qreal bottom = cell.bottom() - tickFm.height() - 5 * s;
        l.plot.push_back(QRectF(QPointF(cell.left() + tickW + 6 * s, top),
                                QPointF(cell.right(), std::max(bottom, top + 10 * s))));
    }
    const qreal slotW = l.slotWidth(0);
    l.labelEvery = std::max(1, int(std::ceil((kW + 6 * s) / std::max(slotW, 1e-9))));
    return l;
}

QRectF ElbowView::plotRect(int panel, const QRectF& bounds, const QPaintDevice* device) const {
    const Layout l = layout(bounds, device);
    if (panel < 0 || std::size_t(panel) >= l.plot.size()) return {};
    return l.plot[std::size_t(panel)];
}

double ElbowView::xForK(int k, int panel, const QRectF& bounds, const QPaintDevice* device) const {
    if (!m_sweep || panel < 0 || panel >= panelCount()) return kNaN;
    const auto it = std::find(m_sweep->k.begin(), m_sweep->k.end(), k);
    if (it == m_sweep->k.end()) return kNaN;
    return layout(bounds, device).x(std::size_t(panel), std::size_t(it - m_sweep->k.begin()));
}

bool ElbowView::hit(const QPointF& pos, int& panel, int& index) const {
    if (!m_sweep || m_panels.empty() || m_sweep->k.empty()) return false;
    const Layout l = layout(rect(), this);
    for (std::size_t p = 0; p < m_panels.size(); ++p) {
        // The slot reaches down over the k labels too: that is where a reader looks for a k to click.
        const QRectF area = l.plot[p].adjusted(0, 0, 0, l.s * 20);
        if (!area.contains(pos)) continue;
        const int i = int(std::floor((pos.x() - l.plot[p].left()) / l.slotWidth(p)));
        if (i < 0 || std::size_t(i) >= m_sweep->k.size()) return false;
        panel = int(p);
        index = i;
        return true;
    }
    return false;
}

int ElbowView::kAt(const QPointF& pos) const {
    int panel = 0, index = 0;
    return hit(pos, panel, index) ? m_sweep->k[std::size_t(index)] : 0;
}

QString ElbowView::toolTipAt(const QPointF& pos) const {
    int panel = 0, index = 0;
    if (!hit(pos, panel, index)) return {};
    const Panel& p = m_panels[std::size_t(panel)];
    const double v = p.values[std::size_t(index)];
    return tr("k = %1\n%2: %3")
        .arg(m_sweep->k[std::size_t(index)])
        .arg(p.valueName, std::isfinite(v) ? valueText(v) : tr("not computed"));
}

void ElbowView::paint(QPainter& painter, const QRectF& bounds) const {
    const Layout l = layout(bounds, painter.device());
    const qreal s = l.s;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(bounds, Qt::white);

    painter.setPen(kText);
    painter.setFont(l.titleFont);
    const QFontMetricsF titleFm(l.titleFont, painter.device());
    painter.drawText(
        l.title, Qt::AlignLeft | Qt::AlignVCenter,
        titleFm.elidedText(tr("Choosing the number of segments"), Qt::ElideRight, l.title.width()));

    const bool haveData = m_sweep && !m_sweep->k.empty() && !m_panels.empty();
    const auto& ks = haveData ? m_sweep->k : std::vector<int>{};
    const int recommended = haveData ? m_sweep->recommendedK : 0;
    const bool recommendedShown = std::find(ks.begin(), ks.end(), recommended) != ks.end();

    // Caption: the recommendation and its one-sentence reason.
    painter.setFont(l.captionFont);
    if (haveData && recommended > 0) {
        painter.drawText(l.caption, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Recommended: %1 segments").arg(recommended));
        QStringList agree;
        for (const auto& v : m_sweep->votes) {
            if (v.k != recommended) continue;
            switch (v.criterion) {
                case seg::run::Criterion::Elbow:
                    agree << tr("the elbow of inertia");
                    break;
                case seg::run::Criterion::Silhouette:
                    agree << tr("silhouette");
                    break;
                case seg::run::Criterion::CalinskiHarabasz:
                    agree << tr("Calinski-Harabasz");
                    break;
                case seg::run::Criterion::DaviesBouldin:
                    agree << tr("Davies-Bouldin");
                    break;
                case seg::run::Criterion::Bic:
                    agree << tr("BIC");
                    break;
            }
        }
        QString reason;
        if (!agree.isEmpty())
            reason = tr("%1 of %2 criteria point to it: %3.")
                         .arg(agree.size())
                         .arg(m_sweep->votes.size())
                         .arg(QLocale().createSeparatedList(agree));
        painter.setFont(l.reasonFont);
        painter.setPen(kMuted);
        const QFontMetricsF reasonFm(l.reasonFont, painter.device());
        painter.drawText(l.reason, Qt::AlignLeft | Qt::AlignVCenter,
                         reasonFm.elidedText(reason, Qt::ElideRight, l.reason.width()));
    } else if (haveData) {
        painter.drawText(l.caption, Qt::AlignLeft | Qt::AlignVCenter, tr("No recommendation"));
    }

    // Legend: the band and the current-k line (nothing to explain without a sweep).
    if (haveData) {
        painter.setFont(l.legendFont);
        const QFontMetricsF fm(l.legendFont, painter.device());
        qreal x = l.legend.left();
        const qreal cy = l.legend.center().y();
        painter.fillRect(QRectF(x, cy - 6 * s, 10 * s, 12 * s), bandColor());
        x += 14 * s;
        painter.setPen(kText);
        painter.drawText(QPointF(x, cy + (fm.ascent() - fm.descent()) / 2), tr("Recommended k"));
        x += fm.horizontalAdvance(tr("Recommended k")) + 16 * s;
        QPen dashed(kText, 1.2 * s, Qt::DashLine);
        painter.setPen(dashed);
        painter.drawLine(QPointF(x + 4 * s, cy - 6 * s), QPointF(x + 4 * s, cy + 6 * s));
        x += 14 * s;
        painter.setPen(kText);
        painter.drawText(QPointF(x, cy + (fm.ascent() - fm.descent()) / 2), tr("Current k"));
    }

    if (!haveData) {
        painter.setPen(kMuted);
        painter.setFont(l.reasonFont);
        painter.drawText(l.plot.front(), Qt::AlignCenter,
                         tr("Run a sweep over k to compare numbers of segments"));
        painter.restore();
        return;
    }

    const QFontMetricsF tickFm(l.tickFont, painter.device());
    const QFontMetricsF markFm(l.markFont, painter.device());
    const QFontMetricsF panelFm(l.panelFont, painter.device());
    for (std::size_t pi = 0; pi < m_panels.size(); ++pi) {
        const Panel& p = m_panels[pi];
        const QRectF& plot = l.plot[pi];
        auto yOf = [&](double v) { return plot.bottom() - (v - p.lo) / (p.hi - p.lo) * plot.height(); };
        const qreal slotW = l.slotWidth(pi);

        painter.setFont(l.panelFont);
        painter.setPen(kText);
        const QRectF& titleRect = l.panelTitle[pi];
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                         panelFm.elidedText(p.title, Qt::ElideRight, titleRect.width()));
        // The direction hint follows the name when it fits whole.
        const qreal nameW = panelFm.horizontalAdvance(p.title) + 8 * s;
        const QString hint = tr("(%1)").arg(p.hint);
        if (nameW + tickFm.horizontalAdvance(hint) <= titleRect.width()) {
            painter.setFont(l.tickFont);
            painter.setPen(kMuted);
            painter.drawText(titleRect.adjusted(nameW, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, hint);
        }

        // The recommended k: a band behind everything else.
        if (recommendedShown) {
            const auto i = std::size_t(std::find(ks.begin(), ks.end(), recommended) - ks.begin());
            const qreal w = std::clamp(slotW * 0.6, 8 * s, std::max(slotW, 8 * s));
            painter.fillRect(QRectF(l.x(pi, i) - w / 2, plot.top(), w, plot.height()), bandColor());
        }

        // Grid and y ticks.
        painter.setFont(l.tickFont);
        for (double v = p.lo; v <= p.hi + p.step * 1e-6; v += p.step) {
            const qreal y = yOf(v);
            painter.setPen(QPen(kGrid, 1 * s));
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            painter.setPen(kMuted);
            const QRectF box(plot.left() - 206 * s, y - tickFm.height() / 2, 200 * s, tickFm.height());
            painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, tickText(v, p.step));
        }
        painter.setPen(QPen(kFrame, 1 * s));
        painter.drawLine(plot.bottomLeft(), plot.bottomRight());
        painter.drawLine(plot.bottomLeft(), plot.topLeft());

        // k ticks and labels; the current k's label bold.
        for (std::size_t i = 0; i < ks.size(); ++i) {
            const qreal x = l.x(pi, i);
            painter.setPen(QPen(kFrame, 1 * s));
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3 * s));
            const bool isCurrent = ks[i] == m_currentK;
            if (i % std::size_t(l.labelEvery) != 0 && !isCurrent && ks[i] != recommended) continue;
            painter.setFont(isCurrent ? l.markFont : l.tickFont);
            painter.setPen(isCurrent ? kText : kMuted);
            painter.drawText(QRectF(x - slotW * l.labelEvery / 2, plot.bottom() + 4 * s, slotW * l.labelEvery,
                                    tickFm.height()),
                             Qt::AlignHCenter | Qt::AlignTop, QLocale().toString(ks[i]));
        }

        // The current k: a dashed line through the panel.
        if (const auto it = std::find(ks.begin(), ks.end(), m_currentK); m_currentK > 0 && it != ks.end()) {
            const qreal x = l.x(pi, std::size_t(it - ks.begin()));
            QPen dashed(kText, 1.2 * s, Qt::DashLine);
            painter.setPen(dashed);
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        }

        // The line, broken where a value is missing, and a small dot at each k.
        QPainterPath path;
        bool penDown = false;
        for (std::size_t i = 0; i < ks.size(); ++i) {
            const double v = p.values[i];
            if (!std::isfinite(v)) {
                penDown = false;
                continue;
            }
            const QPointF pt(l.x(pi, i), yOf(v));
            if (penDown)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            penDown = true;
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(lineColor(), 2 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(lineColor());
        for (std::size_t i = 0; i < ks.size(); ++i)
            if (std::isfinite(p.values[i]))
                painter.drawEllipse(QPointF(l.x(pi, i), yOf(p.values[i])), 2.5 * s, 2.5 * s);

        // Hovered k: a ring on its point.
        if (m_hoverIndex >= 0 && std::size_t(m_hoverIndex) < ks.size() &&
            std::isfinite(p.values[std::size_t(m_hoverIndex)])) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(kText, 1.2 * s));
            painter.drawEllipse(
                QPointF(l.x(pi, std::size_t(m_hoverIndex)), yOf(p.values[std::size_t(m_hoverIndex)])),
                5.5 * s, 5.5 * s);
        }

        // The panel's best k (the elbow for inertia): a larger dot with its label.
        if (const auto it = std::find(ks.begin(), ks.end(), p.bestK); p.bestK > 0 && it != ks.end()) {
            const auto i = std::size_t(it - ks.begin());
            if (std::isfinite(p.values[i])) {
                const QPointF pt(l.x(pi, i), yOf(p.values[i]));
                painter.setPen(QPen(Qt::white, 1.5 * s));
                painter.setBrush(bestColor());
                painter.drawEllipse(pt, 5 * s, 5 * s);
                painter.setFont(l.markFont);
                painter.setPen(bestColor());
                const qreal w = markFm.horizontalAdvance(p.bestLabel) + 4 * s;
                // Put the label where the line is not: above a peak, below a valley, and on the open side
                // of a slope (upper right where the line falls, upper left where it rises).
                const double before = i > 0 ? p.values[i - 1] : kNaN;
                const double after = i + 1 < ks.size() ? p.values[i + 1] : kNaN;
                const double v = p.values[i];
                const bool peak = !(before > v) && !(after > v);
                const bool valley = !(before < v) && !(after < v) && !peak;
                QRectF box(0, 0, w, markFm.height());
                if (peak || valley) {
                    box.moveCenter(pt);
                    if (peak)
                        box.moveBottom(pt.y() - 7 * s);
                    else
                        box.moveTop(pt.y() + 7 * s);
                } else if (before > v) {
                    box.moveBottomLeft(QPointF(pt.x() + 4 * s, pt.y() - 4 * s));
                } else {
                    box.moveBottomRight(QPointF(pt.x() - 4 * s, pt.y() - 4 * s));
                }
                if (box.top() < plot.top()) box.moveTop(pt.y() + 7 * s);  // no room above: below the dot
                if (box.bottom() > plot.bottom()) box.moveBottom(pt.y() - 7 * s);
                if (box.left() < plot.left()) box.moveLeft(plot.left());
                if (box.right() > plot.right()) box.moveRight(plot.right());
                painter.drawText(box, Qt::AlignCenter, p.bestLabel);
            }
        }
    }
    painter.restore();
}

QImage ElbowView::render(QSize size, qreal dpr) const {
    return chart::renderImage(size, dpr, [this](QPainter& p, const QRectF& r) { paint(p, r); });
}

void ElbowView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, rect());
}

void ElbowView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        if (const int k = kAt(event->position()); k > 0) {
            emit kClicked(k);
            event->accept();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void ElbowView::mouseMoveEvent(QMouseEvent* event) {
    int panel = 0, index = -1;
    if (!hit(event->position(), panel, index)) index = -1;
    if (index != m_hoverIndex) {
        m_hoverIndex = index;
        update();
    }
    setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    const QString text = index >= 0 ? toolTipAt(event->position()) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    QWidget::mouseMoveEvent(event);
}

void ElbowView::leaveEvent(QEvent* event) {
    if (m_hoverIndex >= 0) {
        m_hoverIndex = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

bool ElbowView::event(QEvent* event) {
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
