// The import preview: shows the first rows of a file as SegmentLab will read it, lets the user correct the
// sheet, delimiter, encoding, decimal mark, header row and column types, and re-reads (off the GUI thread,
// debounced) whenever one changes, so every choice is checked against the real file before the full load.
#pragma once

#include <QDialog>
#include <QStringList>
#include <memory>
#include <vector>

#include "data/Import.h"
#include "jobs/LoadJob.h"

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTimer;
class QFormLayout;
class QDialogButtonBox;
class QProgressBar;

namespace seg::ui {

class TableModel;

class ImportDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr std::size_t kPreviewRows = 200;

    // options: where the controls start (the remembered choices for this kind of file).
    ImportDialog(const QString& path, seg::data::FileFormat format, const seg::data::ImportOptions& options,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] seg::data::FileFormat format() const noexcept { return m_format; }
    // The chosen options for the full load (maxRows is 0).
    [[nodiscard]] seg::data::ImportOptions importOptions() const;
    // Only the columns whose type the user changed from the one SegmentLab inferred.
    [[nodiscard]] TypeOverrides typeOverrides() const { return m_types; }

    // For tests and the screenshot tool: the preview as shown, and the messages under it.
    [[nodiscard]] TableModel* previewModel() const noexcept { return m_previewModel; }
    [[nodiscard]] bool isPreviewRunning() const;
    [[nodiscard]] QString errorMessage() const { return m_error; }
    [[nodiscard]] QStringList warningMessages() const { return m_warnings; }

signals:
    // A preview read finished (successfully or with an error shown in the dialog).
    void previewUpdated();

private:
    void buildUi();
    void applyOptions(const seg::data::ImportOptions& options);
    void scheduleRefresh();
    void refresh();
    void onPreviewReady(const std::shared_ptr<const LoadResult>& result);
    void onPreviewFailed(const QString& message);
    void updateDetectedLabels(const LoadResult& result);
    void updateColumnList(const LoadResult& result);
    void onTypeChosen(const QString& column, seg::data::ColumnType type);
    void showMessages();

    QString m_path;
    seg::data::FileFormat m_format;
    seg::data::ImportOptions m_initial;
    TypeOverrides m_types;
    std::vector<seg::data::ColumnType> m_inferred;
    QStringList m_columnNames;
    QString m_error;
    QStringList m_warnings;
    bool m_sheetsListed = false;

    // Qt parent tree
    LoadJob* m_job = nullptr;
    QTimer* m_refreshTimer = nullptr;
    TableModel* m_previewModel = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_sheet = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_decimal = nullptr;
    QComboBox* m_headerMode = nullptr;
    QSpinBox* m_headerRow = nullptr;
    QTableWidget* m_columns = nullptr;
    QTableView* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QWidget* m_errorBox = nullptr;
    QLabel* m_errorText = nullptr;
    QWidget* m_warningBox = nullptr;
    QLabel* m_warningText = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace seg::ui
