// The PCA scatter chart: every projected row drawn as a dot coloured by its segment, with centroids, an
// optional biplot of the loadings, hover, zoom, pan and rubber-band selection, fluid up to a million points.
#pragma once

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QVector>
#include <QWidget>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

#include "common/FeatureMatrix.h"

namespace seg::run {
struct SegmentationResult;
}

namespace seg::ui {

// Points are not Qt Charts items: QScatterSeries took 16 s for 100k points. Instead every redraw bins the
// visible points into a per-pixel buffer (count and a majority-vote segment per pixel, Boyer & Moore 1981)
// and stamps one anti-aliased dot per occupied pixel, so the cost is O(points + occupied pixels) and needs
// no spatial index: 1M points redraw in tens of milliseconds (bench/bench_scatter.cpp).
//
// "Rows" in the API (selection, hover, setSelectedRows, the row describer) are table rows when the data
// came with a row map (the SegmentationResult overload maps prepared rows to table rows), else projection
// rows.
class PcaScatterView : public QWidget {
    Q_OBJECT

public:
    explicit PcaScatterView(QWidget* parent = nullptr);
    ~PcaScatterView() override;

    void setData(std::shared_ptr<const run::SegmentationResult> result);
    // projection: n x c; labels: n (segment 0..k-1, negative = noise); varianceRatio: c (may be empty);
    // rowMap: the table row of each projection row (empty = identity).
    void setData(FeatureMatrix projection, std::vector<int> labels, std::vector<double> varianceRatio,
                 std::vector<std::size_t> rowMap = {});
    void clear();

    // Which components go on the axes (0-based); out-of-range values are clamped.
    void setComponents(int x, int y);
    [[nodiscard]] int componentX() const noexcept { return m_compX; }
    [[nodiscard]] int componentY() const noexcept { return m_compY; }
    [[nodiscard]] int componentCount() const noexcept;

    void setSegmentNames(const QStringList& names);
    [[nodiscard]] QString segmentName(int segment) const;
    void setTitle(const QString& title);

    // loadings: c x d with names (feature names) as PcaResult::loadings.
    void setLoadings(FeatureMatrix loadings);
    void setShowLoadings(bool show);
    [[nodiscard]] bool showLoadings() const noexcept { return m_showLoadings; }

    // Tooltip text for a row (identifier and key values), shown under the row number.
    void setRowDescriber(std::function<QString(int row)> describer);

    // Linked views: -1 clears the highlight.
    void highlightSegment(int segment);
    [[nodiscard]] int highlightedSegment() const noexcept { return m_highlight; }
    void setSelectedRows(const QVector<int>& rows);
    [[nodiscard]] QVector<int> selectedRows() const;

    // The data rectangle shown (x = component X, y = component Y).
    [[nodiscard]] QRectF visibleRange() const noexcept { return m_view; }
    void setVisibleRange(const QRectF& range);
    void resetView();
    void zoomBy(double factor, QPointF anchorWidgetPos);

    [[nodiscard]] QString axisTitle(Qt::Orientation orientation) const;
    // The widget position of a data point, and the nearest row (not projection index) within radius pixels,
    // or -1.
    [[nodiscard]] QPointF mapToWidget(QPointF dataPoint) const;
    [[nodiscard]] int rowAt(QPointF widgetPos, qreal radius = 6.0) const;

    // Draws the whole chart (title, axes, points, legend) into any device: widgets, images, SVG, PDF.
    void paint(QPainter& painter, const QRectF& target) const;
    [[nodiscard]] QImage render(QSize size, qreal devicePixelRatio = 1.0) const;

    [[nodiscard]] QSize sizeHint() const override { return {800, 560}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {320, 240}; }

signals:
    void selectionChanged(const QVector<int>& rows);
    void segmentClicked(int segment);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Layout;
    [[nodiscard]] Layout layoutFor(const QRectF& target) const;
    void rebuildCoordinates();
    void invalidate();
    void rasterise(QImage& img, qreal dpr) const;
    [[nodiscard]] const QImage& cachedPoints(QSize pixels, qreal dpr) const;
    [[nodiscard]] int pointAt(QPointF widgetPos, qreal radius) const;
    [[nodiscard]] int rowOf(int point) const noexcept;
    [[nodiscard]] int segmentCount() const noexcept { return static_cast<int>(m_segmentSizes.size()); }

    std::shared_ptr<const run::SegmentationResult> m_result;  // keeps m_projection alive when borrowed
    std::shared_ptr<const FeatureMatrix> m_projection;
    // Views into the result's vectors (or into m_own* for the raw overload): a million-row result is not
    // copied on the GUI thread.
    std::span<const int> m_labels;
    std::vector<double> m_varianceRatio;
    std::span<const std::size_t> m_rowMap;
    std::vector<int> m_ownLabels;
    std::vector<std::size_t> m_ownRowMap;
    FeatureMatrix m_loadings;
    bool m_showLoadings = false;

    int m_compX = 0;
    int m_compY = 1;
    std::vector<float> m_x;  // current components of each point, NaN for rows that cannot be drawn
    std::vector<float> m_y;
    QRectF m_bounds;  // of the finite points, padded
    std::vector<QPointF> m_centroids;
    std::vector<std::size_t> m_segmentSizes;
    bool m_hasNoise = false;
    std::size_t m_drawable = 0;

    QStringList m_names;
    QString m_title;
    int m_highlight = -1;
    std::vector<unsigned char> m_selected;  // per point
    std::size_t m_selectedCount = 0;
    std::function<QString(int)> m_describer;

    QRectF m_view{0, 0, 1, 1};

    // The points image depends on size and state, never on text or axes, so hovering costs nothing.
    mutable QImage m_cache;
    mutable bool m_cacheValid = false;
    mutable std::vector<std::uint32_t> m_count;  // rasteriser scratch, per pixel
    mutable std::vector<std::int32_t> m_cand;
    mutable std::vector<std::int32_t> m_votes;
    mutable std::vector<std::uint32_t> m_touched;

    enum class Drag { None, Pan, Select };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QRectF m_panStartView;
};

}  // namespace seg::ui
