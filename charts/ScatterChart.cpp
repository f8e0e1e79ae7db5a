#include "ScatterChart.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QLocale>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <new>
#include <numeric>

#include "run/Segmentation.h"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace seg::chart {

namespace detail {

namespace {
constexpr std::size_t kHugePage = std::size_t(2) << 20;
}

void* bulkAllocate(std::size_t bytes) {
#if defined(__linux__)
    if (bytes >= 2 * kHugePage) {
        const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
        if (void* p = std::aligned_alloc(kHugePage, rounded)) {
            madvise(p, rounded, MADV_HUGEPAGE);  // advice only: without it, ordinary pages
            return p;
        }
        throw std::bad_alloc();
    }
#endif
    if (void* p = std::malloc(std::max<std::size_t>(bytes, 1))) return p;
    throw std::bad_alloc();
}

void bulkFree(void* p) noexcept {
    std::free(p);
}

}  // namespace detail

namespace {

// The drawing order sorts points by tiles of a 64 x 64 grid over the data's extent (Morton order).
constexpr int kTileBits = 6;
constexpr std::uint32_t kTiles = 1u << (2 * kTileBits);

std::uint32_t spreadBits(std::uint32_t v) {  // up to 8 bits onto the even bits of 16
    v = (v | (v << 4)) & 0x0F0Fu;
    v = (v | (v << 2)) & 0x3333u;
    v = (v | (v << 1)) & 0x5555u;
    return v;
}

std::uint32_t mortonTile(std::uint32_t tx, std::uint32_t ty) {
    return spreadBits(tx) | (spreadBits(ty) << 1);
}

constexpr int kMaxArrows = 12;       // more loading arrows than this turn the biplot into a hedgehog
constexpr qreal kHoverRadius = 6.0;  // CSS px
constexpr qreal kClickSlop = 3.0;    // CSS px (Manhattan) between a press and a release that is still a click
// Points on a vector output: an image at this resolution, and at most this many pixels (up to 20 bytes a
// pixel with the binning buffers: 160 MB, freed after the page). A 1920 x 1080 slide at 144 dpi needs
// about 5.5M.
constexpr double kVectorPointsDpi = 300.0;
constexpr double kMaxVectorPointPixels = 8e6;

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

// Whether the painter records shapes (PDF, SVG, a QPicture) rather than pixels.
bool isVector(const QPainter& painter) {
    const QPaintEngine* engine = painter.paintEngine();
    if (!engine) return false;
    const QPaintEngine::Type type = engine->type();
    return type != QPaintEngine::Raster && type != QPaintEngine::OpenGL && type != QPaintEngine::OpenGL2;
}

// The length a unit of chart coordinates has on the device.
double deviceScale(const QPainter& painter) {
    const QTransform t = painter.deviceTransform();
    const double s = std::hypot(t.m11(), t.m12());
    return s > 0 ? s : 1.0;
}

}  // namespace

ScatterChart::ScatterChart(const ChartStyle& style) : Chart(style) {}

ScatterChart::~ScatterChart() = default;

void ScatterChart::setData(std::shared_ptr<const run::SegmentationResult> result) {
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

void ScatterChart::setData(FeatureMatrix projection, std::vector<int> labels,
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

void ScatterChart::clear() {
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

int ScatterChart::componentCount() const noexcept {
    return m_projection ? static_cast<int>(m_projection->cols()) : 0;
}

void ScatterChart::setComponents(int x, int y) {
    const int last = std::max(0, componentCount() - 1);
    m_compX = std::clamp(x, 0, last);
    m_compY = std::clamp(y, 0, last);
    rebuildCoordinates();
    resetView();
}

QString ScatterChart::title() const {
    return tr("Customer segments, PC%1 vs PC%2").arg(m_compX + 1).arg(m_compY + 1);
}

void ScatterChart::setLoadings(FeatureMatrix loadings) {
    m_loadings = std::move(loadings);
    invalidate();
}

void ScatterChart::setShowLoadings(bool show) {
    m_showLoadings = show;
    invalidate();
}

void ScatterChart::setRowDescriber(std::function<QString(int)> describer) {
    m_describer = std::move(describer);
}

void ScatterChart::setSelectedRows(const QVector<int>& rows) {
    const std::size_t n = m_pointCount;
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
    ++m_generation;
}

QVector<int> ScatterChart::selectedRows() const {
    QVector<int> rows;
    rows.reserve(static_cast<qsizetype>(m_selectedCount));
    for (std::size_t i = 0; i < m_selected.size(); ++i)
        if (m_selected[i]) rows.push_back(rowOf(static_cast<int>(i)));
    std::sort(rows.begin(), rows.end());
    return rows;
}

int ScatterChart::rowOf(int point) const noexcept {
    return m_rowMap.empty() ? point : static_cast<int>(m_rowMap[static_cast<std::size_t>(point)]);
}

void ScatterChart::rebuildCoordinates() {
    m_pointCount = 0;
    m_placed.clear();
    m_order.clear();
    m_tileStart.clear();
    m_centroids.clear();
    m_segmentSizes.clear();
    m_hasNoise = false;
    m_drawable = 0;
    m_selected.clear();
    m_selectedCount = 0;
    ++m_generation;
    invalidate();
    const std::size_t n = m_projection ? m_projection->rows() : 0;
    const std::size_t c = m_projection ? m_projection->cols() : 0;
    m_bounds = QRectF(0, 0, 1, 1);
    if (n == 0 || c == 0) return;
    m_pointCount = n;
    m_compX = std::clamp(m_compX, 0, static_cast<int>(c) - 1);
    m_compY = std::clamp(m_compY, 0, static_cast<int>(c) - 1);
    const FeatureMatrix& proj = *m_projection;
    const std::size_t cx = static_cast<std::size_t>(m_compX), cy = static_cast<std::size_t>(m_compY);
    auto labelOf = [this](std::size_t i) { return i < m_labels.size() ? m_labels[i] : -1; };
    int k = 0;
    for (std::size_t i = 0; i < n && i < m_labels.size(); ++i)
        k = std::max(k, m_labels[i] + 1);
    m_segmentSizes.assign(static_cast<std::size_t>(k), 0);
    std::vector<double> sx(static_cast<std::size_t>(k), 0.0), sy(static_cast<std::size_t>(k), 0.0);
    double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
    // Points are drawn as floats: a row whose components do not fit one cannot be drawn either.
    auto drawable = [](double x, double y) {
        return std::isfinite(static_cast<float>(x)) && std::isfinite(static_cast<float>(y));
    };
    // The projection (n x c doubles) is read once; the sort below reads the components from here.
    struct XY {
        float x, y;
    };
    detail::BulkVector<XY> xy(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double* row = proj.row(i);
        const double x = row[cx], y = row[cy];
        xy[i] = XY{static_cast<float>(x), static_cast<float>(y)};
        const int label = labelOf(i);
        if (label < 0) m_hasNoise = true;
        if (!drawable(x, y)) continue;
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
    if (m_drawable == 0) return;
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

    // The drawing order: a counting sort on the Morton code of each point's tile (two sequential passes over
    // the floats, a histogram that stays in the cache).
    m_tileFx = (1 << kTileBits) / m_bounds.width();
    m_tileFy = (1 << kTileBits) / m_bounds.height();
    auto tileOf = [this](double x, double y) { return mortonTile(tileColumn(x), tileRow(y)); };
    std::vector<std::uint32_t> start(kTiles + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        if (drawable(xy[i].x, xy[i].y)) ++start[tileOf(xy[i].x, xy[i].y) + 1];
    for (std::uint32_t t = 0; t < kTiles; ++t)
        start[t + 1] += start[t];
    m_tileStart = start;  // where each tile's points begin (the scatter below moves `start` to the ends)
    m_placed.resize(m_drawable);
    m_order.resize(m_drawable);
    for (std::size_t i = 0; i < n; ++i) {
        const float x = xy[i].x, y = xy[i].y;
        if (!drawable(x, y)) continue;
        const std::uint32_t j = start[tileOf(x, y)]++;
        m_placed[j] = Placed{x, y, labelOf(i)};
        m_order[j] = static_cast<std::uint32_t>(i);
    }
}

void ScatterChart::viewChanged() {
    ++m_generation;
    invalidate();  // ticks and arrows follow the view
}

void ScatterChart::setVisibleRange(const QRectF& range) {
    if (!(range.width() > 0.0) || !(range.height() > 0.0) || !std::isfinite(range.left()) ||
        !std::isfinite(range.top()) || !std::isfinite(range.right()) || !std::isfinite(range.bottom()))
        return;
    m_view = range;
    viewChanged();
}

void ScatterChart::resetView() {
    m_view = m_bounds;
    viewChanged();
}

void ScatterChart::zoomBy(double factor, QPointF anchor) {
    if (!(factor > 0.0)) return;
    const QRectF& p = m_plot;
    const double fx = std::clamp(p.width() > 0 ? (anchor.x() - p.left()) / p.width() : 0.5, 0.0, 1.0);
    const double fy = std::clamp(p.height() > 0 ? (p.bottom() - anchor.y()) / p.height() : 0.5, 0.0, 1.0);
    const double ax = m_view.left() + fx * m_view.width();
    const double ay = m_view.top() + fy * m_view.height();
    const double w = m_view.width() / factor, h = m_view.height() / factor;
    // Keep the range representable in float: deeper zoom would only show quantisation.
    if (w < 1e-9 * std::max(1.0, m_bounds.width()) || w > 1e6 * m_bounds.width()) return;
    setVisibleRange(QRectF(ax - fx * w, ay - fy * h, w, h));
}

QString ScatterChart::axisTitle(Qt::Orientation orientation) const {
    const int c = orientation == Qt::Horizontal ? m_compX : m_compY;
    if (static_cast<std::size_t>(c) < m_varianceRatio.size())
        return tr("PC%1 (%2% of variance)")
            .arg(c + 1)
            .arg(QLocale().toString(m_varianceRatio[static_cast<std::size_t>(c)] * 100.0, 'f', 1));
    return tr("PC%1").arg(c + 1);
}

QPointF ScatterChart::mapToChart(QPointF p) const {
    return {m_plot.left() + (p.x() - m_view.left()) / m_view.width() * m_plot.width(),
            m_plot.bottom() - (p.y() - m_view.top()) / m_view.height() * m_plot.height()};
}

QPointF ScatterChart::mapToData(QPointF pos) const {
    const double w = std::max(m_plot.width(), 1e-9), h = std::max(m_plot.height(), 1e-9);
    return {m_view.left() + (pos.x() - m_plot.left()) / w * m_view.width(),
            m_view.top() + (m_plot.bottom() - pos.y()) / h * m_view.height()};
}

std::uint32_t ScatterChart::tileColumn(double x) const {
    return static_cast<std::uint32_t>(
        std::clamp((x - m_bounds.left()) * m_tileFx, 0.0, (1 << kTileBits) - 1.0));
}

std::uint32_t ScatterChart::tileRow(double y) const {
    return static_cast<std::uint32_t>(
        std::clamp((y - m_bounds.top()) * m_tileFy, 0.0, (1 << kTileBits) - 1.0));
}

int ScatterChart::pointAt(QPointF pos, qreal radius) const {
    if (m_placed.empty() || m_plot.width() <= 0 || m_plot.height() <= 0 ||
        !m_plot.adjusted(-radius, -radius, radius, radius).contains(pos))
        return -1;
    const double sx = m_plot.width() / m_view.width(), sy = m_plot.height() / m_view.height();
    const double cx = m_view.left() + (pos.x() - m_plot.left()) / sx;
    const double cy = m_view.top() + (m_plot.bottom() - pos.y()) / sy;
    double best = radius * radius;
    int bestIdx = -1;
    auto scan = [&](std::size_t from, std::size_t to) {
        for (std::size_t j = from; j < to; ++j) {
            const double dx = (m_placed[j].x - cx) * sx, dy = (m_placed[j].y - cy) * sy;
            const double d = dx * dx + dy * dy;
            // Nearer wins; among coincident points the first row is reported, whatever the drawing order.
            if (d < best || (d == best && (bestIdx < 0 || m_order[j] < m_order[std::size_t(bestIdx)]))) {
                best = d;
                bestIdx = static_cast<int>(j);
            }
        }
    };
    // Only the tiles within the radius: microseconds instead of a scan of every point.
    const double rx = radius / sx, ry = radius / sy;
    const std::uint32_t tx0 = tileColumn(cx - rx), tx1 = tileColumn(cx + rx);
    const std::uint32_t ty0 = tileRow(cy - ry), ty1 = tileRow(cy + ry);
    if (m_tileStart.size() != kTiles + 1 || (tx1 - tx0 + 1) * (ty1 - ty0 + 1) > kTiles / 4) {
        scan(0, m_placed.size());
    } else {
        for (std::uint32_t ty = ty0; ty <= ty1; ++ty)
            for (std::uint32_t tx = tx0; tx <= tx1; ++tx) {
                const std::uint32_t t = mortonTile(tx, ty);
                scan(m_tileStart[t], m_tileStart[t + 1]);
            }
    }
    return bestIdx;
}

int ScatterChart::rowAt(QPointF pos, qreal radius) const {
    const int j = pointAt(pos, radius * scale());
    return j < 0 ? -1 : rowOf(static_cast<int>(m_order[std::size_t(j)]));
}

QString ScatterChart::toolTipFor(int j) const {
    const Placed& p = m_placed[std::size_t(j)];
    const int row = rowOf(static_cast<int>(m_order[std::size_t(j)]));
    const int label = p.label;
    const QString segment = segments().name(label);
    QString tip = tr("Row %1").arg(QLocale().toString(row + 1));
    // The describer may name the segment already ("Segment: Loyal"); the tooltip says it once.
    bool named = false;
    if (m_describer) {
        const QString extra = m_describer(row);
        if (!extra.isEmpty()) {
            tip += QLatin1Char('\n') + extra;
            for (const QString& line : extra.split(QLatin1Char('\n')))
                if (line.trimmed() == segment || line.endsWith(QStringLiteral(": ") + segment)) named = true;
        }
    }
    if (!named) tip += QLatin1Char('\n') + segment;
    tip += QLatin1Char('\n') + tr("PC%1 = %2, PC%3 = %4")
                                   .arg(m_compX + 1)
                                   .arg(QLocale().toString(p.x, 'f', 2))
                                   .arg(m_compY + 1)
                                   .arg(QLocale().toString(p.y, 'f', 2));
    return tip;
}

Hit ScatterChart::hitTest(QPointF point) const {
    Hit hit;
    if (m_drag == Drag::Select || (m_drag == Drag::Pan && m_moved)) return hit;
    const int j = pointAt(point, kHoverRadius * scale());
    if (j >= 0) {
        hit.kind = Hit::Kind::Segment;
        hit.segment = m_placed[std::size_t(j)].label;
        hit.row = rowOf(static_cast<int>(m_order[std::size_t(j)]));
        hit.toolTip = toolTipFor(j);
        return hit;
    }
    const int item = m_legend.itemAt(point);
    if (item >= 0 && item < m_legend.items().size() && m_legend.items()[item].segment != kNoSegment) {
        hit.kind = Hit::Kind::Segment;
        hit.segment = m_legend.items()[item].segment;
        hit.toolTip = m_legend.items()[item].text;
    }
    return hit;
}

// Layout
// ------------------------------------------------------------------------------------------------------

void ScatterChart::layoutLegend(const QPaintDevice* device) {
    const qreal s = scale();
    const QRectF c = contentRect();
    const QLocale loc;
    QList<LegendItem> items;
    for (int seg = 0; seg < segmentCount(); ++seg)
        items << LegendItem{segments().color(seg),
                            tr("%1 (%2)").arg(segments().name(seg),
                                              loc.toString(static_cast<qulonglong>(m_segmentSizes[seg]))),
                            seg, isFaded(seg), LegendItem::Shape::Dot};
    if (m_hasNoise)
        items << LegendItem{segments().color(-1), segments().name(-1), -1, isFaded(-1),
                            LegendItem::Shape::Dot};
    if (!m_centroids.empty())
        items << LegendItem{style().text, tr("Centroid"), kNoSegment, false, LegendItem::Shape::Ring};

    auto complete = [this]() {
        if (m_legend.hiddenCount() > 0) return false;
        for (int i = 0; i < m_legend.items().size(); ++i)
            if (m_legend.itemText(i).replace(QLatin1Char('\n'), QLatin1Char(' ')) != m_legend.items()[i].text)
                return false;
        return true;
    };
    const QFontMetricsF fm(style().legendFont(), const_cast<QPaintDevice*>(device));
    qreal natural = 0.0;
    for (const LegendItem& item : items)
        natural =
            std::max(natural, fm.height() * 0.7 + style().swatchGap * s + fm.horizontalAdvance(item.text));
    natural = std::ceil(natural + 1);
    // As many rows as fit the height, keeping a line for "and N more" when some do not.
    auto fitRows = [&](QPointF at, qreal width, int maxRows, bool column, qreal bottom) {
        for (; maxRows > 1; --maxRows) {
            m_legend.layout(items, style(), device, at, width, maxRows, column);
            if (m_legend.bounds().bottom() <= bottom + 0.5) return;
        }
        m_legend.layout(items, style(), device, at, width, 1, column);
    };
    // Beside the plot, as a column of 30% of the width (up to 40% when names would be cut), names wrapping
    // onto a second line; below it, across the whole width, when a column would still cut names.
    const int columnRows = std::max(1, static_cast<int>((c.height() + 4 * s) / (fm.height() + 4 * s)));
    qreal columnW = std::min(natural, c.width() * 0.30);
    for (;;) {
        m_legendAt = QRectF(c.right() - columnW, c.top(), columnW, 0);
        m_legendColumn = true;
        fitRows(m_legendAt.topLeft(), columnW, columnRows, true, c.bottom());
        m_legendRows = std::max(1, m_legend.rowCount());
        if (complete() || items.isEmpty() || columnW >= std::min(natural, c.width() * 0.40)) break;
        columnW = std::min({natural, c.width() * 0.40, columnW + c.width() * 0.025});
    }
    if (complete() || items.isEmpty()) return;
    const QRectF column = m_legendAt;
    const int columnRowsUsed = m_legendRows;
    for (int rows = 1; rows <= 6; ++rows) {
        Legend below;
        below.layout(items, style(), device, QPointF(c.left(), c.top()), c.width(), rows);
        if (below.height() > c.height() * 0.35) break;
        if (below.hiddenCount() > 0) continue;
        bool whole = true;
        for (int i = 0; i < below.items().size(); ++i)
            if (below.itemText(i).replace(QLatin1Char('\n'), QLatin1Char(' ')) != below.items()[i].text)
                whole = false;
        if (!whole) break;
        m_legendAt = QRectF(c.left(), c.bottom() - below.height(), c.width(), 0);
        m_legendRows = rows;
        m_legendColumn = false;
        m_legend.layout(items, style(), device, m_legendAt.topLeft(), c.width(), rows);
        return;
    }
    m_legendAt = column;
    m_legendRows = columnRowsUsed;
    m_legendColumn = true;
    m_legend.layout(items, style(), device, column.topLeft(), column.width(), columnRowsUsed, true);
}

void ScatterChart::layoutTicks(const QPaintDevice* device) {
    auto* dev = const_cast<QPaintDevice*>(device);
    const qreal s = scale();
    const QFontMetricsF fm(style().tickFont(), dev);
    // X: the most ticks whose labels, as measured on this device, keep two line heights apart.
    m_xAxis = Axis();
    m_xAxis.lo = m_view.left();
    m_xAxis.hi = m_view.right();
    const qreal gap = std::max(fm.height() * 3.0, 24 * s);
    for (int n = std::max(2, static_cast<int>(m_plot.width() / (20 * s))); n >= 1; --n) {
        m_xAxis.step = niceStep(m_view.width(), n);
        m_xAxis.ticks = ticksFor(m_view.left(), m_view.right(), m_xAxis.step);
        m_xLabelW.clear();
        for (double t : m_xAxis.ticks)
            m_xLabelW.push_back(fm.horizontalAdvance(tickLabel(t, m_xAxis.step)));
        bool fits = true;
        for (std::size_t i = 1; i < m_xAxis.ticks.size() && fits; ++i) {
            const qreal dx = (m_xAxis.ticks[i] - m_xAxis.ticks[i - 1]) / m_view.width() * m_plot.width();
            fits = dx >= (m_xLabelW[i] + m_xLabelW[i - 1]) / 2 + gap;
        }
        if (fits) break;
    }
    // Labels that would leave the chart or run under a legend beside the plot are left out (their ticks
    // stay).
    const QRectF c = contentRect();
    const QRectF lg = m_legend.bounds();
    const bool legendBeside = lg.left() > m_plot.right() && lg.height() > 0;
    const qreal right = legendBeside && lg.bottom() > m_plot.bottom() ? lg.left() - 2 * s : c.right();
    m_xLabelShown.assign(m_xAxis.ticks.size(), 1);
    for (std::size_t i = 0; i < m_xAxis.ticks.size(); ++i) {
        const qreal x = m_xAxis.map(m_xAxis.ticks[i], m_plot.left(), m_plot.right());
        if (x - m_xLabelW[i] / 2 - 2 * s < c.left() || x + m_xLabelW[i] / 2 + 2 * s > right)
            m_xLabelShown[i] = 0;
    }
}

void ScatterChart::layoutArrows(const QPaintDevice* device) {
    m_arrows.clear();
    m_arrowLabels.clear();
    if (!m_showLoadings || m_loadings.empty() ||
        static_cast<std::size_t>(std::max(m_compX, m_compY)) >= m_loadings.rows())
        return;
    const qreal s = scale();
    const QFontMetricsF fm(m_arrowFont, const_cast<QPaintDevice*>(device));
    // Biplot: each feature's loadings on the two components, scaled together so the longest arrow spans
    // about 40% of the data's extent (Gabriel 1971); only the longest arrows, to stay legible.
    const std::size_t d = m_loadings.cols();
    std::vector<std::size_t> order(d);
    std::iota(order.begin(), order.end(), 0);
    auto len = [&](std::size_t f) {
        return std::hypot(m_loadings(static_cast<std::size_t>(m_compX), f),
                          m_loadings(static_cast<std::size_t>(m_compY), f));
    };
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return len(a) > len(b); });
    if (order.size() > kMaxArrows) order.resize(kMaxArrows);
    const double longest = order.empty() ? 0.0 : len(order.front());
    if (!(longest > 0)) return;
    const double k = 0.4 * std::min(m_bounds.width(), m_bounds.height()) / longest;
    const QPointF origin = mapToChart(QPointF(0, 0));
    const QRectF inside = m_plot.adjusted(3 * s, 3 * s, -3 * s, -3 * s);
    for (std::size_t f : order) {
        Arrow a;
        a.feature = f;
        a.tip = mapToChart(QPointF(m_loadings(static_cast<std::size_t>(m_compX), f) * k,
                                   m_loadings(static_cast<std::size_t>(m_compY), f) * k));
        const QLineF line(origin, a.tip);
        if (line.length() < 2 * s) continue;
        a.name = f < m_loadings.names.size() ? QString::fromStdString(m_loadings.names[f])
                                             : tr("Feature %1").arg(f + 1);
        a.labelSize = QSizeF(fm.horizontalAdvance(a.name) + 6 * s, fm.height() + 2 * s);
        if (m_plot.contains(a.tip)) {
            // Centre the label beyond the tip, far enough along the arrow that the box clears the arrow head
            // whatever the direction; then shift it inward where it would leave the plot.
            const QPointF u = (a.tip - origin) / line.length();
            const double off = 4 * s + std::abs(u.x()) * a.labelSize.width() / 2 +
                               std::abs(u.y()) * a.labelSize.height() / 2;
            QRectF box(a.tip + u * off - QPointF(a.labelSize.width() / 2, a.labelSize.height() / 2),
                       a.labelSize);
            if (box.right() > inside.right()) box.moveRight(inside.right());
            if (box.left() < inside.left()) box.moveLeft(inside.left());
            if (box.bottom() > inside.bottom()) box.moveBottom(inside.bottom());
            if (box.top() < inside.top()) box.moveTop(inside.top());
            a.label = box;
            m_arrowLabels.push_back(box);
        }
        m_arrows.push_back(std::move(a));
    }
}

void ScatterChart::layoutContent(const QPaintDevice* device) {
    auto* dev = const_cast<QPaintDevice*>(device);
    const qreal s = scale();
    const QRectF c = contentRect();
    m_arrowFont = style().labelFont();
    const QFontMetricsF tickFm(style().tickFont(), dev);
    m_tickH = tickFm.height();

    layoutLegend(device);
    const QRectF lg = m_legend.bounds();
    const bool legendBelow = lg.height() > 0 && lg.left() <= c.left() + 0.5 && lg.width() >= c.width() - 0.5;
    const qreal gap = style().legendGap * s;

    // Vertically first: the y ticks depend on the plot's height, the plot's left edge on their labels.
    AxisDraw xDraw, yDraw;
    xDraw.title = axisTitle(Qt::Horizontal);
    yDraw.title = axisTitle(Qt::Vertical);
    const qreal top = c.top() + m_tickH / 2;  // the top tick's label reaches above the plot
    const qreal bottom =
        (legendBelow ? lg.top() - gap : c.bottom()) - bottomAxisHeight(style(), device, xDraw);
    const qreal plotH = std::max(bottom - top, 10 * s);
    m_yAxis = Axis();
    m_yAxis.lo = m_view.top();
    m_yAxis.hi = m_view.bottom();
    m_yAxis.step = niceStep(m_view.height(), std::max(2, static_cast<int>(plotH / (m_tickH * 3.2))));
    m_yAxis.ticks = ticksFor(m_view.top(), m_view.bottom(), m_yAxis.step);
    m_yLabelW.clear();
    for (double t : m_yAxis.ticks)
        m_yLabelW.push_back(tickFm.horizontalAdvance(tickLabel(t, m_yAxis.step)));
    const qreal left = c.left() + leftAxisWidth(style(), device, m_yAxis, yDraw);
    qreal right = lg.height() > 0 && !legendBelow ? lg.left() - gap : c.right();
    if (legendBelow || lg.height() <= 0) {
        // The last x label is centred on the plot's edge: leave it half a label of room.
        right -= tickFm.horizontalAdvance(tickLabel(m_view.right(), m_view.width() / 4)) / 2 + 2 * s;
    }
    // Whole-unit edges: on an image the points are then blitted 1:1 instead of resampled.
    m_plot = QRectF(QPointF(std::round(left), std::round(top)),
                    QPointF(std::round(std::max(left + 10 * s, right)), std::round(top + plotH)));
    layoutTicks(device);
    layoutArrows(device);
}

std::vector<QRectF> ScatterChart::xTickLabelRects() const {
    std::vector<QRectF> out;
    const qreal s = scale();
    for (std::size_t i = 0; i < m_xAxis.ticks.size(); ++i) {
        if (!m_xLabelShown[i]) continue;
        const qreal x = m_xAxis.map(m_xAxis.ticks[i], m_plot.left(), m_plot.right());
        out.emplace_back(x - m_xLabelW[i] / 2, m_plot.bottom() + (style().tickLength + style().tickGap) * s,
                         m_xLabelW[i], m_tickH);
    }
    return out;
}

std::vector<QRectF> ScatterChart::yTickLabelRects() const {
    std::vector<QRectF> out;
    const qreal s = scale();
    for (std::size_t i = 0; i < m_yAxis.ticks.size() && i < m_yLabelW.size(); ++i) {
        const qreal y = m_yAxis.map(m_yAxis.ticks[i], m_plot.bottom(), m_plot.top());
        const qreal right = m_plot.left() - (style().tickLength + style().tickGap) * s;
        out.emplace_back(right - m_yLabelW[i], y - m_tickH / 2, m_yLabelW[i], m_tickH);
    }
    return out;
}

QStringList ScatterChart::arrowLabels() const {
    QStringList out;
    for (const Arrow& a : m_arrows)
        if (!a.label.isNull()) out << a.name;
    return out;
}

QRectF ScatterChart::rubberBand() const {
    return m_drag == Drag::Select ? QRectF(m_pressPos, m_lastPos).normalized() : QRectF();
}

double ScatterChart::vectorPointsDpi(QSizeF plotUnits, double dpi) {
    if (!(dpi > 0)) dpi = 96;
    const double pixels =
        plotUnits.width() / dpi * kVectorPointsDpi * plotUnits.height() / dpi * kVectorPointsDpi;
    if (pixels <= kMaxVectorPointPixels) return kVectorPointsDpi;
    return kVectorPointsDpi * std::sqrt(kMaxVectorPointPixels / pixels);
}

// Painting
// ----------------------------------------------------------------------------------------------------

std::vector<QRgb> ScatterChart::pointColors() const {
    std::vector<QRgb> colors;
    for (int s = -1; s < segmentCount(); ++s)
        colors.push_back(segments().color(s).rgb());
    return colors;
}

void ScatterChart::rasterise(QImage& img, double dotScale, Scratch& scratch) const {
    img.fill(Qt::transparent);
    const int W = img.width(), H = img.height();
    if (W <= 0 || H <= 0 || m_placed.empty() || !(m_view.width() > 0) || !(m_view.height() > 0)) return;
    const double sx = W / m_view.width(), sy = H / m_view.height();
    const double vx = m_view.left(), vy = m_view.bottom();
    const std::size_t n = m_placed.size();
    const Placed* points = m_placed.data();
    const bool anySelected = m_selectedCount > 0;
    const int highlighted = highlight();
    const bool fading = highlighted != kNoSegment || anySelected;

    // The scratch buffer lives across redraws and only touched cells are reset: allocating and clearing a
    // full-size buffer per redraw cost more (page faults, memset) than binning a million points.
    const std::size_t cells = static_cast<std::size_t>(W) * H;
    if (scratch.cells.size() < cells) scratch.cells.assign(cells, Cell{0, 0, 0});
    Cell* bins = scratch.cells.data();
    std::vector<std::uint32_t>& touched = scratch.touched;
    auto* bits = reinterpret_cast<QRgb*>(img.bits());
    const int stride = static_cast<int>(img.bytesPerLine() / 4);
    const std::vector<QRgb> palette = pointColors();
    const int k = segmentCount();

    // Pass 0 draws faded points, pass 1 the emphasised ones on top, so a highlight is never buried.
    for (int pass = fading ? 0 : 1; pass < 2; ++pass) {
        touched.clear();
        std::size_t visible = 0;
        std::uint32_t maxCount = 0;
        for (std::size_t j = 0; j < n; ++j) {
            const Placed& pt = points[j];
            const int label = pt.label;
            if (fading) {
                const bool emph = anySelected ? m_selected[m_order[j]] != 0 : label == highlighted;
                if (emph != (pass == 1)) continue;
            }
            const double px = (pt.x - vx) * sx, py = (vy - pt.y) * sy;
            // Negated comparison also rejects NaN.
            if (!(px >= 0.0 && px < W && py >= 0.0 && py < H)) continue;
            const std::size_t cell = static_cast<std::size_t>(py) * W + static_cast<std::size_t>(px);
            ++visible;
            // Boyer-Moore majority vote: the pixel shows its dominant segment, in O(1) memory per pixel.
            Cell& bin = bins[cell];
            if (bin.count == 0) {
                touched.push_back(static_cast<std::uint32_t>(cell));
                bin.cand = label;
                bin.votes = 1;
            } else if (bin.votes == 0) {
                bin.cand = label;
                bin.votes = 1;
            } else {
                bin.votes += bin.cand == label ? 1 : -1;
            }
            maxCount = std::max(maxCount, ++bin.count);
        }
        if (visible == 0) continue;
        // Few points: large, nearly opaque dots. Many: small dots whose opacity follows the log density, so a
        // million points show the shape of each cloud instead of a solid blot. Radii are CSS px.
        const double radius = dotScale * (visible <= 5000     ? 3.2
                                          : visible <= 40000  ? 2.2
                                          : visible <= 250000 ? 1.4
                                                              : 0.9);
        const double minAlpha = visible <= 40000 ? 0.85 : 0.35;
        const double logMax = std::log1p(static_cast<double>(maxCount));
        // Large dots get a rim a shade darker than their fill: pale hues (the palette's yellow) then still
        // stand out on white, and overlapping dots stay countable.
        const bool rim = visible <= 40000;
        const Stamp outer = makeStamp(radius);
        const Stamp inner = makeStamp(rim ? radius - 0.9 * dotScale : radius);
        const bool faded = fading && pass == 0;
        auto blend = [&](const Stamp& stamp, int x, int y, QRgb col, double alpha) {
            const int side = 2 * stamp.half + 1;
            const float r = static_cast<float>(qRed(col)), g = static_cast<float>(qGreen(col)),
                        b = static_cast<float>(qBlue(col));
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
        // Stamping in data order hops around memory; when many pixels are hit, one scan puts them back in row
        // order, which is several times faster to blend.
        if (touched.size() > cells / 32) {
            touched.clear();
            for (std::size_t cell = 0; cell < cells; ++cell)
                if (bins[cell].count) touched.push_back(static_cast<std::uint32_t>(cell));
        }
        for (const std::uint32_t cell : touched) {
            const int y = static_cast<int>(cell / static_cast<std::uint32_t>(W));
            const int x = static_cast<int>(cell % static_cast<std::uint32_t>(W));
            const std::uint32_t c = bins[cell].count;
            bins[cell].count = 0;
            QRgb col = palette[static_cast<std::size_t>(std::clamp(bins[cell].cand, -1, k - 1) + 1)];
            double a = logMax > 0 ? minAlpha + (1.0 - minAlpha) * std::log1p(c) / logMax : 1.0;
            if (faded) {
                // Faded points keep a hint of their hue but recede to pale grey.
                col =
                    qRgb((qRed(col) + 2 * 200) / 3, (qGreen(col) + 2 * 200) / 3, (qBlue(col) + 2 * 200) / 3);
                a *= 0.35;
            }
            if (rim) blend(outer, x, y, QColor(col).darker(135).rgb(), a);
            blend(inner, x, y, col, a);
        }
    }
}

void ScatterChart::paintPoints(QPainter& painter) const {
    const QRectF& pr = m_plot;
    const double unit = deviceScale(painter);  // device units per chart unit
    if (!isVector(painter)) {
        // On an image or a screen: one image pixel per device pixel, cached for hover and repaints.
        const QSize pixels(std::max(1, static_cast<int>(std::lround(pr.width() * unit))),
                           std::max(1, static_cast<int>(std::lround(pr.height() * unit))));
        const double dotScale = scale() * unit;
        const std::vector<QRgb> colors = pointColors();
        if (!m_cacheValid || m_cache.size() != pixels || m_cacheGeneration != m_generation ||
            m_cacheDotScale != dotScale || m_cacheHighlight != highlight() || m_cacheColors != colors) {
            // Reuse the buffer when only the contents change (zoom, pan): a fresh image costs page faults.
            if (m_cache.size() != pixels) m_cache = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
            if (m_cache.isNull()) return;
            rasterise(m_cache, dotScale, m_scratch);
            m_cacheValid = true;
            m_cacheGeneration = m_generation;
            m_cacheDotScale = dotScale;
            m_cacheHighlight = highlight();
            m_cacheColors = colors;
        }
        painter.drawImage(pr, m_cache);
        return;
    }
    // On a PDF or SVG: an image of the plot at up to 300 dpi (not the device's 96-dpi default), drawn once
    // and not cached: the next output may be another page.
    const double dpi = painter.device() ? painter.device()->logicalDpiX() : 96.0;
    const double pointsDpi = vectorPointsDpi(pr.size() * unit, dpi);
    const double pxPerUnit = unit * pointsDpi / dpi;
    const QSize pixels(std::max(1, static_cast<int>(std::lround(pr.width() * pxPerUnit))),
                       std::max(1, static_cast<int>(std::lround(pr.height() * pxPerUnit))));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return;
    Scratch scratch;
    rasterise(image, scale() * pxPerUnit, scratch);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(pr, image);
    painter.restore();
}

void ScatterChart::paintContent(QPainter& painter) const {
    const qreal s = scale();
    const ChartStyle& st = style();
    if (m_plot.width() < 2 || m_plot.height() < 2) return;
    const QRectF& pr = m_plot;

    // Axes first: their grid lies under the points.
    AxisDraw xDraw, yDraw;
    xDraw.title = axisTitle(Qt::Horizontal);
    yDraw.title = axisTitle(Qt::Vertical);
    xDraw.label = [this](double v) {
        const double step = m_xAxis.step;
        if (m_xAxis.ticks.empty()) return QString();
        const auto i = static_cast<std::ptrdiff_t>(std::llround((v - m_xAxis.ticks.front()) / step));
        if (i < 0 || static_cast<std::size_t>(i) >= m_xLabelShown.size() || !m_xLabelShown[std::size_t(i)])
            return QString();
        return tickLabel(v, step);
    };
    paintLeftAxis(painter, st, pr, m_yAxis, yDraw);
    paintBottomAxis(painter, st, pr, m_xAxis, xDraw);

    paintPoints(painter);

    painter.save();
    painter.setClipRect(pr, Qt::IntersectClip);
    auto toChart = [this](QPointF p) { return mapToChart(p); };
    // Centroids: a larger disc with a white halo and dark outline, readable on any cloud.
    const QColor ink(0x11, 0x11, 0x11);
    for (int seg = 0; seg < static_cast<int>(m_centroids.size()); ++seg) {
        const QPointF c = m_centroids[static_cast<std::size_t>(seg)];
        if (!std::isfinite(c.x())) continue;
        const QPointF at = toChart(c);
        painter.setPen(QPen(st.background, 4.0 * s));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, 7.5 * s, 7.5 * s);
        painter.setPen(QPen(isFaded(seg) ? faded(ink) : ink, 1.6 * s));
        painter.setBrush(segmentColor(seg));
        painter.drawEllipse(at, 7.5 * s, 7.5 * s);
    }
    // Biplot arrows and their names (placed in layout, kept inside the plot).
    if (!m_arrows.empty()) {
        const QPointF origin = toChart(QPointF(0, 0));
        const QColor arrow(0x33, 0x33, 0x33);
        painter.setFont(m_arrowFont);
        for (const Arrow& a : m_arrows) {
            const QLineF line(origin, a.tip);
            painter.setPen(QPen(arrow, 1.6 * s));
            painter.drawLine(line);
            QLineF head1 = QLineF(a.tip, origin);
            head1.setLength(9 * s);
            QLineF head2 = head1;
            head1.setAngle(head1.angle() + 25);
            head2.setAngle(head2.angle() - 25);
            painter.setBrush(arrow);
            painter.drawPolygon(QPolygonF{a.tip, head1.p2(), head2.p2()});
        }
        for (const Arrow& a : m_arrows) {
            if (a.label.isNull()) continue;
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(255, 255, 255, 210));
            painter.drawRoundedRect(a.label, 3 * s, 3 * s);
            painter.setPen(arrow);
            painter.drawText(a.label, Qt::AlignCenter, a.name);
        }
    }
    if (m_drawable == 0) {
        painter.setPen(st.muted);
        painter.setFont(st.labelFont());
        painter.drawText(pr, Qt::AlignCenter | Qt::TextWordWrap,
                         m_pointCount == 0 ? tr("No data to show") : tr("No plottable points"));
    }
    painter.restore();

    // The frame.
    painter.setPen(QPen(st.axis, 1 * s));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(pr);

    // The legend, its fading as highlighted now (a highlight needs no new layout).
    bool stale = false;
    for (const LegendItem& item : m_legend.items())
        if (item.segment != kNoSegment && item.faded != isFaded(item.segment)) stale = true;
    if (stale) {
        Legend legend;
        QList<LegendItem> items = m_legend.items();
        for (LegendItem& item : items)
            if (item.segment != kNoSegment) item.faded = isFaded(item.segment);
        legend.layout(items, st, painter.device(), m_legendAt.topLeft(), m_legendAt.width(), m_legendRows,
                      m_legendColumn);
        legend.paint(painter, st);
    } else {
        m_legend.paint(painter, st);
    }

    const QRectF band = rubberBand();
    if (!band.isNull()) {
        painter.setPen(QPen(QColor(0x00, 0x72, 0xB2), 1 * s, Qt::DashLine));
        painter.setBrush(QColor(0x00, 0x72, 0xB2, 40));
        painter.drawRect(band);
    }
}

// Interaction
// -------------------------------------------------------------------------------------------------

void ScatterChart::selectBand(const QRectF& band) {
    const QPointF a = mapToData(band.bottomLeft()), b = mapToData(band.topRight());
    const double x0 = a.x(), x1 = b.x(), y0 = a.y(), y1 = b.y();
    m_selected.assign(m_pointCount, 0);
    m_selectedCount = 0;
    for (std::size_t j = 0; j < m_placed.size(); ++j) {
        const Placed& p = m_placed[j];
        if (p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1) {
            m_selected[m_order[j]] = 1;
            ++m_selectedCount;
        }
    }
    ++m_generation;
}

bool ScatterChart::mousePress(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) {
    if (button != Qt::LeftButton) return false;
    m_pressPos = m_lastPos = pos;
    m_panStartView = m_view;
    m_moved = false;
    m_drag = modifiers & Qt::ShiftModifier ? Drag::Select : Drag::Pan;
    return m_drag == Drag::Select;
}

bool ScatterChart::mouseMove(QPointF pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers) {
    if (m_drag == Drag::None) return false;
    if (!(buttons & Qt::LeftButton)) {  // the release went elsewhere
        m_drag = Drag::None;
        return true;
    }
    m_lastPos = pos;
    if ((pos - m_pressPos).manhattanLength() >= kClickSlop * scale()) m_moved = true;
    if (m_drag == Drag::Select) return true;
    if (!m_moved || m_plot.width() <= 0 || m_plot.height() <= 0) return false;
    const QPointF d = pos - m_pressPos;
    setVisibleRange(m_panStartView.translated(-d.x() / m_plot.width() * m_panStartView.width(),
                                              d.y() / m_plot.height() * m_panStartView.height()));
    return true;
}

bool ScatterChart::mouseRelease(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers) {
    if (button != Qt::LeftButton || m_drag == Drag::None) return false;
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Select) {
        selectBand(QRectF(m_pressPos, pos).normalized());
        Hit hit;
        hit.kind = Hit::Kind::Rows;
        hit.rows = selectedRows();
        notify(hit);
        return true;
    }
    // A click on a dot (no drag) is the host's: it asks hitTest() and passes the segment on.
    return m_moved;
}

bool ScatterChart::mouseDoubleClick(QPointF) {
    resetView();
    return true;
}

bool ScatterChart::wheel(QPointF pos, double angleDeltaY) {
    const double steps = angleDeltaY / 120.0;
    if (steps == 0.0) return false;
    zoomBy(std::pow(1.25, steps), pos);
    return true;
}

bool ScatterChart::key(int key, Qt::KeyboardModifiers) {
    const double dx = m_view.width() * 0.1, dy = m_view.height() * 0.1;
    switch (key) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(1.25, m_plot.center());
            return true;
        case Qt::Key_Minus:
            zoomBy(1 / 1.25, m_plot.center());
            return true;
        case Qt::Key_Left:
            setVisibleRange(m_view.translated(-dx, 0));
            return true;
        case Qt::Key_Right:
            setVisibleRange(m_view.translated(dx, 0));
            return true;
        case Qt::Key_Up:
            setVisibleRange(m_view.translated(0, dy));
            return true;
        case Qt::Key_Down:
            setVisibleRange(m_view.translated(0, -dy));
            return true;
        case Qt::Key_Home:
            resetView();
            return true;
        case Qt::Key_Escape:
            if (m_selectedCount == 0) return false;
            setSelectedRows({});
            notify(Hit{Hit::Kind::Rows});
            return true;
        default:
            return false;
    }
}

Qt::CursorShape ScatterChart::cursorAt(QPointF) const {
    // No nearest-point scan per mouse move: the tooltip asks for it only when the pointer rests.
    if (m_drag == Drag::Select) return Qt::CrossCursor;
    if (m_drag == Drag::Pan && m_moved) return Qt::ClosedHandCursor;
    return Qt::ArrowCursor;
}

bool ScatterChart::isDragging() const {
    return m_drag == Drag::Select || (m_drag == Drag::Pan && m_moved);
}

}  // namespace seg::chart
