// The classic silhouette plot (Rousseeuw 1987; scikit-learn's "silhouette analysis" example): for each
// segment its rows' silhouette values sorted descending, drawn as horizontal bars from 0, segments stacked
// top to bottom with a small gap, and a dashed vertical line at the average silhouette.
#pragma once

// Large inputs are binned to the device's pixel rows: a band of n rows drawn h pixels tall shows, in each
// pixel row, the envelope of the bars it stands for (from the most negative to the most positive value in
// the bin), so 1,000,000 rows cost a few thousand rectangles, not a million.
//
// As every SegmentLab chart, everything is drawn by paint(QPainter&, QRectF) in the device's own units
// (fonts in points, pens scaled by the device's DPI), so the same code draws the widget, a QImage, an SVG or
// a PDF.

#include <QImage>
#include <QStringList>
#include <QWidget>
#include <cstddef>
#include <vector>

namespace seg::ui {

class SilhouetteView : public QWidget {
    Q_OBJECT

public:
    explicit SilhouetteView(QWidget* parent = nullptr);
    // Names shown instead of "Segment N" (an empty or missing entry keeps the default).
    void setSegmentNames(const QStringList& names);
    [[nodiscard]] QString segmentName(int segment) const;

    // `values` and `labels` are per row and of the same length (otherwise the view is cleared). Rows with a
    // label < 0 (noise) or a NaN value (not scored) are left out of the plot and of the average; a
    // segment's size counts all its rows, scored or not. `sampled`: the values are an estimate from a
    // sample (SilhouetteResult::sampled), which a note under the title says.
    void setSilhouette(const std::vector<double>& values, const std::vector<int>& labels,
                       bool sampled = false);
    void clear();

    [[nodiscard]] bool isEmpty() const { return m_scored == 0; }
    // Mean silhouette over the rows scored (the dashed line); 0 when empty.
    [[nodiscard]] double average() const { return m_average; }
    [[nodiscard]] std::size_t rowsScored() const { return m_scored; }
    [[nodiscard]] bool isSampled() const { return m_sampled; }
    // Segments drawn (those with at least one scored row), ascending.
    [[nodiscard]] std::vector<int> segments() const;
    [[nodiscard]] int highlightedSegment() const { return m_highlight; }

    // Draws the whole chart (title, note, bands, labels, average line, axis) into `bounds`.
    void paint(QPainter& painter, const QRectF& bounds) const;
    // The chart as an image of `size` logical pixels at device pixel ratio `dpr`.
    [[nodiscard]] QImage render(QSize size, qreal dpr = 1.0) const;

    // Geometry of the chart drawn into `bounds` on `device` (nullptr: this widget), for hit tests and tests.
    [[nodiscard]] QRectF plotRect(const QRectF& bounds, const QPaintDevice* device = nullptr) const;
    // The band (full plot width) of `segment`; empty when it is not drawn.
    [[nodiscard]] QRectF bandRect(int segment, const QRectF& bounds,
                                  const QPaintDevice* device = nullptr) const;
    // x of a silhouette value in the chart drawn into `bounds`.
    [[nodiscard]] qreal xForValue(double value, const QRectF& bounds,
                                  const QPaintDevice* device = nullptr) const;
    // Segment whose band (or label beside it) is under `pos` in the chart drawn into `bounds`; -1 if none.
    [[nodiscard]] int segmentAt(const QPointF& pos, const QRectF& bounds,
                                const QPaintDevice* device = nullptr) const;
    [[nodiscard]] QString toolTipAt(const QPointF& pos) const;

    QSize sizeHint() const override { return {760, 560}; }
    QSize minimumSizeHint() const override { return {360, 260}; }

public slots:
    // Draws `segment` in full colour and fades the others; -1 clears the highlight.
    void highlightSegment(int segment);

signals:
    void segmentClicked(int segment);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Segment {
        int label = 0;
        std::size_t size = 0;       // rows with this label
        std::vector<float> sorted;  // scored values, descending
        double mean = 0.0;
    };
    struct Layout;
    [[nodiscard]] Layout layout(const QRectF& bounds, const QPaintDevice* device) const;

    std::vector<Segment> m_segments;
    std::size_t m_scored = 0;
    double m_average = 0.0;
    double m_min = 0.0;
    bool m_sampled = false;
    int m_highlight = -1;
    QStringList m_names;
};

}  // namespace seg::ui
