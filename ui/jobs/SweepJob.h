// Runs the k sweep (seg::run::sweepK) on a worker thread for the "choosing k" chart: the table is prepared
// as a run would prepare it, then every k in the range is fitted and scored. A new sweep cancels the stale
// one.
#pragma once

#include <memory>

#include "data/Table.h"
#include "jobs/BackgroundJob.h"
#include "Run.h"

namespace seg::ui {

using SweepRun = seg::doc::SweepRun;

class SweepJob : public BackgroundJob {
    Q_OBJECT

public:
    explicit SweepJob(QObject* parent = nullptr);

    quint64 start(std::shared_ptr<const seg::data::Table> table, seg::prep::PrepParams prep,
                  seg::run::SweepParams params);

signals:
    void succeeded(std::shared_ptr<const seg::doc::SweepRun> run);
};

}  // namespace seg::ui
