#include "jobs/SweepJob.h"

#include <QElapsedTimer>

namespace seg::ui {

SweepJob::SweepJob(QObject* parent) : BackgroundJob(parent) {
    connect(this, &BackgroundJob::succeededUntyped, this, [this](const std::shared_ptr<const void>& result) {
        emit succeeded(std::static_pointer_cast<const SweepRun>(result));
    });
}

quint64 SweepJob::start(std::shared_ptr<const seg::data::Table> table, seg::prep::PrepParams prep,
                        seg::run::SweepParams params) {
    return startWork([table = std::move(table), prep = std::move(prep), params = std::move(params)](
                         const seg::Progress& progress) -> std::shared_ptr<const void> {
        QElapsedTimer timer;
        timer.start();
        // Preparing is one pass over the columns; the fits dominate.
        const seg::prep::PrepResult prepared = seg::prep::fitPipeline(*table, prep, progress.sub(0.0, 0.05));
        auto run = std::make_shared<SweepRun>();
        run->prep = prep;
        run->params = params;
        run->result = std::make_shared<const seg::run::SweepResult>(
            seg::run::sweepK(prepared.data.x, params, progress.sub(0.05, 1.0)));
        run->elapsedMs = timer.elapsed();
        return run;
    });
}

}  // namespace seg::ui
