#include "ElbowChart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>

#include "Text.h"

namespace seg::chart {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Lines of caption text at most (far more than any translation needs; the rule is "wrap, never cut").
constexpr int kCaptionLines = 40;
constexpr double kAxisLimit = 1e300;

// A double as an int in [lo, hi]: clamped before converting (a huge or NaN value is undefined behaviour in
// a plain cast); NaN gives lo.
int toInt(double v, int lo = INT_MIN / 2, int hi = INT_MAX / 2) {
    if (std::isnan(v)) return lo;
    return static_cast<int>(std::clamp(v, double(lo), double(hi)));
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

ElbowChart::ElbowChart(const ChartStyle& style) : Chart(style) {}

QColor ElbowChart::lineColor() {
    return QColor(0x00, 0x72, 0xB2);
}

QColor ElbowChart::bandColor() {
    return QColor(0xFC, 0xEE, 0xC0);
}

QColor ElbowChart::bestColor() const {
    return style().accent;
}

QString ElbowChart::title() const {
    return tr("Choosing the number of segments");
}

bool ElbowChart::hasData() const {
    return m_sweep && !m_sweep->k.empty() && !m_panels.empty();
}

void ElbowChart::setSweep(std::shared_ptr<const seg::run::SweepResult> sweep) {
    m_sweep = std::move(sweep);
    m_hoverIndex = -1;
    rebuild();
    invalidate();
}

void ElbowChart::setCurrentK(int k) {
    if (k == m_currentK) return;
    m_currentK = k;
    invalidate();  // the current k's label is always written
}

QString ElbowChart::panelTitle(int panel) const {
    return panel >= 0 && panel < panelCount() ? m_panels[std::size_t(panel)].title : QString();
}

void ElbowChart::rebuild() {
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
        // Some air above and below so the dots and their labels stay inside the panel. The axis spans at
        // most +-1e300 (beyond, a point sits at the panel's edge) and at least a billionth, so its span and
        // step stay finite and non-zero.
        lo = std::clamp(lo, -kAxisLimit, kAxisLimit);
        hi = std::clamp(hi, -kAxisLimit, kAxisLimit);
        double span = hi - lo;
        if (!(span > 1e-200)) span = std::max(std::abs(hi) * 0.1, 1e-9);
        const double top = hi + span * 0.18;
        const double bottom = lo - span * 0.08;
        p.axis = Axis::nice(bottom, top, 4);
        // Scores that cannot be negative keep their axis at or above 0.
        if (lo >= 0.0 && p.axis.lo < 0.0) {
            p.axis.lo = 0.0;
            p.axis.ticks = ticksFor(p.axis.lo, p.axis.hi, p.axis.step);
        }
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

QString ElbowChart::recommendationText() const {
    if (!hasData()) return {};
    if (m_sweep->recommendedK <= 0) return tr("No recommendation");
    return tr("Recommended: %1 segments").arg(m_sweep->recommendedK);
}

QString ElbowChart::reasonText() const {
    if (!hasData() || m_sweep->recommendedK <= 0) return {};
    const int recommended = m_sweep->recommendedK;
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
    if (agree.isEmpty()) return {};
    return tr("%1 of %2 criteria point to it: %3.")
        .arg(agree.size())
        .arg(m_sweep->votes.size())
        .arg(QLocale().createSeparatedList(agree));
}

std::size_t ElbowChart::kCount() const {
    return m_sweep ? m_sweep->k.size() : 0;
}

qreal ElbowChart::slotWidth(std::size_t panel) const {
    return panel < m_plots.size() ? m_plots[panel].width() / double(std::max<std::size_t>(kCount(), 1)) : 0.0;
}

qreal ElbowChart::xAt(std::size_t panel, std::size_t index) const {
    return m_plots[panel].left() + (double(index) + 0.5) * slotWidth(panel);
}

QRectF ElbowChart::kLabelBox(std::size_t panel, qreal x, qreal width) const {
    // Centred under its k, but kept within a little of its panel (a wide label at the last slot would run
    // into the next panel or off the page).
    QRectF box(x - width / 2, 0, width, 1);
    const QRectF& plot = m_plots[panel];
    const qreal slack = 6 * scale();
    if (box.right() > plot.right() + slack) box.moveRight(plot.right() + slack);
    if (box.left() < plot.left() - slack) box.moveLeft(plot.left() - slack);
    return box;
}

qreal ElbowChart::yOf(std::size_t panel, double v) const {
    const QRectF& plot = m_plots[panel];
    const qreal y = m_panels[panel].axis.map(v, plot.bottom(), plot.top());
    if (std::isnan(y)) return plot.center().y();
    // Far outside the plot a point is only a direction: keep coordinates the rasteriser can handle.
    return std::clamp(y, plot.top() - 2 * plot.height(), plot.bottom() + 2 * plot.height());
}

void ElbowChart::layoutContent(const QPaintDevice* device) {
    const qreal s = scale();
    const QRectF inner = contentRect();
    auto* dev = const_cast<QPaintDevice*>(device);
    m_captionFont = style().font(10.5, true);
    m_reasonFont = style().noteFont();
    m_panelFont = style().font(style().labelPt, true);
    m_tickFont = style().tickFont();
    m_markFont = style().font(style().tickPt, true);
    const QFontMetricsF captionFm(m_captionFont, dev), tickFm(m_tickFont, dev);

    m_recommendationLines.clear();
    m_reasonLines.clear();
    m_panelTitles.clear();
    m_plots.clear();
    m_hasLegend = false;
    m_labelEvery = 1;
    m_kLabelled.clear();
    m_captionRect = m_recommendationRect = m_reasonRect = QRectF();
    m_emptyRect = inner;
    if (!hasData()) return;

    // The caption: the recommendation, the key to the band and the dashed line at its right when both fit
    // on one line (else the key goes under the reason), and the reason; each wrapped over as many lines as
    // it needs.
    const qreal width = inner.width();
    const QList<LegendItem> keys = {
        {bandColor(), tr("Recommended k"), 0, false, LegendItem::Shape::Square},
        {style().text, tr("Current k"), 0, false, LegendItem::Shape::Dashed},
    };
    m_legend.layout(keys, style(), device, inner.topLeft(), width);
    const qreal keyW = m_legend.itemRect(1).right() - m_legend.itemRect(0).left();
    const QString recommendation = recommendationText();
    const qreal recommendationW = captionFm.horizontalAdvance(recommendation);
    const bool keyBeside =
        m_legend.rowCount() == 1 && recommendationW + style().legendItemGap * 2 * s + keyW <= width;
    qreal y = inner.top();
    m_recommendationLines = wrapText(recommendation, m_captionFont, device, width, kCaptionLines);
    m_recommendationRect =
        QRectF(inner.left(), y, width, linesHeight(m_captionFont, device, int(m_recommendationLines.size())));
    if (keyBeside) {
        // Centred on the caption's line.
        const qreal h = m_legend.height();
        m_legend.layout(keys, style(), device,
                        QPointF(inner.right() - keyW - 1, m_recommendationRect.center().y() - h / 2),
                        keyW + 1);
    }
    y = m_recommendationRect.bottom() + 1 * s;
    m_reasonLines = wrapText(reasonText(), m_reasonFont, device, width, kCaptionLines);
    m_reasonRect =
        QRectF(inner.left(), y, width, linesHeight(m_reasonFont, device, int(m_reasonLines.size())));
    y = m_reasonRect.bottom();
    if (!keyBeside) {
        m_legend.layout(keys, style(), device, QPointF(inner.left(), y + 4 * s), width);
        y = m_legend.bounds().bottom();
    }
    m_hasLegend = true;
    m_captionRect = m_recommendationRect.united(m_reasonRect).united(m_legend.bounds());
    y += 10 * s;

    // The panels get what remains. Two columns up to four panels; five go 3 x 2 on a wide chart, 2 x 3 on a
    // tall one.
    const std::size_t n = m_panels.size();
    const qreal bottom = std::max(inner.bottom(), y + 1);
    const int cols = n <= 1 ? 1 : n <= 4 ? 2 : (inner.width() >= (bottom - y) * 1.1 ? 3 : 2);
    const int rows = int((n + std::size_t(cols) - 1) / std::size_t(cols));
    const qreal gapX = 22 * s, gapY = 14 * s;
    const qreal cellW = std::max((inner.width() - gapX * (cols - 1)) / cols, 1.0);
    const qreal cellH = std::max((bottom - y - gapY * (rows - 1)) / rows, 1.0);

    // Panel names shrink (a little) before they are cut; the hint follows when it fits whole.
    qreal widestTitle = 0.0;
    QString widest;
    for (const Panel& p : m_panels)
        if (const qreal w = QFontMetricsF(m_panelFont, dev).horizontalAdvance(p.title); w > widestTitle) {
            widestTitle = w;
            widest = p.title;
        }
    m_panelFont = fitFont(m_panelFont, widest, device, cellW, style().tickPt - 1.0);
    const QFontMetricsF panelFm(m_panelFont, dev);

    // Every panel's y labels get the same width so the k columns line up down the grid.
    AxisDraw draw;
    draw.grid = true;
    qreal axisW = 0.0;
    for (const Panel& p : m_panels) {
        draw.label = [step = p.axis.step](double v) { return compactTickLabel(v, step); };
        axisW = std::max(axisW, leftAxisWidth(style(), device, p.axis, draw));
    }
    // k labels: thin them out when they would touch.
    qreal kW = 0.0;
    for (int k : m_sweep->k)
        kW = std::max(kW, tickFm.horizontalAdvance(QLocale().toString(k)));
    m_showHints = true;
    for (std::size_t i = 0; i < n; ++i) {
        const int row = int(i) / cols, col = int(i) % cols;
        const QRectF cell(inner.left() + col * (cellW + gapX), y + row * (cellH + gapY), cellW, cellH);
        m_panelTitles.push_back(QRectF(cell.left(), cell.top(), cell.width(), panelFm.height()));
        const qreal top = cell.top() + panelFm.height() + 4 * s + tickFm.height() / 2;
        const qreal plotBottom = cell.bottom() - tickFm.height() - 5 * s;
        const qreal left = std::min(cell.left() + axisW, cell.right() - 1);
        m_plots.push_back(QRectF(QPointF(left, top), QPointF(cell.right(), std::max(plotBottom, top + 1))));
    }
    const qreal slotW = slotWidth(0);
    m_labelEvery = toInt(std::ceil((kW + 6 * s) / std::max(slotW, 1e-9)), 1, std::max(1, int(kCount())));

    // Which k get a label: the current and the recommended k first, then the regular ones, none overprinting
    // another (x in slots of panel 0; every panel has the same slots).
    const auto& ks = m_sweep->k;
    const QFontMetricsF markFm(m_markFont, dev);
    m_kLabelled.assign(ks.size(), false);
    std::vector<std::pair<qreal, qreal>> taken;  // [left, right] of labels placed
    auto place = [&](std::size_t i) {
        if (i >= ks.size() || m_kLabelled[i]) return;
        const QString label = QLocale().toString(ks[i]);
        const qreal w = (ks[i] == m_currentK ? markFm : tickFm).horizontalAdvance(label);
        const QRectF box = kLabelBox(0, xAt(0, i), w + 4 * s);
        const qreal left = box.left(), right = box.right();
        for (const auto& [l, r] : taken)
            if (left < r && right > l) return;
        taken.emplace_back(left, right);
        m_kLabelled[i] = true;
    };
    const auto indexOf = [&](int k) {
        return k > 0 ? std::size_t(std::find(ks.begin(), ks.end(), k) - ks.begin()) : ks.size();
    };
    place(indexOf(m_currentK));
    place(indexOf(m_sweep->recommendedK));
    for (std::size_t i = 0; i < ks.size(); i += std::size_t(m_labelEvery))
        place(i);
}

QRectF ElbowChart::plotRect(int panel) const {
    if (panel < 0 || std::size_t(panel) >= m_plots.size()) return {};
    return m_plots[std::size_t(panel)];
}

double ElbowChart::xForK(int k, int panel) const {
    if (!m_sweep || panel < 0 || std::size_t(panel) >= m_plots.size()) return kNaN;
    const auto it = std::find(m_sweep->k.begin(), m_sweep->k.end(), k);
    if (it == m_sweep->k.end()) return kNaN;
    return xAt(std::size_t(panel), std::size_t(it - m_sweep->k.begin()));
}

bool ElbowChart::hit(QPointF pos, int& panel, int& index) const {
    if (!hasData() || m_plots.size() != m_panels.size()) return false;
    const std::size_t n = kCount();
    for (std::size_t p = 0; p < m_plots.size(); ++p) {
        // The slot reaches down over the k labels too: that is where a reader looks for a k to click.
        const QRectF area = m_plots[p].adjusted(0, 0, 0, scale() * 20);
        if (!area.contains(pos)) continue;
        const double slot = std::floor((pos.x() - m_plots[p].left()) / std::max(slotWidth(p), 1e-9));
        const int i = toInt(slot, -1, int(std::min<std::size_t>(n, INT_MAX / 2)));
        if (i < 0 || std::size_t(i) >= n) return false;
        panel = int(p);
        index = i;
        return true;
    }
    return false;
}

std::vector<int> ElbowChart::labelledK() const {
    std::vector<int> out;
    for (std::size_t i = 0; i < m_kLabelled.size() && m_sweep && i < m_sweep->k.size(); ++i)
        if (m_kLabelled[i]) out.push_back(m_sweep->k[i]);
    return out;
}

int ElbowChart::kAt(QPointF pos) const {
    int panel = 0, index = 0;
    return hit(pos, panel, index) ? m_sweep->k[std::size_t(index)] : 0;
}

QString ElbowChart::toolTipAt(QPointF pos) const {
    int panel = 0, index = 0;
    if (!hit(pos, panel, index)) return {};
    const Panel& p = m_panels[std::size_t(panel)];
    const double v = p.values[std::size_t(index)];
    return tr("k = %1\n%2: %3")
        .arg(m_sweep->k[std::size_t(index)])
        .arg(p.valueName, std::isfinite(v) ? valueText(v) : tr("not computed"));
}

Hit ElbowChart::hitTest(QPointF point) const {
    Hit h;
    int panel = 0, index = 0;
    if (!hit(point, panel, index)) return h;
    h.kind = Hit::Kind::K;
    h.k = m_sweep->k[std::size_t(index)];
    h.value = m_panels[std::size_t(panel)].values[std::size_t(index)];
    h.toolTip = toolTipAt(point);
    return h;
}

int ElbowChart::hoveredK() const {
    return m_sweep && m_hoverIndex >= 0 && std::size_t(m_hoverIndex) < m_sweep->k.size()
               ? m_sweep->k[std::size_t(m_hoverIndex)]
               : 0;
}

bool ElbowChart::mouseMove(QPointF pos, Qt::MouseButtons, Qt::KeyboardModifiers) {
    int panel = 0, index = -1;
    if (!hit(pos, panel, index)) index = -1;
    if (index == m_hoverIndex) return false;
    m_hoverIndex = index;
    return true;
}

bool ElbowChart::leave() {
    if (m_hoverIndex < 0) return false;
    m_hoverIndex = -1;
    return true;
}

void ElbowChart::paintContent(QPainter& painter) const {
    if (!hasData()) {
        paintEmptyHint(painter, tr("Run a sweep over k to compare numbers of segments"));
        return;
    }
    // Caption and key.
    painter.setPen(style().text);
    painter.setFont(m_captionFont);
    drawLines(painter, m_recommendationRect, m_recommendationLines, Qt::AlignLeft | Qt::AlignTop);
    painter.setPen(style().muted);
    painter.setFont(m_reasonFont);
    drawLines(painter, m_reasonRect, m_reasonLines, Qt::AlignLeft | Qt::AlignTop);
    if (m_hasLegend) m_legend.paint(painter, style());

    for (std::size_t pi = 0; pi < m_panels.size() && pi < m_plots.size(); ++pi)
        paintPanel(painter, pi);
}

void ElbowChart::paintPanel(QPainter& painter, std::size_t pi) const {
    const qreal s = scale();
    const ChartStyle& st = style();
    const Panel& p = m_panels[pi];
    const QRectF& plot = m_plots[pi];
    const auto& ks = m_sweep->k;
    const int recommended = m_sweep->recommendedK;
    const qreal slotW = slotWidth(pi);
    const QFontMetricsF tickFm(m_tickFont, painter.device()), markFm(m_markFont, painter.device()),
        panelFm(m_panelFont, painter.device());

    // The criterion's name, and its direction hint after it when that fits whole.
    painter.setFont(m_panelFont);
    painter.setPen(st.text);
    const QRectF& titleRect = m_panelTitles[pi];
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     panelFm.elidedText(p.title, Qt::ElideRight, titleRect.width()));
    const qreal nameW = panelFm.horizontalAdvance(p.title) + 8 * s;
    const QString hint = tr("(%1)").arg(p.hint);
    if (nameW + tickFm.horizontalAdvance(hint) <= titleRect.width()) {
        painter.setFont(m_tickFont);
        painter.setPen(st.muted);
        painter.drawText(titleRect.adjusted(nameW, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, hint);
    }

    // The recommended k: a band behind everything else.
    if (const auto it = std::find(ks.begin(), ks.end(), recommended); recommended > 0 && it != ks.end()) {
        const qreal w = std::clamp(slotW * 0.6, 8 * s, std::max(slotW, 8 * s));
        const qreal x = xAt(pi, std::size_t(it - ks.begin()));
        painter.fillRect(QRectF(x - w / 2, plot.top(), w, plot.height()) & plot.adjusted(-4 * s, 0, 4 * s, 0),
                         bandColor());
    }

    // Grid, y ticks and the y axis.
    AxisDraw draw;
    draw.grid = true;
    draw.label = [step = p.axis.step](double v) { return compactTickLabel(v, step); };
    paintLeftAxis(painter, st, plot, p.axis, draw);
    painter.setPen(QPen(st.axis, 1 * s));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    // k ticks and labels; the current k's label bold.
    for (std::size_t i = 0; i < ks.size(); ++i) {
        const qreal x = xAt(pi, i);
        painter.setPen(QPen(st.axis, 1 * s));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3 * s));
        if (i >= m_kLabelled.size() || !m_kLabelled[i]) continue;
        const bool isCurrent = ks[i] == m_currentK;
        painter.setFont(isCurrent ? m_markFont : m_tickFont);
        painter.setPen(isCurrent ? st.text : st.muted);
        const QString label = QLocale().toString(ks[i]);
        const QRectF box = kLabelBox(pi, x, (isCurrent ? markFm : tickFm).horizontalAdvance(label) + 4 * s);
        painter.drawText(QRectF(box.left(), plot.bottom() + 4 * s, box.width(), tickFm.height()),
                         Qt::AlignHCenter | Qt::AlignTop, label);
    }

    // The current k: a dashed line through the panel.
    if (const auto it = std::find(ks.begin(), ks.end(), m_currentK); m_currentK > 0 && it != ks.end()) {
        const qreal x = xAt(pi, std::size_t(it - ks.begin()));
        painter.setPen(QPen(st.text, 1.2 * s, Qt::DashLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }

    // The line, broken where a value is missing, and a small dot at each k.
    painter.save();
    painter.setClipRect(plot.adjusted(-6 * s, -6 * s, 6 * s, 6 * s), Qt::IntersectClip);
    QPainterPath path;
    bool penDown = false;
    for (std::size_t i = 0; i < ks.size(); ++i) {
        const double v = p.values[i];
        if (!std::isfinite(v)) {
            penDown = false;
            continue;
        }
        const QPointF pt(xAt(pi, i), yOf(pi, v));
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
            painter.drawEllipse(QPointF(xAt(pi, i), yOf(pi, p.values[i])), 2.5 * s, 2.5 * s);

    // The hovered k: a ring on its point.
    if (m_hoverIndex >= 0 && std::size_t(m_hoverIndex) < ks.size() &&
        std::isfinite(p.values[std::size_t(m_hoverIndex)])) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(st.text, 1.2 * s));
        painter.drawEllipse(
            QPointF(xAt(pi, std::size_t(m_hoverIndex)), yOf(pi, p.values[std::size_t(m_hoverIndex)])),
            5.5 * s, 5.5 * s);
    }
    painter.restore();

    // The panel's best k (the elbow for inertia): a larger dot with its label.
    const auto best = std::find(ks.begin(), ks.end(), p.bestK);
    if (p.bestK <= 0 || best == ks.end()) return;
    const auto i = std::size_t(best - ks.begin());
    const double v = p.values[i];
    if (!std::isfinite(v)) return;
    const QPointF pt(xAt(pi, i), yOf(pi, v));
    painter.setPen(QPen(st.background, 1.5 * s));
    painter.setBrush(bestColor());
    painter.drawEllipse(pt, 5 * s, 5 * s);
    painter.setFont(m_markFont);
    painter.setPen(bestColor());
    const qreal w = markFm.horizontalAdvance(p.bestLabel) + 4 * s;
    // Put the label where the line is not: above a peak, below a valley, and on the open side of a slope
    // (upper right where the line falls, upper left where it rises).
    const double before = i > 0 ? p.values[i - 1] : kNaN;
    const double after = i + 1 < ks.size() ? p.values[i + 1] : kNaN;
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

}  // namespace seg::chart
