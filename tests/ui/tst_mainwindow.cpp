// The real main window: loading from code, by drag and drop through the import preview, the sample data,
// recent files, errors shown instead of crashes, and cancelling a long load.
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "MainWindow.h"
#include "RecentFiles.h"
#include "SampleData.h"
#include "dialogs/ImportDialog.h"
#include "models/ColumnSummaryModel.h"
#include "models/TableModel.h"

using seg::ui::ColumnSummaryModel;
using seg::ui::ImportDialog;
using seg::ui::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_small;
    QString m_big;

    QString write(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

    static void closeMessageBoxes(QWidget& window) {
        for (auto* box : window.findChildren<QMessageBox*>())
            box->close();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SegmentLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QVERIFY(m_dir.isValid());
        m_small = write(QStringLiteral("shop.csv"),
                        "CustomerID,Age,Region,Spend\n"
                        "C1,34,North,120.5\n"
                        "C2,,South,80\n"
                        "C3,51,North,\n"
                        "C4,29,East,42.25\n");
        // Big enough that reading it takes a while (~15 MB), so a cancel lands mid-read.
        QByteArray big = "CustomerID,Age,Region,Spend,Visits\n";
        big.reserve(16 << 20);
        for (int i = 0; i < 400000; ++i)
            big += "C" + QByteArray::number(i) + "," + QByteArray::number(18 + i % 60) + "," +
                   (i % 3 ? "North" : "South") + "," + QByteArray::number(i % 1000) + ".5," +
                   QByteArray::number(i % 17) + "\n";
        m_big = write(QStringLiteral("big.csv"), big);
    }

    void init() { QSettings().clear(); }

    void startsOnWelcomePage() {
        MainWindow window;
        window.show();
        QVERIFY(window.findChild<QPushButton*>("welcomeOpen")->isVisible());
        QVERIFY(window.findChild<QPushButton*>("welcomeSample")->isVisible());
        QCOMPARE(window.tableModel()->rowCount(), 0);
        QVERIFY(!window.isLoading());
    }

    void loadFillsTableAndSummary() {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.load(m_small);
        QVERIFY(window.isLoading());
        QTRY_COMPARE(window.tableModel()->rowCount(), 4);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(window.tableModel()->columnCount(), 4);
        QVERIFY(window.findChild<QTableView*>("dataTable")->isVisible());

        ColumnSummaryModel* summary = window.summaryModel();
        QCOMPARE(summary->rowCount(), 4);
        QCOMPARE(summary->index(1, ColumnSummaryModel::Name).data().toString(), QStringLiteral("Age"));
        QCOMPARE(summary->index(1, ColumnSummaryModel::Missing).data(ColumnSummaryModel::ValueRole).toInt(),
                 1);
        QCOMPARE(summary->index(1, ColumnSummaryModel::Min).data(ColumnSummaryModel::ValueRole).toDouble(),
                 29.0);
        QCOMPARE(summary->index(2, ColumnSummaryModel::Distinct).data(ColumnSummaryModel::ValueRole).toInt(),
                 3);

        QVERIFY(window.windowTitle().contains(QStringLiteral("shop.csv")));
        const QString size = window.findChild<QLabel*>("sizeLabel")->text();
        QVERIFY2(size.contains(QStringLiteral("4 rows")) && size.contains(QStringLiteral("4 columns")),
                 qPrintable(size));
        QVERIFY(window.recentFiles()->files().first().endsWith(QStringLiteral("shop.csv")));
        QCOMPARE(window.currentFile(), QFileInfo(m_small).absoluteFilePath());
    }

    void recentFilesMenu() {
        MainWindow window;
        window.load(m_small);
        QTRY_COMPARE(window.tableModel()->rowCount(), 4);
        auto* menu = window.findChild<QMenu*>("recentMenu");
        QVERIFY(menu);
        QStringList texts;
        for (QAction* action : menu->actions())
            texts << action->text();
        QVERIFY2(texts.first().contains(QStringLiteral("shop.csv")), qPrintable(texts.join('|')));
        QAction* clear = menu->actions().last();
        QVERIFY(clear->isEnabled());
        clear->trigger();
        QVERIFY(window.recentFiles()->files().isEmpty());
        QCOMPARE(menu->actions().size(), 1);  // only "Clear Menu", disabled
        QVERIFY(!menu->actions().first()->isEnabled());
        // Remembered across windows (QSettings).
        window.recentFiles()->add(m_small);
        MainWindow second;
        QCOMPARE(second.recentFiles()->files().size(), 1);
    }

    void dropOpensPreviewThenLoads() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(m_small)});
        const QPoint centre = window.rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());

        ImportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ImportDialog*>()) != nullptr);
        QVERIFY(dialog->isVisible());
        QTRY_COMPARE(dialog->previewModel()->rowCount(), 4);
        // The user makes Region free text before loading; the full load honours it.
        auto* region = dialog->findChild<QComboBox*>("typeCombo:Region");
        region->setCurrentIndex(region->findData(int(seg::data::ColumnType::Text)));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(window.tableModel()->rowCount(), 4);
        QCOMPARE(window.tableModel()->table()->column(2).type(), seg::data::ColumnType::Text);
        QTRY_VERIFY(window.findChild<ImportDialog*>() == nullptr);  // deleted on close
        delete mime;
    }

    void dropIgnoresNonFiles() {
        MainWindow window;
        QMimeData mime;
        mime.setText(QStringLiteral("not a file"));
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void missingFileShowsErrorNotCrash() {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.load(m_dir.filePath(QStringLiteral("nope.csv")));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!window.lastError().isEmpty());
        QTRY_VERIFY(window.findChild<QMessageBox*>() != nullptr);
        QCOMPARE(window.findChild<QMessageBox*>()->text(), window.lastError());
        closeMessageBoxes(window);
        QCOMPARE(window.tableModel()->rowCount(), 0);
    }

    void unsupportedFileRefusedBeforePreview() {
        MainWindow window;
        window.show();
        const QString pdf = write(QStringLiteral("report.csv"), "%PDF-1.7\nnot a table\n");
        window.openFile(pdf);
        QVERIFY(window.findChild<ImportDialog*>() == nullptr);
        QVERIFY(!window.lastError().isEmpty());
        closeMessageBoxes(window);
    }

    void cancelKeepsPreviousTable() {
        MainWindow window;
        window.show();
        window.load(m_small);
        QTRY_COMPARE(window.tableModel()->rowCount(), 4);
        const auto before = window.tableModel()->table();

        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.load(m_big);
        QVERIFY(window.isLoading());
        QVERIFY(window.findChild<QToolButton*>("cancelLoad")->isVisible());
        window.findChild<QToolButton*>("cancelLoad")->click();
        QVERIFY(!window.isLoading());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!window.findChild<QToolButton*>("cancelLoad")->isVisible());
        // Whatever the worker was doing, its result never replaces the table.
        QTest::qWait(1500);
        QCOMPARE(window.tableModel()->table(), before);
        QCOMPARE(finished.count(), 1);
    }

    void newLoadSupersedesStaleOne() {
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.load(m_big);
        window.load(m_small);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(window.tableModel()->rowCount(), 4);
        QTest::qWait(500);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(window.currentFile(), QFileInfo(m_small).absoluteFilePath());
    }

    void bigFileLoadsWithProgress() {
        MainWindow window;
        window.show();
        window.load(m_big);
        QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->rowCount(), 400000, 60000);
        QCOMPARE(window.summaryModel()->rowCount(), 5);
        // Scrolling to the end of the table must not stall (fixed row heights).
        auto* view = window.findChild<QTableView*>("dataTable");
        QElapsedTimer timer;
        timer.start();
        view->scrollToBottom();
        QCoreApplication::processEvents();
        view->scrollToTop();
        QCoreApplication::processEvents();
        QVERIFY2(timer.elapsed() < 2000, "scrolling a big table must be fast");
    }

    void closingWhileLoadingWaits() {
        auto window = std::make_unique<MainWindow>();
        window->show();
        window->load(m_big);
        QVERIFY(window->isLoading());
        QVERIFY(window->close());
        QVERIFY(!window->isLoading());
        window.reset();  // no worker may outlive the window
    }

    void sampleData() {
        if (seg::ui::findSampleFile().isEmpty()) QSKIP("resources/sample/customers.csv not present");
        MainWindow window;
        window.openSampleData();
        QTRY_VERIFY(window.tableModel()->rowCount() > 0);
        QVERIFY(window.currentFile().endsWith(QStringLiteral("customers.csv")));
        QVERIFY2(window.lastError().isEmpty(), qPrintable(window.lastError()));
    }

    // Not a check: with SEGMENTLAB_SCREENSHOT_DIR set, saves the window while loading and once loaded.
    void screenshot() {
        const QString dir = qEnvironmentVariable("SEGMENTLAB_SCREENSHOT_DIR");
        if (dir.isEmpty()) QSKIP("SEGMENTLAB_SCREENSHOT_DIR not set");
        QDir().mkpath(dir);
        MainWindow window;
        window.show();
        window.load(m_big);
        QTest::qWait(50);
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("mainwindow-loading.png"))));
        QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->rowCount(), 400000, 60000);
        window.findChild<QTableView*>("dataTable")->scrollToBottom();
        QTest::qWait(200);
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("mainwindow-big.png"))));
    }

    void sampleSearchHonoursEnvironment() {
        const QString dir = m_dir.filePath(QStringLiteral("sample"));
        QDir().mkpath(dir);
        write(QStringLiteral("sample/customers.csv"), "a,b\n1,2\n");
        qputenv("SEGMENTLAB_SAMPLE_DIR", dir.toLocal8Bit());
        QCOMPARE(seg::ui::findSampleFile(), QDir::cleanPath(dir + QStringLiteral("/customers.csv")));
        qunsetenv("SEGMENTLAB_SAMPLE_DIR");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
