// "Export Chart…": where to (PNG, SVG or PDF, following the file name's suffix), how large (presets for
// slides, the screen and squares, or a custom size), how large its text is, and whether the on-screen
// highlight is kept; with a live preview that is the file, scaled down.
#pragma once

// Sizes are the output's pixels (charts/ChartOutput.h): a PNG of 1920 x 1080 has exactly 1920 x 1080 pixels
// whatever the DPI. The DPI only scales text and lines (by dpi / 96) and makes a PDF page size / dpi inches.
// The preview is the chart laid out at exactly that size and DPI, shrunk to fit. Outputs show every segment
// in full colour unless "As on screen" is checked. The last folder, format, size and DPI are remembered
// under "export/".

#include <QDialog>
#include <QImage>
#include <QSize>
#include <QString>
#include <memory>

#include "Chart.h"
#include "ChartOutput.h"

class QCheckBox;
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
    enum class Preset { Slide, Screen, Square, Custom };

    // `chart` is the dialog's to lay out and highlight (build one for output, not the on-screen chart);
    // `screenHighlight` is the segment highlighted on screen (kNoSegment: none), kept only when the user
    // checks "As on screen".
    explicit ExportChartDialog(std::shared_ptr<seg::chart::Chart> chart,
                               int screenHighlight = seg::chart::kNoSegment, QWidget* parent = nullptr);

    [[nodiscard]] seg::chart::ExportOptions options() const;
    [[nodiscard]] QString path() const;
    // Sets the file name; a known suffix (.png, .svg, .pdf) selects the format.
    void setPath(const QString& path);
    [[nodiscard]] seg::chart::ExportFormat format() const;
    // Selects the format and gives the file name its suffix.
    void setFormat(seg::chart::ExportFormat format);
    [[nodiscard]] Preset preset() const;
    // Any preset but Custom sets the width and height.
    void setPreset(Preset preset);
    // Width and height in the output's pixels; selects the matching preset, else Custom.
    [[nodiscard]] QSize chartSize() const;
    void setChartSize(QSize size);
    [[nodiscard]] int dpi() const;
    void setDpi(int dpi);
    // Whether the output keeps the on-screen highlight (off by default).
    [[nodiscard]] bool asOnScreen() const;
    void setAsOnScreen(bool keep);

    // As shown, for tests: the result ("1920 × 1080 pixels", or a PDF's page size) and the preview image
    // (the output, scaled to fit the preview box).
    [[nodiscard]] QString pixelSizeText() const;
    [[nodiscard]] QImage previewImage() const { return m_previewImage; }
    // The size of a preset in pixels (empty for Custom).
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
    void applyHighlight();
    void updateState();
    void updatePreview();
    void runExport();

    std::shared_ptr<seg::chart::Chart> m_chart;
    int m_screenHighlight = seg::chart::kNoSegment;
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
    QCheckBox* m_asOnScreenBox = nullptr;
    QLabel* m_pixelSizeLabel = nullptr;
    QLabel* m_preview = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_previewTimer = nullptr;
};

// Exports and, on failure, shows the translated error in a (non-blocking) message box over `parent`.
// Returns whether the file was written.
bool exportChartReportingErrors(seg::chart::Chart& chart, const QString& path,
                                const seg::chart::ExportOptions& options, QWidget* parent);

// Opens the dialog window-modal without blocking; it exports when accepted and deletes itself when closed.
ExportChartDialog* openExportChartDialog(std::shared_ptr<seg::chart::Chart> chart, int screenHighlight,
                                         QWidget* parent);

}  // namespace seg::ui
