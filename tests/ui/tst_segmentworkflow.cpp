// The segmentation workflow in the real main window, as a user drives it: load the sample, choose features,
// run, see every chart, select a segment and see it everywhere, drag the dendrogram's cut, click a k on the
// number-of-segments chart, export a chart, cancel a run; and the headless screenshot mode of the program.
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QImage>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <map>
#include <set>

#include "ChartStyle.h"
#include "DendrogramChart.h"
#include "Document.h"
#include "ElbowChart.h"
#include "HeatmapChart.h"
#include "MainWindow.h"
#include "SampleData.h"
#include "ScatterChart.h"
#include "SegmentWorkspace.h"
#include "SilhouetteChart.h"
#include "SizesChart.h"
#include "WindowTest.h"
#include "cluster/Hierarchical.h"
#include "data/Import.h"
#include "dialogs/ExportChartDialog.h"
#include "models/FeatureListModel.h"
#include "models/SegmentListModel.h"
#include "models/TableModel.h"
#include "panels/SegmentationPanel.h"
#include "report/PresentationWindow.h"
#include "run/Segmentation.h"
#include "views/ChartWidget.h"

using seg::run::Algorithm;
using seg::test::samplePath;
using seg::ui::ChartWidget;
using seg::ui::MainWindow;
using seg::ui::SegmentWorkspace;

namespace {

// Labels are compared up to renumbering: the same partition of rows.
bool samePartition(const std::vector<int>& a, const std::vector<int>& b) {
    if (a.size() != b.size()) return false;
    std::map<int, int> ab, ba;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (ab.emplace(a[i], b[i]).first->second != b[i]) return false;
        if (ba.emplace(b[i], a[i]).first->second != a[i]) return false;
    }
    return true;
}

}  // namespace

class TestSegmentWorkflow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void closeMessageBoxes(QWidget& window) {
        for (auto* box : window.findChildren<QMessageBox*>())
            box->close();
    }

    // A window with the sample loaded and one run finished with the given method and k.
    static void loadAndRun(MainWindow& window, Algorithm algorithm, int k) {
        seg::test::loadAndRun(window, algorithm, k);
    }

    // The chart widget of `name`, shown and laid out at its size on screen.
    static ChartWidget* shownChart(SegmentWorkspace* ws, const QString& name) {
        if (!ws->showChart(name)) return nullptr;
        QApplication::processEvents();
        ChartWidget* widget = ws->chartWidget(name);
        if (widget)
            widget->refresh();  // laid out for its size on screen: the chart's geometry is the widget's
        return widget;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SegmentLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_segmentworkflow"));
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void runFillsEveryChartAndAgreesWithCore() {
        MainWindow window;
        window.show();
        loadAndRun(window, Algorithm::KMeans, 4);
        SegmentWorkspace* ws = window.workspace();
        seg::doc::Document* doc = window.document();
        QVERIFY(ws->chartTabs()->isVisible());
        QCOMPARE(ws->availableCharts(),
                 (QStringList{"pca-scatter", "profile-heatmap", "silhouette", "sizes"}));
        QCOMPARE(window.segmentListModel()->rowCount(), 4);
        QVERIFY(window.tableModel()->hasSegments());
        QCOMPARE(window.tableModel()->columnOffset(), 1);

        // The same parameters through the core directly give the same segments, row for row.
        const auto run = doc->run();
        QVERIFY(run);
        const seg::data::ImportResult imported = seg::data::importTable(samplePath().toStdString());
        const seg::run::SegmentationResult direct = seg::run::runSegmentation(imported.table, run->params);
        QCOMPARE(direct.rowLabels, run->result->rowLabels);
        // Segments are named from what distinguishes them, and every view uses the names.
        QVERIFY(!run->descriptions.empty());
        QCOMPARE(doc->segmentName(0), run->descriptions[0].name);
        QCOMPARE(ws->scatter()->segments().name(0), doc->segmentName(0));
        QCOMPARE(window.segmentListModel()->segmentName(0), doc->segmentName(0));
        QVERIFY(!ws->silhouette()->isEmpty());
        QCOMPARE(ws->heatmap()->featureCount(), int(run->result->prep.pipeline.features().size()));
        // The segment column of the table shows each row's segment.
        for (int row : {0, 1, 500, 1999})
            QCOMPARE(window.tableModel()->index(row, 0).data(seg::ui::TableModel::SegmentRole).toInt(),
                     run->result->rowLabels[std::size_t(row)]);
    }

    void ctrlRRuns() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.load(samplePath());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY(window.segmentationPanel()->isVisible());
        QSignalSpy finished(&window, &MainWindow::segmentationFinished);
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(window.isSegmenting());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("segmentDock"))->isVisible());
    }

    void chosenFeaturesAreUsed() {
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.load(samplePath());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        window.segmentationPanel()->setFeatures({QStringLiteral("age"), QStringLiteral("total_spend")});
        QSignalSpy finished(&window, &MainWindow::segmentationFinished);
        window.runSegmentation();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        std::vector<std::string> used;
        for (const auto& f : window.document()->run()->result->prep.pipeline.features())
            used.push_back(f.column);
        std::sort(used.begin(), used.end());
        QCOMPARE(used, (std::vector<std::string>{"age", "total_spend"}));
    }

    void selectingASegmentHighlightsEverywhere() {
        MainWindow window;
        window.resize(1300, 900);
        window.show();
        loadAndRun(window, Algorithm::KMeans, 4);
        SegmentWorkspace* ws = window.workspace();
        seg::doc::Document* doc = window.document();
        const auto& r = *doc->run()->result;

        // From the segment list.
        auto* list = window.findChild<QTableView*>(QStringLiteral("segmentList"));
        QVERIFY(list);
        const QRect cell = list->visualRect(list->model()->index(2, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(doc->selectedSegment(), 2);
        QCOMPARE(ws->scatter()->highlight(), 2);
        QVERIFY(window.tableModel()->isFiltered());
        QCOMPARE(std::size_t(window.tableModel()->rowCount()), r.sizes[2]);
        for (int row = 0; row < window.tableModel()->rowCount(); row += 37)
            QCOMPARE(r.rowLabels[std::size_t(window.tableModel()->tableRow(row))], 2);
        auto* banner = window.findChild<QWidget*>(QStringLiteral("filterBar"));
        QVERIFY(banner && banner->isVisible());

        // From a chart: a click on the sizes chart's bar reaches the list and the table.
        ChartWidget* sizes = shownChart(ws, QStringLiteral("sizes"));
        QVERIFY(sizes && sizes->isVisible());
        const QRectF bar = ws->sizes()->barRect(0);
        QVERIFY(!bar.isEmpty());
        QTest::mouseClick(sizes, Qt::LeftButton, {}, bar.center().toPoint());
        QCOMPARE(doc->selectedSegment(), 0);
        QCOMPARE(list->currentIndex().row(), 0);
        QCOMPARE(std::size_t(window.tableModel()->rowCount()), r.sizes[0]);

        // Show all: back to every row, nothing highlighted.
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("showAllRows")), Qt::LeftButton);
        QCOMPARE(doc->selectedSegment(), SegmentWorkspace::kNoSegment);
        QCOMPARE(window.tableModel()->rowCount(), 2000);
        QVERIFY(!banner->isVisible());
        QCOMPARE(ws->scatter()->highlight(), seg::chart::kNoSegment);
    }

    void renameAndRecolourWithUndo() {
        MainWindow window;
        window.show();
        loadAndRun(window, Algorithm::KMeans, 4);
        SegmentWorkspace* ws = window.workspace();
        seg::doc::Document* doc = window.document();
        const QString generated = doc->segmentName(1);
        auto* list = window.findChild<QTableView*>(QStringLiteral("segmentList"));
        // Typing a new name into the list (as after a double click or F2).
        QVERIFY(
            window.segmentListModel()->setData(window.segmentListModel()->index(1, 0), "Weekend families"));
        QCOMPARE(doc->segmentName(1), QStringLiteral("Weekend families"));
        QCOMPARE(ws->scatter()->segments().name(1), QStringLiteral("Weekend families"));
        QCOMPARE(list->model()->index(1, 0).data().toString(), QStringLiteral("Weekend families"));
        const int row = [&] {
            for (int r = 0; r < window.tableModel()->rowCount(); ++r)
                if (window.tableModel()->index(r, 0).data(seg::ui::TableModel::SegmentRole).toInt() == 1)
                    return r;
            return -1;
        }();
        QVERIFY(row >= 0);
        QCOMPARE(window.tableModel()->index(row, 0).data().toString(), QStringLiteral("Weekend families"));

        doc->recolorSegment(2, QColor(Qt::black));
        QCOMPARE(doc->segmentColor(2), QColor(Qt::black));
        QCOMPARE(ws->scatter()->segments().color(2), QColor(Qt::black));
        doc->recolorSegment(2, QColor());
        QCOMPARE(doc->segmentColor(2), seg::chart::paletteColor(2));
        QCOMPARE(ws->scatter()->segments().color(2), seg::chart::paletteColor(2));

        // Undo and redo the rename from the Edit menu (the two colour edits first).
        auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QCOMPARE(doc->segmentColor(2), QColor(Qt::black));
        undo->trigger();
        QCOMPARE(doc->segmentColor(2), seg::chart::paletteColor(2));
        undo->trigger();
        QCOMPARE(doc->segmentName(1), generated);
        window.findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
        QCOMPARE(doc->segmentName(1), QStringLiteral("Weekend families"));

        // The same segments again (same seed): the name survives the re-run.
        QSignalSpy finished(&window, &MainWindow::segmentationFinished);
        window.runSegmentation();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(doc->segmentName(1), QStringLiteral("Weekend families"));
        // Different segments (on age alone): names start afresh.
        window.segmentationPanel()->setFeatures({QStringLiteral("age")});
        window.runSegmentation();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        for (int s = 0; s < 4; ++s)
            QVERIFY(doc->segmentName(s) != QStringLiteral("Weekend families"));
    }

    void rubberBandShowsCustomersInTable() {
        MainWindow window;
        window.resize(1300, 900);
        window.show();
        loadAndRun(window, Algorithm::KMeans, 3);
        SegmentWorkspace* ws = window.workspace();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ChartWidget* widget = shownChart(ws, QStringLiteral("pca-scatter"));
        QVERIFY(widget && widget->isVisible());
        seg::chart::ScatterChart* scatter = ws->scatter();
        // Drag a band over the middle of the plot.
        const QRectF area = scatter->plotRect();
        QVERIFY(!area.isEmpty());
        const QPoint from = (area.topLeft() + QPointF(area.width() * 0.35, area.height() * 0.30)).toPoint();
        const QPoint to = (area.topLeft() + QPointF(area.width() * 0.65, area.height() * 0.70)).toPoint();
        seg::test::drag(widget, from, to, Qt::ShiftModifier, 10);
        const QVector<int> chosen = scatter->selectedRows();
        QVERIFY2(!chosen.isEmpty(), "the band should cover some customers");
        QCOMPARE(window.document()->selectedRows(), chosen);
        QVERIFY(window.tableModel()->isFiltered());
        QCOMPARE(window.tableModel()->rowCount(), chosen.size());
        const std::set<int> shown = [&] {
            std::set<int> s;
            for (int row = 0; row < window.tableModel()->rowCount(); ++row)
                s.insert(window.tableModel()->tableRow(row));
            return s;
        }();
        QCOMPARE(shown, std::set<int>(chosen.begin(), chosen.end()));

        // And rows chosen in the table are marked on the map.
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("showAllRows")), Qt::LeftButton);
        QVERIFY(!window.tableModel()->isFiltered());
        ws->tableView()->selectionModel()->select(
            window.tableModel()->index(5, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(ws->scatter()->selectedRows(), QVector<int>{5});
    }

    void draggingTheCutRecutsLive() {
        MainWindow window;
        window.resize(1300, 900);
        window.show();
        loadAndRun(window, Algorithm::Hierarchical, 4);
        SegmentWorkspace* ws = window.workspace();
        seg::doc::Document* doc = window.document();
        QVERIFY(ws->availableCharts().contains(QStringLiteral("dendrogram")));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ChartWidget* widget = shownChart(ws, QStringLiteral("dendrogram"));
        QVERIFY(widget);
        QTRY_VERIFY(widget->isVisible());
        seg::chart::DendrogramChart* tree = ws->dendrogram();
        QCOMPARE(tree->k(), 4);

        // Drag the cut from where it is to the middle of the heights that give 2 segments.
        const auto range = seg::cluster::heightRangeForK(*tree->result(), 2);
        QVERIFY(range.exists);
        const double target = std::isfinite(range.high) ? (range.low + range.high) / 2 : range.low * 1.05;
        const int x = int(tree->plotRect().center().x());
        const QPoint from(x, int(tree->yForHeight(tree->cutHeight())));
        const QPoint to(x, int(tree->yForHeight(target)));
        QSignalSpy finished(&window, &MainWindow::segmentationFinished);
        seg::test::drag(widget, from, to);
        QCOMPARE(tree->k(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(doc->run()->result->k == 2, 30000);
        QVERIFY(doc->run()->recut);
        QCOMPARE(window.segmentListModel()->rowCount(), 2);
        QCOMPARE(window.segmentationPanel()->k(), 2);
        // The recut is the tree cut at 2, and every view shows it.
        QVERIFY(samePartition(doc->run()->result->labels, seg::cluster::cutByK(*tree->result(), 2)));
        QVERIFY(ws->showChart(QStringLiteral("sizes")));  // views off screen catch up when shown
        QCOMPARE(ws->sizes()->segments().name(1), doc->segmentName(1));
        QCOMPARE(ws->sizes()->sizes().size(), std::size_t(2));
        QCOMPARE(window.tableModel()->index(0, 0).data(seg::ui::TableModel::SegmentRole).toInt(),
                 doc->run()->result->rowLabels[0]);
    }

    void clickingAKOnTheElbowRunsIt() {
        MainWindow window;
        window.resize(1300, 900);
        window.show();
        loadAndRun(window, Algorithm::KMeans, 4);
        SegmentWorkspace* ws = window.workspace();
        QSignalSpy swept(&window, &MainWindow::sweepFinished);
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("elbowSweepButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(swept.count(), 1, 120000);
        QCOMPARE(swept.first().first().toBool(), true);
        QVERIFY(ws->availableCharts().contains(QStringLiteral("elbow")));
        ChartWidget* widget = shownChart(ws, QStringLiteral("elbow"));
        QVERIFY(widget);
        QTRY_VERIFY(widget->isVisible());
        widget->refresh();
        seg::chart::ElbowChart* elbow = ws->elbow();
        QCOMPARE(elbow->currentK(), 4);

        const QRectF plot = elbow->plotRect(0);
        const double x = elbow->xForK(6, 0);
        QVERIFY(std::isfinite(x));
        QSignalSpy finished(&window, &MainWindow::segmentationFinished);
        QTest::mouseClick(widget, Qt::LeftButton, {}, QPointF(x, plot.center().y()).toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(window.document()->run()->result->k, 6);
        QCOMPARE(window.segmentationPanel()->k(), 6);
        QCOMPARE(ws->elbow()->currentK(), 6);
    }

    void exportingAChartWritesTheFile() {
        MainWindow window;
        window.show();
        loadAndRun(window, Algorithm::KMeans, 3);
        QVERIFY(window.workspace()->showChart(QStringLiteral("profile-heatmap")));
        auto* action = window.findChild<QAction*>(QStringLiteral("exportChartAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        seg::ui::ExportChartDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<seg::ui::ExportChartDialog*>()) != nullptr);
        const QString path = m_dir.filePath(QStringLiteral("profiles.png"));
        dialog->setPath(path);
        dialog->setChartSize(QSize(1200, 800));
        dialog->setDpi(96);
        dialog->accept();
        QTRY_VERIFY(QFileInfo::exists(path));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1200, 800));
        // Not blank: the heatmap's cells are coloured.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 10)
            for (int x = 0; x < image.width(); x += 10)
                if (QColor(image.pixel(x, y)).saturation() > 60) ++coloured;
        QVERIFY2(coloured > 100, qPrintable(QString::number(coloured)));
    }

    void savingSegmentListsReportAndPresenting() {
        MainWindow window;
        window.show();
        loadAndRun(window, Algorithm::KMeans, 3);
        window.document()->renameSegment(0, QStringLiteral("Loyal regulars"));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("exportSegmentsAction"))->isEnabled());

        // CSV: every row, with the names the user sees.
        QSignalSpy saved(&window, &MainWindow::outputFinished);
        const QString csv = m_dir.filePath(QStringLiteral("list.csv"));
        window.saveSegmentList(csv, {});
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 60000);
        QVERIFY(saved.first().first().toBool());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(text.count('\n'), 2001);  // header + every customer
        QVERIFY(text.contains("Loyal regulars"));

        // XLSX, read back with our own reader: the summary sheet names the segments.
        const QString xlsx = m_dir.filePath(QStringLiteral("list.xlsx"));
        window.saveSegmentList(xlsx, {});
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 60000);
        QVERIFY(saved.last().first().toBool());
        seg::data::ImportOptions summary;
        summary.xlsx.sheet = "Summary";
        const auto book = seg::data::importTable(xlsx.toStdString(), summary);
        QCOMPARE(book.table.rowCount(), std::size_t(3));

        // Never overwrites without asking: the dialog asks; without it the export refuses.
        window.saveSegmentList(csv, {});
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 3, 60000);
        QVERIFY(!saved.last().first().toBool());
        closeMessageBoxes(window);

        // The PDF report.
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        window.saveReportTo(pdf);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 4, 120000);
        QVERIFY(saved.last().first().toBool());
        QFile report(pdf);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.read(5) == "%PDF-");

        // The presentation opens full screen and steps with the keyboard.
        window.findChild<QAction*>(QStringLiteral("presentAction"))->trigger();
        seg::ui::PresentationWindow* show = nullptr;
        QTRY_VERIFY((show = qobject_cast<seg::ui::PresentationWindow*>([] {
                         for (QWidget* w : QApplication::topLevelWidgets())
                             if (w->objectName() == QLatin1String("presentationWindow")) return w;
                         return static_cast<QWidget*>(nullptr);
                     }())) != nullptr);
        QVERIFY(show->slideCount() >= 4);
        QTest::keyClick(show, Qt::Key_Right);
        QCOMPARE(show->currentSlide(), 1);
        QTest::keyClick(show, Qt::Key_Escape);
        QTRY_VERIFY(!show->isVisible());
    }

    void cancelKeepsTheLastSegments() {
        MainWindow window;
        loadAndRun(window, Algorithm::KMeans, 3);
        const auto before = window.document()->run();
        // Cancelled straight after it starts: whenever the worker stops, its result is dropped.
        window.segmentationPanel()->setAlgorithm(Algorithm::Hierarchical);
        QSignalSpy finished(&window, &MainWindow::segmentationFinished);
        window.runSegmentation();
        QVERIFY(window.isSegmenting());
        window.cancelJobs();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!window.isSegmenting());
        QCOMPARE(window.document()->run(), before);
        QCOMPARE(window.segmentListModel()->rowCount(), 3);
    }

    void newRunSupersedesStaleOne() {
        MainWindow window;
        loadAndRun(window, Algorithm::KMeans, 3);
        QSignalSpy finished(&window, &MainWindow::segmentationFinished);
        window.segmentationPanel()->setK(5);
        window.runSegmentation();
        window.segmentationPanel()->setK(6);
        window.runSegmentation();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);  // the stale run delivers nothing
        QCOMPARE(window.document()->run()->result->k, 6);
    }

    void dbscanShowsDensityChart() {
        MainWindow window;
        loadAndRun(window, Algorithm::Dbscan, 4);
        const QStringList names = window.workspace()->availableCharts();
        QVERIFY(names.contains(QStringLiteral("k-distance")));
        QVERIFY(!names.contains(QStringLiteral("dendrogram")));
    }

    void newFileClearsTheRun() {
        MainWindow window;
        loadAndRun(window, Algorithm::KMeans, 3);
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.load(samplePath());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY(!window.document()->run());
        QVERIFY(!window.tableModel()->hasSegments());
        QCOMPARE(window.segmentListModel()->rowCount(), 0);
        QVERIFY(window.workspace()->availableCharts().isEmpty());
    }

    void headlessScreenshots_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        const QStringList common{"window.png", "pca-scatter.png", "profile-heatmap.png",
                                 "elbow.png",  "silhouette.png",  "sizes.png"};
        QTest::newRow("hierarchical")
            << QStringList{"--algorithm", "hierarchical", "--linkage", "ward", "--k", "4"}
            << (common + QStringList{"dendrogram.png"});
        QTest::newRow("kmeans features")
            << QStringList{"--features", "age,annual_income,total_spend", "--algorithm", "kmeans", "--k", "3"}
            << common;
    }

    void headlessScreenshots() {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const QString dir =
            m_dir.filePath(QStringLiteral("shots-%1").arg(QTest::currentDataTag()).replace(' ', '-'));
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(SEGMENTLAB_GUI),
                  QStringList{"--open", samplePath()} + arguments + QStringList{"--screenshot-dir", dir});
        QVERIFY(gui.waitForFinished(180000));
        QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());
        for (const QString& name : expected) {
            const QImage image(QDir(dir).filePath(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            QVERIFY(image.width() >= 800 && image.height() >= 500);
        }
        if (!expected.contains(QStringLiteral("dendrogram.png")))
            QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("dendrogram.png"))));
    }

    void badCommandLineExitsWithMessage() {
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(SEGMENTLAB_GUI), {"--open", samplePath(), "--algorithm", "magic"});
        QVERIFY(gui.waitForFinished(30000));
        QCOMPARE(gui.exitCode(), 2);
        QVERIFY(gui.readAllStandardError().contains("--algorithm"));
    }
};

QTEST_MAIN(TestSegmentWorkflow)
#include "tst_segmentworkflow.moc"
