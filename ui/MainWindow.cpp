#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "ChartOutput.h"
#include "ImportSettings.h"
#include "RecentFiles.h"
#include "ReportWriter.h"
#include "RunCharts.h"
#include "SampleData.h"
#include "SegmentWorkspace.h"
#include "common/ErrorText.h"
#include "dialogs/ExportChartDialog.h"
#include "dialogs/ImportDialog.h"
#include "io/SegmentExport.h"
#include "models/ColumnSummaryModel.h"
#include "models/SegmentListModel.h"
#include "models/TableModel.h"
#include "panels/SegmentationPanel.h"
#include "report/PresentationWindow.h"

namespace seg::ui {

namespace {

// The first local file among dropped URLs, or empty: only files on disk can be read.
QString droppedFile(const QMimeData* mime) {
    if (!mime || !mime->hasUrls()) return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) return url.toLocalFile();
    return {};
}

void setupFastTable(QTableView* view) {
    // Fixed row heights let the view compute any row's position without asking the model: the difference
    // between smooth and stalling scrolling at a million rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
}

// Column widths from the first rows only (a full scan would stall on big files), capped so that one long
// text column cannot push the others out of sight.
void fitColumns(QTableView* view, int maxWidth) {
    QHeaderView* header = view->horizontalHeader();
    header->setResizeContentsPrecision(200);
    // Fitting the last section would undo stretchLastSection, which fills the view's spare width.
    const int fitted = view->model()->columnCount() - (header->stretchLastSection() ? 1 : 0);
    for (int c = 0; c < fitted; ++c) {
        view->resizeColumnToContents(c);
        // A little air beyond the widest text keeps neighbouring right-aligned numbers apart.
        view->setColumnWidth(c, qMin(view->columnWidth(c) + 12, maxWidth));
    }
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(QStringLiteral("SegmentLab"));
    setAcceptDrops(true);

    m_job = new LoadJob(this);
    m_segmentJob = new SegmentationJob(this);
    m_sweepJob = new SweepJob(this);
    m_segmentList = new SegmentListModel(this);
    m_document = new seg::doc::Document(this);
    m_outputJob = new BackgroundJob(this);
    m_recent = new RecentFiles(this);
    m_tableModel = new TableModel(this);
    m_summaryModel = new ColumnSummaryModel(this);

    createCentralWidget();
    createSummaryDock();
    createSegmentDocks();
    createActions();
    createStatusBar();
    connectJobs();

    connect(m_job, &LoadJob::started, this, &MainWindow::onLoadStarted);
    connect(m_job, &LoadJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_job, &LoadJob::succeeded, this, &MainWindow::onLoaded);
    connect(m_job, &LoadJob::failed, this, [this](const QString& message) { onLoadFailed(message); });
    connect(m_job, &LoadJob::canceled, this, [this] {
        statusBar()->showMessage(tr("Loading cancelled."), 5000);
        emit loadFinished(false);
    });
    connect(m_job, &LoadJob::finished, this, &MainWindow::hideProgressIfIdle);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1180, 760);
    m_stateRestored = restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    // Restored sizes and places are kept, but the welcome page has the window to itself: the panel appears
    // with a table, the segment list with segments.
    m_panelDock->hide();
    m_segmentDock->hide();
}

MainWindow::~MainWindow() {
    m_job->cancelAndWait();
    m_segmentJob->cancelAndWait();
    m_sweepJob->cancelAndWait();
    m_outputJob->cancelAndWait();
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));

    QAction* open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this,
                                    &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a spreadsheet (CSV, TSV or Excel .xlsx)."));

    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setToolTipsVisible(true);
    rebuildRecentMenu();

    QAction* sample = file->addAction(tr("Open &Sample Data"), this, &MainWindow::openSampleData);
    sample->setStatusTip(tr("Open a small customer table that comes with SegmentLab, to try things out."));

    file->addSeparator();
    m_exportSegmentsAction =
        file->addAction(tr("&Export Segment List…"), this, [this] { exportSegments(false); });
    m_exportSegmentsAction->setObjectName(QStringLiteral("exportSegmentsAction"));
    m_exportSegmentsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_exportSegmentsAction->setStatusTip(
        tr("Save every customer with its segment, as CSV for any tool or as an Excel workbook."));
    m_exportPerSegmentAction =
        file->addAction(tr("Export One File per &Segment…"), this, [this] { exportSegments(true); });
    m_exportPerSegmentAction->setStatusTip(
        tr("Save one CSV file per segment into a folder, for campaign tools."));
    m_reportAction = file->addAction(tr("Save &Report…"), this, &MainWindow::saveReport);
    m_reportAction->setObjectName(QStringLiteral("reportAction"));
    m_reportAction->setShortcut(QKeySequence(tr("Ctrl+P")));
    m_reportAction->setStatusTip(
        tr("Save a PDF with the data source, the method, the segments and every chart."));
    for (QAction* action : {m_exportSegmentsAction, m_exportPerSegmentAction, m_reportAction})
        action->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    // Not every platform defines a standard Quit key (Windows has none); Ctrl+Q is what users expect.
    if (quit->shortcut().isEmpty()) quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);
    quit->setStatusTip(tr("Close SegmentLab."));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(redo);
    edit->addSeparator();
    m_renameAction = edit->addAction(tr("Re&name Segment…"), this, [this] {
        const QModelIndex current = m_segmentView->currentIndex();
        if (current.isValid())
            m_segmentView->edit(m_segmentList->index(current.row(), SegmentListModel::NameColumn));
    });
    m_renameAction->setObjectName(QStringLiteral("renameAction"));
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAction->setStatusTip(tr("Give the chosen segment a name of your own."));
    m_recolorAction =
        edit->addAction(tr("Change Segment &Colour…"), this, &MainWindow::recolorCurrentSegment);
    m_recolorAction->setObjectName(QStringLiteral("recolorAction"));
    m_recolorAction->setStatusTip(tr("Choose the colour the chosen segment has in every chart."));
    for (QAction* action : {m_renameAction, m_recolorAction})
        action->setEnabled(false);
    m_segmentView->addActions({m_renameAction, m_recolorAction});

    QMenu* segments = menuBar()->addMenu(tr("&Segments"));
    QAction* run = segments->addAction(tr("&Find Segments"), this, &MainWindow::runSegmentation);
    run->setObjectName(QStringLiteral("runAction"));
    run->setShortcut(QKeySequence(tr("Ctrl+R")));
    run->setStatusTip(tr("Group the customers with the chosen features and method."));
    QAction* sweep =
        segments->addAction(tr("Find the Best &Number of Segments"), this, &MainWindow::runSweep);
    sweep->setObjectName(QStringLiteral("sweepAction"));
    sweep->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    sweep->setStatusTip(tr("Try 2 to 10 segments, score each and recommend one."));
    QAction* stop = segments->addAction(tr("&Stop"), this, &MainWindow::cancelJobs);
    stop->setStatusTip(tr("Stop what is running; what is on screen stays as it is."));

    QMenu* chart = menuBar()->addMenu(tr("&Chart"));
    m_exportChartAction = chart->addAction(tr("&Export Chart…"), this, &MainWindow::exportCurrentChart);
    m_exportChartAction->setObjectName(QStringLiteral("exportChartAction"));
    m_exportChartAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportChartAction->setStatusTip(tr("Save the chart on screen as a PNG picture, SVG drawing or PDF."));
    m_copyChartAction = chart->addAction(tr("&Copy Chart"), this, &MainWindow::copyCurrentChart);
    m_copyChartAction->setObjectName(QStringLiteral("copyChartAction"));
    m_copyChartAction->setShortcut(QKeySequence(tr("Ctrl+Alt+C")));
    m_copyChartAction->setStatusTip(tr("Copy the chart on screen, to paste into a slide or document."));
    m_exportAllAction = chart->addAction(tr("Export &All Charts…"), this, &MainWindow::exportAllCharts);
    m_exportAllAction->setObjectName(QStringLiteral("exportAllChartsAction"));
    m_exportAllAction->setStatusTip(tr("Save every chart as a PNG picture into a folder you choose."));
    for (QAction* action : {m_exportChartAction, m_copyChartAction, m_exportAllAction})
        action->setEnabled(false);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_presentAction = view->addAction(tr("&Present Charts"), this, &MainWindow::present);
    m_presentAction->setObjectName(QStringLiteral("presentAction"));
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentAction->setStatusTip(
        tr("Show the segments and every chart full screen, one at a time (Esc ends)."));
    m_presentAction->setEnabled(false);
    view->addSeparator();
    QAction* panel = m_panelDock->toggleViewAction();
    panel->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    panel->setStatusTip(tr("Show or hide the choice of features and method."));
    view->addAction(panel);
    QAction* list = m_segmentDock->toggleViewAction();
    list->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    list->setStatusTip(tr("Show or hide the list of segments."));
    view->addAction(list);
    QAction* summary = m_summaryDock->toggleViewAction();
    summary->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    summary->setStatusTip(tr("Show or hide the summary of each column."));
    view->addAction(summary);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About SegmentLab"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    about->setStatusTip(tr("Show the version and licence of SegmentLab."));
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    aboutQt->setStatusTip(tr("Show the version of the Qt toolkit SegmentLab is built with."));
}

void MainWindow::createCentralWidget() {
    // The first thing a new user sees: what to do, with the two ways to start as buttons.
    auto* welcome = new QWidget;
    welcome->setObjectName(QStringLiteral("welcomePage"));
    auto* icon = new QLabel;
    icon->setPixmap(windowIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    auto* heading = new QLabel(tr("Find the customer segments in your spreadsheet"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);
    auto* hint =
        new QLabel(tr("Open a CSV or Excel file to begin, or drop one onto this window.\n"
                      "Not sure yet? The sample data shows how it works."));
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* openButton = new QPushButton(tr("Open a Spreadsheet…"));
    openButton->setObjectName(QStringLiteral("welcomeOpen"));
    openButton->setDefault(true);
    openButton->setToolTip(tr("Choose a CSV, TSV or Excel (.xlsx) file. (%1)")
                               .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseFile);
    auto* sampleButton = new QPushButton(tr("Try the Sample Data"));
    sampleButton->setObjectName(QStringLiteral("welcomeSample"));
    sampleButton->setToolTip(tr("Open a small customer table that comes with SegmentLab."));
    connect(sampleButton, &QPushButton::clicked, this, &MainWindow::openSampleData);
    for (QPushButton* button : {openButton, sampleButton}) {
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        button->setMinimumWidth(button->sizeHint().width() + 32);
    }
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addStretch();
    buttons->addWidget(openButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch();
    auto* welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addStretch(2);
    welcomeLayout->addWidget(icon);
    welcomeLayout->addSpacing(12);
    welcomeLayout->addWidget(heading);
    welcomeLayout->addWidget(hint);
    welcomeLayout->addSpacing(16);
    welcomeLayout->addLayout(buttons);
    welcomeLayout->addStretch(3);

    m_workspace = new SegmentWorkspace(m_document, m_tableModel);
    setupFastTable(m_workspace->tableView());

    m_stack = new QStackedWidget;
    m_stack->addWidget(welcome);
    m_stack->addWidget(m_workspace);
    setCentralWidget(m_stack);
}

void MainWindow::createSummaryDock() {
    m_summaryView = new QTableView;
    m_summaryView->setObjectName(QStringLiteral("summaryTable"));
    m_summaryView->setModel(m_summaryModel);
    setupFastTable(m_summaryView);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_summaryDock = new QDockWidget(tr("Columns"), this);
    m_summaryDock->setObjectName(QStringLiteral("summaryDock"));
    m_summaryDock->setToolTip(tr("One line per column of the table: its type, missing values and range."));
    m_summaryDock->setWidget(m_summaryView);
    m_summaryDock->toggleViewAction()->setText(tr("&Column Summary"));
    addDockWidget(Qt::BottomDockWidgetArea, m_summaryDock);
    // Hidden until there is something to summarise, so the welcome page has the window to itself.
    m_summaryDock->hide();
}

void MainWindow::createStatusBar() {
    m_sizeLabel = new QLabel;
    m_sizeLabel->setObjectName(QStringLiteral("sizeLabel"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelButton = new QToolButton;
    m_cancelButton->setObjectName(QStringLiteral("cancelLoad"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop what is running (Esc). What is on screen now stays as it is."));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelJobs);
    m_warningsButton = new QToolButton;
    m_warningsButton->setObjectName(QStringLiteral("warningsButton"));
    m_warningsButton->setAutoRaise(true);
    m_warningsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_warningsButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_warningsButton->hide();
    connect(m_warningsButton, &QToolButton::clicked, this, &MainWindow::showWarnings);

    statusBar()->addPermanentWidget(m_warningsButton);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_sizeLabel);
    statusBar()->showMessage(tr("Open a spreadsheet to begin."));
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        // "&1 name" gives each entry a number key; the full path is in the tooltip and status tip.
        const QString label = (i < 9 ? QStringLiteral("&%1  ").arg(i + 1) : QStringLiteral("1&0  ")) +
                              QFileInfo(path).fileName();
        QAction* action = m_recentMenu->addAction(label, this, [this, path] { openRecent(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!files.isEmpty()) m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear Menu"), m_recent, &RecentFiles::clear);
    clear->setStatusTip(tr("Forget the list of recently opened files."));
    clear->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(true);
}

void MainWindow::chooseFile() {
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastDirectory"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Spreadsheet"), dir,
        tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx)") + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty()) return;
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::openRecent(const QString& path) {
    if (!QFileInfo(path).isFile()) {
        m_recent->remove(path);
        showError(tr("File Not Found"),
                  tr("\"%1\" no longer exists, so it was removed from the recent files.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openFile(path);
}

bool MainWindow::confirmDiscard(const QString& action) {
    if (!m_document->hasUnsavedChoices()) return true;
    if (m_discardAnswer) return m_discardAnswer();
    QMessageBox box(QMessageBox::Question, tr("Discard Segment Names?"),
                    tr("You have named or recoloured segments. %1 discards those choices.").arg(action),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("discardQuestion"));
    box.setInformativeText(tr("Export the segment list or save the report first to keep the names."));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

void MainWindow::openFile(const QString& path) {
    if (!confirmDiscard(tr("Opening another file"))) return;
    seg::data::FileFormat format = seg::data::FileFormat::Csv;
    try {
        // Reads only the first bytes, so it is fine on the GUI thread; it catches a PDF or .xls before the
        // dialog.
        format = seg::data::detectFormat(QFile::encodeName(path).toStdString());
    } catch (const seg::Error& error) {
        showError(tr("Cannot Open File"), seg::errorText(error));
        return;
    }
    auto* dialog = new ImportDialog(path, format, loadImportOptions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const seg::data::ImportOptions options = dialog->importOptions();
        saveImportOptions(dialog->format(), options);
        load(dialog->path(), options, dialog->typeOverrides());
    });
    // open(), not exec(): no nested event loop, so a load finishing meanwhile cannot re-enter this code.
    dialog->open();
}

void MainWindow::openSampleData() {
    if (!confirmDiscard(tr("Opening the sample data"))) return;
    const QString path = findSampleFile();
    if (path.isEmpty()) {
        QStringList dirs;
        for (const QString& dir : sampleSearchDirs())
            dirs << QDir::toNativeSeparators(QDir::cleanPath(dir));
        showError(tr("Sample Data Not Found"),
                  tr("The sample file customers.csv was not found. SegmentLab looked in:\n%1\n\nReinstalling "
                     "SegmentLab restores it.")
                      .arg(dirs.join(QLatin1Char('\n'))));
        return;
    }
    load(path);
}

void MainWindow::load(const QString& path, const seg::data::ImportOptions& options,
                      const TypeOverrides& types) {
    LoadRequest request;
    request.path = QFileInfo(path).absoluteFilePath();
    request.options = options;
    request.types = types;
    request.summarize = true;
    m_job->start(std::move(request));
}

void MainWindow::cancelLoad() {
    m_job->cancel();
}

void MainWindow::cancelJobs() {
    m_job->cancel();
    m_segmentJob->cancel();
    m_sweepJob->cancel();
    m_outputJob->cancel();
}

bool MainWindow::isLoading() const {
    return m_job->isRunning();
}

void MainWindow::onLoadStarted(const QString& path) {
    m_loadingFile = path;
    showJobStarted(tr("Loading %1…").arg(QFileInfo(path).fileName()));
}

void MainWindow::showJobStarted(const QString& message) {
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    statusBar()->showMessage(message);
}

void MainWindow::hideProgressIfIdle() {
    if (m_job->isRunning() || m_segmentJob->isRunning() || m_sweepJob->isRunning() ||
        m_outputJob->isRunning())
        return;
    m_progress->hide();
    m_cancelButton->hide();
}

void MainWindow::onLoaded(const std::shared_ptr<const LoadResult>& result) {
    const QFileInfo info(result->path);
    m_currentFile = result->path;
    m_lastError.clear();
    m_tableModel->setTable(result->table);
    m_segmentJob->cancel();
    m_sweepJob->cancel();
    m_document->setTable(result->table, result->path, result->options);
    m_segmentList->clear();
    m_panel->setTable(result->table, result->summaries);
    if (!m_panelDock->isVisible()) {
        m_panelDock->show();
        // First time on this machine: room for the feature list without crowding the charts.
        if (!m_stateRestored) resizeDocks({m_panelDock}, {340}, Qt::Horizontal);
    }
    m_summaryModel->setSummaries(result->summaries, result->table->rowCount());
    m_stack->setCurrentWidget(m_workspace);
    fitColumns(m_workspace->tableView(), 300);
    fitColumns(m_summaryView, 320);

    setWindowTitle(tr("%1 — SegmentLab").arg(info.fileName()));
    setWindowFilePath(result->path);
    m_recent->add(result->path);

    const QLocale locale;
    const auto rows = static_cast<qulonglong>(result->table->rowCount());
    const auto columns = static_cast<qulonglong>(result->table->columnCount());
    // Milliseconds read better than "0.00 s" for the small files most people open.
    const QString took = result->elapsedMs < 1000
                             ? tr("%1 ms").arg(locale.toString(std::max<qint64>(1, result->elapsedMs)))
                             : tr("%1 s").arg(locale.toString(result->elapsedMs / 1000.0, 'f', 1));
    m_sizeLabel->setText(tr("%1 rows × %2 columns  ·  loaded in %3")
                             .arg(locale.toString(rows), locale.toString(columns), took));
    m_sizeLabel->setToolTip(
        result->sheet.empty() ? QString() : tr("Sheet: %1").arg(QString::fromStdString(result->sheet)));
    statusBar()->showMessage(tr("Loaded %1.").arg(info.fileName()), 5000);

    m_warnings.clear();
    m_runWarnings.clear();
    for (const seg::Warning& warning : result->warnings)
        m_warnings << seg::warningText(warning);
    updateWarningsButton();
    emit loadFinished(true);
}

void MainWindow::onLoadFailed(const QString& message) {
    m_lastError = message;
    statusBar()->showMessage(tr("Could not load %1.").arg(QFileInfo(m_loadingFile).fileName()), 5000);
    showError(tr("Cannot Open File"), message);
    emit loadFinished(false);
}

void MainWindow::showError(const QString& title, const QString& message) {
    m_lastError = message;
    // Window-modal and non-blocking: the message never starts a nested event loop under a running job.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateWarningsButton() {
    const QStringList all = m_warnings + m_runWarnings;
    m_warningsButton->setVisible(!all.isEmpty());
    m_warningsButton->setText(tr("Warnings: %1").arg(all.size()));
    m_warningsButton->setToolTip(all.join(QLatin1Char('\n')));
}

void MainWindow::showWarnings() {
    auto* box = new QMessageBox(QMessageBox::Information, tr("Warnings"),
                                tr("SegmentLab noticed the following:"), QMessageBox::Ok, this);
    box->setInformativeText(QStringLiteral("• ") + (m_warnings + m_runWarnings).join(QStringLiteral("\n• ")));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About SegmentLab"),
        tr("<h3>SegmentLab %1</h3>"
           "<p>Find, see, name and use customer segments in your own spreadsheets.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!confirmDiscard(tr("Quitting"))) {
        event->ignore();
        return;
    }
    // A half-read file or half-fitted run is of no use after quitting: stop the workers rather than wait for
    // them to finish.
    m_job->cancelAndWait();
    m_segmentJob->cancelAndWait();
    m_sweepJob->cancelAndWait();
    m_outputJob->cancelAndWait();
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedFile(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty()) return;
    event->acceptProposedAction();
    // After the drop has finished: the question before discarding names must not block the drag source.
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
}

void MainWindow::createSegmentDocks() {
    m_panel = new SegmentationPanel;
    m_panelDock = new QDockWidget(tr("Find Segments"), this);
    m_panelDock->setObjectName(QStringLiteral("segmentationDock"));
    m_panelDock->setWidget(m_panel);
    m_panelDock->toggleViewAction()->setText(tr("&Features and Method"));
    addDockWidget(Qt::LeftDockWidgetArea, m_panelDock);
    m_panelDock->hide();  // until a table is loaded
    connect(m_panel, &SegmentationPanel::runRequested, this, &MainWindow::runSegmentation);
    connect(m_panel, &SegmentationPanel::sweepRequested, this, &MainWindow::runSweep);

    m_segmentView = new QTableView;
    m_segmentView->setObjectName(QStringLiteral("segmentList"));
    m_segmentView->setModel(m_segmentList);
    m_segmentView->verticalHeader()->hide();
    m_segmentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_segmentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_segmentView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_segmentView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_segmentList, &SegmentListModel::renameRequested, this, &MainWindow::renameSegment);
    m_segmentView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_segmentView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_segmentView->setShowGrid(false);
    // Long generated names ("High total spend, high orders per year") wrap instead of being cut.
    m_segmentView->setWordWrap(true);
    m_segmentView->setTextElideMode(Qt::ElideNone);
    m_segmentView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_segmentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (m_syncingSegment) return;
                m_document->selectSegment(current.isValid() ? m_segmentList->segmentAt(current.row())
                                                            : SegmentWorkspace::kNoSegment);
            });
    m_segmentDock = new QDockWidget(tr("Segments"), this);
    m_segmentDock->setObjectName(QStringLiteral("segmentDock"));
    m_segmentDock->setToolTip(
        tr("The segments found. Click one to see its customers in every chart and in "
           "the table."));
    auto* segmentPane = new QSplitter(Qt::Vertical);
    segmentPane->addWidget(m_segmentView);
    segmentPane->addWidget(m_workspace->descriptionsView());
    segmentPane->setStretchFactor(0, 1);
    segmentPane->setStretchFactor(1, 3);
    m_segmentDock->setWidget(segmentPane);
    m_segmentDock->toggleViewAction()->setText(tr("&Segment List"));
    addDockWidget(Qt::RightDockWidgetArea, m_segmentDock);
    m_segmentDock->hide();  // until the first run

    connect(m_document, &seg::doc::Document::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_document, &seg::doc::Document::segmentsChanged, this, [this] {
        const seg::chart::SegmentLook look = m_document->look();
        m_segmentList->setNames(look.names);
        m_segmentList->setColors(look.colors);
    });
    connect(m_document, &seg::doc::Document::runChanged, this, &MainWindow::onRunShown);
    connect(m_document, &seg::doc::Document::tableChanged, this, &MainWindow::updateActions);
    connect(m_document, &seg::doc::Document::sweepChanged, this, &MainWindow::updateActions);
    connect(m_workspace->chartTabs(), &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_workspace, &SegmentWorkspace::kRequested, this, [this](int k) {
        m_panel->setK(k);
        runSegmentation();
    });
    connect(m_workspace, &SegmentWorkspace::cutRequested, this, [this](int k) {
        const auto& run = m_document->run();
        if (!run || !run->result->hierarchical) return;
        m_panel->setK(k);
        m_segmentJob->startRecut(run, k);
    });
    connect(m_workspace, &SegmentWorkspace::sweepRequested, this, &MainWindow::runSweep);
    connect(m_workspace, &SegmentWorkspace::epsPicked, this, [this](double eps) {
        m_panel->setEps(eps);
        runSegmentation();
    });
}

void MainWindow::connectJobs() {
    for (BackgroundJob* job :
         {static_cast<BackgroundJob*>(m_segmentJob), static_cast<BackgroundJob*>(m_sweepJob)}) {
        connect(job, &BackgroundJob::progressChanged, m_progress, &QProgressBar::setValue);
        connect(job, &BackgroundJob::finished, this, &MainWindow::hideProgressIfIdle);
    }
    connect(m_segmentJob, &SegmentationJob::succeeded, this, &MainWindow::onSegmented);
    connect(m_segmentJob, &BackgroundJob::failed, this, [this](const QString& message) {
        m_panel->setRunning(false);
        statusBar()->showMessage(tr("No segments found."), 5000);
        showError(tr("Cannot Find Segments"), message);
        emit segmentationFinished(false);
    });
    connect(m_segmentJob, &BackgroundJob::canceled, this, [this] {
        m_panel->setRunning(false);
        statusBar()->showMessage(tr("Stopped. The segments shown are from the last finished run."), 5000);
        emit segmentationFinished(false);
    });
    connect(m_sweepJob, &SweepJob::succeeded, this, &MainWindow::onSwept);
    connect(m_sweepJob, &BackgroundJob::failed, this, [this](const QString& message) {
        showError(tr("Cannot Compare Numbers of Segments"), message);
        emit sweepFinished(false);
    });
    connect(m_sweepJob, &BackgroundJob::canceled, this, [this] { emit sweepFinished(false); });
}

bool MainWindow::readyToRun() {
    if (!m_document->table()) {
        statusBar()->showMessage(tr("Open a spreadsheet first."), 5000);
        return false;
    }
    if (!m_panel->canRun()) {
        statusBar()->showMessage(tr("Tick at least one column under Features first."), 5000);
        return false;
    }
    return true;
}

void MainWindow::runSegmentation() {
    if (!readyToRun()) return;
    m_segmentJob->start(m_document->table(), m_panel->params());
    m_panel->setRunning(true);
    showJobStarted(tr("Finding segments…"));
}

void MainWindow::runSweep() {
    if (!readyToRun()) return;
    const seg::run::SegmentationParams params = m_panel->params();
    if (params.algorithm == seg::run::Algorithm::Dbscan) {
        statusBar()->showMessage(
            tr("DBSCAN finds the number of segments itself; choose another method to compare numbers."),
            8000);
        return;
    }
    m_sweepJob->start(m_document->table(), params.prep, m_panel->sweepParams());
    showJobStarted(tr("Trying 2 to 10 segments…"));
}

bool MainWindow::isSegmenting() const {
    return m_segmentJob->isRunning();
}

bool MainWindow::isSweeping() const {
    return m_sweepJob->isRunning();
}

void MainWindow::onSegmented(const std::shared_ptr<const SegmentationRun>& run) {
    const bool firstForTable = !m_document->hasRun();
    m_panel->setRunning(false);
    const seg::run::SegmentationResult& r = *run->result;
    // Names, colours and the undo history belong to the document: a run or recut that finds the same
    // customers keeps them (Document::setRun).
    m_workspace->offerChart(QStringLiteral("pca-scatter"), m_segmentJob->takeMap(run), run);
    m_document->setRun(run);
    if (r.dbscan) m_panel->setSuggestedEps(r.eps);
    if (firstForTable && !m_workspace->showChart(m_workspace->preferredChart()))
        m_workspace->showChart(QStringLiteral("pca-scatter"));

    const QLocale locale;
    QString message =
        tr("Found %n segment(s) in %1.", nullptr, r.k)
            .arg(run->elapsedMs < 1000 ? tr("%1 ms").arg(locale.toString(qMax<qint64>(1, run->elapsedMs)))
                                       : tr("%1 s").arg(locale.toString(run->elapsedMs / 1000.0, 'f', 1)));
    if (r.silhouette)
        message += QLatin1Char(' ') +
                   tr("Average fit (silhouette): %1.").arg(locale.toString(r.silhouette->mean, 'f', 2));
    statusBar()->showMessage(message, 10000);

    m_runWarnings.clear();
    for (const seg::Warning& warning : r.warnings)
        m_runWarnings << seg::warningText(warning);
    updateWarningsButton();
    emit segmentationFinished(true);
}

void MainWindow::onRunShown() {
    if (!m_document->hasRun()) return;
    const seg::run::SegmentationResult& r = *m_document->run()->result;
    const seg::chart::SegmentLook look = m_document->look();
    m_segmentList->setSegments(r.sizes, m_document->segmentSize(-1), m_document->segmentSize(-2), look.names);
    m_segmentList->setColors(look.colors);
    m_segmentView->resizeColumnsToContents();
    m_segmentView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (!m_segmentDock->isVisible()) {
        m_segmentDock->show();
        if (!m_stateRestored) resizeDocks({m_segmentDock}, {320}, Qt::Horizontal);
    }
    onSelectionChanged();
    updateActions();
}

void MainWindow::updateActions() {
    const bool run = m_document->hasRun();
    for (QAction* action :
         {m_exportSegmentsAction, m_exportPerSegmentAction, m_reportAction, m_presentAction})
        action->setEnabled(run);
    // Chart actions need a chart with something to show: the one in front, or any for Export All.
    const bool current = !m_workspace->currentChartName().isEmpty();
    m_exportChartAction->setEnabled(current);
    m_copyChartAction->setEnabled(current);
    m_exportAllAction->setEnabled(!m_workspace->availableCharts().isEmpty());
}

void MainWindow::onSwept(const std::shared_ptr<const SweepRun>& run) {
    m_document->setSweep(run);
    statusBar()->showMessage(
        tr("Compared 2 to 10 segments: %1 is recommended.").arg(run->result->recommendedK), 10000);
    emit sweepFinished(true);
}

void MainWindow::renameSegment(int segment, const QString& name) {
    m_document->renameSegment(segment, name);
}

void MainWindow::recolorCurrentSegment() {
    const int segment = m_document->selectedSegment();
    if (!m_document->hasRun() || segment < 0 || segment >= m_document->segmentCount()) return;
    auto* dialog = new QColorDialog(m_document->segmentColor(segment), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Colour of %1").arg(m_document->segmentName(segment)));
    connect(dialog, &QColorDialog::colorSelected, this, [this, segment](const QColor& color) {
        if (color.isValid() && color != m_document->segmentColor(segment))
            m_document->recolorSegment(segment, color);
    });
    dialog->open();
}

void MainWindow::onSelectionChanged() {
    const int segment = m_document->selectedSegment();
    m_renameAction->setEnabled(segment >= 0);
    m_recolorAction->setEnabled(segment >= 0);
    m_syncingSegment = true;
    const int row = segment == SegmentWorkspace::kNoSegment ? -1 : m_segmentList->rowOfSegment(segment);
    if (row < 0)
        m_segmentView->selectionModel()->clear();
    else
        m_segmentView->selectionModel()->setCurrentIndex(
            m_segmentList->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_syncingSegment = false;
}

std::vector<std::string> MainWindow::segmentNamesForExport() const {
    std::vector<std::string> names;
    for (const QString& name : m_document->segmentNames())
        names.push_back(name.toStdString());
    return names;
}

void MainWindow::runOutputJob(const QString& what, BackgroundJob::Work work) {
    if (m_outputJob->isRunning()) {
        statusBar()->showMessage(tr("Wait for the file being saved to finish."), 5000);
        return;
    }
    disconnect(m_outputJob, nullptr, this, nullptr);
    connect(m_outputJob, &BackgroundJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_outputJob, &BackgroundJob::finished, this, &MainWindow::hideProgressIfIdle);
    connect(m_outputJob, &BackgroundJob::succeededUntyped, this, [this, what] {
        // The names and colours now live in a file too: leaving them behind no longer needs a question.
        m_document->undoStack()->setClean();
        statusBar()->showMessage(tr("Saved %1.").arg(what), 8000);
        emit outputFinished(true);
    });
    connect(m_outputJob, &BackgroundJob::failed, this, [this](const QString& message) {
        showError(tr("Cannot Save"), message);
        emit outputFinished(false);
    });
    connect(m_outputJob, &BackgroundJob::canceled, this, [this] { emit outputFinished(false); });
    m_outputJob->startWork(std::move(work));
    showJobStarted(tr("Saving %1…").arg(what));
}

bool MainWindow::askCsvOptions(seg::io::SegmentExportOptions& options) {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("CSV Options"));
    auto* delimiter = new QComboBox;
    delimiter->addItem(tr("Comma ( , )"), QVariant::fromValue(int(',')));
    delimiter->addItem(tr("Semicolon ( ; ), as Excel in many European countries"),
                       QVariant::fromValue(int(';')));
    delimiter->addItem(tr("Tab"), QVariant::fromValue(int('\t')));
    QSettings settings;
    delimiter->setCurrentIndex(
        std::max(0, delimiter->findData(settings.value(QStringLiteral("export/delimiter"), int(',')))));
    auto* bom = new QCheckBox(tr("Mark the file as UTF-8 for Excel (byte order mark)"));
    bom->setToolTip(
        tr("Excel then shows accents and other non-English letters correctly; some other tools "
           "show a stray character at the start instead."));
    bom->setChecked(settings.value(QStringLiteral("export/bom"), true).toBool());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Separate columns with:"), delimiter);
    form->addRow(bom);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) return false;
    options.delimiter = char(delimiter->currentData().toInt());
    options.utf8Bom = bom->isChecked();
    settings.setValue(QStringLiteral("export/delimiter"), int(options.delimiter));
    settings.setValue(QStringLiteral("export/bom"), options.utf8Bom);
    return true;
}

void MainWindow::exportSegments(bool perSegment) {
    if (!m_document->hasRun()) return;
    QSettings settings;
    const QString dir =
        settings.value(QStringLiteral("export/segmentsDirectory"), QDir::homePath()).toString();
    const std::vector<std::string> names = segmentNamesForExport();
    const auto run = m_document->run();
    seg::io::SegmentExportOptions options;
    if (perSegment) {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Export One File per Segment To"), dir);
        if (folder.isEmpty() || !askCsvOptions(options)) return;
        settings.setValue(QStringLiteral("export/segmentsDirectory"), folder);
        // Files that exist are refused by the export (nothing is written), and the error names them.
        runOutputJob(tr("one file per segment"), [run, names, folder,
                                                  options](const seg::Progress& progress) {
            (void)seg::io::writeSegmentCsvPerSegment(
                *run->table, *run->result, names, QFile::encodeName(folder).toStdString(), options, progress);
            return std::shared_ptr<const void>(std::make_shared<int>(0));
        });
        return;
    }
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Segment List"), QDir(dir).filePath(QStringLiteral("segments.csv")),
        tr("CSV file (*.csv)") + QStringLiteral(";;") + tr("Excel workbook (*.xlsx)"), &selected);
    if (path.isEmpty()) return;
    settings.setValue(QStringLiteral("export/segmentsDirectory"), QFileInfo(path).absolutePath());
    options.overwrite = true;  // the file dialog has asked
    const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (!xlsx && !askCsvOptions(options)) return;
    saveSegmentList(path, options);
}

void MainWindow::saveSegmentList(const QString& path, const seg::io::SegmentExportOptions& options) {
    if (!m_document->hasRun()) return;
    const std::vector<std::string> names = segmentNamesForExport();
    const auto run = m_document->run();
    const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    runOutputJob(
        QFileInfo(path).fileName(), [run, names, path, options, xlsx](const seg::Progress& progress) {
            const std::string target = QFile::encodeName(path).toStdString();
            if (xlsx)
                seg::io::writeSegmentXlsx(*run->table, *run->result, names, target, options, progress);
            else
                seg::io::writeSegmentCsv(*run->table, *run->result, names, target, options, progress);
            return std::shared_ptr<const void>(std::make_shared<int>(0));
        });
}

void MainWindow::saveReport() {
    if (!m_document->hasRun()) return;
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("export/reportDirectory"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Report"),
        QDir(dir).filePath(QFileInfo(m_currentFile).completeBaseName() + tr("-segments.pdf")),
        tr("PDF document (*.pdf)"));
    if (path.isEmpty()) return;
    settings.setValue(QStringLiteral("export/reportDirectory"), QFileInfo(path).absolutePath());
    saveReportTo(path);
}

void MainWindow::saveReportTo(const QString& path) {
    if (!m_document->hasRun()) return;
    // The worker makes its own charts from the snapshot (every segment in full colour) and writes them.
    const seg::doc::Snapshot snapshot = m_document->snapshot();
    const seg::doc::ChartOptions options = m_workspace->outputOptions(false);
    runOutputJob(QFileInfo(path).fileName(), [snapshot, options, path](const seg::Progress& progress) {
        seg::doc::writeReport(seg::doc::reportInputFor(snapshot, seg::doc::chartsFor(snapshot, options)),
                              path, progress);
        return std::shared_ptr<const void>(std::make_shared<int>(0));
    });
}

void MainWindow::present() {
    if (!m_document->hasRun()) return;
    // The presentation owns its charts (made for it, every segment in full colour): it needs nothing of
    // this window, but closes when a new run replaces what it shows.
    auto* window = new PresentationWindow(
        seg::doc::reportInputFor(m_document->snapshot(), m_workspace->outputCharts(false)));
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &QObject::destroyed, window, &QWidget::close);
    connect(m_segmentJob, &SegmentationJob::succeeded, window, &QWidget::close);
    window->showFullScreen();
}

void MainWindow::exportCurrentChart() {
    const QString name = m_workspace->currentChartName();
    if (name.isEmpty()) {
        statusBar()->showMessage(tr("Choose a chart tab first: this one has nothing to export yet."), 5000);
        return;
    }
    // The dialog gets a chart made for the file; it can show the highlighted segment when asked.
    const auto chart = m_workspace->outputChart(name, false);
    if (!chart) {
        statusBar()->showMessage(tr("Choose a chart tab first: this one has nothing to export yet."), 5000);
        return;
    }
    const int selected = m_document->selectedSegment();
    auto* dialog = new ExportChartDialog(chart, selected >= 0 ? selected : seg::chart::kNoSegment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportChartDialog::exported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    });
    dialog->open();
}

void MainWindow::copyCurrentChart() {
    const QString name = m_workspace->currentChartName();
    if (name.isEmpty()) {
        statusBar()->showMessage(tr("Choose a chart tab first: this one has nothing to copy yet."), 5000);
        return;
    }
    const auto chart = m_workspace->outputChart(name, false);
    if (!chart) {
        statusBar()->showMessage(tr("Choose a chart tab first: this one has nothing to copy yet."), 5000);
        return;
    }
    try {
        seg::chart::copyChartToClipboard(*chart);
        statusBar()->showMessage(tr("Copied the chart; paste it into a slide or document."), 5000);
    } catch (const seg::Error& error) {
        showError(tr("Cannot Copy the Chart"), seg::errorText(error));
    }
}

void MainWindow::exportAllCharts() {
    QSettings settings;
    const QString start = settings.value(QStringLiteral("export/allDirectory"), QDir::homePath()).toString();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export All Charts To"), start);
    if (dir.isEmpty()) return;
    settings.setValue(QStringLiteral("export/allDirectory"), dir);
    const auto charts = m_workspace->outputCharts(false);
    QStringList existing;
    for (const auto& chart : charts)
        if (QFileInfo::exists(QDir(dir).filePath(chart->name() + QStringLiteral(".png"))))
            existing << chart->name() + QStringLiteral(".png");
    if (!existing.isEmpty() &&
        QMessageBox::question(this, tr("Replace Files?"),
                              tr("%1 already holds these files:\n%2\n\nReplace them?")
                                  .arg(QDir::toNativeSeparators(dir), existing.join(QLatin1Char('\n')))) !=
            QMessageBox::Yes)
        return;
    try {
        // Slide-sized pictures, as Export Chart's default.
        const seg::chart::ExportOptions options;
        int written = 0;
        for (const auto& chart : charts) {
            seg::chart::exportChart(*chart, QDir(dir).filePath(chart->name() + QStringLiteral(".png")),
                                    options);
            ++written;
        }
        statusBar()->showMessage(
            tr("Saved %n chart(s) to %1.", nullptr, written).arg(QDir::toNativeSeparators(dir)), 8000);
    } catch (const seg::Error& error) {
        showError(tr("Cannot Export Charts"), seg::errorText(error));
    }
}

QStringList MainWindow::saveScreenshots(const QString& dir, QSize chartSize, qreal dpr) {
    QDir().mkpath(dir);
    QStringList files;
    const QString windowFile = QDir(dir).filePath(QStringLiteral("window.png"));
    if (!grab().save(windowFile))
        throw seg::Error(seg::ErrorCode::FileNotWritable,
                         {.path = windowFile.toStdString(), .detail = "could not save the image"});
    files << windowFile;
    seg::chart::ExportOptions options;
    options.format = seg::chart::ExportFormat::Png;
    options.size = QSize(qRound(chartSize.width() * dpr), qRound(chartSize.height() * dpr));
    options.dpi = qRound(96 * dpr);
    for (const auto& chart : m_workspace->outputCharts(false)) {
        const QString file = QDir(dir).filePath(chart->name() + QStringLiteral(".png"));
        seg::chart::exportChart(*chart, file, options);
        files << file;
    }
    return files;
}

}  // namespace seg::ui
