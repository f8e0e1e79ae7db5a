// Runs seg::data::importTable (plus the user's type changes and the column summary) on a worker thread, for
// both the import preview and the full load. Starting a job cancels the one before it, and a result that
// arrives after a newer start is dropped by generation number, so the UI only ever shows the latest request.
#pragma once

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/Error.h"
#include "common/Warning.h"
#include "data/ColumnSummary.h"
#include "data/Import.h"

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

// What a worker returns: a result or the error that stopped it (a cancelled run returns nothing at all).
struct LoadOutcome {
    std::shared_ptr<const LoadResult> result;
    std::optional<seg::Error> error;
};

// The work itself, callable without a thread (tests, CLI-like use); throws seg::Error / seg::Cancelled.
[[nodiscard]] std::shared_ptr<const LoadResult> runLoad(const LoadRequest& request,
                                                        const seg::Progress& progress);

class LoadJob : public QObject {
    Q_OBJECT

public:
    explicit LoadJob(QObject* parent = nullptr);
    // Cancels and waits, so no worker outlives the window that started it.
    ~LoadJob() override;

    // Cancels a running load and starts this one; returns its generation.
    quint64 start(LoadRequest request);
    // Cancels the running load, if any; its result will not be delivered, and canceled() is emitted.
    void cancel();
    // Cancels and blocks until every worker has stopped (quitting).
    void cancelAndWait();
    [[nodiscard]] bool isRunning() const noexcept { return m_running; }
    [[nodiscard]] quint64 generation() const noexcept { return m_generation; }

signals:
    void started(const QString& path);
    void progressChanged(int permille);
    void succeeded(std::shared_ptr<const seg::ui::LoadResult> result);
    // message is seg::errorText(error): translated, one sentence.
    void failed(const QString& message, seg::ErrorCode code);
    void canceled();
    // Emitted after succeeded/failed/canceled for the current generation.
    void finished();

private:
    void onWorkerFinished(QFutureWatcher<LoadOutcome>* watcher, quint64 generation);

    quint64 m_generation = 0;
    bool m_running = false;
    QFutureWatcher<LoadOutcome>* m_current = nullptr;  // owned by this object (Qt parent)
};

}  // namespace seg::ui
