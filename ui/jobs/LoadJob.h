// Runs seg::data::importTable (plus the user's type changes and the column summary) on a worker thread, for
// both the import preview and the full load. Starting a job cancels the one before it, and a result that
// arrives after a newer start is dropped by generation number, so the UI only ever shows the latest request.
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/Warning.h"
#include "data/ColumnSummary.h"
#include "data/Import.h"
#include "jobs/BackgroundJob.h"

namespace seg::ui {

// Column name -> the type the user chose for it in the import dialog.
using TypeOverrides = std::map<std::string, seg::data::ColumnType>;

struct LoadRequest {
    QString path;
    seg::data::ImportOptions options;  // maxRows > 0 for previews
    TypeOverrides types;
    bool summarize = true;  // the preview has no use for a column summary
};

// Everything a finished load hands to the GUI; immutable once published.
struct LoadResult {
    QString path;
    seg::data::ImportOptions options;  // as requested
    std::shared_ptr<const seg::data::Table> table;
    std::vector<seg::data::ColumnType> inferredTypes;  // as read, before the user's type changes
    std::vector<seg::data::ColumnSummary> summaries;   // empty unless requested
    seg::data::FileFormat format = seg::data::FileFormat::Csv;
    std::vector<std::string> sheets;  // XLSX
    std::string sheet;                // XLSX
    int headerRow = 1;
    seg::data::CsvDialect dialect;  // CSV
    seg::Warnings warnings;
    bool truncated = false;
    qint64 elapsedMs = 0;
};

// The work itself, callable without a thread (tests, CLI-like use); throws seg::Error / seg::Cancelled.
[[nodiscard]] std::shared_ptr<const LoadResult> runLoad(const LoadRequest& request,
                                                        const seg::Progress& progress);

class LoadJob : public BackgroundJob {
    Q_OBJECT

public:
    explicit LoadJob(QObject* parent = nullptr);

    // Cancels a running load and starts this one; returns its generation.
    quint64 start(LoadRequest request);

signals:
    void started(const QString& path);
    void succeeded(std::shared_ptr<const seg::ui::LoadResult> result);
};

}  // namespace seg::ui
