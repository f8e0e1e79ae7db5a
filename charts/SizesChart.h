// Segment sizes as horizontal bars, one per segment in its colour, labelled with the segment's name, its
// customer count and its share of all customers; outliers (DBSCAN) as a grey bar at the bottom.
#pragma once

#include <QCoreApplication>
#include <cstddef>
#include <vector>

#include "Chart.h"

namespace seg::chart {

class SizesChart : public Chart {
    Q_DECLARE_TR_FUNCTIONS(seg::chart::SizesChart)

public:
    enum class Order { Segment, Largest };

    // sizes[i]: customers in segment i; `outliers`: customers in no segment (a grey bar when > 0); `total`:
    // every customer in the table (the denominator of shares; 0: the sum of sizes and outliers).
    void setSizes(std::vector<std::size_t> sizes, std::size_t outliers = 0, std::size_t total = 0);
    // Bars in segment order or from the largest down.
    void setOrder(Order order);
    [[nodiscard]] Order order() const { return m_order; }

    [[nodiscard]] QString name() const override { return QStringLiteral("sizes"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    [[nodiscard]] bool hasData() const override { return !m_sizes.empty() || m_outliers > 0; }

    [[nodiscard]] const std::vector<std::size_t>& sizes() const { return m_sizes; }
    [[nodiscard]] std::size_t outliers() const { return m_outliers; }
    // The denominator of every share shown.
    [[nodiscard]] std::size_t total() const;
    // "12,840 (25.6%)".
    [[nodiscard]] QString valueText(std::size_t count) const;

    // As laid out: the plot, a segment's bar (-1: outliers; empty when none), where its count and share are
    // written (empty when rows are too thin for values), and its name's lines.
    [[nodiscard]] QRectF plotRect() const { return m_plot; }
    [[nodiscard]] QRectF barRect(int segment) const;
    [[nodiscard]] QRectF valueLabelRect(int segment) const;
    [[nodiscard]] QStringList labelLines(int segment) const;
    // The segment whose row lies under `pos` (-1: outliers), or kNoSegment.
    [[nodiscard]] int segmentAt(QPointF pos) const;
    [[nodiscard]] Hit hitTest(QPointF point) const override;

protected:
    void layoutContent(const QPaintDevice* device) override;
    void paintContent(QPainter& painter) const override;

private:
    // Row r shows segment rowSegment(r) (-1: the outliers, always last).
    [[nodiscard]] int rowSegment(int r) const;
    [[nodiscard]] int rowOf(int segment) const;
    [[nodiscard]] std::size_t countOf(int segment) const;
    [[nodiscard]] QRectF rowRect(int r) const;
    [[nodiscard]] qreal xOf(double count) const;
    [[nodiscard]] bool showsValues() const;

    std::vector<std::size_t> m_sizes;
    std::size_t m_outliers = 0;
    std::size_t m_total = 0;
    Order m_order = Order::Segment;
    std::vector<int> m_rowSegments;

    // Layout.
    QFont m_labelFont, m_valueFont, m_tickFont, m_axisTitleFont;
    QRectF m_plot;
    qreal m_labelLeft = 0.0;
    qreal m_barMaxW = 1.0;
    double m_axisMax = 1.0;
    double m_step = 1.0;
    qreal m_pitch = 1.0;
    qreal m_barH = 1.0;
    qreal m_valueH = 0.0;
    int m_labelEvery = 1;
    int m_labelLinesMax = 1;
    std::vector<QStringList> m_labelLines;  // per row
    std::vector<qreal> m_valueWidths;       // per row
};

}  // namespace seg::chart
