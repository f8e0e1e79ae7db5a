// The customer map: every projected row (PCA scores) drawn as a dot in its segment's colour, with centroids,
// an optional biplot of the loadings, hover, zoom, pan and rubber-band selection, fluid up to a million
// points.
#pragma once

// Points are not one path item each (Qt Charts' QScatterSeries took 16 s for 100k points). Every redraw bins
// the visible points into a per-pixel buffer (count and a majority-vote segment per pixel, Boyer & Moore
// 1981) and stamps one anti-aliased dot per occupied pixel, so the cost is O(points + occupied pixels) and
// needs no spatial index: 1M points redraw in tens of milliseconds (bench/bench_scatter.cpp). On a vector
// output (PDF, SVG) the points are one image at up to 300 dpi inside the plot; text, axes, centroids and
// arrows stay vector.
//
// "Rows" in the API (selection, hover, setSelectedRows, the row describer, Hit::row and Hit::rows) are table
// rows when the data came with a row map (the SegmentationResult overload maps prepared rows to table rows),
// else projection rows.

#include <QCoreApplication>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QVector>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

#include "Axis.h"
#include "BulkVector.h"
#include "Chart.h"
#include "Legend.h"
#include "common/FeatureMatrix.h"

namespace seg::run {
struct SegmentationResult;
}

namespace seg::chart {

class ScatterChart : public Chart {
    Q_DECLARE_TR_FUNCTIONS(seg::chart::ScatterChart)

public:
    explicit ScatterChart(const ChartStyle& style = ChartStyle::standard());
    ~ScatterChart() override;

    // The result's PCA scores, labels, explained variance, loadings and its prepared-row -> table-row map;
    // the result is shared, not copied. Null clears.
    void setData(std::shared_ptr<const run::SegmentationResult> result);
    // projection: n x c; labels: n (segment 0..k-1, negative = outliers); varianceRatio: c (may be empty);
    // rowMap: the table row of each projection row (empty = identity).
    void setData(FeatureMatrix projection, std::vector<int> labels, std::vector<double> varianceRatio,
                 std::vector<std::size_t> rowMap = {});
    void clear();

    // Which components go on the axes (0-based); out-of-range values are clamped. Resets the view.
    void setComponents(int x, int y);
    [[nodiscard]] int componentX() const noexcept { return m_compX; }
    [[nodiscard]] int componentY() const noexcept { return m_compY; }
    [[nodiscard]] int componentCount() const noexcept;

    // loadings: c x d with names (feature names) as PcaResult::loadings.
    void setLoadings(FeatureMatrix loadings);
    void setShowLoadings(bool show);
    [[nodiscard]] bool showLoadings() const noexcept { return m_showLoadings; }

    // Text for a row (identifier and key values, perhaps its segment), shown in the tooltip under the row
    // number.
    void setRowDescriber(std::function<QString(int row)> describer);

    // Customers chosen (table rows): drawn on top, the others faded. Empty: none.
    void setSelectedRows(const QVector<int>& rows);
    [[nodiscard]] QVector<int> selectedRows() const;

    // The data rectangle shown (x = component X, y = component Y).
    [[nodiscard]] QRectF visibleRange() const noexcept { return m_view; }
    void setVisibleRange(const QRectF& range);
    void resetView();
    // Zooms by `factor` (> 1: in) keeping the data under `anchor` (chart coordinates) where it is.
    void zoomBy(double factor, QPointF anchor);

    [[nodiscard]] QString axisTitle(Qt::Orientation orientation) const;
    [[nodiscard]] std::size_t pointCount() const noexcept { return m_pointCount; }
    [[nodiscard]] std::size_t drawableCount() const noexcept { return m_drawable; }
    // Customers per segment (rows with a label >= 0).
    [[nodiscard]] const std::vector<std::size_t>& segmentSizes() const noexcept { return m_segmentSizes; }

    [[nodiscard]] QString name() const override { return QStringLiteral("pca-scatter"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool hasData() const override { return m_drawable > 0; }

    // As laid out: the plot, where a data point lies, the row nearest to `pos` within `radius` CSS px (-1:
    // none), the legend, the biplot's label boxes (one per arrow drawn), the tick label boxes.
    [[nodiscard]] QRectF plotRect() const { return m_plot; }
    [[nodiscard]] QPointF mapToChart(QPointF dataPoint) const;
    [[nodiscard]] QPointF mapToData(QPointF pos) const;
    [[nodiscard]] int rowAt(QPointF pos, qreal radius = 6.0) const;
    [[nodiscard]] const Legend& legend() const { return m_legend; }
    [[nodiscard]] const std::vector<QRectF>& arrowLabelRects() const { return m_arrowLabels; }
    [[nodiscard]] QStringList arrowLabels() const;
    [[nodiscard]] std::vector<QRectF> xTickLabelRects() const;
    [[nodiscard]] std::vector<QRectF> yTickLabelRects() const;
    // The rubber band being drawn (empty when none).
    [[nodiscard]] QRectF rubberBand() const;
    // Pixels per inch of the points image on a vector device (PDF, SVG) laid out at `dpi` for a plot of
    // `plotUnits` device units: 300, less when the image would pass the memory cap.
    [[nodiscard]] static double vectorPointsDpi(QSizeF plotUnits, double dpi);

    // A dot: Hit::Segment with its segment (-1: outliers), row and tooltip; a legend entry: its segment.
    [[nodiscard]] Hit hitTest(QPointF point) const override;
    bool mousePress(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) override;
    bool mouseMove(QPointF pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers) override;
    bool mouseRelease(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) override;
    bool mouseDoubleClick(QPointF pos) override;
    bool wheel(QPointF pos, double angleDeltaY) override;
    bool key(int key, Qt::KeyboardModifiers modifiers) override;
    [[nodiscard]] Qt::CursorShape cursorAt(QPointF pos) const override;
    [[nodiscard]] bool isDragging() const override;

protected:
    void layoutContent(const QPaintDevice* device) override;
    void paintContent(QPainter& painter) const override;

private:
    // Per-pixel binning: how many points fell in a pixel and its majority-vote candidate, side by side so a
    // point costs one cache miss, not three. Kept across redraws (only touched cells are reset).
    struct Cell {
        std::uint32_t count;  // 0 in every cell between redraws
        std::int32_t cand;
        std::int32_t votes;
    };
    struct Scratch {
        detail::BulkVector<Cell> cells;
        std::vector<std::uint32_t> touched;
    };
    struct Arrow {
        std::size_t feature = 0;
        QString name;
        QSizeF labelSize;
        QPointF tip;  // chart coordinates, as laid out
        QRectF label;
    };

    void rebuildCoordinates();
    void viewChanged();
    void layoutLegend(const QPaintDevice* device);
    void layoutTicks(const QPaintDevice* device);
    void layoutArrows(const QPaintDevice* device);
    void rasterise(QImage& img, double dotScale, Scratch& scratch) const;
    [[nodiscard]] std::vector<QRgb> pointColors() const;
    void paintPoints(QPainter& painter) const;
    // The position in m_placed of the point nearest to `pos` within `radius` device units, or -1.
    [[nodiscard]] int pointAt(QPointF pos, qreal radius) const;
    [[nodiscard]] std::uint32_t tileColumn(double x) const;
    [[nodiscard]] std::uint32_t tileRow(double y) const;
    [[nodiscard]] int rowOf(int point) const noexcept;
    [[nodiscard]] int segmentCount() const noexcept { return static_cast<int>(m_segmentSizes.size()); }
    [[nodiscard]] QString toolTipFor(int placed) const;
    void selectBand(const QRectF& band);

    std::shared_ptr<const run::SegmentationResult> m_result;  // keeps m_projection alive when borrowed
    std::shared_ptr<const FeatureMatrix> m_projection;
    // Views into the result's vectors (or into m_own* for the raw overload): a million-row result is not
    // copied.
    std::span<const int> m_labels;
    std::vector<double> m_varianceRatio;
    std::span<const std::size_t> m_rowMap;
    std::vector<int> m_ownLabels;
    std::vector<std::size_t> m_ownRowMap;
    FeatureMatrix m_loadings;
    bool m_showLoadings = false;

    int m_compX = 0;
    int m_compY = 1;
    std::size_t m_pointCount = 0;  // projection rows
    // The drawable points (finite components), in Z order of 64 x 64 tiles of the data's extent: neighbouring
    // points then bin into neighbouring pixels, so binning a million points mostly hits the cache instead of
    // missing it once per point (the order decides nothing drawn but pixels without a majority).
    // m_order[j] is the projection row of m_placed[j].
    struct Placed {
        float x;
        float y;
        std::int32_t label;
    };
    detail::BulkVector<Placed> m_placed;
    detail::BulkVector<std::uint32_t> m_order;
    // Where each tile's points begin in m_placed (Morton tile code -> position; one past the last at the
    // end), and the grid: tile column = (x - m_bounds.left()) * m_tileFx, row likewise.
    std::vector<std::uint32_t> m_tileStart;
    double m_tileFx = 1.0;
    double m_tileFy = 1.0;
    QRectF m_bounds;  // of the finite points, padded
    std::vector<QPointF> m_centroids;
    std::vector<std::size_t> m_segmentSizes;
    bool m_hasNoise = false;
    std::size_t m_drawable = 0;

    std::vector<unsigned char> m_selected;  // per point
    std::size_t m_selectedCount = 0;
    std::function<QString(int)> m_describer;

    QRectF m_view{0, 0, 1, 1};
    std::uint64_t m_generation = 0;  // bumped by every change the points image depends on

    // Layout.
    QRectF m_plot;
    Axis m_xAxis, m_yAxis;
    std::vector<char> m_xLabelShown;
    std::vector<qreal> m_xLabelW, m_yLabelW;
    qreal m_tickH = 0.0;
    Legend m_legend;
    QRectF m_legendAt;  // where it was laid out (top left, width), how many rows, as a column or not
    int m_legendRows = 1;
    bool m_legendColumn = true;
    std::vector<Arrow> m_arrows;
    std::vector<QRectF> m_arrowLabels;
    QFont m_arrowFont;

    // The points image of the last raster paint, with what it was drawn from; a hover costs nothing.
    mutable QImage m_cache;
    mutable std::uint64_t m_cacheGeneration = 0;
    mutable double m_cacheDotScale = 0.0;
    mutable int m_cacheHighlight = 0;
    mutable std::vector<QRgb> m_cacheColors;
    mutable bool m_cacheValid = false;
    mutable Scratch m_scratch;

    enum class Drag { None, Pan, Select };
    Drag m_drag = Drag::None;
    bool m_moved = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QRectF m_panStartView;
};

}  // namespace seg::chart
