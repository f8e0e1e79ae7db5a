// Runs seg::run::runSegmentation (prepare, cluster, score, project) and profiles the segments on a worker
// thread, and re-cuts a hierarchical result at another k when the user drags the dendrogram's cut. A new run
// or recut cancels the stale one.
#pragma once

#include <memory>

#include "data/Table.h"
#include "jobs/BackgroundJob.h"
#include "profile/Describe.h"
#include "profile/SegmentProfile.h"
#include "run/Segmentation.h"

namespace seg::ui {

// A finished run with everything that produced it; immutable once published.
struct SegmentationRun {
    std::shared_ptr<const seg::data::Table> table;
    seg::run::SegmentationParams params;
    std::shared_ptr<const seg::run::SegmentationResult> result;
    // Every numeric and categorical column profiled per segment, and the generated names and descriptions.
    std::shared_ptr<const seg::profile::SegmentProfile> profile;
    std::vector<seg::profile::SegmentDescription> descriptions;
    bool recut = false;  // true: the same tree cut at another k, not a new fit
    qint64 elapsedMs = 0;
};

// Profiles a result's segments and describes them (the part of a run after clustering).
void profileRun(SegmentationRun& run, const seg::Progress& progress);

class SegmentationJob : public BackgroundJob {
    Q_OBJECT

public:
    explicit SegmentationJob(QObject* parent = nullptr);

    // Cancels a running job and starts a full run; returns its generation.
    quint64 start(std::shared_ptr<const seg::data::Table> table, seg::run::SegmentationParams params);
    // Cuts the tree of a finished hierarchical run at k and re-scores it (no refit).
    quint64 startRecut(std::shared_ptr<const SegmentationRun> run, int k);

signals:
    void succeeded(std::shared_ptr<const seg::ui::SegmentationRun> run);
};

}  // namespace seg::ui
