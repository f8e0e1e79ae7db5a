#include "jobs/SegmentationJob.h"

#include <QElapsedTimer>

namespace seg::ui {

SegmentationJob::SegmentationJob(QObject* parent) : BackgroundJob(parent) {
    connect(this, &BackgroundJob::succeededUntyped, this, [this](const std::shared_ptr<const void>& result) {
        emit succeeded(std::static_pointer_cast<const SegmentationRun>(result));
    });
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
            seg::run::runSegmentation(*table, params, progress.sub(0.0, 0.95)));
        profileRun(*run, progress.sub(0.95, 1.0));
        run->elapsedMs = timer.elapsed();
        return run;
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
            seg::run::recutHierarchical(*result, k, run->params, progress.sub(0.0, 0.9));
            run->result = std::move(result);
            profileRun(*run, progress.sub(0.9, 1.0));
            run->recut = true;
            run->elapsedMs = timer.elapsed();
            return run;
        });
}

}  // namespace seg::ui
