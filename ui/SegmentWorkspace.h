// The loaded table and, after a run, the charts above it: PCA scatter, segment profiles, choosing k, the
// tree, silhouettes, sizes and the k-distance curve. This class links them: choosing a segment or customers
// in one highlights them in every other and shows them in the table. Runs themselves are started by the main
// window.
#pragma once

#include <QColor>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QVector>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "data/Table.h"
#include "views/ChartExport.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace seg::ui {

struct SegmentationRun;
struct SweepRun;
class DendrogramView;
class ElbowView;
class KDistanceView;
class PcaScatterView;
class ProfileHeatmapView;
class ProfileTableModel;
class SegmentSizesView;
class SilhouetteView;
class TableModel;

class SegmentWorkspace : public QWidget {
    Q_OBJECT

public:
    // No segment chosen (-1 is DBSCAN's outliers, -2 the rows left out for missing values).
    static constexpr int kNoSegment = -100;

    explicit SegmentWorkspace(TableModel* model, QWidget* parent = nullptr);
    ~SegmentWorkspace() override;

    // A new table: clears the charts and hides them until the next run.
    void setTable(std::shared_ptr<const seg::data::Table> table);
    // Shows a finished run in every chart (a recut keeps the scatter's zoom and the tree as dragged).
    void showRun(std::shared_ptr<const SegmentationRun> run);
    void showSweep(std::shared_ptr<const SweepRun> sweep);
    [[nodiscard]] const std::shared_ptr<const SegmentationRun>& run() const noexcept { return m_run; }
    // DBSCAN's outliers in the run shown (0 for the other methods).
    [[nodiscard]] std::size_t noiseCount() const;
    // A segment's name: the user's if given, else the generated one, else "Segment N"; used in every chart,
    // table and export. Renames and colours survive a re-run that finds the same segments.
    [[nodiscard]] QString segmentName(int segment) const;
    [[nodiscard]] QString suggestedName(int segment) const;
    [[nodiscard]] QString segmentDescription(int segment) const;
    // An empty name or an invalid colour goes back to the generated one.
    void setSegmentName(int segment, const QString& name);
    void setSegmentColor(int segment, const QColor& color);
    [[nodiscard]] QString userName(int segment) const;
    [[nodiscard]] QColor userColor(int segment) const;
    [[nodiscard]] QStringList currentNames() const;

    // Linked selection. selectSegment(kNoSegment) clears it.
    void selectSegment(int segment);
    [[nodiscard]] int selectedSegment() const noexcept { return m_segment; }
    // Table rows chosen in a chart (the scatter's rubber band): shown in the table and marked in the scatter.
    void selectRows(const QVector<int>& rows);
    void showAllRows();

    // Every chart that has something to show, in tab order, and the one on screen (if a chart tab is).
    [[nodiscard]] QList<ChartSource> charts() const;
    [[nodiscard]] std::optional<ChartSource> currentChart() const;
    // Brings a chart's tab to the front ("pca-scatter", "dendrogram", ...); false when it has none.
    bool showChart(const QString& name);
    // The chart the user last looked at (remembered between sessions).
    [[nodiscard]] QString preferredChart() const;

    [[nodiscard]] QTableView* tableView() const noexcept { return m_tableView; }
    [[nodiscard]] QTabWidget* chartTabs() const noexcept { return m_tabs; }
    [[nodiscard]] PcaScatterView* scatterView() const noexcept { return m_scatter; }
    [[nodiscard]] DendrogramView* dendrogramView() const noexcept { return m_dendrogram; }
    [[nodiscard]] ElbowView* elbowView() const noexcept { return m_elbow; }
    [[nodiscard]] ProfileHeatmapView* heatmapView() const noexcept { return m_heatmap; }
    [[nodiscard]] SilhouetteView* silhouetteView() const noexcept { return m_silhouette; }
    [[nodiscard]] SegmentSizesView* sizesView() const noexcept { return m_sizes; }
    [[nodiscard]] KDistanceView* kDistanceView() const noexcept { return m_kDistance; }
    [[nodiscard]] ProfileTableModel* profileModel() const noexcept { return m_profileModel; }
    // Each segment in words (name, size, generated description), for the main window to place.
    [[nodiscard]] QTextBrowser* descriptionsView() const noexcept { return m_descriptions; }

signals:
    // The user chose a segment in a chart or cleared the choice (kNoSegment).
    void segmentSelected(int segment);
    // A segment was renamed or recoloured.
    void segmentNamesChanged();
    // The user clicked a k on the choosing-k chart: run with it.
    void kRequested(int k);
    // The user dragged the dendrogram's cut to k segments: recut the tree.
    void cutRequested(int k);
    // The user asked for the k sweep from the choosing-k tab.
    void sweepRequested();
    // The user picked a radius on the k-distance chart.
    void epsPicked(double eps);

private:
    void createCharts();
    // Each chart's file name and its tab page.
    [[nodiscard]] QList<QPair<QString, QWidget*>> chartPages() const;
    QWidget* createScatterTab();
    QWidget* createElbowTab();
    void setTabShown(QWidget* page, bool shown);
    void updateFilterBanner();
    void highlightEverywhere(int segment);
    void onTableSelectionChanged();
    [[nodiscard]] QString describeRow(int row) const;
    void applyNames();
    void carryOverUserChoices(const std::shared_ptr<const SegmentationRun>& previous);
    // Views a run has not reached yet (bits below), filled when their tab is shown or charts are exported.
    enum ViewBit {
        kHeatmap = 1,
        kSilhouette = 2,
        kSizes = 4,
        kDendrogram = 8,
        kKDistance = 16,
        kAllViews = 31
    };
    [[nodiscard]] int viewOf(const QWidget* page) const;
    void refreshViews(int views) const;
    void updateDescriptions() const;

    TableModel* m_model = nullptr;
    std::shared_ptr<const seg::data::Table> m_table;
    std::shared_ptr<const SegmentationRun> m_run;
    std::shared_ptr<const SweepRun> m_sweep;
    QStringList m_userNames;     // per segment; empty: the generated name
    QList<QColor> m_userColors;  // per segment; invalid: the palette's
    int m_segment = kNoSegment;
    bool m_syncing = false;  // true while pushing a selection into the views (no echo back)
    QString m_filterText;
    mutable int m_stale = 0;
    bool m_recutPending = false;  // the stale dendrogram already shows this tree (only the cut moved)

    // Qt parent tree
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_scatterPage = nullptr;
    QWidget* m_elbowPage = nullptr;
    QStackedWidget* m_elbowStack = nullptr;
    PcaScatterView* m_scatter = nullptr;
    QComboBox* m_componentX = nullptr;
    QComboBox* m_componentY = nullptr;
    QCheckBox* m_loadings = nullptr;
    DendrogramView* m_dendrogram = nullptr;
    ElbowView* m_elbow = nullptr;
    ProfileHeatmapView* m_heatmap = nullptr;
    QWidget* m_profilesPage = nullptr;
    QTextBrowser* m_descriptions = nullptr;
    QTableView* m_profileTable = nullptr;
    ProfileTableModel* m_profileModel = nullptr;
    SilhouetteView* m_silhouette = nullptr;
    SegmentSizesView* m_sizes = nullptr;
    KDistanceView* m_kDistance = nullptr;
    QWidget* m_filterBar = nullptr;
    QLabel* m_filterLabel = nullptr;
    QTableView* m_tableView = nullptr;
};

}  // namespace seg::ui
