#include "Run.h"

namespace seg::doc {

void profileRun(SegmentationRun& run, const seg::Progress& progress) {
    const seg::run::SegmentationResult& r = *run.result;
    if (r.k < 1) return;  // DBSCAN found only outliers: nothing to profile
    std::vector<std::string> features;
    for (const auto& feature : r.prep.pipeline.features())
        features.push_back(feature.column);
    auto profile = std::make_shared<seg::profile::SegmentProfile>(
        seg::profile::profileSegments(*run.table, r.rowLabels, r.k, features, progress));
    run.descriptions = seg::profile::describeSegments(*profile);
    run.profile = std::move(profile);
}

}  // namespace seg::doc
