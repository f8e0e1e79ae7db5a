// PresentationWindow: slides for a real k-means run on the sample customers (title, one per chart made from
// the document's snapshot, segments), key and mouse navigation on the real window, slides rendered with
// content and the segment names drawn at any aspect, the cursor hidden when idle; a segment selected on
// screen leaves every segment in full colour on the slides; long names are complete on the title slide. Set
// SEGMENTLAB_SCREENSHOT_DIR to keep every slide as PNG.
#include <QDir>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

#include "ChartStyle.h"
#include "Document.h"
#include "ReportWriter.h"
#include "Run.h"
#include "RunCharts.h"
#include "SegmentWorkspace.h"
#include "SizesChart.h"
#include "data/Import.h"
#include "models/TableModel.h"
#include "profile/Describe.h"
#include "profile/SegmentProfile.h"
#include "report/PresentationWindow.h"
#include "run/Segmentation.h"

using seg::doc::ReportInput;
using seg::ui::PresentationWindow;

namespace {

// Pixels that are neither white nor near-grey (text and rules are grey; segment colours are not).
int colouredPixels(const QImage& image, const QColor& colour) {
    int count = 0;
    const QRgb want = colour.rgb() & 0xFFFFFF;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if ((image.pixel(x, y) & 0xFFFFFF) == want) ++count;
    return count;
}

int nonWhitePixels(const QImage& image) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if ((image.pixel(x, y) & 0xFFFFFF) != 0xFFFFFF) ++count;
    return count;
}

void saveShot(const QImage& image, const QString& name) {
    const QString dir = qEnvironmentVariable("SEGMENTLAB_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    QVERIFY(image.save(QDir(dir).filePath(name)));
}

}  // namespace

class TestPresentationWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_path = QStringLiteral(SEGMENTLAB_SOURCE_DIR "/resources/sample/customers.csv");
        m_table =
            std::make_shared<const seg::data::Table>(seg::data::importTable(m_path.toStdString()).table);
        seg::run::SegmentationParams params;
        params.k = 4;
        params.seed = 7;
        auto run = std::make_shared<seg::doc::SegmentationRun>();
        run->table = m_table;
        run->params = params;
        run->result =
            std::make_shared<const seg::run::SegmentationResult>(seg::run::runSegmentation(*m_table, params));
        seg::doc::profileRun(*run);
        m_run = run;
        m_document.setTable(m_table, m_path);
        m_document.setRun(m_run);
        const seg::doc::Snapshot snapshot = m_document.snapshot();
        // Map, profiles and sizes, as the presentation is given them (made for it from the snapshot).
        std::vector<std::shared_ptr<seg::chart::Chart>> charts;
        for (const char* name : {"pca-scatter", "profile-heatmap", "sizes"}) {
            auto chart = seg::doc::chartFor(snapshot, QString::fromLatin1(name));
            QVERIFY2(chart, name);
            charts.push_back(chart);
        }
        m_input = seg::doc::reportInputFor(snapshot, charts);
    }

    void slides() {
        PresentationWindow window(m_input);
        QCOMPARE(window.objectName(), QStringLiteral("presentationWindow"));
        QCOMPARE(window.slideCount(), 2 + 3);
        QCOMPARE(window.currentSlide(), 0);
        QCOMPARE(window.slideKind(0), PresentationWindow::SlideKind::Title);
        QCOMPARE(window.slideKind(1), PresentationWindow::SlideKind::Chart);
        QCOMPARE(window.slideKind(4), PresentationWindow::SlideKind::Segments);
        QCOMPARE(window.slideTitle(1), QStringLiteral("Customer map"));
        QCOMPARE(window.slideTitle(3), QStringLiteral("Segment sizes"));
        QCOMPARE(window.slideTitle(4), QStringLiteral("Segments"));

        // The title slide names the file, the count and every segment with its share; the last one every
        // segment's name and description.
        const QStringList title = window.slideTexts(0);
        QVERIFY2(title.join(QLatin1Char(' ')).contains(QStringLiteral("customers.csv")),
                 qPrintable(title.join('|')));
        // "4 segments" once the English plural forms are filled in (translations/fill_english_plurals.py).
        QVERIFY(title.join(QLatin1Char(' ')).contains(QStringLiteral("4 segment")));
        const QStringList last = window.slideTexts(4);
        for (int s = 0; s < 4; ++s) {
            const QString name = seg::doc::reportSegmentName(m_input, s);
            QVERIFY2(title.contains(name), qPrintable(name));
            QVERIFY2(last.contains(name), qPrintable(name));
            QVERIFY(last.contains(m_input.descriptions[s].description));
        }
        QVERIFY(window.slideTexts(2).contains(QStringLiteral("Segment profiles")));
        QVERIFY(window.slideTexts(2).contains(QStringLiteral("3 / 5")));
    }

    void renderedSlides_data() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("16:9 full HD") << QSize(1920, 1080);
        QTest::newRow("16:10 laptop") << QSize(1440, 900);
        QTest::newRow("4:3 projector") << QSize(1024, 768);
    }
    void renderedSlides() {
        QFETCH(QSize, size);
        PresentationWindow window(m_input);
        for (int i = 0; i < window.slideCount(); ++i) {
            const QImage image = window.renderSlide(i, size);
            QCOMPARE(image.size(), size);
            QVERIFY2(nonWhitePixels(image) > size.width() * size.height() / 100,
                     qPrintable(QString::number(i)));
            saveShot(image,
                     QStringLiteral("slide-%1-%2x%3.png").arg(i + 1).arg(size.width()).arg(size.height()));
        }
        // Every segment's swatch is on the title and the segments slides.
        for (int slide : {0, window.slideCount() - 1}) {
            const QImage image = window.renderSlide(slide, size);
            for (int s = 0; s < 4; ++s)
                QVERIFY2(colouredPixels(image, seg::doc::reportSegmentColor(m_input, s)) > 100,
                         qPrintable(QStringLiteral("slide %1 segment %2").arg(slide).arg(s)));
        }
        QVERIFY(window.renderSlide(0, QSize()).isNull());
    }

    void keys() {
        PresentationWindow window(m_input);
        window.resize(800, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy changed(&window, &PresentationWindow::slideChanged);
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.currentSlide(), 1);
        QTest::keyClick(&window, Qt::Key_Space);
        QCOMPARE(window.currentSlide(), 2);
        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(window.currentSlide(), 3);
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(window.currentSlide(), 2);
        QTest::keyClick(&window, Qt::Key_Backspace);
        QCOMPARE(window.currentSlide(), 1);
        QTest::keyClick(&window, Qt::Key_PageUp);
        QCOMPARE(window.currentSlide(), 0);
        QTest::keyClick(&window, Qt::Key_Left);  // stays on the first
        QCOMPARE(window.currentSlide(), 0);
        QTest::keyClick(&window, Qt::Key_End);
        QCOMPARE(window.currentSlide(), window.slideCount() - 1);
        QTest::keyClick(&window, Qt::Key_Right);  // stays on the last
        QCOMPARE(window.currentSlide(), window.slideCount() - 1);
        QTest::keyClick(&window, Qt::Key_Home);
        QCOMPARE(window.currentSlide(), 0);
        QCOMPARE(changed.count(), 8);
        QCOMPARE(changed.last().at(0).toInt(), 0);
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isVisible());
    }

    void mouse() {
        PresentationWindow window(m_input);
        window.resize(800, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(&window, Qt::LeftButton, {}, QPoint(400, 250));
        QCOMPARE(window.currentSlide(), 1);
        QTest::mouseClick(&window, Qt::LeftButton, {}, QPoint(100, 100));
        QCOMPARE(window.currentSlide(), 2);
        QTest::mouseClick(&window, Qt::RightButton, {}, QPoint(100, 100));
        QCOMPARE(window.currentSlide(), 1);
        window.next();
        window.next();
        window.next();
        QCOMPARE(window.currentSlide(), 4);
        window.previous();
        QCOMPARE(window.currentSlide(), 3);
        // The window paints the current slide as renderSlide does.
        const QImage grabbed = window.grab().toImage();
        QVERIFY(nonWhitePixels(grabbed) > 1000);
    }

    void cursorHidesWhenIdle() {
        PresentationWindow window(m_input);
        window.resize(800, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.cursor().shape() != Qt::BlankCursor);
        QTRY_COMPARE_WITH_TIMEOUT(window.cursor().shape(), Qt::BlankCursor,
                                  PresentationWindow::kCursorIdleMs + 2000);
        QTest::mouseMove(&window, QPoint(200, 200));
        QVERIFY(window.cursor().shape() != Qt::BlankCursor);
    }

    void fullScreen() {
        PresentationWindow window(m_input);
        window.showFullScreen();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isFullScreen());
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.currentSlide(), 1);
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isVisible());
    }

    void manySegmentsFit() {
        // Twelve segments, long names, no charts: the title and segments slides shrink type to fit.
        ReportInput input;
        input.sourcePath = QStringLiteral("/data/big.csv");
        input.rows = 120000;
        input.segmented = 120000;
        input.k = 12;
        for (int s = 0; s < 12; ++s) {
            input.sizes.push_back(10000);
            input.names << QStringLiteral("High total spend, many orders per year %1").arg(s + 1);
            seg::profile::SegmentDescription d;
            d.name = input.names.last();
            d.description = QStringLiteral(
                "High total spend (2.3× average), many orders per year (+40%), region "
                "mostly North (62% vs 25% overall).");
            input.descriptions.push_back(d);
        }
        PresentationWindow window(input);
        QCOMPARE(window.slideCount(), 2);
        for (int slide = 0; slide < 2; ++slide) {
            const QImage image = window.renderSlide(slide, QSize(1280, 800));
            saveShot(image, QStringLiteral("slide-k12-%1.png").arg(slide + 1));
            const QStringList texts = window.slideTexts(slide);
            // Every name drawn (elided on the title slide, where the share needs the room).
            for (int s = 0; s < 12; ++s) {
                const QString suffix = QStringLiteral(" %1").arg(s + 1);
                const bool found = std::any_of(texts.begin(), texts.end(), [&](const QString& t) {
                    return t == input.names[s] || (slide == 0 && t.startsWith(QStringLiteral("High total")));
                });
                QVERIFY2(found, qPrintable(input.names[s] + suffix));
            }
        }
    }

    // Issue 9: with a segment selected on screen (the workspace fades the others), the presentation made as
    // Present Charts makes it (the workspace's output charts, not as on screen) shows every segment of every
    // chart slide in its full palette colour.
    void selectionLeavesSlidesInFullColour() {
        seg::doc::Document document;
        seg::ui::TableModel model;
        seg::ui::SegmentWorkspace workspace(&document, &model);
        workspace.resize(1200, 800);
        model.setTable(m_table);
        document.setTable(m_table, m_path);
        document.setRun(m_run);
        document.selectSegment(1);
        QCoreApplication::processEvents();
        // On screen the selection fades the other segments.
        QVERIFY(workspace.sizes());
        QCOMPARE(workspace.sizes()->highlight(), 1);
        QCOMPARE(workspace.outputOptions(false).highlight, seg::doc::Document::kNoSegment);

        PresentationWindow window(
            seg::doc::reportInputFor(document.snapshot(), workspace.outputCharts(false)));
        PresentationWindow asOnScreen(
            seg::doc::reportInputFor(document.snapshot(), workspace.outputCharts(true)));
        const QSize size(1280, 720);
        const int k = document.segmentCount();
        QCOMPARE(k, 4);
        for (const QString& chart :
             {QStringLiteral("Segment sizes"), QStringLiteral("Segment fit (silhouette)")}) {
            int slide = -1;
            for (int i = 0; i < window.slideCount(); ++i)
                if (window.slideTitle(i) == chart) slide = i;
            QVERIFY2(slide > 0, qPrintable(chart));
            const QImage image = window.renderSlide(slide, size);
            const QImage faded = asOnScreen.renderSlide(slide, size);
            saveShot(image, QStringLiteral("slide-selected-%1.png").arg(slide + 1));
            saveShot(faded, QStringLiteral("slide-selected-as-on-screen-%1.png").arg(slide + 1));
            for (int s = 0; s < k; ++s) {
                QCOMPARE(document.segmentColor(s), seg::chart::paletteColor(s));
                const int full = colouredPixels(image, seg::chart::paletteColor(s));
                QVERIFY2(full > 500,
                         qPrintable(QStringLiteral("%1, segment %2: %3 px").arg(chart).arg(s).arg(full)));
                // As on screen (asked for) fades the others: what this test sees if the selection leaks.
                if (s != 1)
                    QVERIFY2(colouredPixels(faded, seg::chart::paletteColor(s)) < full / 4,
                             qPrintable(QStringLiteral("%1, segment %2").arg(chart).arg(s)));
            }
        }
    }

    // Issue 9: long segment names are wrapped, not elided, on the title slide where there is room.
    void longNamesCompleteOnTitleSlide() {
        ReportInput input;
        input.sourcePath = QStringLiteral("/data/customers.csv");
        input.rows = 100000;
        input.segmented = 100000;
        input.k = 5;
        for (int s = 0; s < input.k; ++s) {
            input.sizes.push_back(20000);
            // 70 characters: too long for one line of the title slide's type.
            const QString name =
                QStringLiteral("Loyal high-income shoppers who order often online and in stores, set %1")
                    .arg(s + 1);
            QCOMPARE(name.size(), 70);
            input.names << name;
        }
        PresentationWindow window(input);
        for (const QSize& size : {QSize(1920, 1080), QSize(1024, 768)})
            saveShot(window.renderSlide(0, size),
                     QStringLiteral("slide-long-names-%1x%2.png").arg(size.width()).arg(size.height()));
        const QStringList texts = window.slideTexts(0);
        const QString joined = texts.join(QLatin1Char(' ')).simplified();
        for (const QString& name : input.names)
            QVERIFY2(joined.contains(name), qPrintable(name + QStringLiteral(" in ") + texts.join('|')));
        QVERIFY2(!joined.contains(QChar(0x2026)), qPrintable(joined));
    }

private:
    QString m_path;
    std::shared_ptr<const seg::data::Table> m_table;
    std::shared_ptr<const seg::doc::SegmentationRun> m_run;
    seg::doc::Document m_document;
    ReportInput m_input;
};

QTEST_MAIN(TestPresentationWindow)
#include "tst_presentationwindow.moc"
