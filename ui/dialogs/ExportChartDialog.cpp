#include "dialogs/ExportChartDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "common/Error.h"
#include "common/ErrorText.h"

namespace seg::ui {

namespace {

const QString kDirectoryKey = QStringLiteral("export/lastDirectory");
const QString kPresetKey = QStringLiteral("export/preset");
const QString kSizeKey = QStringLiteral("export/size");
const QString kDpiKey = QStringLiteral("export/dpi");
const QString kFormatKey = QStringLiteral("export/format");

constexpr int kDefaultDpi = 150;
constexpr int kMinSide = 100;
constexpr int kMaxSide = 10000;
// The preview's box in logical px; the thumbnail fits it at the chart's aspect ratio.
constexpr QSize kPreviewBox(320, 220);

// Settings hold names, not enum values, so reordering the enums never misreads an old file.
QString presetKey(ExportChartDialog::Preset preset) {
    switch (preset) {
        case ExportChartDialog::Preset::Screen:
            return QStringLiteral("screen");
        case ExportChartDialog::Preset::Slide:
            return QStringLiteral("slide");
        case ExportChartDialog::Preset::Square:
            return QStringLiteral("square");
        case ExportChartDialog::Preset::Custom:
            return QStringLiteral("custom");
    }
    return QStringLiteral("custom");
}

QString defaultDirectory() {
    for (auto location : {QStandardPaths::PicturesLocation, QStandardPaths::DocumentsLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        if (!dir.isEmpty() && QFileInfo(dir).isDir()) return dir;
    }
    return QDir::homePath();
}

}  // namespace

ExportChartDialog::ExportChartDialog(ChartSource source, QWidget* parent)
    : QDialog(parent), m_source(std::move(source)) {
    setWindowTitle(tr("Export Chart"));
    buildUi();
    loadSettings();
    updateState();
    updatePreview();
}

void ExportChartDialog::buildUi() {
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("path"));
    m_pathEdit->setMinimumWidth(320);
    m_pathEdit->setToolTip(tr("The file to write; its ending (.png, .svg or .pdf) chooses the format"));
    m_browseButton = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);

    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("format"));
    m_formatCombo->addItem(tr("PNG image"), int(ExportFormat::Png));
    m_formatCombo->addItem(tr("SVG drawing"), int(ExportFormat::Svg));
    m_formatCombo->addItem(tr("PDF document"), int(ExportFormat::Pdf));
    m_formatCombo->setToolTip(tr("PNG for slides and the web; SVG and PDF stay sharp at any size"));

    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("preset"));
    m_presetCombo->addItem(tr("Screen (1600 × 1000)"), int(Preset::Screen));
    m_presetCombo->addItem(tr("Slide 16:9 (1920 × 1080)"), int(Preset::Slide));
    m_presetCombo->addItem(tr("Square (1200 × 1200)"), int(Preset::Square));
    m_presetCombo->addItem(tr("Custom"), int(Preset::Custom));

    auto makeSide = [this](const QString& name) {
        auto* spin = new QSpinBox(this);
        spin->setObjectName(name);
        spin->setRange(kMinSide, kMaxSide);
        spin->setSingleStep(10);
        spin->setSuffix(tr(" px"));
        spin->setToolTip(tr("In pixels at 96 dpi, as on the screen: the chart's layout follows this size"));
        return spin;
    };
    m_widthSpin = makeSide(QStringLiteral("width"));
    m_heightSpin = makeSide(QStringLiteral("height"));
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_widthSpin, 1);
    sizeRow->addWidget(new QLabel(tr("×"), this));
    sizeRow->addWidget(m_heightSpin, 1);

    m_dpiSpin = new QSpinBox(this);
    m_dpiSpin->setObjectName(QStringLiteral("dpi"));
    m_dpiSpin->setRange(kMinExportDpi, kMaxExportDpi);
    m_dpiSpin->setValue(kDefaultDpi);
    m_dpiSpin->setSuffix(tr(" dpi"));
    m_dpiSpin->setToolTip(tr("Dots per inch: 300 for print, 150 for slides, 96 for the screen"));

    m_pixelSizeLabel = new QLabel(this);
    m_pixelSizeLabel->setObjectName(QStringLiteral("pixelSize"));

    auto* form = new QFormLayout;
    // Rows whose field is a layout get their label's buddy by hand, so the mnemonic works.
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_pathEdit);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("F&ormat:"), m_formatCombo);
    form->addRow(tr("&Size:"), m_presetCombo);
    auto* sizeLabel = new QLabel(tr("&Width × height:"), this);
    sizeLabel->setBuddy(m_widthSpin);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("&Resolution:"), m_dpiSpin);
    form->addRow(tr("Result:"), m_pixelSizeLabel);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setFixedSize(kPreviewBox + QSize(8, 8));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(tr("Preview of the exported chart"));

    auto* top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(m_preview, 0, Qt::AlignTop);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Export"));
    auto* copyButton = m_buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    copyButton->setToolTip(tr("Copy the chart at this size, to paste into slides or documents"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(80);  // typing a width redraws once, not once per digit

    connect(m_pathEdit, &QLineEdit::textChanged, this, &ExportChartDialog::onPathEdited);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportChartDialog::browse);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportChartDialog::onFormatChosen);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &ExportChartDialog::onPresetChosen);
    connect(m_widthSpin, &QSpinBox::valueChanged, this, &ExportChartDialog::onSizeEdited);
    connect(m_heightSpin, &QSpinBox::valueChanged, this, &ExportChartDialog::onSizeEdited);
    connect(m_dpiSpin, &QSpinBox::valueChanged, this, &ExportChartDialog::updateState);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportChartDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportChartDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportChartDialog::reject);
    connect(copyButton, &QPushButton::clicked, this, &ExportChartDialog::copyToClipboard);
}

void ExportChartDialog::loadSettings() {
    const QSettings settings;
    QString dir = settings.value(kDirectoryKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) dir = defaultDirectory();
    const ExportFormat format =
        formatForSuffix(settings.value(kFormatKey, QStringLiteral("png")).toString(), ExportFormat::Png);
    m_dpiSpin->setValue(
        std::clamp(settings.value(kDpiKey, kDefaultDpi).toInt(), kMinExportDpi, kMaxExportDpi));

    const QString presetName = settings.value(kPresetKey, presetKey(Preset::Screen)).toString();
    Preset preset = Preset::Screen;
    for (Preset p : {Preset::Screen, Preset::Slide, Preset::Square, Preset::Custom})
        if (presetKey(p) == presetName) preset = p;
    if (preset == Preset::Custom) {
        const QSize size = settings.value(kSizeKey).toSize();
        setChartSize(size.isValid() ? size : presetSize(Preset::Screen));
    } else {
        setPreset(preset);
    }

    const QString stem = m_source.name.isEmpty() ? QStringLiteral("chart") : m_source.name;
    setPath(QDir(dir).filePath(stem + QLatin1Char('.') + suffixForFormat(format)));
}

void ExportChartDialog::saveSettings() const {
    QSettings settings;
    settings.setValue(kDirectoryKey, QFileInfo(path()).absolutePath());
    settings.setValue(kPresetKey, presetKey(preset()));
    settings.setValue(kSizeKey, chartSize());
    settings.setValue(kDpiKey, dpi());
    settings.setValue(kFormatKey, suffixForFormat(format()));
}

QSize ExportChartDialog::presetSize(Preset preset) {
    switch (preset) {
        case Preset::Screen:
            return {1600, 1000};
        case Preset::Slide:
            return {1920, 1080};
        case Preset::Square:
            return {1200, 1200};
        case Preset::Custom:
            break;
    }
    return {};
}

ExportOptions ExportChartDialog::options() const {
    ExportOptions options;
    options.format = format();
    options.size = QSizeF(chartSize());
    options.dpi = dpi();
    return options;
}

QString ExportChartDialog::path() const {
    return m_pathEdit->text().trimmed();
}

void ExportChartDialog::setPath(const QString& path) {
    m_pathEdit->setText(path);
}

ExportFormat ExportChartDialog::format() const {
    return static_cast<ExportFormat>(m_formatCombo->currentData().toInt());
}

void ExportChartDialog::setFormat(ExportFormat format) {
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(int(format)));
}

ExportChartDialog::Preset ExportChartDialog::preset() const {
    return static_cast<Preset>(m_presetCombo->currentData().toInt());
}

void ExportChartDialog::setPreset(Preset preset) {
    m_presetCombo->setCurrentIndex(m_presetCombo->findData(int(preset)));
}

QSize ExportChartDialog::chartSize() const {
    return {m_widthSpin->value(), m_heightSpin->value()};
}

void ExportChartDialog::setChartSize(QSize size) {
    {
        const QSignalBlocker blockWidth(m_widthSpin), blockHeight(m_heightSpin);
        m_widthSpin->setValue(size.width());
        m_heightSpin->setValue(size.height());
    }
    onSizeEdited();
}

int ExportChartDialog::dpi() const {
    return m_dpiSpin->value();
}

void ExportChartDialog::setDpi(int dpi) {
    m_dpiSpin->setValue(dpi);
}

QString ExportChartDialog::pixelSizeText() const {
    return m_pixelSizeLabel->text();
}

void ExportChartDialog::onPathEdited() {
    const QString text = path();
    if (hasKnownSuffix(text)) {
        const QSignalBlocker block(m_formatCombo);
        setFormat(formatForSuffix(text));
    }
    updateState();
}

void ExportChartDialog::onFormatChosen() {
    const QString current = path();
    if (!current.isEmpty()) {
        const QSignalBlocker block(m_pathEdit);
        m_pathEdit->setText(withFormatSuffix(current, format()));
    }
    updateState();
}

void ExportChartDialog::onPresetChosen() {
    const Preset chosen = preset();
    if (chosen != Preset::Custom) {
        const QSize size = presetSize(chosen);
        const QSignalBlocker blockWidth(m_widthSpin), blockHeight(m_heightSpin);
        m_widthSpin->setValue(size.width());
        m_heightSpin->setValue(size.height());
    }
    updateState();
    m_previewTimer->start();
}

void ExportChartDialog::onSizeEdited() {
    Preset matching = Preset::Custom;
    for (Preset p : {Preset::Screen, Preset::Slide, Preset::Square})
        if (presetSize(p) == chartSize()) matching = p;
    {
        const QSignalBlocker block(m_presetCombo);
        setPreset(matching);
    }
    updateState();
    m_previewTimer->start();
}

void ExportChartDialog::updateState() {
    const ExportFormat fmt = format();
    const QSize size = chartSize();
    m_dpiSpin->setEnabled(fmt == ExportFormat::Png);
    bool tooLarge = false;
    QString text;
    switch (fmt) {
        case ExportFormat::Png: {
            const QSize pixels = exportPixelSize(QSizeF(size), dpi());
            tooLarge = qint64(pixels.width()) * pixels.height() > kMaxExportPixels;
            text = tooLarge ? tr("%1 × %2 pixels: too large, choose a smaller size or resolution")
                                  .arg(pixels.width())
                                  .arg(pixels.height())
                            : tr("%1 × %2 pixels").arg(pixels.width()).arg(pixels.height());
            break;
        }
        case ExportFormat::Svg:
            text = tr("%1 × %2 pixels, a drawing that stays sharp at any size")
                       .arg(size.width())
                       .arg(size.height());
            break;
        case ExportFormat::Pdf:
            text = tr("A page of %1 × %2 cm, sharp at any size")
                       .arg(QLocale().toString(size.width() * 2.54 / 96.0, 'f', 1),
                            QLocale().toString(size.height() * 2.54 / 96.0, 'f', 1));
            break;
    }
    m_pixelSizeLabel->setText(text);
    m_pixelSizeLabel->setStyleSheet(tooLarge ? QStringLiteral("color: #B00020;") : QString());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!path().isEmpty() && !tooLarge);
}

void ExportChartDialog::updatePreview() {
    const QSizeF size(chartSize());
    const qreal fit = std::min(kPreviewBox.width() / size.width(), kPreviewBox.height() / size.height());
    const qreal dpr = devicePixelRatioF();
    // Drawn at the export's logical size and scaled down, so the thumbnail has the export's layout.
    try {
        m_previewImage = renderChartImage(m_source, size, fit * dpr);
    } catch (const std::exception&) {
        m_previewImage = {};
    }
    if (m_previewImage.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("No preview"));
        return;
    }
    QPixmap pixmap = QPixmap::fromImage(m_previewImage);
    pixmap.setDevicePixelRatio(dpr);
    m_preview->setPixmap(pixmap);
}

void ExportChartDialog::browse() {
    const QStringList filters = exportFileFilters();
    QString selected = filters.value(int(format()));
    const QString start = path().isEmpty() ? defaultDirectory() : path();
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export Chart"), start,
                                                  filters.join(QStringLiteral(";;")), &selected);
    if (chosen.isEmpty()) return;
    const bool named = hasKnownSuffix(chosen);
    // A name typed without an ending takes the chosen filter's; the file dialog asked about overwriting a
    // file of the name as typed, so a name we complete is asked about again on export.
    if (!named)
        chosen =
            withFormatSuffix(chosen, static_cast<ExportFormat>(std::max<int>(0, filters.indexOf(selected))));
    m_confirmedPath = named ? chosen : QString();
    setPath(chosen);
}

void ExportChartDialog::copyToClipboard() {
    try {
        copyChartToClipboard(m_source, QSizeF(chartSize()));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Copy Chart"), errorText(e));
    }
}

void ExportChartDialog::accept() {
    QString target = path();
    if (target.isEmpty()) return;
    if (!hasKnownSuffix(target)) {
        target = withFormatSuffix(target, format());
        setPath(target);
    }
    const QFileInfo info(target);
    if (!info.exists() || info.isDir() || QFileInfo(m_confirmedPath) == info) {
        runExport();
        return;
    }
    auto* question = new QMessageBox(QMessageBox::Question, tr("Replace File?"),
                                     tr("%1 already exists. Do you want to replace it?").arg(info.fileName()),
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("overwriteQuestion"));
    question->button(QMessageBox::Yes)->setText(tr("&Replace"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, target](int result) {
        if (result != QMessageBox::Yes || path() != target) return;
        m_confirmedPath = target;
        runExport();
    });
    question->open();
}

void ExportChartDialog::runExport() {
    const QString target = path();
    if (!exportChartReportingErrors(m_source, target, options(), this)) return;
    saveSettings();
    emit exported(target);
    QDialog::accept();
}

bool exportChartReportingErrors(const ChartSource& source, const QString& path, const ExportOptions& options,
                                QWidget* parent) {
    QString message;
    try {
        exportChart(source, path, options);
        return true;
    } catch (const Error& e) {
        message = errorText(e);
    } catch (const std::exception& e) {
        message = QString::fromUtf8(e.what());
    }
    auto* box = new QMessageBox(QMessageBox::Warning, ExportChartDialog::tr("Export Failed"), message,
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("exportError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

ExportChartDialog* openExportChartDialog(ChartSource source, QWidget* parent) {
    auto* dialog = new ExportChartDialog(std::move(source), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

}  // namespace seg::ui
