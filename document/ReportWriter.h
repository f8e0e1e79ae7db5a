// A meeting-ready PDF report of one segmentation run: where the data came from (with its SHA-256), how the
// segments were made, what they are (names, sizes, descriptions, the profile table) and every chart.
#pragma once

// Layout, fixed here once: every page is A4 landscape with 15 mm margins and a footer "SegmentLab <version> ·
// <date> · page N of M". Lengths are CSS pixels (1/96 in) scaled by the writer's resolution and fonts are in
// points, as in the charts (seg::chart::pxScale); each chart is laid out for the page it is drawn on. Text is
// drawn as text (selectable and searchable in the PDF) in the application font.
//
// Threads: writeReport paints only on its own QPdfWriter, which Qt allows on any thread, and the charts in
// ReportInput are chart objects made for this output (chartsFor, document/RunCharts.h), so the whole report
// may be written on a worker. Charts show every segment in full colour unless they were made otherwise.

#include <QByteArray>
#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "Chart.h"
#include "Document.h"
#include "common/Progress.h"
#include "profile/Describe.h"
#include "profile/SegmentProfile.h"
#include "run/Segmentation.h"

namespace seg::doc {

// The run's quality scores, as seg::run::SegmentationResult has them (absent when not computed).
struct ReportMetrics {
    std::optional<double> silhouette;  // mean
    bool silhouetteSampled = false;
    std::size_t silhouetteRows = 0;  // rows scored
    std::optional<double> daviesBouldin;
    std::optional<double> calinskiHarabasz;
    double inertia = 0.0;
};

// Everything a report or a presentation shows; plain values, safe to copy to a worker thread (charts aside,
// see above).
struct ReportInput {
    QString title;       // empty: "Customer segments"
    QDateTime created;   // invalid: now
    QString sourcePath;  // the file the table was read from
    // Raw 32-byte digest (sha256OfFile); empty: writeReport hashes sourcePath as it is when writing.
    QByteArray sourceSha256;
    std::size_t rows = 0;                          // table rows
    std::size_t columns = 0;                       // table columns
    std::size_t segmented = 0;                     // rows in a segment
    std::size_t outliers = 0;                      // DBSCAN noise
    std::size_t leftOut = 0;                       // rows dropped for missing values
    std::vector<std::string> features;             // the columns the segments were made from
    std::vector<std::string> categoricalFeatures;  // those of them that are categories (one-hot encoded)
    std::vector<std::size_t> sizes;                // customers per segment
    seg::run::SegmentationParams params;
    int k = 0;         // segments found (DBSCAN finds its own)
    double eps = 0.0;  // DBSCAN: the radius used
    ReportMetrics metrics;
    std::shared_ptr<const seg::profile::SegmentProfile> profile;  // may be null: no profile table
    std::vector<seg::profile::SegmentDescription> descriptions;   // one per segment, or empty
    QStringList names;     // one per segment; an empty entry: the description's name, else "Segment N"
    QList<QColor> colors;  // one per segment; missing or invalid: the palette's
    std::vector<std::shared_ptr<seg::chart::Chart>> charts;
};

// Fills a ReportInput from the document's snapshot (rows, features, parameters, metrics, sizes, names,
// colours) and the charts made for it. The SHA-256 is left empty (hashing a large file belongs on a worker:
// sha256OfFile, or writeReport does it).
[[nodiscard]] ReportInput reportInputFor(const Snapshot& snapshot,
                                         std::vector<std::shared_ptr<seg::chart::Chart>> charts = {});

// The SHA-256 digest (32 raw bytes) of a file, read in 1 MiB blocks. Throws seg::Error(FileNotFound /
// FileUnreadable) and seg::Cancelled when progress asks to stop.
[[nodiscard]] QByteArray sha256OfFile(const QString& path, const Progress& progress = {});

// The name a report gives segment `segment` (input.names, else the description's, else "Segment N").
[[nodiscard]] QString reportSegmentName(const ReportInput& input, int segment);
[[nodiscard]] QColor reportSegmentColor(const ReportInput& input, int segment);

// Writes the report to `path` as PDF, atomically (QSaveFile): on any failure or cancellation the file at
// `path`, if one existed, is left as it was and no new file appears. Throws seg::Error (FileNotWritable with
// the reason, FileNotFound / FileUnreadable when the source must be hashed and cannot be read, Internal when
// a chart's paint throws) and seg::Cancelled.
void writeReport(const ReportInput& input, const QString& path, const Progress& progress = {});

}  // namespace seg::doc
