// A finished segmentation run and a finished k sweep, with everything that produced them: immutable once
// published, shared between the document, the views, the outputs and worker threads.
#pragma once

#include <QtGlobal>
#include <memory>
#include <vector>

#include "common/Progress.h"
#include "data/Table.h"
#include "prep/Pipeline.h"
#include "profile/Describe.h"
#include "profile/SegmentProfile.h"
#include "run/Segmentation.h"
#include "run/Sweep.h"

namespace seg::doc {

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

struct SweepRun {
    seg::prep::PrepParams prep;
    seg::run::SweepParams params;
    std::shared_ptr<const seg::run::SweepResult> result;
    qint64 elapsedMs = 0;
};

// Profiles a result's segments and describes them (the part of a run after clustering).
void profileRun(SegmentationRun& run, const seg::Progress& progress = {});

}  // namespace seg::doc
