// Runs the k sweep (seg::run::sweepK) on a worker thread for the "choosing k" chart: the table is prepared
// as a run would prepare it, then every k in the range is fitted and scored. A new sweep cancels the stale
// one.
#pragma once

#include <memory>

#include "data/Table.h"
#include "jobs/BackgroundJob.h"
#include "prep/Pipeline.h"
#include "run/Sweep.h"

namespace seg::ui {

struct SweepRun {
    seg::prep::PrepParams prep;
    seg::run::SweepParams params;
    std::shared_ptr<const seg::run::SweepResult> result;
    qint64 elapsedMs = 0;
};

class SweepJob : public BackgroundJob {
    Q_OBJECT

public:
    explicit SweepJob(QObject* parent = nullptr);

    quint64 start(std::shared_ptr<const seg::data::Table> table, seg::prep::PrepParams prep,
                  seg::run::SweepParams params);

signals:
    void succeeded(std::shared_ptr<const seg::ui::SweepRun> run);
};

}  // namespace seg::ui
