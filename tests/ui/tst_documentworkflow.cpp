// The open work as the real main window keeps it (issue 9): names and colours that survive dragging the
// tree's cut away and back with their undo history, every view following an edit, tabs, scroll position and
// actions that follow the file and the run, outputs that show every segment in full colour while one is
// selected on screen, and the question before named segments are thrown away. Empty settings throughout.
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QColorDialog>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <set>

#include "ChartStyle.h"
#include "ChartTest.h"
#include "DendrogramChart.h"
#include "Document.h"
#include "MainWindow.h"
#include "OutputTest.h"
#include "SegmentWorkspace.h"
#include "SizesChart.h"
#include "WindowTest.h"
#include "cluster/Hierarchical.h"
#include "dialogs/ExportChartDialog.h"
#include "dialogs/ImportDialog.h"
#include "models/SegmentListModel.h"
#include "models/TableModel.h"
#include "report/PresentationWindow.h"
#include "views/ChartWidget.h"

using seg::run::Algorithm;
using seg::test::loadAndRun;
using seg::test::loadFile;
using seg::test::runWith;
using seg::test::samplePath;
using seg::ui::ChartWidget;
using seg::ui::MainWindow;
using seg::ui::SegmentWorkspace;

namespace {

// The customers (prepared rows, as the tree numbers them) of segment `segment` in the run shown.
std::set<int> customersOf(const seg::doc::Document& doc, int segment) {
    std::set<int> rows;
    const std::vector<int>& labels = doc.run()->result->labels;
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] == segment) rows.insert(int(i));
    return rows;
}

// The segment of the run shown whose customers are exactly `rows` (-1: none).
int segmentWith(const seg::doc::Document& doc, const std::set<int>& rows) {
    for (int s = 0; s < doc.segmentCount(); ++s)
        if (customersOf(doc, s) == rows) return s;
    return -1;
}

QAction* action(QWidget& window, const char* name) {
    return window.findChild<QAction*>(QLatin1String(name));
}

// Pixels of exactly `color` anywhere in `image`.
int pixelsOf(const QImage& image, const QColor& color) {
    return seg::test::countColor(image, image.rect(), color);
}

// Every segment's own colour is drawn in `image` (at least `minimum` pixels each), and no segment's faded
// colour (as a chart draws segments that are not highlighted) covers more than a few anti-aliased pixels.
void checkFullColour(const seg::doc::Document& doc, const QImage& image, const QString& what,
                     int minimum = 200) {
    QVERIFY2(!image.isNull(), qPrintable(what));
    for (int s = 0; s < doc.segmentCount(); ++s) {
        const int full = pixelsOf(image, doc.segmentColor(s));
        const int faded = pixelsOf(image, seg::chart::faded(doc.segmentColor(s)));
        QVERIFY2(
            full >= minimum,
            qPrintable(
                QStringLiteral("%1: segment %2 has %3 pixels of its colour").arg(what).arg(s).arg(full)));
        QVERIFY2(
            faded < 50,
            qPrintable(QStringLiteral("%1: segment %2 is faded (%3 pixels)").arg(what).arg(s).arg(faded)));
    }
}

}  // namespace

class TestDocumentWorkflow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The chart widget of `name`, brought to the front and laid out for its size on screen.
    static ChartWidget* shownChart(SegmentWorkspace* ws, const QString& name) {
        if (!ws->showChart(name)) return nullptr;
        QApplication::processEvents();
        ChartWidget* widget = ws->chartWidget(name);
        if (widget) widget->refresh();
        return widget;
    }

    // Drags the tree's cut line by mouse from where it is to the middle of the heights giving k segments,
    // and waits for the recut.
    static void dragCutTo(MainWindow& window, int k) {
        SegmentWorkspace* ws = window.workspace();
        ChartWidget* widget = shownChart(ws, QStringLiteral("dendrogram"));
        QVERIFY(widget && widget->isVisible());
        seg::chart::DendrogramChart* tree = ws->dendrogram();
        QVERIFY(tree);
        const auto range = seg::cluster::heightRangeForK(*tree->result(), k);
        QVERIFY(range.exists);
        const double target = std::isfinite(range.high) ? (range.low + range.high) / 2 : range.low * 1.05;
        const int x = int(tree->plotRect().center().x());
        const QPoint from(x, qRound(tree->yForHeight(tree->cutHeight())));
        const QPoint to(x, qRound(tree->yForHeight(target)));
        QVERIFY(from != to);
        QSignalSpy finished(&window, &MainWindow::segmentationFinished);
        seg::test::drag(widget, from, to);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(window.document()->run()->result->k, k);
        QVERIFY(window.document()->run()->recut);
    }

    // Clicks the segment's row in the segment list.
    static void selectInList(MainWindow& window, int segment) {
        auto* list = window.findChild<QTableView*>(QStringLiteral("segmentList"));
        QVERIFY(list);
        const int row = window.segmentListModel()->rowOfSegment(segment);
        QVERIFY(row >= 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(row, 0)).center());
        QCOMPARE(window.document()->selectedSegment(), segment);
    }

    // Renames the selected segment as a user does: Edit > Rename Segment (F2), type, Enter.
    static void renameSelected(MainWindow& window, const QString& name) {
        auto* list = window.findChild<QTableView*>(QStringLiteral("segmentList"));
        QAction* rename = action(window, "renameAction");
        QVERIFY(rename && rename->isEnabled());
        rename->trigger();
        QLineEdit* editor = nullptr;
        QTRY_VERIFY((editor = list->findChild<QLineEdit*>()) != nullptr && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, name);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits the editor's text from the event loop.
        const int segment = window.document()->selectedSegment();
        QTRY_COMPARE(window.document()->segmentName(segment), name);
    }

    // Recolours the selected segment as a user does: Edit > Change Segment Colour, choose, OK.
    static void recolorSelected(MainWindow& window, const QColor& color) {
        QAction* recolor = action(window, "recolorAction");
        QVERIFY(recolor && recolor->isEnabled());
        recolor->trigger();
        QColorDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QColorDialog*>()) != nullptr && dialog->isVisible());
        dialog->setCurrentColor(color);
        dialog->accept();
    }

    QString writeWideTable(const QString& name) {
        QByteArray csv = "id";
        for (int c = 1; c <= 40; ++c)
            csv += ",measure_with_a_long_name_" + QByteArray::number(c);
        csv += '\n';
        for (int r = 0; r < 3000; ++r) {
            csv += "R" + QByteArray::number(r);
            for (int c = 1; c <= 40; ++c)
                csv += ',' + QByteArray::number((r * 7 + c * 13) % 1000);
            csv += '\n';
        }
        const QString path = m_dir.filePath(name);
        if (!seg::test::writeBytes(path, csv)) qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SegmentLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_documentworkflow"));
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    // 9a: a name and colour belong to the customers, not to the segment number of one run; the tree cut
    // dragged away (k - 1) and back (k) brings them back, and Undo still works on them.
    void namesSurviveTheCutDraggedAwayAndBack() {
        MainWindow window;
        window.resize(1300, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        loadAndRun(window, Algorithm::Hierarchical, 4);
        seg::doc::Document* doc = window.document();
        QVERIFY(window.workspace()->availableCharts().contains(QStringLiteral("dendrogram")));

        // Of the two segments the cut to 3 merges, the first: it is gone at k = 3 and must come back.
        const auto& tree = *doc->run()->result->hierarchical;
        const std::vector<int> three = seg::cluster::cutByK(tree, 3);
        QCOMPARE(three.size(), doc->run()->result->labels.size());
        int segment = -1;
        for (int s = 0; s < 4 && segment < 0; ++s) {
            const std::set<int> rows = customersOf(*doc, s);
            std::set<int> labelsThere;
            for (int row : rows)
                labelsThere.insert(three[std::size_t(row)]);
            std::size_t inThatLabel = 0;
            for (int l : three)
                inThatLabel += l == *labelsThere.begin() ? 1 : 0;
            if (labelsThere.size() == 1 && inThatLabel > rows.size()) segment = s;
        }
        QVERIFY(segment >= 0);
        const std::set<int> customers = customersOf(*doc, segment);
        const QString generated = doc->segmentName(segment);
        const QColor colour(200, 30, 120);

        selectInList(window, segment);
        renameSelected(window, QStringLiteral("Weekend families"));
        QCOMPARE(doc->segmentName(segment), QStringLiteral("Weekend families"));
        recolorSelected(window, colour);
        QCOMPARE(doc->segmentColor(segment), colour);
        QAction* undo = action(window, "undoAction");
        QVERIFY(undo && undo->isEnabled());

        dragCutTo(window, 3);
        QCOMPARE(segmentWith(*doc, customers), -1);  // merged with its neighbour
        QVERIFY(!doc->segmentNames().contains(QStringLiteral("Weekend families")));
        dragCutTo(window, 4);

        const int back = segmentWith(*doc, customers);
        QVERIFY(back >= 0);
        QCOMPARE(doc->segmentName(back), QStringLiteral("Weekend families"));
        QCOMPARE(doc->segmentColor(back), colour);
        QCOMPARE(window.segmentListModel()->segmentName(back), QStringLiteral("Weekend families"));
        QCOMPARE(window.workspace()->dendrogram()->segments().name(back), QStringLiteral("Weekend families"));
        QCOMPARE(window.workspace()->dendrogram()->segments().color(back), colour);

        // The undo history survived both recuts: the colour, then the name.
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(doc->segmentColor(back), seg::chart::paletteColor(back));
        QCOMPARE(doc->segmentName(back), QStringLiteral("Weekend families"));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(doc->segmentName(back), generated);
        QVERIFY(!undo->isEnabled());
        action(window, "redoAction")->trigger();
        QCOMPARE(doc->segmentName(back), QStringLiteral("Weekend families"));
    }

    // 9b: the table's Segment column swatches follow a recolour; the banner over the table follows a rename
    // of the segment it shows.
    void swatchesAndBannerFollowEdits() {
        MainWindow window;
        window.resize(1300, 900);
        window.show();
        loadAndRun(window, Algorithm::KMeans, 4);
        seg::doc::Document* doc = window.document();
        seg::ui::TableModel* table = window.tableModel();
        QVERIFY(table->hasSegments());
        int row = -1;
        for (int r = 0; r < table->rowCount() && row < 0; ++r)
            if (table->index(r, 0).data(seg::ui::TableModel::SegmentRole).toInt() == 2) row = r;
        QVERIFY(row >= 0);
        const auto swatch = [&] {
            const QIcon icon = table->index(row, 0).data(Qt::DecorationRole).value<QIcon>();
            return icon.pixmap(QSize(16, 16)).toImage();
        };
        QVERIFY(pixelsOf(swatch(), seg::chart::paletteColor(2)) > 0);

        selectInList(window, 2);
        const QColor colour(10, 120, 60);
        recolorSelected(window, colour);
        QCOMPARE(doc->segmentColor(2), colour);
        row = 0;  // the table now shows segment 2 only
        QVERIFY(pixelsOf(swatch(), colour) > 0);
        QCOMPARE(pixelsOf(swatch(), seg::chart::paletteColor(2)), 0);

        // The banner names the segment it shows, and follows its rename.
        auto* label = window.findChild<QLabel*>(QStringLiteral("filterLabel"));
        QVERIFY(label && label->isVisible());
        QVERIFY2(label->text().contains(doc->segmentName(2)), qPrintable(label->text()));
        renameSelected(window, QStringLiteral("Big spenders"));
        QCOMPARE(doc->segmentName(2), QStringLiteral("Big spenders"));
        QVERIFY2(window.workspace()->filterText().contains(QStringLiteral("Big spenders")),
                 qPrintable(window.workspace()->filterText()));
        QVERIFY2(label->text().contains(QStringLiteral("Big spenders")), qPrintable(label->text()));
        QCOMPARE(table->index(0, 0).data().toString(), QStringLiteral("Big spenders"));
        // Undo: the banner goes back to the generated name, the swatch stays as recoloured.
        action(window, "undoAction")->trigger();
        QVERIFY2(!label->text().contains(QStringLiteral("Big spenders")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(doc->segmentName(2)), qPrintable(label->text()));
        action(window, "undoAction")->trigger();
        QVERIFY(pixelsOf(swatch(), seg::chart::paletteColor(2)) > 0);
    }

    // 9c: a hierarchical run on a second file shows its Tree and Fit tabs straight away.
    void treeAndFitTabsOnASecondFile() {
        MainWindow window;
        window.show();
        loadAndRun(window, Algorithm::KMeans, 4);
        loadFile(window, QStringLiteral(SEGMENTLAB_TEST_DATA "/csv/customers.csv"));
        runWith(window, Algorithm::Hierarchical, 3);
        SegmentWorkspace* ws = window.workspace();
        QTabWidget* tabs = ws->chartTabs();
        QVERIFY(tabs->isVisible());
        for (const QString& name : {QStringLiteral("dendrogram"), QStringLiteral("silhouette")}) {
            QVERIFY2(ws->availableCharts().contains(name), qPrintable(name));
            const int index = tabs->indexOf(ws->chartWidget(name));
            QVERIFY2(index >= 0, qPrintable(name));
            QVERIFY2(tabs->isTabVisible(index), qPrintable(name));
            QVERIFY(ws->showChart(name));
            QCOMPARE(ws->currentChartName(), name);
        }
    }

    // 9d: another file starts at its first row and column.
    void newFileStartsAtTheTopLeft() {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        loadFile(window, writeWideTable(QStringLiteral("wide-a.csv")));
        QTableView* view = window.workspace()->tableView();
        QApplication::processEvents();
        QScrollBar* down = view->verticalScrollBar();
        QScrollBar* across = view->horizontalScrollBar();
        QVERIFY(down->maximum() > 0 && across->maximum() > 0);
        down->setValue(down->maximum());
        across->setValue(across->maximum());
        QApplication::processEvents();
        QVERIFY(view->rowAt(0) > 0 && view->columnAt(0) > 0);

        loadFile(window, writeWideTable(QStringLiteral("wide-b.csv")));
        QApplication::processEvents();
        QVERIFY(down->maximum() > 0 && across->maximum() > 0);
        QCOMPARE(down->value(), down->minimum());
        QCOMPARE(across->value(), across->minimum());
        QCOMPARE(view->rowAt(0), 0);
        QCOMPARE(view->columnAt(0), 0);
    }

    // 9e: outputs of a run are offered only with a run.
    // Issue 9: the Number of Segments tab's intro text was clipped. It wraps, and its label is as tall as its
    // lines need at the width it has, in a small window and a large one.
    void numberOfSegmentsIntroIsNotClipped() {
        MainWindow window;
        window.resize(900, 600);
        window.show();
        loadAndRun(window, Algorithm::KMeans, 4);
        QVERIFY(window.workspace()->showChart(QStringLiteral("elbow")) ||
                window.workspace()->chartTabs()->currentIndex() >= 0);
        auto* tabs = window.workspace()->chartTabs();
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == QStringLiteral("Number of Segments")) tabs->setCurrentIndex(i);
        auto* intro = window.findChild<QLabel*>(QStringLiteral("elbowIntro"));
        QVERIFY(intro);
        for (const QSize size : {QSize(900, 600), QSize(1400, 900)}) {
            window.resize(size);
            QApplication::processEvents();
            QTRY_VERIFY(intro->isVisible());
            QVERIFY(intro->wordWrap());
            QVERIFY2(intro->height() >= intro->heightForWidth(intro->width()),
                     qPrintable(QStringLiteral("%1 px high, %2 needed at %3 px")
                                    .arg(intro->height())
                                    .arg(intro->heightForWidth(intro->width()))
                                    .arg(intro->width())));
            // The whole text is inside the page, not cut at its edges.
            const QRect inPage(intro->mapTo(intro->parentWidget(), QPoint(0, 0)), intro->size());
            QVERIFY(intro->parentWidget()->rect().contains(inPage));
        }
    }

    // Issue 9: long segment names were elided in the segment list. They wrap: the row grows to show every
    // word of the name (the model always has the whole name; the view must not cut it).
    void longNamesWrapInTheSegmentList() {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        loadAndRun(window, Algorithm::KMeans, 4);
        const QString name =
            QStringLiteral("High total spend, high orders per year, low days since last purchase, loyal");
        window.document()->renameSegment(0, name);
        auto* list = window.findChild<QTableView*>(QStringLiteral("segmentList"));
        QVERIFY(list);
        QCOMPARE(list->textElideMode(), Qt::ElideNone);
        QVERIFY(list->wordWrap());
        QApplication::processEvents();
        const int row = window.segmentListModel()->rowOfSegment(0);
        const QModelIndex index = window.segmentListModel()->index(row, 0);
        QCOMPARE(index.data().toString(), name);
        const int width = list->columnWidth(0);
        const QFontMetrics fm(list->font());
        // Narrower than the name: the row holds as many lines as the words need.
        QTRY_VERIFY2(fm.horizontalAdvance(name) > width, "the column is wide enough for one line");
        const QRect needed = fm.boundingRect(QRect(0, 0, width - 12, 10000), Qt::TextWordWrap, name);
        QTRY_VERIFY2(list->rowHeight(row) >= needed.height(),
                     qPrintable(QStringLiteral("row %1 px, the name needs %2 px")
                                    .arg(list->rowHeight(row))
                                    .arg(needed.height())));
    }

    void outputActionsNeedARun() {
        MainWindow window;
        window.show();
        const char* outputs[] = {"exportSegmentsAction", "reportAction",    "presentAction",
                                 "exportChartAction",    "copyChartAction", "exportAllChartsAction"};
        const auto check = [&](bool enabled, const char* when) {
            for (const char* name : outputs) {
                QAction* a = action(window, name);
                QVERIFY2(a, name);
                QVERIFY2(a->isEnabled() == enabled, qPrintable(QStringLiteral("%1 %2").arg(name, when)));
            }
        };
        check(false, "on the welcome page");
        loadFile(window, samplePath());
        check(false, "with a table and no run");
        QVERIFY(!window.document()->hasRun());
        runWith(window, Algorithm::KMeans, 3);
        check(true, "after a run");
        loadFile(window, samplePath());
        check(false, "after another file");
    }

    // 9f: with a segment selected on screen, every output shows every segment in full colour.
    void outputsShowEverySegmentInFullColour() {
        MainWindow window;
        window.resize(1300, 900);
        window.show();
        loadAndRun(window, Algorithm::KMeans, 4);
        seg::doc::Document* doc = window.document();
        SegmentWorkspace* ws = window.workspace();
        selectInList(window, 1);
        // The screen fades the others...
        QVERIFY(shownChart(ws, QStringLiteral("sizes")));
        QCOMPARE(ws->sizes()->highlight(), 1);
        const QImage screen = ws->chartWidget(QStringLiteral("sizes"))->grab().toImage();
        QVERIFY(pixelsOf(screen, seg::chart::faded(doc->segmentColor(0))) > 200);

        // ...the outputs do not. Screenshots (the program's --screenshot-dir):
        const QString shots = m_dir.filePath(QStringLiteral("shots"));
        window.saveScreenshots(shots);
        checkFullColour(*doc, QImage(QDir(shots).filePath(QStringLiteral("sizes.png"))), "screenshot");

        // Chart > Export All Charts, into a folder chosen in the dialog.
        const QString all = m_dir.filePath(QStringLiteral("all"));
        QVERIFY(QDir().mkpath(all));
        QTimer::singleShot(0, this, [all] {
            QFileDialog* dialog = nullptr;
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* d = qobject_cast<QFileDialog*>(w); d && d->isVisible()) dialog = d;
            QVERIFY(dialog);
            dialog->setDirectory(all);
            dialog->selectFile(all);
            static_cast<QDialog*>(dialog)->accept();  // QFileDialog::accept is protected
        });
        action(window, "exportAllChartsAction")->trigger();
        checkFullColour(*doc, QImage(QDir(all).filePath(QStringLiteral("sizes.png"))), "Export All Charts");

        // Chart > Export Chart with its defaults.
        QVERIFY(ws->showChart(QStringLiteral("sizes")));
        action(window, "exportChartAction")->trigger();
        seg::ui::ExportChartDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<seg::ui::ExportChartDialog*>()) != nullptr);
        const QString png = m_dir.filePath(QStringLiteral("export-sizes.png"));
        dialog->setPath(png);
        dialog->accept();
        QTRY_VERIFY(QFileInfo::exists(png));
        checkFullColour(*doc, QImage(png), "Export Chart");

        // Chart > Copy Chart, where the platform has a clipboard.
        action(window, "copyChartAction")->trigger();
        const QImage copied = QApplication::clipboard()->image();
        if (!copied.isNull()) checkFullColour(*doc, copied, "Copy Chart");

        // View > Present Charts: the sizes slide.
        action(window, "presentAction")->trigger();
        seg::ui::PresentationWindow* show = nullptr;
        QTRY_VERIFY((show = [] {
                        for (QWidget* w : QApplication::topLevelWidgets())
                            if (auto* p = qobject_cast<seg::ui::PresentationWindow*>(w); p && p->isVisible())
                                return p;
                        return static_cast<seg::ui::PresentationWindow*>(nullptr);
                    }()) != nullptr);
        int slide = -1;
        for (int i = 0; i < show->slideCount(); ++i)
            if (show->slideKind(i) == seg::ui::PresentationWindow::SlideKind::Chart &&
                show->slideTitle(i) == QStringLiteral("Segment sizes"))
                slide = i;
        QVERIFY(slide >= 0);
        checkFullColour(*doc, show->renderSlide(slide, QSize(1600, 1000)), "presentation");
        show->close();

        // File > Save Report: every page as poppler draws it.
        if (!seg::test::hasPoppler())
            QSKIP("poppler-utils (pdftoppm) are not installed: the report is not checked");
        QSignalSpy saved(&window, &MainWindow::outputFinished);
        const QString pdf = m_dir.filePath(QStringLiteral("selected.pdf"));
        window.saveReportTo(pdf);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 120000);
        QVERIFY(saved.first().first().toBool());
        const QString pages = m_dir.filePath(QStringLiteral("pages"));
        QVERIFY(QDir().mkpath(pages));
        seg::test::runTool(QStringLiteral("pdftoppm"),
                           {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("72"), pdf,
                            QDir(pages).filePath(QStringLiteral("page"))});
        const QStringList files = QDir(pages).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 3);
        // Every segment's colour is on the pages (swatches, charts), and no page has a chart fading one.
        std::vector<int> full(std::size_t(doc->segmentCount()), 0);
        for (const QString& file : files) {
            const QImage page(QDir(pages).filePath(file));
            for (int s = 0; s < doc->segmentCount(); ++s) {
                full[std::size_t(s)] += pixelsOf(page, doc->segmentColor(s));
                QVERIFY2(pixelsOf(page, seg::chart::faded(doc->segmentColor(s))) < 50,
                         qPrintable(QStringLiteral("report %1: segment %2 faded").arg(file).arg(s)));
            }
        }
        for (int s = 0; s < doc->segmentCount(); ++s)
            QVERIFY2(full[std::size_t(s)] > 200, qPrintable(QString::number(s)));
    }

    // 9g: opening another file, the sample data or quitting asks before named or recoloured segments are
    // thrown away, and does nothing when the user says no; nothing is asked when there is nothing to lose.
    void discardingNamedSegmentsAsksFirst() {
        MainWindow window;
        window.show();
        int asked = 0;
        bool answer = false;
        window.setDiscardAnswer([&] {
            ++asked;
            return answer;
        });
        const QString other = QStringLiteral(SEGMENTLAB_TEST_DATA "/csv/customers.csv");
        loadAndRun(window, Algorithm::KMeans, 3);
        seg::doc::Document* doc = window.document();

        // Nothing named: nothing asked, whatever the user does.
        window.openFile(other);
        seg::ui::ImportDialog* preview = nullptr;
        QTRY_VERIFY((preview = window.findChild<seg::ui::ImportDialog*>()) != nullptr);
        preview->reject();
        QVERIFY(window.close());
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loadFinished);
        window.openSampleData();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QCOMPARE(asked, 0);
        // A rename undone leaves nothing to lose either.
        runWith(window, Algorithm::KMeans, 3);
        doc->renameSegment(0, QStringLiteral("Night owls"));
        action(window, "undoAction")->trigger();
        QVERIFY(window.close());
        window.show();
        QCOMPARE(asked, 0);

        // Renamed and recoloured; the user says no: everything stays.
        doc->renameSegment(0, QStringLiteral("Night owls"));
        doc->recolorSegment(1, QColor(20, 20, 20));
        const auto run = doc->run();
        window.openSampleData();
        QCOMPARE(asked, 1);
        QVERIFY(!window.isLoading());
        window.openFile(other);
        QCOMPARE(asked, 2);
        QVERIFY(window.findChild<seg::ui::ImportDialog*>() == nullptr);
        QVERIFY(!window.close());
        QCOMPARE(asked, 3);
        QVERIFY(window.isVisible());
        QTest::qWait(100);
        QCOMPARE(doc->run(), run);
        QCOMPARE(doc->segmentName(0), QStringLiteral("Night owls"));
        QCOMPARE(doc->segmentColor(1), QColor(20, 20, 20));
        QVERIFY(action(window, "undoAction")->isEnabled());

        // The user says yes: each goes ahead.
        answer = true;
        window.openFile(other);
        QCOMPARE(asked, 4);
        QTRY_VERIFY((preview = window.findChild<seg::ui::ImportDialog*>()) != nullptr);
        preview->reject();
        loaded.clear();
        window.openSampleData();
        QCOMPARE(asked, 5);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY(!doc->hasRun());
        QVERIFY(!action(window, "undoAction")->isEnabled());
        runWith(window, Algorithm::KMeans, 3);
        QCOMPARE(asked, 5);
        doc->recolorSegment(2, QColor(20, 20, 20));
        QVERIFY(window.close());
        QCOMPARE(asked, 6);
    }
};

QTEST_MAIN(TestDocumentWorkflow)
#include "tst_documentworkflow.moc"
