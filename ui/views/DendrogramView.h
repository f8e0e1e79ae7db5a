// The dendrogram of a hierarchical clustering with a draggable cut line that chooses the number of segments;
// laid out as scipy.cluster.hierarchy.dendrogram (leaves_list order, U-shaped links, truncate_mode='lastp').
#pragma once

// Layout follows SciPy's dendrogram: leaf i sits at x = i + 1/2 (SciPy: 10 i + 5), a merge is a U whose legs
// stand on its children (a leaf's top is 0, a merge's top its own height) and whose bar is at its height.
// Large trees are truncated as truncate_mode='lastp': only the last p - 1 merges are drawn, every cluster
// below them becomes a leaf labelled with its customer count. Branches take the colour of the segment they
// end in under cutByK's numbering (segments numbered in leaf order), so colours match every other chart.
//
// Everything is drawn by paint(QPainter&, QRectF) in the device's own units (fonts in points, pens scaled by
// the device's DPI), so the same code draws the widget, a QImage, a QSvgGenerator or a QPdfWriter.

#include <QImage>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <vector>

#include "cluster/Hierarchical.h"

namespace seg::ui {

class DendrogramView : public QWidget {
    Q_OBJECT

public:
    // SciPy's examples use p = 30; 60 leaves still fit a laptop-wide chart with readable count labels.
    static constexpr int kDefaultTruncateP = 60;

    // A leaf as drawn: an original leaf, or (truncated) a cluster standing for `customers` rows.
    struct DrawnLeaf {
        int node = 0;               // SciPy cluster id: < leaves() for an original leaf
        std::size_t customers = 0;  // rows under it (leafSizes in two-stage mode)
        QString label;              // row number, or "(1,234)" for a truncated or micro-cluster leaf
    };

    explicit DendrogramView(QWidget* parent = nullptr);
    // Names shown instead of "Segment N" (an empty or missing entry keeps the default).
    void setSegmentNames(const QStringList& names);
    [[nodiscard]] QString segmentName(int segment) const;

    void setResult(std::shared_ptr<const seg::cluster::HierarchicalResult> result);
    [[nodiscard]] const std::shared_ptr<const seg::cluster::HierarchicalResult>& result() const {
        return m_result;
    }
    // p of truncate_mode='lastp'; a tree with at most p leaves is drawn whole.
    void setTruncateP(int p);
    [[nodiscard]] int truncateP() const { return m_p; }

    // The requested number of segments (as cutByK); clamped to 1..leaves.
    [[nodiscard]] int k() const { return m_k; }
    // Segments cutByK(k) really gives: fewer than k when merges tie at the cut.
    [[nodiscard]] int effectiveK() const;
    // Height of the cut line: the middle of heightRangeForK(effectiveK()) (above the root for k = 1), or
    // wherever the user holds it while dragging.
    [[nodiscard]] double cutHeight() const { return m_cutHeight; }

    [[nodiscard]] const std::vector<DrawnLeaf>& drawnLeaves() const { return m_drawnLeaves; }
    [[nodiscard]] bool isTruncated() const;

    // Draws the whole chart (title, legend, axis, tree, cut line) into `bounds`.
    void paint(QPainter& painter, const QRectF& bounds) const;
    // The chart as an image of `size` logical pixels at device pixel ratio `dpr`.
    [[nodiscard]] QImage render(QSize size, qreal dpr = 1.0) const;

    // Geometry of the chart drawn into `bounds` on `device` (nullptr: this widget), for hit tests and tests.
    [[nodiscard]] QRectF plotRect(const QRectF& bounds, const QPaintDevice* device = nullptr) const;
    // Widget y of a height and back (in this widget's current geometry).
    [[nodiscard]] double yForHeight(double height) const;
    [[nodiscard]] double heightForY(double y) const;
    // The tooltip a link under `pos` (widget coordinates) shows; empty when there is none.
    [[nodiscard]] QString toolTipAt(const QPointF& pos) const;

    QSize sizeHint() const override { return {800, 520}; }
    QSize minimumSizeHint() const override { return {360, 260}; }

public slots:
    void setK(int k);

signals:
    void kChanged(int k);
    void cutHeightChanged(double height);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    // A node as drawn, children before parents; x in leaf units (leaf i at i + 0.5).
    struct DrawnNode {
        int id = 0;
        double x = 0.0;
        double top = 0.0;  // where a parent's leg ends: 0 for a drawn leaf, the merge height otherwise
        int left = -1;     // indices into m_drawn; -1 for a drawn leaf
        int right = -1;
    };
    struct Layout;

    void rebuild();
    int buildDrawn(int id, int& nextLeaf);
    void applyK(int k, bool emitSignals);
    int kForHeight(double height) const;
    int effectiveKFor(int k) const;
    double snappedHeight(int k) const;
    double axisTop() const;
    // Segment of cluster `id` when it lies wholly below the cut (-1: it spans several segments).
    int segmentOf(int id, double cut) const;
    [[nodiscard]] Layout layout(const QRectF& bounds, const QPaintDevice* device) const;

    std::shared_ptr<const seg::cluster::HierarchicalResult> m_result;
    int m_p = kDefaultTruncateP;
    int m_k = 1;
    double m_cutHeight = 0.0;
    bool m_dragging = false;

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
    QStringList m_names;
    int m_dragLegendRows = 0;  // legend rows when the drag began
};

}  // namespace seg::ui
