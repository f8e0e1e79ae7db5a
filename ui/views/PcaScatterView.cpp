#include "views/PcaScatterView.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>

#include "run/Segmentation.h"
#include "views/SegmentPalette.h"

namespace seg::ui {

namespace {

constexpr qreal kPad = 12.0;
constexpr qreal kTick = 5.0;
constexpr int kMaxArrows = 12;  // more loading arrows than this turn the biplot into a hedgehog

// A "nice" tick step (1, 2 or 5 times a power of ten) giving at most maxTicks intervals over span.
double niceStep(double span, int maxTicks) {
    if (!(span > 0.0) || maxTicks < 1) return 1.0;
    const double raw = span / maxTicks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * mag >= raw) return m * mag;
    return 10.0 * mag;
}

std::vector<double> ticksFor(double lo, double hi, double step) {
    std::vector<double> out;
    if (!(hi > lo) || !(step > 0.0)) return out;
    for (double t = std::ceil(lo / step) * step; t <= hi + step * 1e-9 && out.size() < 100; t += step)
        out.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
    return out;
}

QString tickLabel(double v, double step) {
    const int decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
    return QLocale().toString(v, 'f', decimals);
}

// Anti-aliased disc coverage for a dot of the given radius centred on a pixel centre.
struct Stamp {
    int half = 0;
    std::vector<float> coverage;  // (2 half + 1)^2
};

Stamp makeStamp(double radius) {
    Stamp s;
    s.half = static_cast<int>(std::ceil(radius));
    const int side = 2 * s.half + 1;
    s.coverage.resize(static_cast<std::size_t>(side * side));
    for (int dy = -s.half; dy <= s.half; ++dy)
        for (int dx = -s.half; dx <= s.half; ++dx) {
            const double d = std::hypot(dx, dy);
            s.coverage[static_cast<std::size_t>((dy + s.half) * side + dx + s.half)] =
                static_cast<float>(std::clamp(radius + 0.5 - d, 0.0, 1.0));
        }
    return s;
}

}  // namespace

struct PcaScatterView::Layout {
    QRectF plot;
    QRectF title;
    QRectF legend;
    QFont font;
    QFont titleFont;
    std::vector<double> xTicks, yTicks;
    double xStep = 1.0, yStep = 1.0;
};

PcaScatterView::PcaScatterView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(minimumSizeHint());
}

PcaScatterView::~PcaScatterView() = default;

void PcaScatterView::setData(std::shared_ptr<const run::SegmentationResult> result) {
    if (!result) {
        clear();
        return;
    }
    m_result = result;
    m_projection = std::shared_ptr<const FeatureMatrix>(result, &result->pca.projection);
    m_labels = result->labels;
    m_varianceRatio = result->pca.explainedVarianceRatio;
    m_rowMap = result->prep.data.rows;
    m_ownLabels.clear();
    m_ownRowMap.clear();
    m_loadings = result->pca.loadings;
    if (m_loadings.names.empty()) m_loadings.names = result->prep.pipeline.outputNames();
    rebuildCoordinates();
    resetView();
}

void PcaScatterView::setData(FeatureMatrix projection, std::vector<int> labels,
                             std::vector<double> varianceRatio, std::vector<std::size_t> rowMap) {
    m_result.reset();
    m_projection = std::make_shared<const FeatureMatrix>(std::move(projection));
    m_ownLabels = std::move(labels);
    m_labels = m_ownLabels;
    m_varianceRatio = std::move(varianceRatio);
    m_ownRowMap = std::move(rowMap);
    if (m_ownRowMap.size() != m_projection->rows()) m_ownRowMap.clear();
    m_rowMap = m_ownRowMap;
    rebuildCoordinates();
    resetView();
}

void PcaScatterView::clear() {
    m_result.reset();
    m_projection.reset();
    m_labels = {};
    m_varianceRatio.clear();
    m_rowMap = {};
    m_ownLabels.clear();
    m_ownRowMap.clear();
    m_loadings = FeatureMatrix();
    rebuildCoordinates();
    resetView();
}

int PcaScatterView::componentCount() const noexcept {
    return m_projection ? static_cast<int>(m_projection->cols()) : 0;
}

void PcaScatterView::setComponents(int x, int y) {
    const int last = std::max(0, componentCount() - 1);
    m_compX = std::clamp(x, 0, last);
    m_compY = std::clamp(y, 0, last);
    rebuildCoordinates();
    resetView();
}

void PcaScatterView::setSegmentNames(const QStringList& names) {
    m_names = names;
    invalidate();  // names come with the segments' colours, which the cached points are painted in
}

QString PcaScatterView::segmentName(int segment) const {
    if (segment < 0) return tr("Outliers");
    if (segment < m_names.size() && !m_names[segment].isEmpty()) return m_names[segment];
    return tr("Segment %1").arg(segment + 1);
}

void PcaScatterView::setTitle(const QString& title) {
    m_title = title;
    update();
}

void PcaScatterView::setLoadings(FeatureMatrix loadings) {
    m_loadings = std::move(loadings);
    update();
}

void PcaScatterView::setShowLoadings(bool show) {
    m_showLoadings = show;
    update();
}

void PcaScatterView::setRowDescriber(std::function<QString(int)> describer) {
    m_describer = std::move(describer);
}

void PcaScatterView::highlightSegment(int segment) {
    if (segment == m_highlight) return;
    m_highlight = segment;
    invalidate();
}

void PcaScatterView::setSelectedRows(const QVector<int>& rows) {
    const std::size_t n = m_x.size();
    m_selected.assign(n, 0);
    m_selectedCount = 0;
    if (m_rowMap.empty()) {
        for (int r : rows)
            if (r >= 0 && static_cast<std::size_t>(r) < n && !m_selected[static_cast<std::size_t>(r)]) {
                m_selected[static_cast<std::size_t>(r)] = 1;
                ++m_selectedCount;
            }
    } else {
        // Table rows to points: the row map is sorted in practice but need not be, so invert it densely.
        std::size_t maxRow = 0;
        for (std::size_t r : m_rowMap)
            maxRow = std::max(maxRow, r);
        std::vector<int> pointOfRow(maxRow + 1, -1);
        for (std::size_t i = 0; i < m_rowMap.size(); ++i)
            pointOfRow[m_rowMap[i]] = static_cast<int>(i);
        for (int r : rows) {
            if (r < 0 || static_cast<std::size_t>(r) > maxRow) continue;
            const int p = pointOfRow[static_cast<std::size_t>(r)];
            if (p >= 0 && !m_selected[static_cast<std::size_t>(p)]) {
                m_selected[static_cast<std::size_t>(p)] = 1;
                ++m_selectedCount;
            }
        }
    }
    invalidate();
}

QVector<int> PcaScatterView::selectedRows() const {
    QVector<int> rows;
    rows.reserve(static_cast<qsizetype>(m_selectedCount));
    for (std::size_t i = 0; i < m_selected.size(); ++i)
        if (m_selected[i]) rows.push_back(rowOf(static_cast<int>(i)));
    std::sort(rows.begin(), rows.end());
    return rows;
}

int PcaScatterView::rowOf(int point) const noexcept {
    return m_rowMap.empty() ? point : static_cast<int>(m_rowMap[static_cast<std::size_t>(point)]);
}

void PcaScatterView::rebuildCoordinates() {
    m_x.clear();
    m_y.clear();
    m_centroids.clear();
    m_segmentSizes.clear();
    m_hasNoise = false;
    m_drawable = 0;
    m_selected.clear();
    m_selectedCount = 0;
    const std::size_t n = m_projection ? m_projection->rows() : 0;
    const std::size_t c = m_projection ? m_projection->cols() : 0;
    if (n == 0 || c == 0) {
        m_bounds = QRectF(0, 0, 1, 1);
        invalidate();
        return;
    }
    m_compX = std::clamp(m_compX, 0, static_cast<int>(c) - 1);
    m_compY = std::clamp(m_compY, 0, static_cast<int>(c) - 1);
    m_x.resize(n);
    m_y.resize(n);
    int k = 0;
    for (std::size_t i = 0; i < n && i < m_labels.size(); ++i)
        k = std::max(k, m_labels[i] + 1);
    m_segmentSizes.assign(static_cast<std::size_t>(k), 0);
    std::vector<double> sx(static_cast<std::size_t>(k), 0.0), sy(static_cast<std::size_t>(k), 0.0);
    double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
    const float nan = std::numeric_limits<float>::quiet_NaN();
    for (std::size_t i = 0; i < n; ++i) {
        const double* row = m_projection->row(i);
        const double x = row[m_compX], y = row[m_compY];
        const int label = i < m_labels.size() ? m_labels[i] : -1;
        if (label < 0) m_hasNoise = true;
        if (!std::isfinite(x) || !std::isfinite(y)) {
            m_x[i] = m_y[i] = nan;
            continue;
        }
        m_x[i] = static_cast<float>(x);
        m_y[i] = static_cast<float>(y);
        ++m_drawable;
        x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
        if (label >= 0) {
            ++m_segmentSizes[static_cast<std::size_t>(label)];
            sx[static_cast<std::size_t>(label)] += x;
            sy[static_cast<std::size_t>(label)] += y;
        }
    }
    for (int s = 0; s < k; ++s) {
        const auto sz = m_segmentSizes[static_cast<std::size_t>(s)];
        m_centroids.push_back(sz ? QPointF(sx[static_cast<std::size_t>(s)] / static_cast<double>(sz),
                                           sy[static_cast<std::size_t>(s)] / static_cast<double>(sz))
                                 : QPointF(qQNaN(), qQNaN()));
    }
    if (m_drawable == 0) {
        m_bounds = QRectF(0, 0, 1, 1);
    } else {
        // Identical points would give a zero-width range: open it up around them.
        auto widen = [](double& lo, double& hi) {
            const double span = hi - lo;
            const double pad = span > 0.0 ? span * 0.05 : std::max(1.0, std::abs(lo) * 0.1);
            lo -= pad;
            hi += pad;
        };
        widen(x0, x1);
        widen(y0, y1);
        m_bounds = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    }
    invalidate();
}

void PcaScatterView::invalidate() {
    m_cacheValid = false;
    update();
}

void PcaScatterView::setVisibleRange(const QRectF& range) {
    if (!(range.width() > 0.0) || !(range.height() > 0.0) || !std::isfinite(range.left()) ||
        !std::isfinite(range.top()) || !std::isfinite(range.right()) || !std::isfinite(range.bottom()))
        return;
    m_view = range;
    invalidate();
}

void PcaScatterView::resetView() {
    m_view = m_bounds;
    invalidate();
}

void PcaScatterView::zoomBy(double factor, QPointF anchorWidgetPos) {
    if (!(factor > 0.0)) return;
    const Layout l = layoutFor(QRectF(rect()));
    const double fx = l.plot.width() > 0 ? (anchorWidgetPos.x() - l.plot.left()) / l.plot.width() : 0.5;
    const double fy = l.plot.height() > 0 ? (l.plot.bottom() - anchorWidgetPos.y()) / l.plot.height() : 0.5;
    const double ax = m_view.left() + std::clamp(fx, 0.0, 1.0) * m_view.width();
    const double ay = m_view.top() + std::clamp(fy, 0.0, 1.0) * m_view.height();
    const double w = m_view.width() / factor, h = m_view.height() / factor;
    // Keep the range representable in float: deeper zoom would only show quantisation.
    if (w < 1e-9 * std::max(1.0, m_bounds.width()) || w > 1e6 * m_bounds.width()) return;
    setVisibleRange(QRectF(ax - std::clamp(fx, 0.0, 1.0) * w, ay - std::clamp(fy, 0.0, 1.0) * h, w, h));
}

QString PcaScatterView::axisTitle(Qt::Orientation orientation) const {
    const int c = orientation == Qt::Horizontal ? m_compX : m_compY;
    if (static_cast<std::size_t>(c) < m_varianceRatio.size())
        return tr("PC%1 (%2% of variance)")
            .arg(c + 1)
            .arg(QLocale().toString(m_varianceRatio[static_cast<std::size_t>(c)] * 100.0, 'f', 1));
    return tr("PC%1").arg(c + 1);
}

PcaScatterView::Layout PcaScatterView::layoutFor(const QRectF& target) const {
    Layout l;
    l.font = font();
    if (l.font.pointSizeF() > 0 && l.font.pointSizeF() < 10) l.font.setPointSizeF(10);
    l.titleFont = l.font;
    l.titleFont.setBold(true);
    l.titleFont.setPointSizeF(l.font.pointSizeF() > 0 ? l.font.pointSizeF() * 1.3 : 13);
    const QFontMetricsF fm(l.font), tfm(l.titleFont);

    l.title = QRectF(target.left() + kPad, target.top() + kPad, target.width() - 2 * kPad, tfm.height());
    const double top = l.title.bottom() + kPad;

    // Legend: a swatch, the name and the size of each segment, right of the plot.
    double legendW = fm.horizontalAdvance(tr("Centroid"));
    const QLocale loc;
    for (int s = 0; s < segmentCount(); ++s)
        legendW =
            std::max(legendW, fm.horizontalAdvance(tr("%1 (%2)").arg(
                                  segmentName(s), loc.toString(static_cast<qulonglong>(m_segmentSizes[s])))));
    if (m_hasNoise) legendW = std::max(legendW, fm.horizontalAdvance(segmentName(-1)));
    legendW = std::min(legendW + fm.height() + 10, target.width() * 0.35);
    const double right = target.right() - kPad - legendW - kPad;
    l.legend = QRectF(right + kPad, top, legendW, target.bottom() - kPad - top);

    const double bottom = target.bottom() - kPad - fm.height() - 4 - fm.height() - kTick - 2;
    const double estH = std::max(10.0, bottom - top);
    l.yStep = niceStep(m_view.height(), std::max(2, static_cast<int>(estH / (fm.height() * 3.5))));
    l.yTicks = ticksFor(m_view.top(), m_view.bottom(), l.yStep);
    double labelW = fm.horizontalAdvance(QStringLiteral("0"));
    for (double t : l.yTicks)
        labelW = std::max(labelW, fm.horizontalAdvance(tickLabel(t, l.yStep)));
    const double left = target.left() + kPad + fm.height() + 6 + labelW + 4 + kTick;
    // Whole-pixel edges: the points image is then blitted 1:1 instead of resampled.
    l.plot = QRectF(QPointF(std::round(left), std::round(top)),
                    QPointF(std::round(std::max(left + 10, right)), std::round(std::max(top + 10, bottom))));

    // Each x label needs its own width plus a gap; measure the widest end of the range.
    const double xLabelW = std::max(fm.horizontalAdvance(tickLabel(m_view.left(), m_view.width() / 4)),
                                    fm.horizontalAdvance(tickLabel(m_view.right(), m_view.width() / 4))) +
                           fm.height() * 3.0;
    l.xStep = niceStep(m_view.width(), std::max(2, static_cast<int>(l.plot.width() / xLabelW)));
    l.xTicks = ticksFor(m_view.left(), m_view.right(), l.xStep);
    return l;
}

QPointF PcaScatterView::mapToWidget(QPointF p) const {
    const Layout l = layoutFor(QRectF(rect()));
    return {l.plot.left() + (p.x() - m_view.left()) / m_view.width() * l.plot.width(),
            l.plot.bottom() - (p.y() - m_view.top()) / m_view.height() * l.plot.height()};
}

int PcaScatterView::pointAt(QPointF pos, qreal radius) const {
    const Layout l = layoutFor(QRectF(rect()));
    if (m_x.empty() || !l.plot.adjusted(-radius, -radius, radius, radius).contains(pos)) return -1;
    // A linear scan: about 2 ms for 1M points, cheaper than keeping an index in step with every change.
    const double sx = l.plot.width() / m_view.width(), sy = l.plot.height() / m_view.height();
    const double cx = m_view.left() + (pos.x() - l.plot.left()) / sx;
    const double cy = m_view.top() + (l.plot.bottom() - pos.y()) / sy;
    double best = radius * radius;
    int bestIdx = -1;
    for (std::size_t i = 0; i < m_x.size(); ++i) {
        const double dx = (m_x[i] - cx) * sx, dy = (m_y[i] - cy) * sy;
        const double d = dx * dx + dy * dy;  // NaN compares false, so unplottable rows never win
        // Strictly nearer wins, so among coincident points the first row is reported.
        if (d < best || (bestIdx < 0 && d <= best)) {
            best = d;
            bestIdx = static_cast<int>(i);
        }
    }
    return bestIdx;
}

int PcaScatterView::rowAt(QPointF widgetPos, qreal radius) const {
    const int p = pointAt(widgetPos, radius);
    return p < 0 ? -1 : rowOf(p);
}

void PcaScatterView::rasterise(QImage& img, qreal dpr) const {
    img.fill(Qt::transparent);
    const int W = img.width(), H = img.height();
    if (W <= 0 || H <= 0 || m_x.empty() || !(m_view.width() > 0) || !(m_view.height() > 0)) return;
    const double sx = W / m_view.width(), sy = H / m_view.height();
    const double vx = m_view.left(), vy = m_view.bottom();
    const std::size_t n = m_x.size();
    const bool anySelected = m_selectedCount > 0;
    const bool fading = m_highlight >= 0 || anySelected;

    // Scratch buffers live across redraws and only touched cells are reset: allocating and clearing
    // three full-size buffers per redraw cost more (page faults, memset) than binning a million points.
    const std::size_t cells = static_cast<std::size_t>(W) * H;
    if (m_count.size() < cells) {
        m_count.assign(cells, 0u);
        m_cand.resize(cells);
        m_votes.resize(cells);
    }
    std::uint32_t* count = m_count.data();
    std::int32_t* cand = m_cand.data();
    std::int32_t* votes = m_votes.data();
    std::vector<std::uint32_t>& touched = m_touched;
    auto* bits = reinterpret_cast<QRgb*>(img.bits());
    const int stride = static_cast<int>(img.bytesPerLine() / 4);

    // Pass 0 draws faded points, pass 1 the emphasised ones on top, so a highlight is never buried.
    for (int pass = fading ? 0 : 1; pass < 2; ++pass) {
        touched.clear();
        std::size_t visible = 0;
        std::uint32_t maxCount = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const int label = i < m_labels.size() ? m_labels[i] : -1;
            if (fading) {
                const bool emph = anySelected ? m_selected[i] != 0 : label == m_highlight;
                if (emph != (pass == 1)) continue;
            }
            const double px = (m_x[i] - vx) * sx, py = (vy - m_y[i]) * sy;
            // Negated comparison also rejects NaN.
            if (!(px >= 0.0 && px < W && py >= 0.0 && py < H)) continue;
            const std::size_t cell = static_cast<std::size_t>(py) * W + static_cast<std::size_t>(px);
            ++visible;
            // Boyer-Moore majority vote: the pixel shows its dominant segment, in O(1) memory per pixel.
            if (count[cell] == 0) {
                touched.push_back(static_cast<std::uint32_t>(cell));
                cand[cell] = label;
                votes[cell] = 1;
            } else if (votes[cell] == 0) {
                cand[cell] = label;
                votes[cell] = 1;
            } else {
                votes[cell] += cand[cell] == label ? 1 : -1;
            }
            maxCount = std::max(maxCount, ++count[cell]);
        }
        if (visible == 0) continue;
        // Few points: large, nearly opaque dots. Many: small dots whose opacity follows the log density,
        // so a million points show the shape of each cloud instead of a solid blot.
        const double radius = dpr * (visible <= 5000     ? 3.2
                                     : visible <= 40000  ? 2.2
                                     : visible <= 250000 ? 1.4
                                                         : 0.9);
        const double minAlpha = visible <= 40000 ? 0.85 : 0.35;
        const double logMax = std::log1p(static_cast<double>(maxCount));
        // Large dots get a rim a shade darker than their fill: pale hues (the palette's yellow) then still
        // stand out on white, and overlapping dots stay countable.
        const bool rim = visible <= 40000;
        const Stamp outer = makeStamp(radius);
        const Stamp inner = makeStamp(rim ? radius - 0.9 * dpr : radius);
        std::vector<QColor> colors;
        const int k = segmentCount();
        for (int s = -1; s < k; ++s)
            colors.push_back(SegmentPalette::color(s));
        const bool faded = fading && pass == 0;
        auto blend = [&](const Stamp& stamp, int x, int y, const QColor& col, double alpha) {
            const int side = 2 * stamp.half + 1;
            const float r = static_cast<float>(col.red()), g = static_cast<float>(col.green()),
                        b = static_cast<float>(col.blue());
            for (int dy = -stamp.half; dy <= stamp.half; ++dy) {
                const int yy = y + dy;
                if (yy < 0 || yy >= H) continue;
                QRgb* line = bits + static_cast<std::ptrdiff_t>(yy) * stride;
                const float* cov = stamp.coverage.data() + (dy + stamp.half) * side + stamp.half;
                for (int dx = -stamp.half; dx <= stamp.half; ++dx) {
                    const int xx = x + dx;
                    if (xx < 0 || xx >= W) continue;
                    const float a = static_cast<float>(alpha) * cov[dx];
                    if (a <= 0.0f) continue;
                    const QRgb d = line[xx];
                    const float inv = 1.0f - a;
                    line[xx] = qRgba(static_cast<int>(r * a + qRed(d) * inv + 0.5f),
                                     static_cast<int>(g * a + qGreen(d) * inv + 0.5f),
                                     static_cast<int>(b * a + qBlue(d) * inv + 0.5f),
                                     static_cast<int>(255.0f * a + qAlpha(d) * inv + 0.5f));
                }
            }
        };
        // Stamping in data order hops around memory; when many pixels are hit, one scan puts them back in
        // row order, which is several times faster to blend.
        if (touched.size() > cells / 32) {
            touched.clear();
            for (std::size_t cell = 0; cell < cells; ++cell)
                if (count[cell]) touched.push_back(static_cast<std::uint32_t>(cell));
        }
        for (const std::uint32_t cell : touched) {
            const int y = static_cast<int>(cell / static_cast<std::uint32_t>(W));
            const int x = static_cast<int>(cell % static_cast<std::uint32_t>(W));
            const std::uint32_t c = count[cell];
            count[cell] = 0;
            QColor col = colors[static_cast<std::size_t>(std::clamp(cand[cell], -1, k - 1) + 1)];
            double a = logMax > 0 ? minAlpha + (1.0 - minAlpha) * std::log1p(c) / logMax : 1.0;
            if (faded) {
                // Faded points keep a hint of their hue but recede to pale grey.
                col = QColor((col.red() + 2 * 200) / 3, (col.green() + 2 * 200) / 3,
                             (col.blue() + 2 * 200) / 3);
                a *= 0.35;
            }
            if (rim) blend(outer, x, y, col.darker(135), a);
            blend(inner, x, y, col, a);
        }
    }
}

const QImage& PcaScatterView::cachedPoints(QSize pixels, qreal dpr) const {
    if (!m_cacheValid || m_cache.size() != pixels || m_cache.devicePixelRatio() != dpr) {
        // Reuse the buffer when only the contents change (zoom, pan): a fresh image costs page faults.
        if (m_cache.size() != pixels) m_cache = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_cache.setDevicePixelRatio(dpr);
        rasterise(m_cache, dpr);
        m_cacheValid = true;
    }
    return m_cache;
}

void PcaScatterView::paint(QPainter& p, const QRectF& target) const {
    const Layout l = layoutFor(target);
    const QFontMetricsF fm(l.font);
    const QColor text = QColor(0x22, 0x22, 0x22);
    const QColor grid = QColor(0xE6, 0xE6, 0xE6);
    p.save();
    p.fillRect(target, Qt::white);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);

    p.setFont(l.titleFont);
    p.setPen(text);
    const QString title =
        m_title.isEmpty() ? tr("Customer segments, PC%1 vs PC%2").arg(m_compX + 1).arg(m_compY + 1) : m_title;
    p.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(l.titleFont).elidedText(title, Qt::ElideRight, l.title.width()));

    const QRectF& pr = l.plot;
    auto toX = [&](double v) { return pr.left() + (v - m_view.left()) / m_view.width() * pr.width(); };
    auto toY = [&](double v) { return pr.bottom() - (v - m_view.top()) / m_view.height() * pr.height(); };

    // Grid and ticks.
    p.setFont(l.font);
    p.setPen(QPen(grid, 1));
    for (double t : l.xTicks)
        p.drawLine(QPointF(toX(t), pr.top()), QPointF(toX(t), pr.bottom()));
    for (double t : l.yTicks)
        p.drawLine(QPointF(pr.left(), toY(t)), QPointF(pr.right(), toY(t)));

    // Points: drawn into the image at device resolution.
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    const QSize pixels(std::max(1, static_cast<int>(std::lround(pr.width() * dpr))),
                       std::max(1, static_cast<int>(std::lround(pr.height() * dpr))));
    // The points image depends only on the state and its pixel size, so an export at the widget's size
    // shares the widget's cache; other sizes get their own image and leave the cache alone.
    if (p.device() == this || (m_cache.size() == pixels && m_cache.devicePixelRatio() == dpr)) {
        p.drawImage(pr, cachedPoints(pixels, dpr));
    } else {
        QImage img(pixels, QImage::Format_ARGB32_Premultiplied);
        img.setDevicePixelRatio(dpr);
        rasterise(img, dpr);
        p.drawImage(pr, img);
    }

    p.setClipRect(pr);
    // Centroids: a larger disc with a white halo and dark outline, readable on any cloud.
    for (int s = 0; s < static_cast<int>(m_centroids.size()); ++s) {
        const QPointF c = m_centroids[static_cast<std::size_t>(s)];
        if (!std::isfinite(c.x())) continue;
        const QPointF at(toX(c.x()), toY(c.y()));
        QColor fill = SegmentPalette::color(s);
        if (m_highlight >= 0 && s != m_highlight) fill.setAlphaF(0.35);
        p.setPen(QPen(Qt::white, 4.0));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(at, 7.5, 7.5);
        p.setPen(QPen(QColor(0x11, 0x11, 0x11), 1.6));
        p.setBrush(fill);
        p.drawEllipse(at, 7.5, 7.5);
    }
    // Biplot: each feature's loadings on the two components, scaled together so the longest arrow spans
    // about 40% of the data's extent (Gabriel 1971); only the longest arrows, to stay legible.
    if (m_showLoadings && !m_loadings.empty() &&
        static_cast<std::size_t>(std::max(m_compX, m_compY)) < m_loadings.rows()) {
        const std::size_t d = m_loadings.cols();
        std::vector<std::size_t> order(d);
        std::iota(order.begin(), order.end(), 0);
        auto len = [&](std::size_t f) {
            return std::hypot(m_loadings(static_cast<std::size_t>(m_compX), f),
                              m_loadings(static_cast<std::size_t>(m_compY), f));
        };
        std::sort(order.begin(), order.end(), [&](auto a, auto b) { return len(a) > len(b); });
        if (order.size() > kMaxArrows) order.resize(kMaxArrows);
        const double longest = order.empty() ? 0.0 : len(order.front());
        if (longest > 0) {
            const double scale = 0.4 * std::min(m_bounds.width(), m_bounds.height()) / longest;
            const QPointF origin(toX(0.0), toY(0.0));
            const QColor arrow(0x33, 0x33, 0x33);
            for (std::size_t f : order) {
                const double lx = m_loadings(static_cast<std::size_t>(m_compX), f) * scale;
                const double ly = m_loadings(static_cast<std::size_t>(m_compY), f) * scale;
                const QPointF tip(toX(lx), toY(ly));
                const QLineF line(origin, tip);
                if (line.length() < 2) continue;
                p.setPen(QPen(arrow, 1.6));
                p.drawLine(line);
                QLineF head1 = QLineF(tip, origin);
                head1.setLength(9);
                QLineF head2 = head1;
                head1.setAngle(head1.angle() + 25);
                head2.setAngle(head2.angle() - 25);
                QPolygonF tri{tip, head1.p2(), head2.p2()};
                p.setBrush(arrow);
                p.drawPolygon(tri);
                const QString name = f < m_loadings.names.size() ? QString::fromStdString(m_loadings.names[f])
                                                                 : tr("Feature %1").arg(f + 1);
                const QSizeF ts(fm.horizontalAdvance(name) + 6, fm.height() + 2);
                // Centre the label beyond the tip, far enough along the arrow that the box clears the
                // arrow head whatever the direction.
                const QPointF u = (tip - origin) / line.length();
                const double off = 4 + std::abs(u.x()) * ts.width() / 2 + std::abs(u.y()) * ts.height() / 2;
                const QRectF box(tip + u * off - QPointF(ts.width() / 2, ts.height() / 2), ts);
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(255, 255, 255, 210));
                p.drawRoundedRect(box, 3, 3);
                p.setPen(arrow);
                p.drawText(box, Qt::AlignCenter, name);
            }
        }
    }
    if (m_drawable == 0) {
        p.setPen(QColor(0x66, 0x66, 0x66));
        p.drawText(pr, Qt::AlignCenter, m_x.empty() ? tr("No data to show") : tr("No plottable points"));
    }
    p.setClipping(false);

    // Axes frame, ticks and labels.
    p.setPen(QPen(text, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(pr);
    for (double t : l.xTicks) {
        const double x = toX(t);
        p.drawLine(QPointF(x, pr.bottom()), QPointF(x, pr.bottom() + kTick));
        const QString s = tickLabel(t, l.xStep);
        const double w = fm.horizontalAdvance(s);
        p.drawText(QRectF(x - w / 2 - 2, pr.bottom() + kTick + 2, w + 4, fm.height()), Qt::AlignCenter, s);
    }
    for (double t : l.yTicks) {
        const double y = toY(t);
        p.drawLine(QPointF(pr.left() - kTick, y), QPointF(pr.left(), y));
        const QString s = tickLabel(t, l.yStep);
        p.drawText(
            QRectF(target.left(), y - fm.height() / 2, pr.left() - kTick - 4 - target.left(), fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, s);
    }
    QFont axisFont = l.font;
    axisFont.setBold(true);
    p.setFont(axisFont);
    p.drawText(QRectF(pr.left(), pr.bottom() + kTick + 4 + fm.height(), pr.width(), fm.height() + 2),
               Qt::AlignHCenter | Qt::AlignVCenter, axisTitle(Qt::Horizontal));
    p.save();
    p.translate(target.left() + kPad, pr.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-pr.height() / 2, 0, pr.height(), fm.height() + 2), Qt::AlignCenter,
               axisTitle(Qt::Vertical));
    p.restore();

    // Legend.
    p.setFont(l.font);
    const double lineH = fm.height() * 1.45;
    double y = l.legend.top();
    const QLocale loc;
    auto entry = [&](const QColor& c, const QString& label, bool centroid) {
        if (y + lineH > l.legend.bottom()) return;
        const QPointF dot(l.legend.left() + fm.height() * 0.5, y + lineH / 2);
        if (centroid) {
            p.setPen(QPen(QColor(0x11, 0x11, 0x11), 1.6));
            p.setBrush(Qt::white);
            p.drawEllipse(dot, 6.0, 6.0);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(dot, 5.5, 5.5);
        }
        p.setPen(text);
        const QRectF textRect(l.legend.left() + fm.height() + 8, y, l.legend.width() - fm.height() - 8,
                              lineH);
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(label, Qt::ElideRight, textRect.width()));
        y += lineH;
    };
    // When the segments do not all fit, the last line says how many are left out instead of cutting them.
    const int lines = std::max(0, static_cast<int>(l.legend.height() / lineH));
    const int extra = (m_hasNoise ? 1 : 0) + (m_centroids.empty() ? 0 : 1);
    const int shown = segmentCount() + extra <= lines ? segmentCount() : std::max(0, lines - extra - 1);
    for (int s = 0; s < shown; ++s) {
        QColor c = SegmentPalette::color(s);
        if (m_highlight >= 0 && s != m_highlight) c.setAlphaF(0.3);
        entry(c, tr("%1 (%2)").arg(segmentName(s), loc.toString(static_cast<qulonglong>(m_segmentSizes[s]))),
              false);
    }
    if (shown < segmentCount() && y + lineH <= l.legend.bottom()) {
        p.setPen(text);
        p.drawText(
            QRectF(l.legend.left(), y, l.legend.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(tr("+ %1 more").arg(segmentCount() - shown), Qt::ElideRight, l.legend.width()));
        y += lineH;
    }
    if (m_hasNoise) entry(SegmentPalette::noise(), segmentName(-1), false);
    if (!m_centroids.empty()) entry(QColor(), tr("Centroid"), true);
    p.restore();
}

QImage PcaScatterView::render(QSize size, qreal devicePixelRatio) const {
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    QImage img(QSize(static_cast<int>(std::lround(size.width() * dpr)),
                     static_cast<int>(std::lround(size.height() * dpr))),
               QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::white);
    QPainter p(&img);
    paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    return img;
}

void PcaScatterView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    paint(p, QRectF(rect()));
    if (m_drag == Drag::Select) {
        const QRectF band = QRectF(m_pressPos, m_lastPos).normalized();
        p.setPen(QPen(QColor(0x00, 0x72, 0xB2), 1, Qt::DashLine));
        p.setBrush(QColor(0x00, 0x72, 0xB2, 40));
        p.drawRect(band);
    }
}

void PcaScatterView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    m_cacheValid = false;
}

void PcaScatterView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0) zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void PcaScatterView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    m_pressPos = m_lastPos = event->position();
    m_panStartView = m_view;
    m_drag = event->modifiers() & Qt::ShiftModifier ? Drag::Select : Drag::Pan;
    if (m_drag == Drag::Pan) setCursor(Qt::ClosedHandCursor);
    QToolTip::hideText();
}

void PcaScatterView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF pos = event->position();
    if (m_drag == Drag::Pan) {
        const Layout l = layoutFor(QRectF(rect()));
        const QPointF d = pos - m_pressPos;
        m_lastPos = pos;
        setVisibleRange(m_panStartView.translated(-d.x() / l.plot.width() * m_panStartView.width(),
                                                  d.y() / l.plot.height() * m_panStartView.height()));
        return;
    }
    if (m_drag == Drag::Select) {
        m_lastPos = pos;
        update();
        return;
    }
    const int point = pointAt(pos, 6.0);
    if (point < 0) {
        QToolTip::hideText();
        return;
    }
    const int row = rowOf(point);
    const int label = static_cast<std::size_t>(point) < m_labels.size() ? m_labels[point] : -1;
    QString tip = tr("Row %1").arg(QLocale().toString(row + 1));
    if (m_describer) {
        const QString extra = m_describer(row);
        if (!extra.isEmpty()) tip += QLatin1Char('\n') + extra;
    }
    tip += QLatin1Char('\n') + segmentName(label);
    tip += QLatin1Char('\n') + tr("PC%1 = %2, PC%3 = %4")
                                   .arg(m_compX + 1)
                                   .arg(QLocale().toString(m_x[point], 'f', 2))
                                   .arg(m_compY + 1)
                                   .arg(QLocale().toString(m_y[point], 'f', 2));
    QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void PcaScatterView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) return QWidget::mouseReleaseEvent(event);
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    const QPointF pos = event->position();
    if (drag == Drag::Select) {
        const Layout l = layoutFor(QRectF(rect()));
        const QRectF band = QRectF(m_pressPos, pos).normalized();
        auto dataX = [&](double wx) {
            return m_view.left() + (wx - l.plot.left()) / l.plot.width() * m_view.width();
        };
        auto dataY = [&](double wy) {
            return m_view.top() + (l.plot.bottom() - wy) / l.plot.height() * m_view.height();
        };
        const double x0 = dataX(band.left()), x1 = dataX(band.right());
        const double y0 = dataY(band.bottom()), y1 = dataY(band.top());
        m_selected.assign(m_x.size(), 0);
        m_selectedCount = 0;
        for (std::size_t i = 0; i < m_x.size(); ++i)
            if (m_x[i] >= x0 && m_x[i] <= x1 && m_y[i] >= y0 && m_y[i] <= y1) {
                m_selected[i] = 1;
                ++m_selectedCount;
            }
        invalidate();
        emit selectionChanged(selectedRows());
    } else if ((pos - m_pressPos).manhattanLength() < 3) {
        // A click, not a drag: on a point, report its segment for the linked views.
        const int point = pointAt(pos, 6.0);
        if (point >= 0 && static_cast<std::size_t>(point) < m_labels.size())
            emit segmentClicked(m_labels[point]);
    }
}

void PcaScatterView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) resetView();
}

void PcaScatterView::keyPressEvent(QKeyEvent* event) {
    const Layout l = layoutFor(QRectF(rect()));
    const double dx = m_view.width() * 0.1, dy = m_view.height() * 0.1;
    switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(1.25, l.plot.center());
            break;
        case Qt::Key_Minus:
            zoomBy(1 / 1.25, l.plot.center());
            break;
        case Qt::Key_Left:
            setVisibleRange(m_view.translated(-dx, 0));
            break;
        case Qt::Key_Right:
            setVisibleRange(m_view.translated(dx, 0));
            break;
        case Qt::Key_Up:
            setVisibleRange(m_view.translated(0, dy));
            break;
        case Qt::Key_Down:
            setVisibleRange(m_view.translated(0, -dy));
            break;
        case Qt::Key_Home:
            resetView();
            break;
        case Qt::Key_Escape:
            if (m_selectedCount > 0) {
                setSelectedRows({});
                emit selectionChanged({});
            }
            break;
        default:
            QWidget::keyPressEvent(event);
    }
}

void PcaScatterView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) update();
}

}  // namespace seg::ui
