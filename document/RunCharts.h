// Every chart of the open work, made from the document's snapshot as plain chart objects: for the screen's
// tabs, and fresh for every output (Export Chart, Export All Charts, Copy, the report, the presentation, the
// command line), so an output never inherits what the screen shows (a highlighted segment, a zoom) unless
// the user asks for that.
#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

#include "Chart.h"
#include "Document.h"

namespace seg::doc {

struct ChartOptions {
    // Draw this segment in full and fade the others (kNoSegment: every segment in full).
    int highlight = Document::kNoSegment;
    // Include the sweep's "choosing the number of segments" chart when the snapshot has a sweep.
    bool includeSweep = true;
    // The map: which principal components go across and up, and the feature arrows (a biplot).
    int componentX = 0;
    int componentY = 1;
    bool showLoadings = false;
    // The map's visible data range (empty: every customer).
    QRectF mapRange;
    // The sizes chart from the largest segment down (else in segment order).
    bool sizesLargestFirst = false;
};

// The chart names every run can have, in the order the tabs and outputs show them: "pca-scatter",
// "profile-heatmap", "elbow", "dendrogram", "silhouette", "sizes", "k-distance".
[[nodiscard]] QStringList chartNames();
// The names of the charts this snapshot has something to show in, in chartNames() order (without making
// them).
[[nodiscard]] QStringList availableCharts(const Snapshot& snapshot);
// The charts this snapshot has something to show in, in chartNames() order.
[[nodiscard]] std::vector<std::shared_ptr<seg::chart::Chart>> chartsFor(const Snapshot& snapshot,
                                                                        const ChartOptions& options = {});
// One chart by name; null when the snapshot has nothing for it.
[[nodiscard]] std::shared_ptr<seg::chart::Chart> chartFor(const Snapshot& snapshot, const QString& name,
                                                          const ChartOptions& options = {});

}  // namespace seg::doc
