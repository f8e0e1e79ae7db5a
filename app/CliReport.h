// segmentlab-cli cluster --report: the GUI's meeting report (seg::ui::writeReport) of a run, with every chart
// drawn by the GUI's own views, built offscreen. Needs a QApplication (cli_main.cpp makes one when --report
// is on the command line).
#pragma once

#include <QString>
#include <QStringList>

namespace seg::ui {
struct SegmentationRun;
}

namespace seg::app {

// True when the command line asks for something only the widgets can draw (--report): main() then makes a
// QApplication, on the offscreen platform when there is no display, instead of a QCoreApplication.
[[nodiscard]] bool needsWidgets(int argc, const char* const* argv);

// Writes the report of `run` (profiled: seg::ui::profileRun) to `path` as PDF, atomically. `names` are the
// segments' final names (one per segment). The charts are those the GUI shows for the run - customer map,
// segment profiles, tree (hierarchical), silhouette, sizes, neighbour distances (DBSCAN) - but not "choosing
// the number of segments", which needs a sweep. Throws seg::Error (Internal without a QApplication, and as
// writeReport).
void writeClusterReport(const seg::ui::SegmentationRun& run, const QString& sourcePath,
                        const QStringList& names, const QString& path);

}  // namespace seg::app
