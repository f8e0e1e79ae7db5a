// ImportDialog driven like a user: options changed through its own combo boxes and spin box, the preview
// re-read off the GUI thread (debounced), errors and warnings shown, and the chosen options and types
// returned.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "dialogs/ImportDialog.h"
#include "models/TableModel.h"

using seg::data::ColumnType;
using seg::data::FileFormat;
using seg::data::ImportOptions;
using seg::ui::ImportDialog;

namespace {

// A European export: semicolons, decimal commas, and a postcode column that must stay text.
QByteArray europeanCsv(int rows) {
    QByteArray csv = "Name;Score;Joined;Postcode\n";
    for (int i = 0; i < rows; ++i) {
        csv += QStringLiteral("Person %1;%2,%3;2024-01-%4;0%5\n")
                   .arg(i)
                   .arg(i % 10)
                   .arg(i % 4 * 25)
                   .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                   .arg(1000 + i)
                   .toUtf8();
    }
    return csv;
}

QComboBox* combo(const ImportDialog& dialog, const QString& name) {
    auto* box = dialog.findChild<QComboBox*>(name);
    if (!box) qWarning("no combo box %s", qPrintable(name));
    return box;
}

QStringList columnNames(const ImportDialog& dialog) {
    QStringList names;
    const auto* model = dialog.previewModel();
    for (int c = 0; c < model->columnCount(); ++c)
        names << model->headerData(c, Qt::Horizontal).toString();
    return names;
}

ColumnType previewType(const ImportDialog& dialog, const QString& column) {
    const auto& table = dialog.previewModel()->table();
    return table->column(static_cast<std::size_t>(table->indexOf(column.toStdString()))).type();
}

}  // namespace

class TestImportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_csv;

    QString write(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

    // Waits for the debounce timer and the worker; returns whether the preview settled.
    static bool settle(const ImportDialog& dialog) {
        return QTest::qWaitFor([&] { return !dialog.isPreviewRunning(); }, 10000);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SegmentLabTests"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_csv = write(QStringLiteral("european.csv"), europeanCsv(12));
    }

    void automaticOptionsReadTheFile() {
        ImportDialog dialog(m_csv, FileFormat::Csv, ImportOptions{});
        QVERIFY(settle(dialog));
        QVERIFY2(dialog.errorMessage().isEmpty(), qPrintable(dialog.errorMessage()));
        QCOMPARE(dialog.previewModel()->rowCount(), 12);
        QCOMPARE(columnNames(dialog), (QStringList{"Name", "Score", "Joined", "Postcode"}));
        QCOMPARE(previewType(dialog, "Score"), ColumnType::Numeric);
        QCOMPARE(dialog.previewModel()->index(1, 1).data().toString(), QStringLiteral("1.25"));
        // "Automatic" says what it found.
        QVERIFY2(combo(dialog, "delimiterCombo")->itemText(0).contains(QStringLiteral("semicolon")),
                 qPrintable(combo(dialog, "delimiterCombo")->itemText(0)));
        QVERIFY(combo(dialog, "headerModeCombo")->itemText(0).contains(QStringLiteral("1")));
        // The sheet only applies to workbooks.
        QVERIFY(!combo(dialog, "sheetCombo")->isVisibleTo(&dialog));
        QVERIFY(dialog.typeOverrides().empty());
        const ImportOptions options = dialog.importOptions();
        QCOMPARE(options.csv.delimiter, '\0');
        QCOMPARE(options.csv.headerRow, -1);
        QCOMPARE(options.csv.maxRows, std::size_t(0));
    }

    void previewStopsAt200Rows() {
        const QString big = write(QStringLiteral("big.csv"), europeanCsv(1000));
        ImportDialog dialog(big, FileFormat::Csv, ImportOptions{});
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.previewModel()->rowCount(), int(ImportDialog::kPreviewRows));
        QVERIFY(dialog.findChild<QLabel*>("previewStatus")->text().contains(QStringLiteral("200")));
        // Cutting the preview short is by design, not something to warn about.
        QVERIFY2(dialog.warningMessages().isEmpty(), qPrintable(dialog.warningMessages().join('\n')));
    }

    void delimiterChangeRefreshesPreview() {
        ImportDialog dialog(m_csv, FileFormat::Csv, ImportOptions{});
        QVERIFY(settle(dialog));
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        QComboBox* delimiter = combo(dialog, "delimiterCombo");
        delimiter->setCurrentIndex(delimiter->findData(int(',')));
        QVERIFY(dialog.isPreviewRunning());
        QVERIFY(settle(dialog));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(dialog.importOptions().csv.delimiter, ',');
        // Split on the decimal commas, the file no longer has its four columns (or cannot be read at all).
        QVERIFY(!dialog.errorMessage().isEmpty() || dialog.previewModel()->columnCount() != 4);

        delimiter->setCurrentIndex(delimiter->findData(int(';')));
        QVERIFY(settle(dialog));
        QVERIFY(dialog.errorMessage().isEmpty());
        QCOMPARE(dialog.previewModel()->columnCount(), 4);
        QCOMPARE(dialog.importOptions().csv.delimiter, ';');
    }

    void quickChangesReadOnce() {
        ImportDialog dialog(m_csv, FileFormat::Csv, ImportOptions{});
        QVERIFY(settle(dialog));
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        combo(dialog, "headerModeCombo")->setCurrentIndex(2);
        auto* spin = dialog.findChild<QSpinBox*>("headerRowSpin");
        QVERIFY(spin->isEnabled());
        // Clicking the spin box up and down: the file is read once, for the value the user stopped at.
        for (int row : {2, 3, 4, 3, 2, 1})
            spin->setValue(row);
        QVERIFY(settle(dialog));
        QTest::qWait(100);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(dialog.importOptions().csv.headerRow, 1);
        QCOMPARE(columnNames(dialog).first(), QStringLiteral("Name"));
    }

    void badHeaderRowShowsErrorAndBlocksLoad() {
        ImportDialog dialog(m_csv, FileFormat::Csv, ImportOptions{});
        QVERIFY(settle(dialog));
        QPushButton* load = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(load->isEnabled());
        combo(dialog, "headerModeCombo")->setCurrentIndex(2);
        dialog.findChild<QSpinBox*>("headerRowSpin")->setValue(500);
        QVERIFY(settle(dialog));
        QVERIFY(!dialog.errorMessage().isEmpty());
        QCOMPARE(dialog.findChild<QLabel*>("errorText")->text(), dialog.errorMessage());
        QVERIFY(!load->isEnabled());
        QCOMPARE(dialog.previewModel()->rowCount(), 0);

        combo(dialog, "headerModeCombo")->setCurrentIndex(0);
        QVERIFY(settle(dialog));
        QVERIFY(dialog.errorMessage().isEmpty());
        QVERIFY(load->isEnabled());
        QCOMPARE(dialog.previewModel()->rowCount(), 12);
    }

    void chosenTypesComeBack() {
        ImportDialog dialog(m_csv, FileFormat::Csv, ImportOptions{});
        QVERIFY(settle(dialog));
        QComboBox* score = combo(dialog, "typeCombo:Score");
        QVERIFY(score);
        QCOMPARE(score->currentData().toInt(), int(ColumnType::Numeric));
        // Numbers cannot become dates (the core refuses), so the choice is greyed out.
        auto* items = qobject_cast<QStandardItemModel*>(score->model());
        QVERIFY(!items->item(score->findData(int(ColumnType::Date)))->isEnabled());

        score->setCurrentIndex(score->findData(int(ColumnType::Categorical)));
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.typeOverrides().size(), std::size_t(1));
        QCOMPARE(dialog.typeOverrides().at("Score"), ColumnType::Categorical);
        QCOMPARE(previewType(dialog, "Score"), ColumnType::Categorical);
        // The combo survives the refresh (no rebuild while the columns stay the same).
        QCOMPARE(combo(dialog, "typeCombo:Score"), score);
        QCOMPARE(score->currentData().toInt(), int(ColumnType::Categorical));

        // Back to what SegmentLab inferred: nothing to override.
        score->setCurrentIndex(score->findData(int(ColumnType::Numeric)));
        QVERIFY(settle(dialog));
        QVERIFY(dialog.typeOverrides().empty());
        QCOMPARE(previewType(dialog, "Score"), ColumnType::Numeric);
    }

    void lostCellsAreWarned() {
        ImportDialog dialog(m_csv, FileFormat::Csv, ImportOptions{});
        QVERIFY(settle(dialog));
        QComboBox* name = combo(dialog, "typeCombo:Name");
        name->setCurrentIndex(name->findData(int(ColumnType::Numeric)));
        QVERIFY(settle(dialog));
        QVERIFY(dialog.errorMessage().isEmpty());
        QCOMPARE(dialog.warningMessages().size(), 1);
        QVERIFY(dialog.findChild<QLabel*>("warningText")->isVisibleTo(&dialog));
        QCOMPARE(dialog.previewModel()->index(0, 0).data().toString(), seg::ui::TableModel::missingText());
    }

    void rememberedOptionsPreselected() {
        ImportOptions remembered;
        remembered.csv.delimiter = ';';
        remembered.csv.decimal = seg::data::DecimalMark::Comma;
        remembered.csv.encoding = seg::data::Encoding::Utf8;
        remembered.csv.headerRow = 1;
        ImportDialog dialog(m_csv, FileFormat::Csv, remembered);
        QCOMPARE(combo(dialog, "delimiterCombo")->currentData().toInt(), int(';'));
        QCOMPARE(combo(dialog, "decimalCombo")->currentIndex(), 2);
        QCOMPARE(combo(dialog, "encodingCombo")->currentIndex(), 1);
        QCOMPARE(combo(dialog, "headerModeCombo")->currentIndex(), 2);
        QCOMPARE(dialog.findChild<QSpinBox*>("headerRowSpin")->value(), 1);
        QVERIFY(settle(dialog));
        QVERIFY2(dialog.errorMessage().isEmpty(), qPrintable(dialog.errorMessage()));
        QCOMPARE(dialog.previewModel()->columnCount(), 4);
        const ImportOptions chosen = dialog.importOptions();
        QCOMPARE(chosen.csv.delimiter, ';');
        QCOMPARE(chosen.csv.decimal, seg::data::DecimalMark::Comma);
        QCOMPARE(chosen.csv.encoding, seg::data::Encoding::Utf8);
        QCOMPARE(chosen.csv.headerRow, 1);
    }

    void everyOptionExplainsItself() {
        ImportDialog dialog(m_csv, FileFormat::Csv, ImportOptions{});
        for (const char* name :
             {"sheetCombo", "delimiterCombo", "encodingCombo", "decimalCombo", "headerModeCombo"})
            QVERIFY2(!combo(dialog, name)->toolTip().isEmpty(), name);
        QVERIFY(!dialog.findChild<QSpinBox*>("headerRowSpin")->toolTip().isEmpty());
        QVERIFY(settle(dialog));
    }

    void workbookSheets() {
        const QString workbook = QStringLiteral(SEGMENTLAB_TEST_DATA "/ui/two_sheets.xlsx");
        if (!QFile::exists(workbook)) QSKIP("fixture two_sheets.xlsx not present");
        ImportDialog dialog(workbook, FileFormat::Xlsx, ImportOptions{});
        QVERIFY(settle(dialog));
        QVERIFY2(dialog.errorMessage().isEmpty(), qPrintable(dialog.errorMessage()));
        QComboBox* sheet = combo(dialog, "sheetCombo");
        QVERIFY(sheet->isVisibleTo(&dialog));
        QVERIFY(!combo(dialog, "delimiterCombo")->isVisibleTo(&dialog));
        QCOMPARE(sheet->count(), 2);
        QCOMPARE(sheet->currentText(), QStringLiteral("Customers"));
        QCOMPARE(columnNames(dialog).first(), QStringLiteral("CustomerID"));
        sheet->setCurrentIndex(1);
        QVERIFY(settle(dialog));
        QVERIFY2(dialog.errorMessage().isEmpty(), qPrintable(dialog.errorMessage()));
        QCOMPARE(dialog.importOptions().xlsx.sheet, std::string("Orders"));
        QCOMPARE(columnNames(dialog).first(), QStringLiteral("OrderID"));
    }

    // Not a check: with SEGMENTLAB_SCREENSHOT_DIR set, saves the dialog as a user sees it, for review.
    void screenshot() {
        const QString dir = qEnvironmentVariable("SEGMENTLAB_SCREENSHOT_DIR");
        if (dir.isEmpty()) QSKIP("SEGMENTLAB_SCREENSHOT_DIR not set");
        ImportDialog dialog(write(QStringLiteral("shot.csv"), europeanCsv(300)), FileFormat::Csv,
                            ImportOptions{});
        dialog.show();
        QVERIFY(settle(dialog));
        QComboBox* name = combo(dialog, "typeCombo:Name");
        name->setCurrentIndex(name->findData(int(ColumnType::Numeric)));
        QVERIFY(settle(dialog));
        QTest::qWait(200);
        QDir().mkpath(dir);
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("importdialog.png"))));
        combo(dialog, "headerModeCombo")->setCurrentIndex(2);
        dialog.findChild<QSpinBox*>("headerRowSpin")->setValue(500);
        QVERIFY(settle(dialog));
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("importdialog-error.png"))));

        const QString workbook = QStringLiteral(SEGMENTLAB_TEST_DATA "/ui/two_sheets.xlsx");
        ImportDialog xlsx(workbook, FileFormat::Xlsx, ImportOptions{});
        xlsx.show();
        QVERIFY(settle(xlsx));
        QTest::qWait(200);
        QVERIFY(xlsx.grab().save(QDir(dir).filePath(QStringLiteral("importdialog-xlsx.png"))));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
