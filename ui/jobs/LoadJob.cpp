#include "jobs/LoadJob.h"

#include <QFile>
#include <new>

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
    result->options = request.options;
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

LoadJob::LoadJob(QObject* parent) : BackgroundJob(parent) {
    connect(this, &BackgroundJob::succeededUntyped, this, [this](const std::shared_ptr<const void>& result) {
        emit succeeded(std::static_pointer_cast<const LoadResult>(result));
    });
}

quint64 LoadJob::start(LoadRequest request) {
    const QString path = request.path;
    const quint64 generation = startWork(
        [request = std::move(request)](const seg::Progress& progress) -> std::shared_ptr<const void> {
            try {
                return runLoad(request, progress);
            } catch (const std::bad_alloc&) {
                throw seg::Error(seg::ErrorCode::Internal, {.path = request.path.toStdString(),
                                                            .detail = "not enough memory to hold the table"});
            }
        });
    emit started(path);
    return generation;
}

}  // namespace seg::ui
