// The segment profile heatmap: segments x features, each cell coloured by how far the segment's mean lies
// from the overall mean in standard deviations (diverging blue-white-orange, clamped at +-2 sd) and
// annotated with the segment's real mean in the column's own units.
#pragma once

// Statistics: over rows whose label is a segment (0 <= label < k; noise -1 and left-out -2 rows are not
// counted), per numeric feature column, missing cells skipped. The overall sd is the population sd; a
// constant feature (sd 0) gives difference 0. A segment without any value of a feature has a NaN mean and
// difference and is drawn as a grey "n/a" cell.
//
// Everything is drawn by paint(QPainter&, QRectF) in the device's own units (fonts in points, pens scaled
// by the device's DPI), so the same code draws the widget, a QImage, a QSvgGenerator or a QPdfWriter.
//
// Mouse: clicking a feature header sorts the rows by that feature's difference (highest first; clicking
// again reverses); clicking a segment header sorts the columns by that segment's difference. Ctrl+click on
// a segment header emits segmentClicked, a double click emits segmentActivated, for linked views.

#include <QImage>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <string>
#include <vector>

#include "data/Table.h"

namespace seg::ui {

class ProfileHeatmapView : public QWidget {
    Q_OBJECT

public:
    // Differences beyond this many standard deviations take the palette's end colours.
    static constexpr double kClampSd = 2.0;

    explicit ProfileHeatmapView(QWidget* parent = nullptr);

    // `rowLabels` has one entry per table row; `features` names numeric columns of `table` (a missing or
    // non-numeric column shows as n/a). Keeps a current sort when its index is still valid.
    void setProfile(std::shared_ptr<const seg::data::Table> table, std::vector<int> rowLabels, int k,
                    std::vector<std::string> features);
    // Names shown instead of "Segment N" (an empty or missing entry keeps the default).
    void setSegmentNames(const QStringList& names);
    [[nodiscard]] QString segmentName(int segment) const;

    [[nodiscard]] int segmentCount() const { return m_k; }
    [[nodiscard]] int featureCount() const { return static_cast<int>(m_features.size()); }
    [[nodiscard]] const std::vector<std::string>& features() const { return m_features; }

    // Segment mean in the column's units (NaN when the segment has no value of the feature).
    [[nodiscard]] double cellMean(int segment, int feature) const;
    // (segment mean - overall mean) / overall population sd; 0 for a constant feature; NaN as cellMean.
    [[nodiscard]] double cellDifference(int segment, int feature) const;
    [[nodiscard]] double overallMean(int feature) const;
    [[nodiscard]] double overallSd(int feature) const;
    // Rows labelled `segment`, and its share of the customers in the run (rows not left out, noise included).
    [[nodiscard]] std::size_t segmentSize(int segment) const;
    [[nodiscard]] double segmentShare(int segment) const;

    // Display order: segments top to bottom, features left to right.
    [[nodiscard]] const std::vector<int>& rowOrder() const { return m_rowOrder; }
    [[nodiscard]] const std::vector<int>& columnOrder() const { return m_columnOrder; }
    // Sort rows by a feature's difference / columns by a segment's difference (descending: highest first).
    void sortRowsBy(int feature, Qt::SortOrder order = Qt::DescendingOrder);
    void sortColumnsBy(int segment, Qt::SortOrder order = Qt::DescendingOrder);
    // Back to segment and feature order.
    void resetOrder();
    [[nodiscard]] int rowSortFeature() const { return m_rowSortFeature; }
    [[nodiscard]] int columnSortSegment() const { return m_columnSortSegment; }

    [[nodiscard]] int highlightedSegment() const { return m_highlighted; }

    // Draws the whole chart (title, legend, headers, grid) into `bounds`.
    void paint(QPainter& painter, const QRectF& bounds) const;
    // The chart as an image of `size` logical pixels at device pixel ratio `dpr`.
    [[nodiscard]] QImage render(QSize size, qreal dpr = 1.0) const;

    // Geometry of the chart drawn into `bounds` on `device` (nullptr: this widget, its rect()).
    [[nodiscard]] QRectF cellRect(int segment, int feature) const;
    [[nodiscard]] QRectF cellRect(int segment, int feature, const QRectF& bounds,
                                  const QPaintDevice* device = nullptr) const;
    [[nodiscard]] QRectF rowHeaderRect(int segment, const QRectF& bounds,
                                       const QPaintDevice* device = nullptr) const;
    [[nodiscard]] QRectF columnHeaderRect(int feature, const QRectF& bounds,
                                          const QPaintDevice* device = nullptr) const;
    // What is under `pos` (widget coordinates): segment or feature, -1 for none.
    [[nodiscard]] int segmentAtRowHeader(const QPointF& pos) const;
    [[nodiscard]] int featureAtColumnHeader(const QPointF& pos) const;
    // The tooltip `pos` (widget coordinates) shows; empty when there is none.
    [[nodiscard]] QString toolTipAt(const QPointF& pos) const;

    // A number in at most three significant digits with k / M / B for thousands, millions, billions, in
    // `locale` ("74.8k", "0.25", "-3.1M").
    [[nodiscard]] static QString compactNumber(double value, const QLocale& locale);

    QSize sizeHint() const override { return {860, 480}; }
    QSize minimumSizeHint() const override { return {360, 240}; }

public slots:
    // Outlines a segment's row (-1: none), for linked views.
    void highlightSegment(int segment);

signals:
    void segmentClicked(int segment);    // Ctrl+click on a segment header
    void segmentActivated(int segment);  // double click on a segment header
    void orderChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Layout;
    [[nodiscard]] Layout layout(const QRectF& bounds, const QPaintDevice* device) const;
    void compute();
    void applyRowSort();
    void applyColumnSort();
    [[nodiscard]] bool valid(int segment, int feature) const;

    std::shared_ptr<const seg::data::Table> m_table;
    std::vector<int> m_labels;
    int m_k = 0;
    std::vector<std::string> m_features;
    QStringList m_names;

    std::vector<double> m_mean;  // [segment * features + feature]
    std::vector<double> m_diff;
    std::vector<double> m_overallMean;
    std::vector<double> m_overallSd;
    std::vector<std::size_t> m_sizes;
    std::size_t m_inRun = 0;

    std::vector<int> m_rowOrder;
    std::vector<int> m_columnOrder;
    int m_rowSortFeature = -1;
    Qt::SortOrder m_rowSortOrder = Qt::DescendingOrder;
    int m_columnSortSegment = -1;
    Qt::SortOrder m_columnSortOrder = Qt::DescendingOrder;
    int m_highlighted = -1;
};

}  // namespace seg::ui
