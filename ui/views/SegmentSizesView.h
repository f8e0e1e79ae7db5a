// Segment sizes as horizontal bars, one per segment in its palette colour, labelled with the segment's name,
// its customer count and its share of all customers; DBSCAN's noise, if any, as a grey bar at the bottom.
#pragma once

// As every SegmentLab chart, everything is drawn by paint(QPainter&, QRectF) in the device's own units
// (fonts in points, pens scaled by the device's DPI), so the same code draws the widget, a QImage, an SVG or
// a PDF.

#include <QImage>
#include <QStringList>
#include <QWidget>
#include <cstddef>
#include <vector>

namespace seg::ui {

class SegmentSizesView : public QWidget {
    Q_OBJECT

public:
    // What segmentAt() returns where there is no row.
    static constexpr int NoSegment = -2;

    explicit SegmentSizesView(QWidget* parent = nullptr);

    // sizes[i]: customers in segment i (SegmentationResult::sizes); `noise`: customers in no segment, drawn
    // as a grey bar when > 0; names[i] replaces "Segment i+1" where given and not empty.
    void setSizes(std::vector<std::size_t> sizes, std::size_t noise = 0, QStringList names = {});
    void clear();

    [[nodiscard]] const std::vector<std::size_t>& sizes() const { return m_sizes; }
    [[nodiscard]] std::size_t noise() const { return m_noise; }
    [[nodiscard]] std::size_t total() const;
    // The label shown for segment `segment` (-1: noise).
    [[nodiscard]] QString segmentName(int segment) const;
    [[nodiscard]] int highlightedSegment() const { return m_highlight; }

    // Draws the whole chart (title, bars, labels, axis) into `bounds`.
    void paint(QPainter& painter, const QRectF& bounds) const;
    // The chart as an image of `size` logical pixels at device pixel ratio `dpr`.
    [[nodiscard]] QImage render(QSize size, qreal dpr = 1.0) const;

    // Geometry of the chart drawn into `bounds` on `device` (nullptr: this widget), for hit tests and tests.
    [[nodiscard]] QRectF plotRect(const QRectF& bounds, const QPaintDevice* device = nullptr) const;
    // The bar of `segment` (-1: noise); empty when there is none.
    [[nodiscard]] QRectF barRect(int segment, const QRectF& bounds,
                                 const QPaintDevice* device = nullptr) const;
    // Where the count and share of `segment` (-1: noise) are written; empty when there is no such bar or
    // the rows are too thin for values.
    [[nodiscard]] QRectF valueLabelRect(int segment, const QRectF& bounds,
                                        const QPaintDevice* device = nullptr) const;
    // Segment whose row (bar or label) is under `pos`; -1 for the noise row, NoSegment for none.
    [[nodiscard]] int segmentAt(const QPointF& pos, const QRectF& bounds,
                                const QPaintDevice* device = nullptr) const;

    QSize sizeHint() const override { return {640, 420}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

public slots:
    // Draws `segment` in full colour and fades the others; -1 clears the highlight.
    void highlightSegment(int segment);

signals:
    // A click on a segment's row; a click on the noise row emits -1, so the app can show the customers in no
    // segment (the outliers).
    void segmentClicked(int segment);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Layout;
    [[nodiscard]] Layout layout(const QRectF& bounds, const QPaintDevice* device) const;
    [[nodiscard]] QRectF barRect(const Layout& l, int segment) const;
    [[nodiscard]] static bool showsValues(const Layout& l, qreal valueHeight);
    [[nodiscard]] QString valueText(std::size_t count) const;

    std::vector<std::size_t> m_sizes;
    std::size_t m_noise = 0;
    QStringList m_names;
    int m_highlight = -1;
};

}  // namespace seg::ui
