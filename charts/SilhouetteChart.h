// The classic silhouette plot (Rousseeuw 1987; scikit-learn's "silhouette analysis" example): for each
// segment its rows' silhouette values sorted descending, drawn as horizontal bars from 0, segments stacked
// top to bottom with a small gap, and a dashed vertical line at the average silhouette.
#pragma once

// Large inputs are binned to the device's pixel rows: a band of n rows drawn h pixels tall shows, in each
// pixel row, the envelope of the bars it stands for (from the most negative to the most positive value in
// the bin), so 1,000,000 rows cost a few thousand rectangles, not a million.
//
// Each band is labelled at its left with the segment's swatch and name (wrapped onto a second line, and
// set a little smaller, rather than cut) and its number of customers; a click on a band or its label
// chooses the segment (Hit::Kind::Segment).

#include <QCoreApplication>
#include <QFont>
#include <cstddef>
#include <vector>

#include "Axis.h"
#include "Chart.h"

namespace seg::chart {

class SilhouetteChart : public Chart {
    Q_DECLARE_TR_FUNCTIONS(seg::chart::SilhouetteChart)

public:
    // `values` and `labels` are per row and of the same length (otherwise the chart is cleared). Rows with a
    // label < 0 (noise) or a NaN value (not scored) are left out of the plot and of the average; a
    // segment's size counts all its rows, scored or not. `sampled`: the values are an estimate from a
    // sample (SilhouetteResult::sampled), which the subtitle says.
    void setSilhouette(const std::vector<double>& values, const std::vector<int>& labels,
                       bool sampled = false);
    void clear();

    [[nodiscard]] QString name() const override { return QStringLiteral("silhouette"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    [[nodiscard]] bool hasData() const override { return m_scored > 0; }

    [[nodiscard]] bool isEmpty() const { return m_scored == 0; }
    // Mean silhouette over the rows scored (the dashed line); 0 when empty.
    [[nodiscard]] double average() const { return m_average; }
    [[nodiscard]] std::size_t rowsScored() const { return m_scored; }
    [[nodiscard]] bool isSampled() const { return m_sampled; }
    // Segments drawn (those with at least one scored row), ascending.
    [[nodiscard]] std::vector<int> drawnSegments() const;
    // Customers in `segment` (scored or not) and their mean silhouette; 0 for a segment not drawn.
    [[nodiscard]] std::size_t segmentSize(int segment) const;
    [[nodiscard]] double segmentMean(int segment) const;
    // The dashed average line's colour.
    [[nodiscard]] static QColor averageColor();

    // As laid out: the plot, the band (full plot width) of `segment` (empty when it is not drawn), x of a
    // silhouette value, the x axis.
    [[nodiscard]] QRectF plotRect() const { return m_plot; }
    [[nodiscard]] QRectF bandRect(int segment) const;
    [[nodiscard]] qreal xForValue(double value) const;
    [[nodiscard]] const Axis& axis() const { return m_axis; }
    // A band's label at the left: the lines of its name as drawn (empty when the band is too thin for a label
    // of its own), and the box of name and count.
    [[nodiscard]] QStringList labelLines(int segment) const;
    [[nodiscard]] QRectF labelRect(int segment) const;
    // The average's label above the plot.
    [[nodiscard]] QRectF averageLabelRect() const { return m_avgBox; }
    // The segment whose band (or label beside it) is under `pos`, or kNoSegment.
    [[nodiscard]] int segmentAt(QPointF pos) const;
    [[nodiscard]] Hit hitTest(QPointF point) const override;

protected:
    void layoutContent(const QPaintDevice* device) override;
    void paintContent(QPainter& painter) const override;

private:
    struct Segment {
        int label = 0;
        std::size_t size = 0;       // rows with this label
        std::vector<float> sorted;  // scored values, descending
        double mean = 0.0;
    };
    struct Band {
        QRectF rect;  // full plot width
        QStringList lines;
        QFont font;
        QRectF label;  // swatch, name and count; empty: no label
        bool count = false;
    };
    [[nodiscard]] int indexOf(int segment) const;

    std::vector<Segment> m_segments;
    std::size_t m_scored = 0;
    double m_average = 0.0;
    double m_min = 0.0;
    bool m_sampled = false;

    // Layout.
    QFont m_countFont, m_averageFont, m_axisTitleFont;
    QRectF m_plot;
    QRectF m_avgBox;
    QRectF m_axisTitleRect;
    QStringList m_axisTitleLines;
    qreal m_labelLeft = 0.0;
    qreal m_swatch = 0.0;
    Axis m_axis;
    std::vector<Band> m_bands;  // per drawn segment
};

}  // namespace seg::chart
