// The main window: opening spreadsheets (menu, recent files, sample data, drag and drop, command line), the
// loaded table and its column summary. Loading runs in a LoadJob; this class only wires results into views.
#pragma once

#include <QMainWindow>
#include <memory>

#include "data/Import.h"
#include "jobs/LoadJob.h"

class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QToolButton;
class QDockWidget;

namespace seg::ui {

class ColumnSummaryModel;
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

    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] QString currentFile() const { return m_currentFile; }
    [[nodiscard]] TableModel* tableModel() const noexcept { return m_tableModel; }
    [[nodiscard]] ColumnSummaryModel* summaryModel() const noexcept { return m_summaryModel; }
    [[nodiscard]] RecentFiles* recentFiles() const noexcept { return m_recent; }
    [[nodiscard]] QStringList lastWarnings() const { return m_warnings; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

signals:
    // After every load attempt: ok is false when it failed or was cancelled.
    void loadFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createCentralWidget();
    void createSummaryDock();
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

    QString m_currentFile;
    QString m_loadingFile;
    QStringList m_warnings;
    QString m_lastError;

    // Qt parent tree
    LoadJob* m_job = nullptr;
    RecentFiles* m_recent = nullptr;
    TableModel* m_tableModel = nullptr;
    ColumnSummaryModel* m_summaryModel = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_tableView = nullptr;
    QTableView* m_summaryView = nullptr;
    QDockWidget* m_summaryDock = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancelButton = nullptr;
    QToolButton* m_warningsButton = nullptr;
};

}  // namespace seg::ui
