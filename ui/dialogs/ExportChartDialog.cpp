#include "dialogs/ExportChartDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
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

using Format = seg::chart::ExportFormat;
using Options = seg::chart::ExportOptions;

namespace {

const QString kDirectoryKey = QStringLiteral("export/lastDirectory");
const QString kPresetKey = QStringLiteral("export/preset");
const QString kFormatKey = QStringLiteral("export/format");
// New keys: the old "export/size" and "export/dpi" were logical px and a pixel multiplier, and read with
// today's meaning they would give other pictures than the user made then.
const QString kSizeKey = QStringLiteral("export/chartPixels");
const QString kDpiKey = QStringLiteral("export/chartDpi");

// 1.5 times the screen's text: a slide of 1920 x 1080 then reads like a 1280 x 720 window.
constexpr int kDefaultDpi = 144;
constexpr auto kDefaultPreset = ExportChartDialog::Preset::Slide;
// The preview's box in logical px; the thumbnail fits it at the output's aspect ratio.
constexpr QSize kPreviewBox(320, 220);
// Up to this many pixels the preview is the output itself, rendered and shrunk; larger outputs are laid out
// the same way but painted straight into the thumbnail, so a huge custom size costs no huge image.
constexpr qint64 kMaxPreviewRenderPixels = qint64(4096) * 4096;
constexpr qreal kMmPerInch = 25.4;

constexpr ExportChartDialog::Preset kPresets[] = {
    ExportChartDialog::Preset::Slide, ExportChartDialog::Preset::Screen, ExportChartDialog::Preset::Square,
    ExportChartDialog::Preset::Custom};

// Settings hold names, not enum values, so reordering the enums never misreads an old file.
QString presetKey(ExportChartDialog::Preset preset) {
    switch (preset) {
        case ExportChartDialog::Preset::Slide:
            return QStringLiteral("slide");
        case ExportChartDialog::Preset::Screen:
            return QStringLiteral("screen");
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

ExportChartDialog::ExportChartDialog(std::shared_ptr<seg::chart::Chart> chart, int screenHighlight,
                                     QWidget* parent)
    : QDialog(parent), m_chart(std::move(chart)), m_screenHighlight(screenHighlight) {
    setWindowTitle(tr("Export Chart"));
    buildUi();
    loadSettings();
    applyHighlight();
    updateState();
    updatePreview();
}

void ExportChartDialog::buildUi() {
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("path"));
    m_pathEdit->setMinimumWidth(320);
    m_pathEdit->setToolTip(tr("The file to write; its ending (.png, .svg or .pdf) chooses the format"));
    m_browseButton = new QPushButton(tr("Browse…"), this);
    m_browseButton->setObjectName(QStringLiteral("browse"));
    m_browseButton->setToolTip(tr("Choose the folder and file name in a file window"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);

    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("format"));
    m_formatCombo->addItem(tr("PNG image"), int(Format::Png));
    m_formatCombo->addItem(tr("SVG drawing"), int(Format::Svg));
    m_formatCombo->addItem(tr("PDF document"), int(Format::Pdf));
    m_formatCombo->setToolTip(tr("PNG for slides and the web; SVG and PDF stay sharp at any size"));

    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("preset"));
    m_presetCombo->addItem(tr("Slide 16:9 (1920 × 1080)"), int(Preset::Slide));
    m_presetCombo->addItem(tr("Screen (1600 × 1000)"), int(Preset::Screen));
    m_presetCombo->addItem(tr("Square (1200 × 1200)"), int(Preset::Square));
    m_presetCombo->addItem(tr("Custom"), int(Preset::Custom));
    m_presetCombo->setToolTip(
        tr("Common picture sizes in pixels; choose Custom, or type a width and height, for any other"));

    // The range is set before any value, so no side is ever clamped to a minimum on the way.
    auto makeSide = [this](const QString& name, const QString& toolTip) {
        auto* spin = new QSpinBox(this);
        spin->setObjectName(name);
        spin->setRange(seg::chart::kMinExportSide, seg::chart::kMaxExportSide);
        spin->setSingleStep(10);
        spin->setSuffix(tr(" px"));
        spin->setToolTip(toolTip);
        spin->setAccelerated(true);
        return spin;
    };
    m_widthSpin =
        makeSide(QStringLiteral("width"), tr("The picture's width in pixels: a PNG is exactly this wide"));
    m_heightSpin =
        makeSide(QStringLiteral("height"), tr("The picture's height in pixels: a PNG is exactly this high"));
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_widthSpin, 1);
    sizeRow->addWidget(new QLabel(tr("×"), this));
    sizeRow->addWidget(m_heightSpin, 1);

    m_dpiSpin = new QSpinBox(this);
    m_dpiSpin->setObjectName(QStringLiteral("dpi"));
    m_dpiSpin->setRange(seg::chart::kMinExportDpi, seg::chart::kMaxExportDpi);
    m_dpiSpin->setValue(kDefaultDpi);
    m_dpiSpin->setSuffix(tr(" dpi"));
    m_dpiSpin->setToolTip(
        tr("How large text and lines are drawn: 96 as on the screen, 144 for slides (the default), 192 for "
           "twice the screen's size. It does not change the number of pixels; a PDF page is the size "
           "divided by this many dots per inch"));

    m_asOnScreenBox = new QCheckBox(tr("As on screen (keep the highlighted segment)"), this);
    m_asOnScreenBox->setObjectName(QStringLiteral("asOnScreen"));
    m_asOnScreenBox->setChecked(false);
    m_asOnScreenBox->setEnabled(m_screenHighlight != seg::chart::kNoSegment);
    m_asOnScreenBox->setToolTip(
        m_asOnScreenBox->isEnabled()
            ? tr("Checked: the segment you highlighted stays bright and the others are pale, as on the "
                 "screen. Unchecked: every segment in full colour")
            : tr("No segment is highlighted on the screen, so every segment is shown in full colour"));

    m_pixelSizeLabel = new QLabel(this);
    m_pixelSizeLabel->setObjectName(QStringLiteral("pixelSize"));
    m_pixelSizeLabel->setWordWrap(true);
    m_pixelSizeLabel->setToolTip(tr("What will be written: the picture's pixels, or a PDF's page size"));

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
    form->addRow(QString(), m_asOnScreenBox);
    form->addRow(tr("Result:"), m_pixelSizeLabel);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setFixedSize(kPreviewBox + QSize(8, 8));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(tr("Preview of the exported chart"));
    m_preview->setToolTip(tr("The exported chart, shrunk to fit here"));

    auto* top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(m_preview, 0, Qt::AlignTop);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Export"));
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Write the chart to the file"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without writing anything"));
    auto* copyButton = m_buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copy"));
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
    connect(m_dpiSpin, &QSpinBox::valueChanged, this, [this] {
        updateState();
        m_previewTimer->start();
    });
    connect(m_asOnScreenBox, &QCheckBox::toggled, this, [this] {
        applyHighlight();
        m_previewTimer->start();
    });
    connect(m_previewTimer, &QTimer::timeout, this, &ExportChartDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportChartDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportChartDialog::reject);
    connect(copyButton, &QPushButton::clicked, this, &ExportChartDialog::copyToClipboard);
}

void ExportChartDialog::loadSettings() {
    const QSettings settings;
    QString dir = settings.value(kDirectoryKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) dir = defaultDirectory();
    const Format format = seg::chart::formatForSuffix(
        settings.value(kFormatKey, QStringLiteral("png")).toString(), Format::Png);
    m_dpiSpin->setValue(std::clamp(settings.value(kDpiKey, kDefaultDpi).toInt(), seg::chart::kMinExportDpi,
                                   seg::chart::kMaxExportDpi));

    const QString presetName = settings.value(kPresetKey, presetKey(kDefaultPreset)).toString();
    Preset preset = kDefaultPreset;
    for (Preset p : kPresets)
        if (presetKey(p) == presetName) preset = p;
    if (preset == Preset::Custom) {
        const QSize size = settings.value(kSizeKey).toSize();
        setChartSize(size.isValid() ? size : presetSize(kDefaultPreset));
    } else {
        setPreset(preset);
    }

    const QString name = m_chart ? m_chart->name() : QString();
    const QString stem = name.isEmpty() ? QStringLiteral("chart") : name;
    setPath(QDir(dir).filePath(stem + QLatin1Char('.') + seg::chart::suffixForFormat(format)));
}

void ExportChartDialog::saveSettings() const {
    QSettings settings;
    settings.setValue(kDirectoryKey, QFileInfo(path()).absolutePath());
    settings.setValue(kPresetKey, presetKey(preset()));
    settings.setValue(kSizeKey, chartSize());
    settings.setValue(kDpiKey, dpi());
    settings.setValue(kFormatKey, seg::chart::suffixForFormat(format()));
}

QSize ExportChartDialog::presetSize(Preset preset) {
    switch (preset) {
        case Preset::Slide:
            return {1920, 1080};
        case Preset::Screen:
            return {1600, 1000};
        case Preset::Square:
            return {1200, 1200};
        case Preset::Custom:
            break;
    }
    return {};
}

Options ExportChartDialog::options() const {
    Options options;
    options.format = format();
    options.size = chartSize();
    options.dpi = dpi();
    return options;
}

QString ExportChartDialog::path() const {
    return m_pathEdit->text().trimmed();
}

void ExportChartDialog::setPath(const QString& path) {
    m_pathEdit->setText(path);
}

Format ExportChartDialog::format() const {
    return static_cast<Format>(m_formatCombo->currentData().toInt());
}

void ExportChartDialog::setFormat(Format format) {
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(int(format)));
}

ExportChartDialog::Preset ExportChartDialog::preset() const {
    return static_cast<Preset>(m_presetCombo->currentData().toInt());
}

void ExportChartDialog::setPreset(Preset preset) {
    {
        // Applied here, not through the combo's signal: choosing the preset already shown (the first one,
        // at start-up) emits nothing, and its numbers must still be the ones shown.
        const QSignalBlocker block(m_presetCombo);
        m_presetCombo->setCurrentIndex(m_presetCombo->findData(int(preset)));
    }
    onPresetChosen();
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

bool ExportChartDialog::asOnScreen() const {
    return m_asOnScreenBox->isChecked();
}

void ExportChartDialog::setAsOnScreen(bool keep) {
    m_asOnScreenBox->setChecked(keep);
}

QString ExportChartDialog::pixelSizeText() const {
    return m_pixelSizeLabel->text();
}

void ExportChartDialog::onPathEdited() {
    const QString text = path();
    if (seg::chart::hasKnownSuffix(text)) {
        const QSignalBlocker block(m_formatCombo);
        setFormat(seg::chart::formatForSuffix(text));
    }
    updateState();
}

void ExportChartDialog::onFormatChosen() {
    const QString current = path();
    if (!current.isEmpty()) {
        const QSignalBlocker block(m_pathEdit);
        m_pathEdit->setText(seg::chart::withFormatSuffix(current, format()));
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
    for (Preset p : kPresets)
        if (p != Preset::Custom && presetSize(p) == chartSize()) matching = p;
    {
        const QSignalBlocker block(m_presetCombo);
        m_presetCombo->setCurrentIndex(m_presetCombo->findData(int(matching)));
    }
    updateState();
    m_previewTimer->start();
}

void ExportChartDialog::applyHighlight() {
    if (!m_chart) return;
    m_chart->setHighlight(asOnScreen() ? m_screenHighlight : seg::chart::kNoSegment);
}

void ExportChartDialog::updateState() {
    const QSize size = chartSize();
    const int dotsPerInch = dpi();
    const QLocale locale;
    bool tooLarge = false;
    QString text;
    switch (format()) {
        case Format::Png:
            tooLarge = qint64(size.width()) * size.height() > seg::chart::kMaxExportPixels;
            text = tooLarge ? tr("%1 × %2 pixels: too large, choose a smaller size")
                                  .arg(locale.toString(size.width()), locale.toString(size.height()))
                            : tr("%1 × %2 pixels").arg(size.width()).arg(size.height());
            break;
        case Format::Svg: {
            // The drawing's own size (ChartOutput: size * 96 / dpi CSS px), as a browser shows it.
            const QSizeF css = QSizeF(size) * 96.0 / dotsPerInch;
            text = tr("A drawing of %1 × %2 screen pixels (at 96 dpi), sharp at any size")
                       .arg(qRound(css.width()))
                       .arg(qRound(css.height()));
            break;
        }
        case Format::Pdf: {
            const QSizeF inches = QSizeF(size) / dotsPerInch;
            text =
                tr("A page of %1 × %2 mm (%3 × %4 in), sharp at any size")
                    .arg(locale.toString(inches.width() * kMmPerInch, 'f', 0),
                         locale.toString(inches.height() * kMmPerInch, 'f', 0),
                         locale.toString(inches.width(), 'f', 1), locale.toString(inches.height(), 'f', 1));
            break;
        }
    }
    m_pixelSizeLabel->setText(text);
    m_pixelSizeLabel->setStyleSheet(tooLarge ? QStringLiteral("color: #B00020;") : QString());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!path().isEmpty() && !tooLarge && m_chart);
}

void ExportChartDialog::updatePreview() {
    m_previewTimer->stop();  // a pending redraw would draw the same again
    const QSize size = chartSize();
    const qreal dpr = devicePixelRatioF();
    const qreal fit =
        std::min(qreal(kPreviewBox.width()) / size.width(), qreal(kPreviewBox.height()) / size.height());
    const QSize thumb(std::max(1, qRound(size.width() * fit * dpr)),
                      std::max(1, qRound(size.height() * fit * dpr)));
    m_previewImage = {};
    if (m_chart) {
        applyHighlight();
        try {
            if (qint64(size.width()) * size.height() <= kMaxPreviewRenderPixels) {
                // The output itself, shrunk: the same layout, text size and line widths as the file.
                const QImage full = seg::chart::renderChartImage(*m_chart, size, dpi());
                if (!full.isNull())
                    m_previewImage = full.scaled(thumb, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            } else {
                // Laid out for the output's size and DPI (the thumbnail carries that DPI), painted smaller.
                QImage image(thumb, QImage::Format_ARGB32_Premultiplied);
                const int dotsPerMetre = qRound(dpi() / 0.0254);
                image.setDotsPerMeterX(dotsPerMetre);
                image.setDotsPerMeterY(dotsPerMetre);
                image.fill(Qt::white);
                QPainter painter(&image);
                painter.setRenderHint(QPainter::SmoothPixmapTransform);
                painter.scale(qreal(thumb.width()) / size.width(), qreal(thumb.height()) / size.height());
                seg::chart::drawChart(*m_chart, painter, QRectF(QPointF(0, 0), QSizeF(size)));
                painter.end();
                m_previewImage = image;
            }
        } catch (const std::exception&) {
            m_previewImage = {};
        }
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
    const QStringList filters = seg::chart::exportFileFilters();
    QString selected = filters.value(int(format()));
    const QString start = path().isEmpty() ? defaultDirectory() : path();
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export Chart"), start,
                                                  filters.join(QStringLiteral(";;")), &selected);
    if (chosen.isEmpty()) return;
    const bool named = seg::chart::hasKnownSuffix(chosen);
    // A name typed without an ending takes the chosen filter's; the file dialog asked about overwriting a
    // file of the name as typed, so a name we complete is asked about again on export.
    if (!named)
        chosen = seg::chart::withFormatSuffix(
            chosen, static_cast<Format>(std::max<int>(0, filters.indexOf(selected))));
    m_confirmedPath = named ? chosen : QString();
    setPath(chosen);
}

void ExportChartDialog::copyToClipboard() {
    if (!m_chart) return;
    applyHighlight();
    try {
        seg::chart::copyChartToClipboard(*m_chart, chartSize(), dpi());
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Copy Chart"), errorText(e));
    }
}

void ExportChartDialog::accept() {
    QString target = path();
    if (target.isEmpty() || !m_chart) return;
    if (!seg::chart::hasKnownSuffix(target)) {
        target = seg::chart::withFormatSuffix(target, format());
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
    applyHighlight();
    if (!exportChartReportingErrors(*m_chart, target, options(), this)) return;
    saveSettings();
    emit exported(target);
    QDialog::accept();
}

bool exportChartReportingErrors(seg::chart::Chart& chart, const QString& path, const Options& options,
                                QWidget* parent) {
    QString message;
    try {
        seg::chart::exportChart(chart, path, options);
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

ExportChartDialog* openExportChartDialog(std::shared_ptr<seg::chart::Chart> chart, int screenHighlight,
                                         QWidget* parent) {
    auto* dialog = new ExportChartDialog(std::move(chart), screenHighlight, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

}  // namespace seg::ui
