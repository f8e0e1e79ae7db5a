// PresentationWindow: slides for a real k-means run on the sample customers (title, one per chart, segments),
// key and mouse navigation on the real window, slides rendered with content and the segment names drawn at
// any aspect, the cursor hidden when idle. Set SEGMENTLAB_SCREENSHOT_DIR to keep every slide as PNG.
#include <QDir>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

#include "data/Import.h"
#include "jobs/SegmentationJob.h"
#include "profile/Describe.h"
#include "profile/SegmentProfile.h"
#include "report/PresentationWindow.h"
#include "run/Segmentation.h"
#include "views/PcaScatterView.h"
#include "views/ProfileHeatmapView.h"
#include "views/SegmentPalette.h"
#include "views/SegmentSizesView.h"

using seg::ui::ChartSource;
using seg::ui::PresentationWindow;
using seg::ui::ReportInput;

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
        const QString path = QStringLiteral(SEGMENTLAB_SOURCE_DIR "/resources/sample/customers.csv");
        auto table =
            std::make_shared<const seg::data::Table>(seg::data::importTable(path.toStdString()).table);
        seg::run::SegmentationParams params;
        params.k = 4;
        params.seed = 7;
        auto run = std::make_shared<seg::ui::SegmentationRun>();
        run->table = table;
        run->params = params;
        run->result =
            std::make_shared<const seg::run::SegmentationResult>(seg::run::runSegmentation(*table, params));
        m_run = run;
        const auto& r = *run->result;
        std::vector<std::string> features;
        for (const auto& f : r.prep.pipeline.features())
            features.push_back(f.column);
        auto profile = std::make_shared<const seg::profile::SegmentProfile>(
            seg::profile::profileSegments(*table, r.rowLabels, r.k, features));
        auto descriptions = seg::profile::describeSegments(*profile);
        QStringList names;
        for (const auto& d : descriptions)
            names << d.name;
        m_scatter = std::make_unique<seg::ui::PcaScatterView>();
        m_scatter->setData(std::shared_ptr<const seg::run::SegmentationResult>(m_run, m_run->result.get()));
        m_scatter->setSegmentNames(names);
        m_heatmap = std::make_unique<seg::ui::ProfileHeatmapView>();
        m_heatmap->setProfile(table, r.rowLabels, r.k, features);
        m_heatmap->setSegmentNames(names);
        m_sizes = std::make_unique<seg::ui::SegmentSizesView>();
        m_sizes->setSizes(r.sizes, 0, names);
        auto source = [](const auto* view, const char* name, const char* title) {
            return ChartSource{QString::fromLatin1(name), QString::fromLatin1(title),
                               [view](QPainter& p, const QRectF& b) { view->paint(p, b); }};
        };
        m_input = seg::ui::reportInputFor(*m_run, path, profile, descriptions, {},
                                          {source(m_scatter.get(), "pca-scatter", "Customer map"),
                                           source(m_heatmap.get(), "profile-heatmap", "Segment profiles"),
                                           source(m_sizes.get(), "sizes", "Segment sizes")});
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
            const QString name = seg::ui::reportSegmentName(m_input, s);
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
                QVERIFY2(colouredPixels(image, seg::ui::reportSegmentColor(m_input, s)) > 100,
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

private:
    std::shared_ptr<seg::ui::SegmentationRun> m_run;
    std::unique_ptr<seg::ui::PcaScatterView> m_scatter;
    std::unique_ptr<seg::ui::ProfileHeatmapView> m_heatmap;
    std::unique_ptr<seg::ui::SegmentSizesView> m_sizes;
    ReportInput m_input;
};

QTEST_MAIN(TestPresentationWindow)
#include "tst_presentationwindow.moc"
