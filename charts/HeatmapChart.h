// The segment profile heatmap: segments x features, each cell coloured by how far the segment's mean lies
// from the overall mean in standard deviations (diverging blue-white-orange, clamped at +-2 sd) and
// annotated with the segment's real mean in the column's own units.
#pragma once

// Statistics: over rows whose label is a segment (0 <= label < k; noise -1 and left-out -2 rows are not
// counted), per numeric feature column, missing cells skipped. The overall sd is the population sd; a
// constant feature (sd 0) gives difference 0. A segment without any value of a feature has a NaN mean and
// difference and is drawn as a grey "n/a" cell. Segment sizes in the row headers are shares of ALL customers
// (Share.h), the total coming from the caller.
//
// Every cell shows its value: abbreviated (compactNumber: "12.3k"), in a font that shrinks with the cells
// down to kMinCellPoints, and drawn clipped to its cell (its start readable) only when even that is too
// large. Long segment names wrap over up to three lines in their row header where the row has room.
//
// Mouse: clicking a feature header sorts the rows by that feature's difference (highest first; clicking
// again reverses, a double click counts as two clicks); clicking a segment header sorts the columns by that
// segment's difference. Ctrl+click or a double click on a segment header chooses the segment (notify(Hit
// Segment)); a click on a cell is a click on its segment (hitTest gives Hit Segment).

#include <QCoreApplication>
#include <QFont>
#include <QStringList>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "Chart.h"
#include "data/Table.h"

class QFontMetricsF;

namespace seg::chart {

class HeatmapChart : public Chart {
    Q_DECLARE_TR_FUNCTIONS(seg::chart::HeatmapChart)

public:
    // Differences beyond this many standard deviations take the palette's end colours.
    static constexpr double kClampSd = 2.0;
    // The smallest cell annotation (points); text larger than its cell even at this size is clipped.
    static constexpr qreal kMinCellPoints = 6.0;
    // Hit::k of a Sort hit: what a click there sorts.
    static constexpr int kSortRowsByFeature = 0;     // a column header: Hit::segment is the feature
    static constexpr int kSortColumnsBySegment = 1;  // a row header: Hit::segment is the segment

    // `rowLabels` has one entry per table row; `features` names numeric columns of `table` (a missing or
    // non-numeric column shows as n/a). `totalCustomers` is the denominator of the shares shown (every
    // customer in the table; 0: the table's row count). Keeps a current sort when its index is still valid.
    void setProfile(std::shared_ptr<const seg::data::Table> table, std::vector<int> rowLabels, int k,
                    std::vector<std::string> features, std::size_t totalCustomers = 0);

    [[nodiscard]] QString name() const override { return QStringLiteral("profile-heatmap"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    [[nodiscard]] bool hasData() const override { return m_k > 0 && !m_features.empty(); }

    [[nodiscard]] int segmentCount() const { return m_k; }
    [[nodiscard]] int featureCount() const { return static_cast<int>(m_features.size()); }
    [[nodiscard]] const std::vector<std::string>& features() const { return m_features; }

    // Segment mean in the column's units (NaN when the segment has no value of the feature).
    [[nodiscard]] double cellMean(int segment, int feature) const;
    // (segment mean - overall mean) / overall population sd; 0 for a constant feature; NaN as cellMean.
    [[nodiscard]] double cellDifference(int segment, int feature) const;
    [[nodiscard]] double overallMean(int feature) const;
    [[nodiscard]] double overallSd(int feature) const;
    // Rows labelled `segment`, and its share of all customers (totalCustomers()).
    [[nodiscard]] std::size_t segmentSize(int segment) const;
    [[nodiscard]] double segmentShare(int segment) const;
    [[nodiscard]] std::size_t totalCustomers() const { return m_total; }
    // The highlighted segment when it is one of the chart's, else -1.
    [[nodiscard]] int highlightedSegment() const;

    // Display order: segments top to bottom, features left to right.
    [[nodiscard]] const std::vector<int>& rowOrder() const { return m_rowOrder; }
    [[nodiscard]] const std::vector<int>& columnOrder() const { return m_columnOrder; }
    // Sort rows by a feature's difference / columns by a segment's difference (descending: highest first).
    void sortRowsBy(int feature, Qt::SortOrder order = Qt::DescendingOrder);
    void sortColumnsBy(int segment, Qt::SortOrder order = Qt::DescendingOrder);
    // Back to segment and feature order.
    void resetOrder();
    [[nodiscard]] int rowSortFeature() const { return m_rowSortFeature; }
    [[nodiscard]] Qt::SortOrder rowSortOrder() const { return m_rowSortOrder; }
    [[nodiscard]] int columnSortSegment() const { return m_columnSortSegment; }
    [[nodiscard]] Qt::SortOrder columnSortOrder() const { return m_columnSortOrder; }

    // As laid out (empty when out of range or there is nothing to show): a cell, a segment's row header, a
    // feature's column header.
    [[nodiscard]] QRectF gridRect() const { return m_g.grid; }
    [[nodiscard]] QRectF cellRect(int segment, int feature) const;
    [[nodiscard]] QRectF rowHeaderRect(int segment) const;
    [[nodiscard]] QRectF columnHeaderRect(int feature) const;
    [[nodiscard]] QRectF legendRect() const { return m_g.legendBar; }
    // The line(s) saying what the shares are of.
    [[nodiscard]] QStringList shareNoteLines() const { return m_g.noteLines; }
    // The annotation of a cell as drawn (never empty for a valid cell: "n/a" without data), the font it is
    // drawn in, its fill, and whether it is wider or taller than its cell (then drawn clipped).
    [[nodiscard]] QString cellText(int segment, int feature) const;
    [[nodiscard]] QFont cellFont(int segment, int feature) const;
    [[nodiscard]] QColor cellColor(int segment, int feature) const;
    [[nodiscard]] bool cellTextClipped(int segment, int feature) const;
    // A segment's name as drawn in its row header, one entry per line.
    [[nodiscard]] QStringList rowHeaderLines(int segment) const;
    [[nodiscard]] qreal rowHeaderPoints(int segment) const;
    // 1, or n when rows are too thin for every name even at the smallest size: every n-th row is named.
    [[nodiscard]] int rowLabelEvery() const { return m_g.labelEvery; }
    // "1,234 · 20.4%": a segment's size and share of all customers, as its row header shows them.
    [[nodiscard]] QString sizeText(int segment) const;

    // What is under `pos`: the segment of a row header / the feature of a column header, -1 for none.
    [[nodiscard]] int segmentAtRowHeader(QPointF pos) const;
    [[nodiscard]] int featureAtColumnHeader(QPointF pos) const;
    // A cell: Segment (a click chooses it), tooltip with both means. A column header: Sort (k
    // kSortRowsByFeature, segment = the feature). A row header: Sort (k kSortColumnsBySegment, segment = the
    // segment).
    [[nodiscard]] Hit hitTest(QPointF point) const override;

    bool mousePress(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) override;
    bool mouseRelease(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) override;
    bool mouseDoubleClick(QPointF pos) override;

protected:
    void layoutContent(const QPaintDevice* device) override;
    void paintContent(QPainter& painter) const override;

private:
    void compute();
    void applyRowSort();
    void applyColumnSort();
    [[nodiscard]] bool valid(int segment, int feature) const;
    [[nodiscard]] int displayRow(int segment) const;
    [[nodiscard]] int displayColumn(int feature) const;
    [[nodiscard]] QRectF cellAt(int row, int column) const;
    [[nodiscard]] QRectF rowHeaderAt(int row) const;
    [[nodiscard]] QRectF columnHeaderAt(int column) const;
    [[nodiscard]] QString columnHeaderText(int feature, const QFontMetricsF& fm) const;

    std::shared_ptr<const seg::data::Table> m_table;
    std::vector<int> m_labels;
    int m_k = 0;
    std::vector<std::string> m_features;
    std::size_t m_total = 0;

    std::vector<double> m_mean;  // [segment * features + feature]
    std::vector<double> m_diff;
    std::vector<double> m_overallMean;
    std::vector<double> m_overallSd;
    std::vector<std::size_t> m_sizes;

    std::vector<int> m_rowOrder;
    std::vector<int> m_columnOrder;
    int m_rowSortFeature = -1;
    Qt::SortOrder m_rowSortOrder = Qt::DescendingOrder;
    int m_columnSortSegment = -1;
    Qt::SortOrder m_columnSortOrder = Qt::DescendingOrder;

    // A press on a header, released on the same header, is a click on it.
    int m_pressFeature = -1;
    int m_pressSegment = -1;

    // Layout: everything decided for the device, kept for the getters and paint.
    struct Geometry {
        QFont legendFont, rowFont, rowBoldFont, sizeFont, columnFont, cellFont, noteFont;
        QRectF legendBar;
        QRectF noteRect;  // where the shares are explained
        QStringList noteLines;
        QRectF grid;
        qreal cellW = 0.0, cellH = 0.0;
        qreal rowHeaderLeft = 0.0;
        qreal swatch = 10.0;
        qreal overhang = 0.0;  // how far rotated column headers reach past the grid's right edge
        qreal headerH = 0.0;
        qreal headerTextMax = 0.0;  // longest a column header may be before it is elided
        bool rotated = false;
        bool twoLineHeaders = false;  // level headers, the longer ones broken onto two lines
        bool sizeBelow = true;        // a segment's size under its name (else beside it)
        int nameLinesMax = 1;
        int labelEvery = 1;  // rows thinner than the smallest name: every n-th row is named
    };
    [[nodiscard]] Geometry fit(const QPaintDevice* device, qreal grow) const;

    Geometry m_g;
    std::vector<QStringList> m_nameLines;  // per segment
    std::vector<qreal> m_namePoints;       // per segment: its name's size (smaller for a name too long)
    std::vector<char> m_clipped;           // per cell [segment * features + feature]
};

}  // namespace seg::chart
