#include "jobs/SegmentationJob.h"

#include <QElapsedTimer>

#include "RunCharts.h"

namespace seg::ui {

namespace {

// What the worker hands over: the run, and its customer map made there.
struct Output {
    std::shared_ptr<const SegmentationRun> run;
    std::shared_ptr<seg::chart::Chart> map;
};

std::shared_ptr<const void> finish(std::shared_ptr<SegmentationRun> run, qint64 elapsedMs) {
    run->elapsedMs = elapsedMs;
    auto out = std::make_shared<Output>();
    out->run = run;
    seg::doc::Snapshot snapshot;
    snapshot.table = run->table;
    snapshot.run = run;
    // The screen's map as every run starts it (components 1 and 2, no arrows); the workspace applies the
    // names, colours and choices of the screen on the GUI thread.
    out->map = seg::doc::chartFor(snapshot, QStringLiteral("pca-scatter"));
    return out;
}

}  // namespace

SegmentationJob::SegmentationJob(QObject* parent) : BackgroundJob(parent) {
    connect(this, &BackgroundJob::succeededUntyped, this, [this](const std::shared_ptr<const void>& result) {
        const auto out = std::static_pointer_cast<const Output>(result);
        m_mapRun = out->run;
        m_map = out->map;
        emit succeeded(out->run);
    });
}

std::shared_ptr<seg::chart::Chart> SegmentationJob::takeMap(
    const std::shared_ptr<const SegmentationRun>& run) {
    if (!run || run != m_mapRun) return nullptr;
    m_mapRun.reset();
    return std::move(m_map);
}

quint64 SegmentationJob::start(std::shared_ptr<const seg::data::Table> table,
                               seg::run::SegmentationParams params) {
    return startWork([table = std::move(table), params = std::move(params)](
                         const seg::Progress& progress) -> std::shared_ptr<const void> {
        QElapsedTimer timer;
        timer.start();
        auto run = std::make_shared<SegmentationRun>();
        run->table = table;
        run->params = params;
        run->result = std::make_shared<const seg::run::SegmentationResult>(
            seg::run::runSegmentation(*table, params, progress.sub(0.0, 0.9)));
        profileRun(*run, progress.sub(0.9, 0.97));
        progress.check();
        return finish(std::move(run), timer.elapsed());
    });
}

quint64 SegmentationJob::startRecut(std::shared_ptr<const SegmentationRun> base, int k) {
    return startWork(
        [base = std::move(base), k](const seg::Progress& progress) -> std::shared_ptr<const void> {
            QElapsedTimer timer;
            timer.start();
            auto run = std::make_shared<SegmentationRun>(*base);
            auto result = std::make_shared<seg::run::SegmentationResult>(*base->result);
            run->params.k = k;
            seg::run::recutHierarchical(*result, k, run->params, progress.sub(0.0, 0.85));
            run->result = std::move(result);
            profileRun(*run, progress.sub(0.85, 0.95));
            run->recut = true;
            progress.check();
            return finish(std::move(run), timer.elapsed());
        });
}

}  // namespace seg::ui
