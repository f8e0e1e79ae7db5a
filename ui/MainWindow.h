// The main window: opening spreadsheets (menu, recent files, sample data, drag and drop, command line), the
// segmentation panel, the workspace of linked charts over the table, the segment list and the column summary.
// Loading, runs and k sweeps go through background jobs; this class wires their results into the views.
#pragma once

#include <QMainWindow>
#include <functional>
#include <memory>

#include "Document.h"
#include "ReportWriter.h"
#include "data/Import.h"
#include "io/SegmentExport.h"
#include "jobs/LoadJob.h"
#include "jobs/SegmentationJob.h"
#include "jobs/SweepJob.h"

class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QToolButton;
class QUndoStack;
class QDockWidget;

namespace seg::ui {

class ColumnSummaryModel;
class SegmentationPanel;
class SegmentListModel;
class SegmentWorkspace;
class RecentFiles;
class TableModel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads without asking (command line, sample data, tests): automatic options unless given.
    void load(const QString& path, const seg::data::ImportOptions& options = {},
              const TypeOverrides& types = {});
    // Opens the import preview for this file and loads what the user confirms there.
    void openFile(const QString& path);
    void openSampleData();
    void cancelLoad();
    // Runs the segmentation the panel describes (a stale run is cancelled).
    void runSegmentation();
    // Tries k = 2..10 with the panel's features and method, for the "number of segments" chart.
    void runSweep();
    // File menu: every customer with its segment (CSV or XLSX), one CSV per segment, the PDF report.
    void exportSegments(bool perSegment);
    void saveReport();
    // The same without dialogs (tests, automation): CSV or XLSX by the suffix; a PDF report.
    void saveSegmentList(const QString& path, const seg::io::SegmentExportOptions& options);
    void saveReportTo(const QString& path);
    // Full-screen presentation of the segments and charts.
    void present();
    // Cancels whatever is running: a load, a run or a sweep.
    void cancelJobs();
    // Writes every chart that has something to show as DIR/<name>.png (chartSize * dpr pixels, laid out at
    // 96 * dpr dpi), and the window as DIR/window.png; returns the files written. Throws seg::Error when one
    // cannot be written.
    QStringList saveScreenshots(const QString& dir, QSize chartSize = {1600, 1000}, qreal dpr = 1.0);
    // When the user has named or coloured segments, asks whether to discard them (Discard / Cancel); true
    // when there is nothing to lose or the user agreed. `action` says what would discard them.
    bool confirmDiscard(const QString& action);

    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] bool isSegmenting() const;
    [[nodiscard]] bool isSweeping() const;
    [[nodiscard]] SegmentationPanel* segmentationPanel() const noexcept { return m_panel; }
    [[nodiscard]] SegmentWorkspace* workspace() const noexcept { return m_workspace; }
    [[nodiscard]] SegmentListModel* segmentListModel() const noexcept { return m_segmentList; }
    [[nodiscard]] QUndoStack* undoStack() const noexcept { return m_document->undoStack(); }
    [[nodiscard]] seg::doc::Document* document() const noexcept { return m_document; }
    [[nodiscard]] QString currentFile() const { return m_currentFile; }
    [[nodiscard]] TableModel* tableModel() const noexcept { return m_tableModel; }
    [[nodiscard]] ColumnSummaryModel* summaryModel() const noexcept { return m_summaryModel; }
    [[nodiscard]] RecentFiles* recentFiles() const noexcept { return m_recent; }
    [[nodiscard]] QStringList lastWarnings() const { return m_warnings; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // Tests: answer the discard question with this instead of asking.
    void setDiscardAnswer(std::function<bool()> answer) { m_discardAnswer = std::move(answer); }

signals:
    // After every load attempt: ok is false when it failed or was cancelled.
    void loadFinished(bool ok);
    // After every run or recut: ok is false when it failed or was cancelled.
    void segmentationFinished(bool ok);
    void sweepFinished(bool ok);
    // After a segment list or report was saved (or failed).
    void outputFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createCentralWidget();
    void createSummaryDock();
    void createSegmentDocks();
    void connectJobs();
    // A table is loaded and a feature ticked; else says what is missing in the status bar.
    bool readyToRun();
    void showJobStarted(const QString& message);
    void hideProgressIfIdle();
    void onSegmented(const std::shared_ptr<const SegmentationRun>& run);
    void onSwept(const std::shared_ptr<const SweepRun>& run);
    void onSelectionChanged();
    void onRunShown();
    void updateActions();
    void renameSegment(int segment, const QString& name);
    void recolorCurrentSegment();
    [[nodiscard]] std::vector<std::string> segmentNamesForExport() const;
    void runOutputJob(const QString& what, BackgroundJob::Work work);
    bool askCsvOptions(seg::io::SegmentExportOptions& options);

    void exportCurrentChart();
    void copyCurrentChart();
    void exportAllCharts();
    void createStatusBar();
    void rebuildRecentMenu();
    void chooseFile();
    void openRecent(const QString& path);
    void showAbout();
    void onLoadStarted(const QString& path);
    void onLoaded(const std::shared_ptr<const LoadResult>& result);
    void onLoadFailed(const QString& message);
    void showError(const QString& title, const QString& message);
    void showWarnings();
    void updateWarningsButton();

    QString m_currentFile;
    QString m_loadingFile;
    QStringList m_warnings;     // the load's
    QStringList m_runWarnings;  // the last run's
    QString m_lastError;

    // Qt parent tree
    LoadJob* m_job = nullptr;
    SegmentationJob* m_segmentJob = nullptr;
    SweepJob* m_sweepJob = nullptr;
    seg::doc::Document* m_document = nullptr;
    bool m_syncingSegment = false;
    // Answers confirmDiscard() without asking (tests); empty: ask.
    std::function<bool()> m_discardAnswer;
    bool m_stateRestored = false;  // dock sizes came from the last session
    RecentFiles* m_recent = nullptr;
    TableModel* m_tableModel = nullptr;
    ColumnSummaryModel* m_summaryModel = nullptr;
    QStackedWidget* m_stack = nullptr;
    SegmentWorkspace* m_workspace = nullptr;
    SegmentationPanel* m_panel = nullptr;
    QDockWidget* m_panelDock = nullptr;
    SegmentListModel* m_segmentList = nullptr;
    QTableView* m_segmentView = nullptr;
    QDockWidget* m_segmentDock = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_recolorAction = nullptr;
    BackgroundJob* m_outputJob = nullptr;
    QAction* m_exportSegmentsAction = nullptr;
    QAction* m_exportPerSegmentAction = nullptr;
    QAction* m_reportAction = nullptr;
    QAction* m_presentAction = nullptr;
    QAction* m_exportChartAction = nullptr;
    QAction* m_copyChartAction = nullptr;
    QAction* m_exportAllAction = nullptr;
    QTableView* m_summaryView = nullptr;
    QDockWidget* m_summaryDock = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancelButton = nullptr;
    QToolButton* m_warningsButton = nullptr;
};

}  // namespace seg::ui
