#include "CliReport.h"

#include <QDir>
#include <QGuiApplication>
#include <cstring>
#include <memory>

#include "Document.h"
#include "ReportWriter.h"
#include "RunCharts.h"
#include "common/Error.h"

namespace seg::app {

namespace {

bool isOption(const char* arg, const char* name) {
    const std::size_t n = std::strlen(name);
    return std::strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

// The run as the GUI would hold it: a document with the table, the run and the final names.
std::unique_ptr<seg::doc::Document> documentFor(const seg::doc::SegmentationRun& run,
                                                const QString& sourcePath, const QStringList& names) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw Error(ErrorCode::Internal, {.detail = "drawing charts needs a QGuiApplication"});
    auto document = std::make_unique<seg::doc::Document>();
    document->setTable(run.table, sourcePath);
    document->setRun(std::make_shared<const seg::doc::SegmentationRun>(run));
    for (int s = 0; s < names.size() && s < document->segmentCount(); ++s)
        document->renameSegment(s, names[s]);
    return document;
}

}  // namespace

bool needsGui(int argc, const char* const* argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) break;
        if (isOption(argv[i], "--report") || isOption(argv[i], "--charts")) return true;
    }
    return false;
}

void writeClusterReport(const seg::doc::SegmentationRun& run, const QString& sourcePath,
                        const QStringList& names, const QString& path) {
    const auto document = documentFor(run, sourcePath, names);
    const seg::doc::Snapshot snapshot = document->snapshot();
    seg::doc::writeReport(seg::doc::reportInputFor(snapshot, seg::doc::chartsFor(snapshot)), path);
}

QStringList clusterChartFiles(const seg::doc::SegmentationRun& run, const QString& dir,
                              seg::chart::ExportFormat format) {
    seg::doc::Snapshot snapshot;
    snapshot.run = std::make_shared<const seg::doc::SegmentationRun>(run);
    snapshot.table = run.table;
    // Names only: making the charts (a million points projected, profiles computed) is writeClusterCharts's.
    QStringList files;
    for (const QString& name : seg::doc::availableCharts(snapshot))
        files << QDir(dir).filePath(name + QLatin1Char('.') + seg::chart::suffixForFormat(format));
    return files;
}

void writeClusterCharts(const seg::doc::SegmentationRun& run, const QString& sourcePath,
                        const QStringList& names, const QString& dir,
                        const seg::chart::ExportOptions& options) {
    const auto document = documentFor(run, sourcePath, names);
    if (!QDir().mkpath(dir))
        throw Error(ErrorCode::FileNotWritable,
                    {.path = dir.toStdString(), .detail = "cannot create the folder"});
    for (const auto& chart : seg::doc::chartsFor(document->snapshot()))
        seg::chart::exportChart(*chart,
                                QDir(dir).filePath(chart->name() + QLatin1Char('.') +
                                                   seg::chart::suffixForFormat(options.format)),
                                options);
}

}  // namespace seg::app
