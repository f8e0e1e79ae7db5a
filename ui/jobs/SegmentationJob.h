// Runs seg::run::runSegmentation (prepare, cluster, score, project) and profiles the segments on a worker
// thread, and re-cuts a hierarchical result at another k when the user drags the dendrogram's cut. A new run
// or recut cancels the stale one.
#pragma once

#include <memory>

#include "Run.h"
#include "data/Table.h"
#include "jobs/BackgroundJob.h"

namespace seg::chart {
class Chart;
}

namespace seg::ui {

// A finished run with everything that produced it (document/Run.h); immutable once published.
using SegmentationRun = seg::doc::SegmentationRun;
using seg::doc::profileRun;

class SegmentationJob : public BackgroundJob {
    Q_OBJECT

public:
    explicit SegmentationJob(QObject* parent = nullptr);

    // Cancels a running job and starts a full run; returns its generation.
    quint64 start(std::shared_ptr<const seg::data::Table> table, seg::run::SegmentationParams params);
    // Cuts the tree of a finished hierarchical run at k and re-scores it (no refit).
    quint64 startRecut(std::shared_ptr<const SegmentationRun> run, int k);

    // The customer map of the run last reported by succeeded(), made on the worker (laying out a million
    // points takes tens of milliseconds that the GUI thread need not spend); null when it was taken already
    // or the run has none. The caller owns it.
    [[nodiscard]] std::shared_ptr<seg::chart::Chart> takeMap(
        const std::shared_ptr<const SegmentationRun>& run);

signals:
    void succeeded(std::shared_ptr<const seg::doc::SegmentationRun> run);

private:
    std::shared_ptr<const SegmentationRun> m_mapRun;
    std::shared_ptr<seg::chart::Chart> m_map;
};

}  // namespace seg::ui
