// segmentlab-cli cluster --report and --charts: the GUI's meeting report and charts of a run, drawn from the
// document by the chart layer, without any widget. Needs a QGuiApplication (cli_main.cpp makes one, on the
// offscreen platform when there is no display).
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include "ChartOutput.h"
#include "Run.h"

namespace seg::app {

// True when the command line asks for something drawn (--report, --charts): main() then makes a
// QGuiApplication instead of a QCoreApplication.
[[nodiscard]] bool needsGui(int argc, const char* const* argv);

// Writes the report of `run` (profiled: seg::doc::profileRun) to `path` as PDF, atomically. `names` are the
// segments' final names (one per segment). The charts are those the GUI shows for the run, but not "choosing
// the number of segments", which needs a sweep. Throws seg::Error (Internal without a QGuiApplication, and as
// writeReport).
void writeClusterReport(const seg::doc::SegmentationRun& run, const QString& sourcePath,
                        const QStringList& names, const QString& path);

// The files writeClusterCharts would write into `dir` (DIR/<chart>.<format>).
[[nodiscard]] QStringList clusterChartFiles(const seg::doc::SegmentationRun& run, const QString& dir,
                                            seg::chart::ExportFormat format);
// Writes every chart of the run into `dir` (created if missing) as Export All Charts does; returns the files.
void writeClusterCharts(const seg::doc::SegmentationRun& run, const QString& sourcePath,
                        const QStringList& names, const QString& dir,
                        const seg::chart::ExportOptions& options);

}  // namespace seg::app
