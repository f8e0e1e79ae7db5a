// "Export Chart…": where to (PNG, SVG or PDF, following the file name's suffix), how large (presets for the
// screen, 16:9 slides and squares, or a custom size) and, for PNG, how sharp; with a live preview.
#pragma once

// The size is in pixels at 96 dpi, as the chart is laid out on the screen; the DPI multiplies a PNG's pixels
// without changing its layout. The last folder, size, DPI and format are remembered under "export/".

#include <QDialog>
#include <QImage>
#include <QSize>
#include <QString>

#include "views/ChartExport.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace seg::ui {

class ExportChartDialog : public QDialog {
    Q_OBJECT

public:
    // Presets in the size combo's order.
    enum class Preset { Screen, Slide, Square, Custom };

    explicit ExportChartDialog(ChartSource source, QWidget* parent = nullptr);

    [[nodiscard]] ExportOptions options() const;
    [[nodiscard]] QString path() const;
    // Sets the file name; a known suffix (.png, .svg, .pdf) selects the format.
    void setPath(const QString& path);
    [[nodiscard]] ExportFormat format() const;
    // Selects the format and gives the file name its suffix.
    void setFormat(ExportFormat format);
    [[nodiscard]] Preset preset() const;
    // Any preset but Custom sets the width and height.
    void setPreset(Preset preset);
    // Width and height in pixels at 96 dpi; selects the matching preset, else Custom.
    [[nodiscard]] QSize chartSize() const;
    void setChartSize(QSize size);
    [[nodiscard]] int dpi() const;
    void setDpi(int dpi);

    // As shown, for tests: the resulting size ("3200 × 2000 pixels") and the preview thumbnail.
    [[nodiscard]] QString pixelSizeText() const;
    [[nodiscard]] QImage previewImage() const { return m_previewImage; }
    // The size of a preset in pixels at 96 dpi (empty for Custom).
    [[nodiscard]] static QSize presetSize(Preset preset);

    // Asks before replacing an existing file (without blocking: the question is a window-modal box), then
    // exports; on failure the error is shown and the dialog stays open so the user can pick another name.
    void accept() override;

signals:
    // The chart was written to `path`.
    void exported(const QString& path);

private:
    void buildUi();
    void loadSettings();
    void saveSettings() const;
    void onPathEdited();
    void onFormatChosen();
    void onPresetChosen();
    void onSizeEdited();
    void browse();
    void copyToClipboard();
    void updateState();
    void updatePreview();
    void runExport();

    ChartSource m_source;
    QString m_confirmedPath;  // chosen in the file dialog, which has already asked about overwriting
    QImage m_previewImage;

    // Qt parent tree
    QLineEdit* m_pathEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QComboBox* m_formatCombo = nullptr;
    QComboBox* m_presetCombo = nullptr;
    QSpinBox* m_widthSpin = nullptr;
    QSpinBox* m_heightSpin = nullptr;
    QSpinBox* m_dpiSpin = nullptr;
    QLabel* m_pixelSizeLabel = nullptr;
    QLabel* m_preview = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_previewTimer = nullptr;
};

// Exports and, on failure, shows the translated error in a (non-blocking) message box over `parent`.
// Returns whether the file was written.
bool exportChartReportingErrors(const ChartSource& source, const QString& path, const ExportOptions& options,
                                QWidget* parent);

// Opens the dialog window-modal without blocking; it exports when accepted and deletes itself when closed.
ExportChartDialog* openExportChartDialog(ChartSource source, QWidget* parent);

}  // namespace seg::ui
