#include "jobs/LoadJob.h"

#include <QFile>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <new>

#include "common/ErrorText.h"

namespace seg::ui {

std::shared_ptr<const LoadResult> runLoad(const LoadRequest& request, const seg::Progress& progress) {
    QElapsedTimer timer;
    timer.start();
    // Reading dominates; the type changes and the summary are single passes over the columns.
    const seg::Progress readProgress = request.summarize ? progress.sub(0.0, 0.9) : progress;
    seg::data::ImportResult imported =
        seg::data::importTable(QFile::encodeName(request.path).toStdString(), request.options, readProgress);

    auto result = std::make_shared<LoadResult>();
    result->path = request.path;
    result->format = imported.format;
    result->sheets = std::move(imported.sheets);
    result->sheet = std::move(imported.sheet);
    result->headerRow = imported.headerRow;
    result->dialect = imported.dialect;
    result->warnings = std::move(imported.warnings);
    result->truncated = imported.truncated;

    seg::data::Table& table = imported.table;
    result->inferredTypes.reserve(table.columnCount());
    for (const auto& column : table.columns())
        result->inferredTypes.push_back(column.type());

    for (const auto& [name, type] : request.types) {
        const std::ptrdiff_t index = table.indexOf(name);
        // Options changed since the user picked this type (another header row, another sheet): skip it.
        if (index < 0) continue;
        seg::data::Column& column = table.column(static_cast<std::size_t>(index));
        if (column.type() == type) continue;
        std::size_t lost = 0;
        column.convertTo(type, &lost);
        if (lost > 0) {
            result->warnings.push_back(
                {seg::WarningCode::TypeConversionLost,
                 {.detail = name, .column = index + 1, .count = static_cast<std::int64_t>(lost)}});
        }
        progress.check();
    }

    if (request.summarize) result->summaries = seg::data::summarize(table, progress.sub(0.9, 1.0));
    result->table = std::make_shared<const seg::data::Table>(std::move(table));
    result->elapsedMs = timer.elapsed();
    return result;
}

namespace {

LoadOutcome runInWorker(QPromise<LoadOutcome>& promise, const LoadRequest& request) {
    promise.setProgressRange(0, 1000);
    const seg::Progress progress([&promise](double fraction) {
        promise.setProgressValue(static_cast<int>(fraction * 1000.0));
        return !promise.isCanceled();
    });
    try {
        return {runLoad(request, progress), std::nullopt};
    } catch (const seg::Error& error) {
        return {nullptr, error};
    } catch (const std::bad_alloc&) {
        return {nullptr,
                seg::Error(seg::ErrorCode::Internal, {.path = request.path.toStdString(),
                                                      .detail = "not enough memory to hold the table"})};
    }
}

}  // namespace

LoadJob::LoadJob(QObject* parent) : QObject(parent) {}

LoadJob::~LoadJob() {
    cancelAndWait();
}

quint64 LoadJob::start(LoadRequest request) {
    if (m_current) m_current->future().cancel();  // superseded: its result is dropped below by generation
    const quint64 generation = ++m_generation;
    m_running = true;

    auto* watcher = new QFutureWatcher<LoadOutcome>(this);
    m_current = watcher;
    connect(watcher, &QFutureWatcher<LoadOutcome>::progressValueChanged, this, [this, generation](int value) {
        if (generation == m_generation) emit progressChanged(value);
    });
    connect(watcher, &QFutureWatcher<LoadOutcome>::finished, this,
            [this, watcher, generation] { onWorkerFinished(watcher, generation); });

    const QString path = request.path;
    watcher->setFuture(QtConcurrent::run([request = std::move(request)](QPromise<LoadOutcome>& promise) {
        try {
            LoadOutcome outcome = runInWorker(promise, request);
            if (!promise.isCanceled()) promise.addResult(std::move(outcome));
        } catch (const seg::Cancelled&) {
            // Nothing to deliver: the watcher sees a cancelled future.
        } catch (const std::exception& e) {
            promise.addResult(
                LoadOutcome{nullptr, seg::Error(seg::ErrorCode::Internal, {.detail = e.what()})});
        }
    }));
    emit started(path);
    return generation;
}

void LoadJob::cancel() {
    if (!m_running) return;
    if (m_current) m_current->future().cancel();
    m_current = nullptr;
    m_running = false;
    ++m_generation;
    emit canceled();
    emit finished();
}

void LoadJob::cancelAndWait() {
    const auto watchers = findChildren<QFutureWatcher<LoadOutcome>*>(Qt::FindDirectChildrenOnly);
    for (auto* watcher : watchers)
        watcher->future().cancel();
    for (auto* watcher : watchers)
        watcher->future().waitForFinished();
    if (m_running) {
        m_running = false;
        m_current = nullptr;
        ++m_generation;
    }
}

void LoadJob::onWorkerFinished(QFutureWatcher<LoadOutcome>* watcher, quint64 generation) {
    watcher->deleteLater();
    if (generation != m_generation) return;  // superseded or cancelled: nobody wants this result
    m_current = nullptr;
    m_running = false;
    const QFuture<LoadOutcome> future = watcher->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        emit canceled();
    } else {
        const LoadOutcome outcome = future.result();
        if (outcome.error)
            emit failed(seg::errorText(*outcome.error), outcome.error->code());
        else
            emit succeeded(outcome.result);
    }
    emit finished();
}

}  // namespace seg::ui
