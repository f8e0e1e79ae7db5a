// The dendrogram of a hierarchical clustering with a draggable cut line that chooses the number of segments;
// laid out as scipy.cluster.hierarchy.dendrogram (leaves_list order, U-shaped links, truncate_mode='lastp').
#pragma once

// Layout follows SciPy's dendrogram: leaf i sits at x = i + 1/2 (SciPy: 10 i + 5), a merge is a U whose legs
// stand on its children (a leaf's top is 0, a merge's top its own height) and whose bar is at its height.
// Large trees are truncated as truncate_mode='lastp': only the last p - 1 merges are drawn, every cluster
// below them becomes a leaf labelled with its customer count. Branches take the colour of the segment they
// end in under cutByK's numbering (segments numbered in leaf order), so colours match every other chart.
//
// Interaction: pressing on the cut line starts a drag; while it moves, every change of the number of
// segments under it is reported as Hit{Cut, k} (value: the cut height); the release snaps the line to the
// middle of k's height range. Up and Down change k by one and report it too. setK() (the application's
// answer) moves the line without reporting. While the line is dragged the legend keeps the height it had at
// the press, so the plot does not jump under the pointer.

#include <QCoreApplication>
#include <QFont>
#include <QStringList>
#include <memory>
#include <vector>

#include "Axis.h"
#include "Chart.h"
#include "Legend.h"
#include "cluster/Hierarchical.h"

namespace seg::chart {

class DendrogramChart : public Chart {
    Q_DECLARE_TR_FUNCTIONS(seg::chart::DendrogramChart)

public:
    // SciPy's examples use p = 30; 60 leaves still fit a laptop-wide chart with readable count labels.
    static constexpr int kDefaultTruncateP = 60;

    // A leaf as drawn: an original leaf, or (truncated) a cluster standing for `customers` rows.
    struct DrawnLeaf {
        int node = 0;               // SciPy cluster id: < leaves() for an original leaf
        std::size_t customers = 0;  // rows under it (leafSizes in two-stage mode)
        QString label;              // row number, or "(1,234)" for a truncated or micro-cluster leaf
    };

    explicit DendrogramChart(const ChartStyle& style = ChartStyle::standard());

    void setResult(std::shared_ptr<const seg::cluster::HierarchicalResult> result);
    [[nodiscard]] const std::shared_ptr<const seg::cluster::HierarchicalResult>& result() const {
        return m_result;
    }
    // p of truncate_mode='lastp'; a tree with at most p leaves is drawn whole.
    void setTruncateP(int p);
    [[nodiscard]] int truncateP() const { return m_p; }

    // Sets the requested number of segments (as cutByK; clamped to 1..leaves, at most p when truncated)
    // without reporting it; the line snaps to it unless it is being dragged.
    void setK(int k);
    [[nodiscard]] int k() const { return m_k; }
    // Segments cutByK(k) really gives: fewer than k when merges tie at the cut.
    [[nodiscard]] int effectiveK() const;
    // Height of the cut line: the middle of heightRangeForK(effectiveK()) (above the root for k = 1), or
    // wherever the user holds it while dragging.
    [[nodiscard]] double cutHeight() const { return m_cutHeight; }

    [[nodiscard]] const std::vector<DrawnLeaf>& drawnLeaves() const { return m_drawnLeaves; }
    [[nodiscard]] bool isTruncated() const;

    [[nodiscard]] QString name() const override { return QStringLiteral("dendrogram"); }
    [[nodiscard]] QString title() const override;
    // The truncation note ("Top 60 clusters of 5,000 customers; ...") when truncated.
    [[nodiscard]] QString subtitle() const override;
    [[nodiscard]] bool hasData() const override { return !m_drawn.empty(); }

    // As laid out: the plot (leaves on its bottom edge, heights 0 to axisTop() upwards), the legend and the
    // band reserved for it above the plot, and the mapping between heights and y.
    [[nodiscard]] QRectF plotRect() const { return m_plot; }
    [[nodiscard]] const Legend& legend() const { return m_legend; }
    [[nodiscard]] QRectF legendArea() const { return m_legendArea; }
    [[nodiscard]] double axisTop() const;
    [[nodiscard]] double yForHeight(double height) const;
    [[nodiscard]] double heightForY(double y) const;
    // A link (tooltip: its merge height and customers; a Segment when it lies below the cut), a legend item
    // (Segment), or the cut line (a tooltip saying how to move it).
    [[nodiscard]] Hit hitTest(QPointF point) const override;

    bool mousePress(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) override;
    bool mouseMove(QPointF pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers) override;
    bool mouseRelease(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) override;
    bool key(int key, Qt::KeyboardModifiers modifiers) override;
    [[nodiscard]] Qt::CursorShape cursorAt(QPointF pos) const override;
    [[nodiscard]] bool isDragging() const override { return m_dragging; }

protected:
    void layoutContent(const QPaintDevice* device) override;
    void paintContent(QPainter& painter) const override;

private:
    // A node as drawn, children before parents; x in leaf units (leaf i at i + 0.5).
    struct DrawnNode {
        int id = 0;
        double x = 0.0;
        double top = 0.0;  // where a parent's leg ends: 0 for a drawn leaf, the merge height otherwise
        int left = -1;     // indices into m_drawn; -1 for a drawn leaf
        int right = -1;
    };

    void rebuild();
    int buildDrawn(int id, int& nextLeaf);
    // Sets k (clamped) and the leaves' segments; true when k changed.
    bool applyK(int k);
    [[nodiscard]] int maxK() const;
    [[nodiscard]] int kForHeight(double height) const;
    [[nodiscard]] int effectiveKFor(int k) const;
    [[nodiscard]] double snappedHeight(int k) const;
    // Segment of cluster `id` when it lies wholly below the cut (-1: it spans several segments).
    [[nodiscard]] int segmentOf(int id, double cut) const;
    [[nodiscard]] qreal xForLeafUnits(double units) const;
    [[nodiscard]] bool nearCut(QPointF pos) const;
    void reportK() const;

    std::shared_ptr<const seg::cluster::HierarchicalResult> m_result;
    int m_p = kDefaultTruncateP;
    int m_k = 1;
    double m_cutHeight = 0.0;
    bool m_dragging = false;
    qreal m_dragLegendPx = 0.0;  // the legend band's height at the press, in CSS px

    // Per SciPy cluster id (2m - 1): rows below, SciPy's max-dist (heights made monotone for inversions),
    // and the leftmost leaf, whose cutByK label is the cluster's segment.
    std::vector<std::size_t> m_count;
    std::vector<double> m_maxDist;
    std::vector<double> m_sortedMaxDist;  // merges' max-dist ascending, as heightRangeForK
    std::vector<int> m_firstLeaf;
    std::vector<int> m_leafRow;      // one row of each leaf, to read cutByK's per-row labels
    std::vector<int> m_leafSegment;  // cutByK label per leaf for the current k
    std::vector<DrawnNode> m_drawn;
    std::vector<DrawnLeaf> m_drawnLeaves;

    // Layout.
    Legend m_legend;
    QRectF m_legendArea;
    QRectF m_plot;
    Axis m_axis;
    QFont m_leafFont;
    qreal m_leafLabelHeight = 0.0;
    int m_labelEvery = 1;
};

}  // namespace seg::chart
