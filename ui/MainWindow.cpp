#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "ImportSettings.h"
#include "RecentFiles.h"
#include "SampleData.h"
#include "common/ErrorText.h"
#include "dialogs/ImportDialog.h"
#include "models/ColumnSummaryModel.h"
#include "models/TableModel.h"

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
    m_recent = new RecentFiles(this);
    m_tableModel = new TableModel(this);
    m_summaryModel = new ColumnSummaryModel(this);

    createCentralWidget();
    createSummaryDock();
    createActions();
    createStatusBar();

    connect(m_job, &LoadJob::started, this, &MainWindow::onLoadStarted);
    connect(m_job, &LoadJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_job, &LoadJob::succeeded, this, &MainWindow::onLoaded);
    connect(m_job, &LoadJob::failed, this, [this](const QString& message) { onLoadFailed(message); });
    connect(m_job, &LoadJob::canceled, this, [this] {
        statusBar()->showMessage(tr("Loading cancelled."), 5000);
        emit loadFinished(false);
    });
    connect(m_job, &LoadJob::finished, this, [this] {
        m_progress->hide();
        m_cancelButton->hide();
    });
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow() {
    m_job->cancelAndWait();
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
    QAction* quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    // Not every platform defines a standard Quit key (Windows has none); Ctrl+Q is what users expect.
    if (quit->shortcut().isEmpty()) quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);
    quit->setStatusTip(tr("Close SegmentLab."));

    QMenu* view = menuBar()->addMenu(tr("&View"));
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

    m_tableView = new QTableView;
    m_tableView->setObjectName(QStringLiteral("dataTable"));
    m_tableView->setModel(m_tableModel);
    setupFastTable(m_tableView);

    m_stack = new QStackedWidget;
    m_stack->addWidget(welcome);
    m_stack->addWidget(m_tableView);
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
    m_cancelButton->setToolTip(tr("Stop loading the file (Esc). The table shown now stays as it is."));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelLoad);
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

void MainWindow::openFile(const QString& path) {
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

bool MainWindow::isLoading() const {
    return m_job->isRunning();
}

void MainWindow::onLoadStarted(const QString& path) {
    m_loadingFile = path;
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    statusBar()->showMessage(tr("Loading %1…").arg(QFileInfo(path).fileName()));
}

void MainWindow::onLoaded(const std::shared_ptr<const LoadResult>& result) {
    const QFileInfo info(result->path);
    m_currentFile = result->path;
    m_lastError.clear();
    m_tableModel->setTable(result->table);
    m_summaryModel->setSummaries(result->summaries, result->table->rowCount());
    m_stack->setCurrentWidget(m_tableView);
    m_summaryDock->show();
    fitColumns(m_tableView, 300);
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
    for (const seg::Warning& warning : result->warnings)
        m_warnings << seg::warningText(warning);
    m_warningsButton->setVisible(!m_warnings.isEmpty());
    m_warningsButton->setText(tr("Warnings: %1").arg(m_warnings.size()));
    m_warningsButton->setToolTip(m_warnings.join(QLatin1Char('\n')));
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

void MainWindow::showWarnings() {
    auto* box = new QMessageBox(QMessageBox::Information, tr("Warnings"),
                                tr("The file was loaded, but SegmentLab noticed the following:"),
                                QMessageBox::Ok, this);
    box->setInformativeText(QStringLiteral("• ") + m_warnings.join(QStringLiteral("\n• ")));
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
    // A half-read file is of no use after quitting: stop the worker rather than wait for it to finish.
    m_job->cancelAndWait();
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
    openFile(path);
}

}  // namespace seg::ui
