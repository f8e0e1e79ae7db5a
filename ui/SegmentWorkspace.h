// The loaded table and, after a run, the charts above it: customer map, segment profiles, choosing k, the
// tree, silhouettes, sizes and the k-distance curve, each a chart object (charts/) hosted by a ChartWidget.
// Everything shown follows the document (document/Document.h): its run, names, colours and selection; a
// click in any chart edits the document, and every other view follows. Runs themselves are started by the
// main window.
#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <vector>

#include "Chart.h"
#include "Document.h"
#include "RunCharts.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace seg::chart {
class DendrogramChart;
class ElbowChart;
class HeatmapChart;
class KDistanceChart;
class ScatterChart;
class SilhouetteChart;
class SizesChart;
}  // namespace seg::chart

namespace seg::ui {

class ChartWidget;
class ProfileTableModel;
class TableModel;

class SegmentWorkspace : public QWidget {
    Q_OBJECT

public:
    // No segment chosen (-1 is DBSCAN's outliers, -2 the rows left out for missing values).
    static constexpr int kNoSegment = seg::doc::Document::kNoSegment;

    SegmentWorkspace(seg::doc::Document* document, TableModel* model, QWidget* parent = nullptr);
    ~SegmentWorkspace() override;

    // The chart on screen by name ("pca-scatter", ...; seg::doc::chartNames()), made if its tab has not been
    // shown yet; null when the document has nothing for it.
    [[nodiscard]] std::shared_ptr<seg::chart::Chart> screenChart(const QString& name) const;
    // A chart of `run` already made elsewhere (the map, made on the run's worker thread): used for the screen
    // when `run` is shown, instead of making it on the GUI thread.
    void offerChart(const QString& name, std::shared_ptr<seg::chart::Chart> chart,
                    std::shared_ptr<const seg::doc::SegmentationRun> run);
    [[nodiscard]] ChartWidget* chartWidget(const QString& name) const;
    // Fresh chart objects for an output (file, clipboard, report, presentation): every segment in full
    // colour and the whole map, unless asOnScreen (then the highlighted segment and the map's zoom too). The
    // map keeps the components and arrows chosen on screen either way.
    [[nodiscard]] std::vector<std::shared_ptr<seg::chart::Chart>> outputCharts(bool asOnScreen = false) const;
    [[nodiscard]] std::shared_ptr<seg::chart::Chart> outputChart(const QString& name,
                                                                 bool asOnScreen = false) const;
    [[nodiscard]] seg::doc::ChartOptions outputOptions(bool asOnScreen = false) const;
    // Names of the charts with something to show, in tab order.
    [[nodiscard]] QStringList availableCharts() const;
    // The chart whose tab is in front, if it has something to show; empty otherwise.
    [[nodiscard]] QString currentChartName() const;
    // Brings a chart's tab to the front; false when it has none.
    bool showChart(const QString& name);
    // The chart the user last looked at (remembered between sessions).
    [[nodiscard]] QString preferredChart() const;

    [[nodiscard]] QTableView* tableView() const noexcept { return m_tableView; }
    [[nodiscard]] QTabWidget* chartTabs() const noexcept { return m_tabs; }
    [[nodiscard]] ProfileTableModel* profileModel() const noexcept { return m_profileModel; }
    // Each segment in words (name, size, generated description), for the main window to place.
    [[nodiscard]] QTextBrowser* descriptionsView() const noexcept { return m_descriptions; }
    [[nodiscard]] QString filterText() const;
    // The typed charts on screen (made on demand), for tests and the scatter's controls.
    [[nodiscard]] seg::chart::ScatterChart* scatter() const;
    [[nodiscard]] seg::chart::HeatmapChart* heatmap() const;
    [[nodiscard]] seg::chart::ElbowChart* elbow() const;
    [[nodiscard]] seg::chart::DendrogramChart* dendrogram() const;
    [[nodiscard]] seg::chart::SilhouetteChart* silhouette() const;
    [[nodiscard]] seg::chart::SizesChart* sizes() const;
    [[nodiscard]] seg::chart::KDistanceChart* kDistance() const;

signals:
    // The user clicked a k on the choosing-k chart: run with it.
    void kRequested(int k);
    // The user dragged the dendrogram's cut to k segments: recut the tree.
    void cutRequested(int k);
    // The user asked for the k sweep from the choosing-k tab.
    void sweepRequested();
    // The user picked a radius on the k-distance chart.
    void epsPicked(double eps);

private:
    struct Page {
        QString name;
        QWidget* page = nullptr;        // the tab's page
        ChartWidget* widget = nullptr;  // the chart's host on it
    };
    void createTabs();
    QWidget* createScatterPage(ChartWidget* widget);
    QWidget* createProfilesPage(ChartWidget* widget);
    QWidget* createElbowPage(ChartWidget* widget);
    QWidget* createSizesPage(ChartWidget* widget);
    [[nodiscard]] const Page* pageOf(const QString& name) const;
    [[nodiscard]] const Page* pageAt(int tab) const;

    void onTableChanged();
    void onRunChanged(bool recut);
    void onSweepChanged();
    void onSegmentsChanged();
    void onSelectionChanged();
    void onHit(const seg::chart::Hit& hit);
    void onTableSelectionChanged();
    void updateTabs();
    void updateDescriptions();
    void updateFilterBanner();
    void fillComponentChoices();
    // Makes (or re-makes, when stale) the chart of `name` for the screen and hosts it.
    void ensureChart(const QString& name) const;
    void configureScreenChart(const QString& name, seg::chart::Chart& chart) const;
    [[nodiscard]] QString describeRow(int row) const;

    seg::doc::Document* m_document = nullptr;
    TableModel* m_model = nullptr;
    mutable QHash<QString, std::shared_ptr<seg::chart::Chart>> m_charts;
    mutable QStringList m_stale;  // charts to re-make before they are next shown
    struct Offer {
        QString name;
        std::shared_ptr<seg::chart::Chart> chart;
        std::shared_ptr<const seg::doc::SegmentationRun> run;
    };
    mutable Offer m_offer;
    std::vector<Page> m_pages;

    // Qt parent tree
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_elbowStack = nullptr;
    QComboBox* m_componentX = nullptr;
    QComboBox* m_componentY = nullptr;
    QCheckBox* m_loadings = nullptr;
    QCheckBox* m_sizesByCount = nullptr;
    QTextBrowser* m_descriptions = nullptr;
    QTableView* m_profileTable = nullptr;
    ProfileTableModel* m_profileModel = nullptr;
    QWidget* m_filterBar = nullptr;
    QLabel* m_filterLabel = nullptr;
    QTableView* m_tableView = nullptr;
    bool m_syncing = false;
};

}  // namespace seg::ui
