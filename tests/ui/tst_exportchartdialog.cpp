// ExportChartDialog with fresh settings, as a new user gets it: the preset, the numbers, the result line, the
// preview and the written file always agree (a slide of 1920 x 1080 by default); PDF pages and SVG drawings
// follow size and DPI; outputs show every segment in full colour unless "As on screen" is checked; format and
// suffix in step, remembered settings, the overwrite question, errors, tooltips. Images go to
// SEGMENTLAB_SCREENSHOT_DIR if set.
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <memory>

#include "ChartTest.h"
#include "OutputTest.h"
#include "SizesChart.h"
#include "dialogs/ExportChartDialog.h"

using seg::chart::ExportFormat;
using seg::chart::kNoSegment;
using seg::chart::SizesChart;
using seg::test::countColor;
using seg::test::differingShare;
using seg::test::inkAtEdges;
using seg::test::mediaBox;
using seg::test::readAll;
using seg::test::saveShot;
using seg::ui::ExportChartDialog;
using Preset = seg::ui::ExportChartDialog::Preset;

Q_DECLARE_METATYPE(seg::ui::ExportChartDialog::Preset)

namespace {

std::shared_ptr<SizesChart> sizesChart() {
    auto chart = std::make_shared<SizesChart>();
    chart->setSizes({12840, 5321, 30210, 977}, 1502);
    return chart;
}

QSpinBox* spin(const QDialog& dialog, const char* name) {
    return dialog.findChild<QSpinBox*>(QLatin1String(name));
}

QComboBox* presetCombo(const QDialog& dialog) {
    return dialog.findChild<QComboBox*>(QStringLiteral("preset"));
}

// The preview as the user sees it: the label's pixmap, in device-independent pixels.
QSizeF shownPreviewSize(const QDialog& dialog) {
    const auto* label = dialog.findChild<QLabel*>(QStringLiteral("preview"));
    if (!label) return {};
    const QPixmap pixmap = label->pixmap();
    return QSizeF(pixmap.size()) / pixmap.devicePixelRatio();
}

double aspect(QSizeF size) {
    return size.height() > 0 ? size.width() / size.height() : 0.0;
}

}  // namespace

class TestExportChartDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString tempPath(const QString& name) const { return m_dir.filePath(name); }

    // Exports through the dialog (Export, no file there yet) and returns the file's path.
    QString exportTo(ExportChartDialog& dialog, const QString& name) {
        const QString path = tempPath(name);
        QFile::remove(path);
        dialog.setPath(path);
        dialog.accept();
        return path;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SegmentLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportchartdialog"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    // Issue 9: fresh settings showed "Screen (1600 × 1000)" beside 100 × 100 px, "156 × 156 pixels" and a
    // garbled preview, and wrote that. Now a slide, everywhere.
    void freshDialogIsASlideEverywhere() {
        auto chart = sizesChart();
        ExportChartDialog dialog(chart);
        QCOMPARE(dialog.preset(), Preset::Slide);
        QVERIFY(presetCombo(dialog)->currentText().contains(QStringLiteral("1920 × 1080")));
        QCOMPARE(spin(dialog, "width")->value(), 1920);
        QCOMPARE(spin(dialog, "height")->value(), 1080);
        QCOMPARE(dialog.chartSize(), QSize(1920, 1080));
        QCOMPARE(dialog.dpi(), 144);
        QCOMPARE(dialog.format(), ExportFormat::Png);
        QVERIFY(!dialog.asOnScreen());
        QVERIFY2(dialog.pixelSizeText().contains(QStringLiteral("1920")) &&
                     dialog.pixelSizeText().contains(QStringLiteral("1080")),
                 qPrintable(dialog.pixelSizeText()));
        QCOMPARE(dialog.pixelSizeText(), QStringLiteral("1920 × 1080 pixels"));
        // The preview, as shown and as rendered, is 16:9.
        QVERIFY(!dialog.previewImage().isNull());
        QVERIFY2(std::abs(aspect(shownPreviewSize(dialog)) / (16.0 / 9.0) - 1.0) < 0.01,
                 qPrintable(QString::number(aspect(shownPreviewSize(dialog)))));
        QVERIFY(std::abs(aspect(dialog.previewImage().size()) / (16.0 / 9.0) - 1.0) < 0.01);
        // The default file name is the chart's, in the (test) pictures or documents folder.
        QCOMPARE(QFileInfo(dialog.path()).fileName(), QStringLiteral("sizes.png"));

        const QImage preview = dialog.previewImage();
        const QString path = exportTo(dialog, QStringLiteral("fresh.png"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1920, 1080));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 144);
        QCOMPARE(inkAtEdges(image), 0);
        // The preview is the file, shrunk: not a layout at another size.
        const QImage shrunk = image.scaled(preview.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const double share = differingShare(shrunk, preview);
        QVERIFY2(share < 0.01, qPrintable(QString::number(share)));
        saveShot(image, "export-dialog-fresh.png");
        saveShot(preview, "export-dialog-fresh-preview.png");
    }

    // Each preset, chosen as the user does (in the combo): numbers, result line, preview and file agree.
    void eachPresetAgrees_data() {
        QTest::addColumn<Preset>("preset");
        QTest::addColumn<QSize>("size");
        QTest::newRow("slide") << Preset::Slide << QSize(1920, 1080);
        QTest::newRow("screen") << Preset::Screen << QSize(1600, 1000);
        QTest::newRow("square") << Preset::Square << QSize(1200, 1200);
    }

    void eachPresetAgrees() {
        QFETCH(Preset, preset);
        QFETCH(QSize, size);
        QCOMPARE(ExportChartDialog::presetSize(preset), size);
        ExportChartDialog dialog(sizesChart());
        // Start elsewhere, so choosing the preset is a change.
        dialog.setChartSize(QSize(640, 480));
        QCOMPARE(dialog.preset(), Preset::Custom);
        QComboBox* combo = presetCombo(dialog);
        combo->setCurrentIndex(combo->findData(int(preset)));
        QCOMPARE(dialog.preset(), preset);
        QVERIFY(
            combo->currentText().contains(QStringLiteral("%1 × %2").arg(size.width()).arg(size.height())));
        QCOMPARE(spin(dialog, "width")->value(), size.width());
        QCOMPARE(spin(dialog, "height")->value(), size.height());
        QCOMPARE(dialog.pixelSizeText(),
                 QStringLiteral("%1 × %2 pixels").arg(size.width()).arg(size.height()));
        QCOMPARE(dialog.options().size, size);
        QTRY_VERIFY(std::abs(aspect(dialog.previewImage().size()) / aspect(size) - 1.0) < 0.01);
        QVERIFY(std::abs(aspect(shownPreviewSize(dialog)) / aspect(size) - 1.0) < 0.01);
        // The DPI scales text, never the pixels.
        for (int dpi : {96, 300}) {
            dialog.setDpi(dpi);
            QCOMPARE(dialog.pixelSizeText(),
                     QStringLiteral("%1 × %2 pixels").arg(size.width()).arg(size.height()));
        }
        const QString path = exportTo(dialog, QStringLiteral("preset.png"));
        QCOMPARE(QImage(path).size(), size);
        QCOMPARE(inkAtEdges(QImage(path)), 0);
    }

    // The preset remembered is shown with its own numbers, also when it is the combo's first entry (the
    // cause of the 100 × 100: choosing the item already current emitted nothing).
    void rememberedPresetShowsItsNumbers_data() {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<Preset>("preset");
        QTest::newRow("slide") << QStringLiteral("slide") << Preset::Slide;
        QTest::newRow("screen") << QStringLiteral("screen") << Preset::Screen;
        QTest::newRow("square") << QStringLiteral("square") << Preset::Square;
        QTest::newRow("unknown") << QStringLiteral("poster") << Preset::Slide;
    }

    void rememberedPresetShowsItsNumbers() {
        QFETCH(QString, stored);
        QFETCH(Preset, preset);
        QSettings().setValue(QStringLiteral("export/preset"), stored);
        ExportChartDialog dialog(sizesChart());
        QCOMPARE(dialog.preset(), preset);
        QCOMPARE(dialog.chartSize(), ExportChartDialog::presetSize(preset));
        QCOMPARE(spin(dialog, "width")->value(), ExportChartDialog::presetSize(preset).width());
    }

    void customNumbersAgree() {
        ExportChartDialog dialog(sizesChart());
        spin(dialog, "width")->setValue(1000);
        spin(dialog, "height")->setValue(700);
        QCOMPARE(dialog.preset(), Preset::Custom);
        QCOMPARE(presetCombo(dialog)->currentText(), QStringLiteral("Custom"));
        QCOMPARE(dialog.pixelSizeText(), QStringLiteral("1000 × 700 pixels"));
        QTRY_VERIFY(std::abs(aspect(dialog.previewImage().size()) / (1000.0 / 700.0) - 1.0) < 0.01);
        dialog.setDpi(300);
        QCOMPARE(dialog.pixelSizeText(), QStringLiteral("1000 × 700 pixels"));
        // Typing a preset's numbers selects it again.
        dialog.setChartSize(QSize(1600, 1000));
        QCOMPARE(dialog.preset(), Preset::Screen);
        dialog.setChartSize(QSize(1000, 700));
        const QString path = exportTo(dialog, QStringLiteral("custom.png"));
        QCOMPARE(QImage(path).size(), QSize(1000, 700));
        QCOMPARE(qRound(QImage(path).dotsPerMeterX() * 0.0254), 300);
        // Remembered as custom, with its numbers.
        ExportChartDialog next(sizesChart());
        QCOMPARE(next.preset(), Preset::Custom);
        QCOMPARE(next.chartSize(), QSize(1000, 700));
        QCOMPARE(next.dpi(), 300);
    }

    // A size too large to hold is refused before it is tried; a huge one still gets a preview of its shape.
    void hugeSizes() {
        ExportChartDialog dialog(sizesChart());
        dialog.setChartSize(QSize(16000, 4000));
        QTRY_VERIFY(!dialog.previewImage().isNull() &&
                    std::abs(aspect(dialog.previewImage().size()) / 4.0 - 1.0) < 0.01);
        QCOMPARE(dialog.pixelSizeText(), QStringLiteral("16000 × 4000 pixels"));
        dialog.setChartSize(QSize(20000, 20000));
        QVERIFY(dialog.pixelSizeText().contains(QStringLiteral("too large")));
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
    }

    // A PDF page is size / dpi inches; poppler draws it with nothing at the page's edge and finds the title.
    void pdfPageFollowsSizeAndDpi() {
        auto chart = sizesChart();
        ExportChartDialog dialog(chart);
        dialog.setFormat(ExportFormat::Pdf);
        QCOMPARE(QFileInfo(dialog.path()).suffix(), QStringLiteral("pdf"));
        // 1920 x 1080 at 144 dpi: 13.3 x 7.5 in, 339 x 191 mm.
        QVERIFY2(dialog.pixelSizeText().contains(QStringLiteral("339 × 191 mm")),
                 qPrintable(dialog.pixelSizeText()));
        QVERIFY(dialog.pixelSizeText().contains(QStringLiteral("13.3 × 7.5 in")));
        const QString path = exportTo(dialog, QStringLiteral("slide.pdf"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF"));
        const QRectF box = mediaBox(pdf);
        QVERIFY2(std::abs(box.width() - 1920.0 / 144 * 72) < 0.5 &&
                     std::abs(box.height() - 1080.0 / 144 * 72) < 0.5,
                 qPrintable(QStringLiteral("MediaBox %1 x %2").arg(box.width()).arg(box.height())));
        if (!seg::test::hasPoppler()) QSKIP("poppler-utils (pdftoppm, pdftotext) are not installed");
        const QImage page = seg::test::pdfPageImage(path, 96);
        QCOMPARE(page.size(), QSize(1280, 720));
        QVERIFY(seg::test::countInk(page, page.rect()) > 2000);
        QCOMPARE(inkAtEdges(page, 3), 0);
        QVERIFY2(seg::test::pdfText(path).contains(QStringLiteral("Customers per segment")),
                 qPrintable(seg::test::pdfText(path)));
        saveShot(page, "export-dialog-slide-pdf.png");
    }

    // An SVG drawing is size * 96 / dpi CSS px (charts/ChartOutput.h).
    void svgFollowsSizeAndDpi() {
        ExportChartDialog dialog(sizesChart());
        dialog.setFormat(ExportFormat::Svg);
        QVERIFY2(dialog.pixelSizeText().contains(QStringLiteral("1280 × 720")),
                 qPrintable(dialog.pixelSizeText()));
        const QString path = exportTo(dialog, QStringLiteral("slide.svg"));
        const QByteArray svg = readAll(path);
        static const QRegularExpression viewBox(QStringLiteral("viewBox=\"([-\\d. ]+)\""));
        const auto m = viewBox.match(QString::fromUtf8(svg));
        QVERIFY2(m.hasMatch(), svg.left(400).constData());
        const QStringList numbers = m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(numbers.size(), 4);
        QCOMPARE(numbers.at(2).toDouble(), 1920.0 * 96 / 144);
        QCOMPARE(numbers.at(3).toDouble(), 1080.0 * 96 / 144);
    }

    // Issue 9: with a segment highlighted on screen, exports washed the others out. Now full colour unless
    // the user asks for the chart as on screen.
    void outputsShowEverySegmentInFull() {
        for (bool asOnScreen : {false, true}) {
            auto chart = sizesChart();
            chart->setHighlight(2);  // as the on-screen chart had it
            ExportChartDialog dialog(chart, 2);
            auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("asOnScreen"));
            QVERIFY(box && box->isEnabled());
            QVERIFY(!box->isChecked());
            QCOMPARE(box->text(), QStringLiteral("As on screen (keep the highlighted segment)"));
            dialog.setAsOnScreen(asOnScreen);
            dialog.setChartSize(QSize(1200, 800));
            const QString path = exportTo(dialog, QStringLiteral("highlight-%1.png").arg(asOnScreen));
            const QImage image(path);
            QCOMPARE(image.size(), QSize(1200, 800));
            // The chart was laid out for the file, so its bars are where the file has them.
            const QRect bar0 = chart->barRect(0).toAlignedRect();
            const QRect bar2 = chart->barRect(2).toAlignedRect();
            QVERIFY(!bar0.isEmpty());
            const int full0 = countColor(image, bar0, seg::chart::paletteColor(0));
            const int full2 = countColor(image, bar2, seg::chart::paletteColor(2));
            QVERIFY2(full2 > 100, qPrintable(QString::number(full2)));
            if (asOnScreen)
                QVERIFY2(full0 == 0, qPrintable(QString::number(full0)));
            else
                QVERIFY2(full0 > 100, qPrintable(QString::number(full0)));
            saveShot(image, asOnScreen ? "export-dialog-as-on-screen.png" : "export-dialog-full-colour.png");
        }
        // Nothing highlighted on screen: the option has nothing to keep.
        ExportChartDialog plain(sizesChart());
        QVERIFY(!plain.findChild<QCheckBox*>(QStringLiteral("asOnScreen"))->isEnabled());
    }

    void formatFollowsSuffix() {
        ExportChartDialog dialog(sizesChart());
        dialog.setPath(QStringLiteral("x.svg"));
        QCOMPARE(dialog.format(), ExportFormat::Svg);
        QCOMPARE(dialog.options().format, ExportFormat::Svg);
        // The DPI sizes text in every format (and a PDF's page).
        QVERIFY(spin(dialog, "dpi")->isEnabled());
        dialog.setPath(QStringLiteral("/tmp/report.PDF"));
        QCOMPARE(dialog.format(), ExportFormat::Pdf);
        dialog.setPath(QStringLiteral("/tmp/report.png"));
        QCOMPARE(dialog.format(), ExportFormat::Png);
        // An unknown ending keeps the format; choosing a format fixes the ending.
        dialog.setPath(QStringLiteral("/tmp/q3.results"));
        QCOMPARE(dialog.format(), ExportFormat::Png);
        dialog.setFormat(ExportFormat::Pdf);
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/q3.results.pdf"));
        dialog.setFormat(ExportFormat::Svg);
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/q3.results.svg"));
        // A name with no ending is given the format's on export.
        const QString bare = tempPath(QStringLiteral("bare"));
        dialog.setPath(bare);
        dialog.setFormat(ExportFormat::Png);
        dialog.setChartSize(QSize(400, 300));
        dialog.accept();
        QCOMPARE(QImage(bare + QStringLiteral(".png")).size(), QSize(400, 300));
    }

    void exportsAndRemembers() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deck-chart.pdf"));
        {
            ExportChartDialog dialog(sizesChart());
            QSignalSpy exported(&dialog, &ExportChartDialog::exported);
            dialog.setPath(path);
            dialog.setPreset(Preset::Screen);
            dialog.setDpi(300);
            dialog.accept();
            QCOMPARE(exported.count(), 1);
            QCOMPARE(exported.first().first().toString(), path);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(readAll(path).startsWith("%PDF"));
            QCOMPARE(mediaBox(readAll(path)).size(), QSizeF(384, 240));  // 1600 x 1000 at 300 dpi
        }
        ExportChartDialog next(sizesChart());
        QCOMPARE(next.path(), QDir(dir.path()).filePath(QStringLiteral("sizes.pdf")));
        QCOMPARE(next.format(), ExportFormat::Pdf);
        QCOMPARE(next.preset(), Preset::Screen);
        QCOMPARE(next.chartSize(), QSize(1600, 1000));
        QCOMPARE(next.dpi(), 300);
        QVERIFY(!next.asOnScreen());
    }

    void asksBeforeReplacing() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(seg::test::writeBytes(path, "keep me"));
        ExportChartDialog dialog(sizesChart());
        dialog.setPath(path);
        dialog.setChartSize(QSize(400, 300));
        dialog.setDpi(96);
        dialog.accept();
        auto* question = dialog.findChild<QMessageBox*>(QStringLiteral("overwriteQuestion"));
        QVERIFY(question);
        QVERIFY(question->isVisible());
        QCOMPARE(readAll(path), QByteArray("keep me"));
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!dialog.findChild<QMessageBox*>(QStringLiteral("overwriteQuestion")));
        QCOMPARE(readAll(path), QByteArray("keep me"));
        QVERIFY(dialog.result() != int(QDialog::Accepted));

        dialog.accept();
        question = dialog.findChild<QMessageBox*>(QStringLiteral("overwriteQuestion"));
        QVERIFY(question);
        question->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(QImage(path).size(), QSize(400, 300));
    }

    void showsExportErrors() {
        ExportChartDialog dialog(sizesChart());
        dialog.setPath(tempPath(QStringLiteral("missing-folder/chart.png")));
        dialog.setChartSize(QSize(400, 300));
        dialog.accept();
        auto* error = dialog.findChild<QMessageBox*>(QStringLiteral("exportError"));
        QVERIFY(error);
        QVERIFY(error->text().contains(QStringLiteral("chart.png")));
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        error->button(QMessageBox::Ok)->click();
    }

    // The clipboard gets the chart at the chosen size exactly, in full colour unless asked otherwise.
    void copiesAtTheChosenSize() {
        auto chart = sizesChart();
        chart->setHighlight(1);
        ExportChartDialog dialog(chart, 1);
        dialog.setChartSize(QSize(900, 600));
        auto* copy = dialog.findChild<QPushButton*>(QStringLiteral("copy"));
        QVERIFY(copy);
        copy->click();
        const QImage image = QGuiApplication::clipboard()->image();
        QCOMPARE(image.size(), QSize(900, 600));
        QVERIFY(countColor(image, chart->barRect(0).toAlignedRect(), seg::chart::paletteColor(0)) > 100);
    }

    // Every control says in plain words what it does.
    void everyControlHasATooltip() {
        auto chart = sizesChart();
        ExportChartDialog dialog(chart, 0);
        const QList<QWidget*> controls = dialog.findChildren<QWidget*>();
        int checked = 0;
        for (QWidget* w : controls) {
            if (!qobject_cast<QLineEdit*>(w) && !qobject_cast<QComboBox*>(w) &&
                !qobject_cast<QAbstractSpinBox*>(w) && !qobject_cast<QAbstractButton*>(w))
                continue;
            if (qobject_cast<QLineEdit*>(w) && qobject_cast<QAbstractSpinBox*>(w->parentWidget())) continue;
            ++checked;
            QVERIFY2(!w->toolTip().isEmpty(),
                     qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(w->metaObject()->className()),
                                                            w->objectName())));
        }
        QVERIFY(checked >= 10);
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("preview"))->toolTip().isEmpty());
        if (const QString dir = qEnvironmentVariable("SEGMENTLAB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.adjustSize();
            saveShot(dialog.grab().toImage(), "export-dialog.png");
        }
    }
};

QTEST_MAIN(TestExportChartDialog)
#include "tst_exportchartdialog.moc"
