// segmentlab-cli cluster and sweep: prepare the chosen columns, find segments (or try a range of k), score
// them, and write the segments and a JSON account of the run.
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>

#include "Cli.h"
#include "CliReport.h"
#include "Run.h"
#include "Share.h"
#include "common/Error.h"
#include "common/ErrorText.h"
#include "io/SegmentExport.h"
#include "run/Segmentation.h"
#include "run/Sweep.h"

namespace seg::app {

namespace {

// A comma-separated list in which an item holding a comma can be double-quoted; items are trimmed. Empty
// items are kept (keepEmpty) or dropped.
QStringList splitList(const QString& value, bool keepEmpty) {
    QStringList out;
    QString current;
    bool quoted = false;
    auto push = [&] {
        const QString item = current.trimmed();
        if (keepEmpty || !item.isEmpty()) out << item;
        current.clear();
    };
    for (const QChar c : value) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(',') && !quoted)
            push();
        else
            current += c;
    }
    push();
    return out;
}

// Column names from --features / --log1p values. A value that is exactly a column name is one name (so
// "Visits, last year" works as it is); otherwise it is a comma-separated list in which a name holding a comma
// can be double-quoted. Names keep their spaces and symbols ("Annual Income (k$)").
std::vector<std::string> columnList(const QStringList& values, const data::Table& table) {
    std::vector<std::string> out;
    for (const QString& value : values) {
        if (table.indexOf(value.toStdString()) >= 0) {
            out.push_back(value.toStdString());
            continue;
        }
        for (const QString& name : splitList(value, false))
            out.push_back(name.toStdString());
    }
    return out;
}

// Segment names from --names values, in order: comma-separated with the quoting of --features; an empty
// item ("A,,C") keeps the generated name of its segment.
QStringList nameList(const QStringList& values) {
    QStringList out;
    for (const QString& value : values)
        out << splitList(value, true);
    return out;
}

int intValue(const QCommandLineParser& parser, const QCommandLineOption& option, int min) {
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (!ok || v < min)
        throw UsageError{Cli::tr("--%1 needs a whole number of %2 or more, not '%3'")
                             .arg(option.names().front())
                             .arg(min)
                             .arg(parser.value(option))};
    return v;
}

double positiveValue(const QCommandLineParser& parser, const QCommandLineOption& option) {
    bool ok = false;
    const double v = parser.value(option).toDouble(&ok);
    if (!ok || !(v > 0.0) || !std::isfinite(v))
        throw UsageError{Cli::tr("--%1 needs a number above 0, not '%2'")
                             .arg(option.names().front(), parser.value(option))};
    return v;
}

QJsonArray jsonArray(const std::vector<double>& v) {
    QJsonArray a;
    for (double x : v)
        a.append(std::isfinite(x) ? QJsonValue(x) : QJsonValue(QJsonValue::Null));
    return a;
}

QJsonArray jsonMatrix(const FeatureMatrix& m) {
    QJsonArray rows;
    for (std::size_t i = 0; i < m.rows(); ++i)
        rows.append(jsonArray(std::vector<double>(m.row(i), m.row(i) + m.cols())));
    return rows;
}

QJsonArray jsonStrings(const std::vector<std::string>& v) {
    QJsonArray a;
    for (const auto& s : v)
        a.append(QString::fromStdString(s));
    return a;
}

QString criterionSentence(const run::Vote& v) {
    switch (v.criterion) {
        case run::Criterion::Elbow:
            return Cli::tr(
                       "The elbow of the inertia curve is at k = %1: more segments than that improve the fit "
                       "much less.")
                .arg(v.k);
        case run::Criterion::Silhouette:
            return Cli::tr(
                       "The silhouette is highest at k = %1 (%2): customers are closest to their own segment "
                       "and farthest from the others.")
                .arg(v.k)
                .arg(v.value, 0, 'f', 3);
        case run::Criterion::CalinskiHarabasz:
            return Cli::
                tr("Calinski-Harabasz is highest at k = %1: segments are most separated for their spread.")
                    .arg(v.k);
        case run::Criterion::DaviesBouldin:
            return Cli::tr("Davies-Bouldin is lowest at k = %1: segments overlap least.").arg(v.k);
        case run::Criterion::Bic:
            return Cli::tr("BIC is lowest at k = %1: the mixture balances fit and complexity best.").arg(v.k);
    }
    return {};
}

// The options that say which columns become features and how they are prepared; shared by cluster and sweep.
class PrepOptions {
    Q_DECLARE_TR_FUNCTIONS(seg::app::Cli)
    // Unqualified names keep lupdate from mistaking the return types for translation contexts.
    using PrepParams = prep::PrepParams;
    using Seed = std::uint64_t;

public:
    explicit PrepOptions(QCommandLineParser& parser)
        : m_features(QStringLiteral("features"),
                     tr("The columns to segment on, separated by commas; a name that holds a comma can "
                        "be given alone "
                        "in its own --features, or in double quotes. Default: every numeric column."),
                     tr("A,B,C")),
          m_scale(QStringLiteral("scale"),
                  tr("How to put features on one scale: zscore (default; mean 0, standard deviation 1), "
                     "minmax (0 to 1), robust (median and interquartile range; resists outliers) or none."),
                  tr("METHOD"), QStringLiteral("zscore")),
          m_log(QStringLiteral("log1p"),
                tr("Columns to log-transform first (log of 1 + x), for skewed amounts such as spend."),
                tr("A,B")),
          m_missing(
              QStringLiteral("missing"),
              tr("What to do with missing values: median (default; fill with the column's median), mean, "
                 "most-frequent, constant (fill with 0), or drop (leave those rows out)."),
              tr("POLICY"), QStringLiteral("median")),
          m_seed(QStringLiteral("seed"),
                 tr("Seed for every random choice; the same seed repeats the run (default 0)."), tr("S"),
                 QStringLiteral("0")),
          m_silhouette(
              QStringLiteral("silhouette"),
              tr("exact, sample (an estimate from 30,000 rows) or off. Default: exact up to 30,000 rows, "
                 "sampled above."),
              tr("MODE")) {
        parser.addOptions({m_features, m_scale, m_log, m_missing, m_seed, m_silhouette});
    }

    [[nodiscard]] PrepParams prep(const QCommandLineParser& parser, const data::Table& table) const {
        PrepParams p;
        p.features = columnList(parser.values(m_features), table);
        if (!prep::parseScaling(parser.value(m_scale).toStdString(), p.scaling))
            throw UsageError{
                tr("--scale must be zscore, minmax, robust or none, not '%1'").arg(parser.value(m_scale))};
        p.log1p = columnList(parser.values(m_log), table);
        if (!prep::parseMissingPolicy(parser.value(m_missing).toStdString(), p.missing))
            throw UsageError{tr("--missing must be median, mean, most-frequent, constant or drop, not '%1'")
                                 .arg(parser.value(m_missing))};
        return p;
    }

    [[nodiscard]] Seed seed(const QCommandLineParser& parser) const {
        bool ok = false;
        const qulonglong s = parser.value(m_seed).toULongLong(&ok);
        if (!ok)
            throw UsageError{
                tr("--seed needs a whole number of 0 or more, not '%1'").arg(parser.value(m_seed))};
        return s;
    }

    // Whether to compute the silhouette, and how.
    [[nodiscard]] bool silhouette(const QCommandLineParser& parser, metrics::SilhouetteParams& p) const {
        if (!parser.isSet(m_silhouette)) return true;
        const QString v = parser.value(m_silhouette);
        if (v == QLatin1String("off")) return false;
        if (v == QLatin1String("exact"))
            p.mode = metrics::SilhouetteMode::Exact;
        else if (v == QLatin1String("sample"))
            p.mode = metrics::SilhouetteMode::Sampled;
        else
            throw UsageError{tr("--silhouette must be exact, sample or off, not '%1'").arg(v)};
        return true;
    }

private:
    QCommandLineOption m_features, m_scale, m_log, m_missing, m_seed, m_silhouette;
};

// The segment names every output uses, as the GUI shows them: the user's (--names) where given, else the
// generated name (profile::describeSegments), else "Segment N".
QStringList segmentNames(const doc::SegmentationRun& run, const QStringList& given) {
    QStringList names;
    for (int s = 0; s < run.result->k; ++s) {
        QString name = s < given.size() ? given[s] : QString();
        if (name.isEmpty() && s < static_cast<int>(run.descriptions.size()))
            name = run.descriptions[static_cast<std::size_t>(s)].name;
        if (name.isEmpty()) name = Cli::tr("Segment %1").arg(s + 1);
        names << name;
    }
    return names;
}

// The one line (exit 2) for an output that exists and may not be replaced.
int refuseExisting(const QString& path) {
    Cli::err() << Cli::tr("segmentlab-cli: %1 already exists; add --force to replace it").arg(path) << '\n';
    return kExitBadInput;
}

char outputDelimiter(const QString& value) {
    if (value == QLatin1String(",")) return ',';
    if (value == QLatin1String(";")) return ';';
    if (value == QLatin1String("|")) return '|';
    if (value == QLatin1String("tab") || value == QLatin1String("\t")) return '\t';
    throw UsageError{Cli::tr("--delimiter-out must be ',', ';', '|' or tab, not '%1'").arg(value)};
}

void printWarnings(const Warnings& warnings) {
    for (const auto& w : warnings)
        Cli::out() << Cli::tr("Warning:           %1").arg(warningText(w)) << '\n';
}

}  // namespace

int Cli::cluster(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prepares the chosen columns, finds segments with the chosen algorithm, scores them (silhouette, "
           "Davies-Bouldin, Calinski-Harabasz), and writes the input rows with a segment column (--out) and "
           "a JSON "
           "account of the run (--json)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The spreadsheet to segment."));
    const InputOptions input(parser);
    const PrepOptions prepOptions(parser);
    const QCommandLineOption algorithm(QStringLiteral("algorithm"),
                                       tr("kmeans (default; round segments of similar size), hierarchical (a "
                                          "tree of merges, cut at k), dbscan "
                                          "(dense groups of any shape, with outliers left as noise) or gmm "
                                          "(overlapping, elliptical segments with "
                                          "membership probabilities)."),
                                       tr("NAME"), QStringLiteral("kmeans"));
    const QCommandLineOption k(QStringLiteral("k"), tr("Number of segments (default 4; not used by dbscan)."),
                               tr("N"), QStringLiteral("4"));
    const QCommandLineOption linkage(QStringLiteral("linkage"),
                                     tr("For hierarchical: ward (default; compact segments), complete, "
                                        "average, single, weighted, centroid or "
                                        "median."),
                                     tr("METHOD"), QStringLiteral("ward"));
    const QCommandLineOption eps(QStringLiteral("eps"),
                                 tr("For dbscan: how close customers must be to count as neighbours, in "
                                    "scaled units (default: suggested "
                                    "from the k-distance curve)."),
                                 tr("X"));
    const QCommandLineOption minSamples(
        QStringLiteral("min-samples"),
        tr("For dbscan: customers (the customer itself included) needed within eps to "
           "form the core of a segment (default 5)."),
        tr("M"), QStringLiteral("5"));
    const QCommandLineOption covariance(
        QStringLiteral("covariance"),
        tr("For gmm: full (default; any elliptical shape), diag (axis-aligned) or spherical (round)."),
        tr("TYPE"), QStringLiteral("full"));
    const QCommandLineOption nInit(
        QStringLiteral("n-init"),
        tr("Restarts from different starting points, keeping the best (default: 10 for "
           "kmeans, 1 for gmm)."),
        tr("N"));
    const QCommandLineOption outCsv(
        QStringLiteral("out"),
        tr("Write every input row to this CSV file with columns added: 'segment' (1..k; 'noise' for "
           "dbscan's outliers; empty for rows left out), 'segment_name', and 'distance_to_centre' (or "
           "'membership_probability' for gmm)."),
        tr("PATH"));
    const QCommandLineOption perSegment(
        QStringLiteral("per-segment"),
        tr("Write one CSV per segment into this folder (01-segment-1.csv, ...; outliers.csv and "
           "left-out.csv when there are such rows), all or none."),
        tr("DIR"));
    const QCommandLineOption xlsx(
        QStringLiteral("xlsx"),
        tr("Write an Excel workbook: a Summary sheet, then one sheet per segment with the same columns as "
           "--out."),
        tr("PATH"));
    const QCommandLineOption delimiterOut(
        QStringLiteral("delimiter-out"),
        tr("The delimiter of the CSV files written: ',' (default), ';', '|' "
           "or tab."),
        tr("C"), QStringLiteral(","));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 tr("Start the CSV files written with a UTF-8 byte order mark, so that Excel "
                                    "reads accents correctly."));
    const QCommandLineOption segmentNamesOption(
        QStringLiteral("names"),
        tr("Name the segments, in order, separated by commas (a name that holds a comma in double quotes); "
           "segments without a name here keep the generated one (default: every name generated from what "
           "sets the segment apart, as the GUI shows it)."),
        tr("A,B,C"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        tr("Write the meeting report as PDF: the data's source, how the segments were made, their names, "
           "sizes, descriptions and profiles, and every chart of the run (not the sweep's)."),
        tr("PATH"));
    const QCommandLineOption charts(
        QStringLiteral("charts"),
        tr("Write every chart of the run into this folder, as Export All Charts does (pca-scatter, "
           "profile-heatmap, dendrogram, silhouette, sizes, k-distance, as the method has them)."),
        tr("DIR"));
    const QCommandLineOption chartFormat(QStringLiteral("chart-format"),
                                         tr("The charts' format: png (default), svg or pdf."), tr("FORMAT"),
                                         QStringLiteral("png"));
    const QCommandLineOption chartSize(
        QStringLiteral("chart-size"),
        tr("The charts' size in pixels, WIDTHxHEIGHT (default 1920x1080, a slide); a PNG has exactly this "
           "many pixels."),
        tr("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption chartDpi(
        QStringLiteral("chart-dpi"),
        tr("Pixels per inch of the charts (72 to 600, default 144): higher makes text larger on the same "
           "size; a PDF page is the size divided by this."),
        tr("N"), QStringLiteral("144"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Replace output files that already exist (default: refuse)."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Write the run as one JSON object to PATH ('-' for standard output, which then "
           "holds only the JSON)."),
        tr("PATH"));
    parser.addOptions(
        {algorithm,    k,    linkage, eps,    minSamples,  covariance, nInit,    outCsv,
         perSegment,   xlsx, report,  charts, chartFormat, chartSize,  chartDpi, segmentNamesOption,
         delimiterOut, bom,  force,   json});
    if (!parser.parse(arguments)) return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return kExitOk;
    }
    const QString file = singleFile(parser, QStringLiteral("cluster"));

    run::SegmentationParams params;
    if (!run::parseAlgorithm(parser.value(algorithm).toStdString(), params.algorithm))
        throw UsageError{tr("--algorithm must be kmeans, hierarchical, dbscan or gmm, not '%1'")
                             .arg(parser.value(algorithm))};
    params.seed = prepOptions.seed(parser);
    params.silhouette = prepOptions.silhouette(parser, params.silhouetteParams);
    params.k = intValue(parser, k, 1);
    if (!cluster::parseLinkage(parser.value(linkage).toStdString().c_str(), params.hierarchical.linkage))
        throw UsageError{
            tr("--linkage must be ward, complete, average, single, weighted, centroid or median, not '%1'")
                .arg(parser.value(linkage))};
    if (!run::parseCovariance(parser.value(covariance).toStdString(), params.gmm.covariance))
        throw UsageError{
            tr("--covariance must be full, diag or spherical, not '%1'").arg(parser.value(covariance))};
    params.dbscan.minSamples = intValue(parser, minSamples, 1);
    if (parser.isSet(nInit)) params.kmeans.nInit = params.gmm.nInit = intValue(parser, nInit, 1);
    const bool suggestEps = params.algorithm == run::Algorithm::Dbscan && !parser.isSet(eps);
    if (parser.isSet(eps)) params.dbscan.eps = positiveValue(parser, eps);

    chart::ExportOptions chartOptions;
    {
        const QString format = parser.value(chartFormat).toLower();
        if (format != QLatin1String("png") && format != QLatin1String("svg") &&
            format != QLatin1String("pdf"))
            throw UsageError{
                tr("--chart-format must be png, svg or pdf, not '%1'").arg(parser.value(chartFormat))};
        chartOptions.format = chart::formatForSuffix(format);
        const QStringList parts = parser.value(chartSize).toLower().split(QLatin1Char('x'));
        bool okW = false, okH = false;
        const int w = parts.size() == 2 ? parts[0].trimmed().toInt(&okW) : 0;
        const int h = parts.size() == 2 ? parts[1].trimmed().toInt(&okH) : 0;
        if (!okW || !okH || w < chart::kMinExportSide || h < chart::kMinExportSide ||
            w > chart::kMaxExportSide || h > chart::kMaxExportSide)
            throw UsageError{tr("--chart-size must be WIDTHxHEIGHT in pixels, each %1 to %2, not '%3'")
                                 .arg(chart::kMinExportSide)
                                 .arg(chart::kMaxExportSide)
                                 .arg(parser.value(chartSize))};
        chartOptions.size = QSize(w, h);
        bool okDpi = false;
        chartOptions.dpi = parser.value(chartDpi).toInt(&okDpi);
        if (!okDpi || chartOptions.dpi < chart::kMinExportDpi || chartOptions.dpi > chart::kMaxExportDpi)
            throw UsageError{tr("--chart-dpi must be a whole number from %1 to %2, not '%3'")
                                 .arg(chart::kMinExportDpi)
                                 .arg(chart::kMaxExportDpi)
                                 .arg(parser.value(chartDpi))};
    }

    io::SegmentExportOptions exportOptions;
    exportOptions.delimiter = outputDelimiter(parser.value(delimiterOut));
    exportOptions.utf8Bom = parser.isSet(bom);
    exportOptions.overwrite = parser.isSet(force);
    // Refuse before the run rather than after minutes of clustering.
    if (!exportOptions.overwrite)
        for (const QCommandLineOption* o : {&outCsv, &xlsx, &report})
            if (parser.isSet(*o) && QFileInfo::exists(parser.value(*o)))
                return refuseExisting(parser.value(*o));

    QElapsedTimer timer;
    timer.start();
    doc::SegmentationRun done;  // the run as the GUI holds it
    done.table = std::make_shared<const data::Table>(input.read(parser, file).table);
    const double readSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const data::Table& table = *done.table;
    params.prep = prepOptions.prep(parser, table);

    // Without --eps, take the knee of the k-distance curve on the prepared data, as the GUI suggests it.
    params.suggestEps = suggestEps;
    done.params = params;
    done.result = std::make_shared<const run::SegmentationResult>(run::runSegmentation(table, params));
    // Profile and describe the segments as the GUI does: the generated names and descriptions.
    doc::profileRun(done, {});
    const run::SegmentationResult& r = *done.result;
    const QStringList given = nameList(parser.values(segmentNamesOption));
    if (given.size() > std::max(r.k, 0))
        throw UsageError{
            tr("--names gives %1 names, but the run found %2 segments").arg(given.size()).arg(r.k)};
    const QStringList segmentNameList = segmentNames(done, given);
    auto description = [&](int s) {
        return s < static_cast<int>(done.descriptions.size())
                   ? done.descriptions[static_cast<std::size_t>(s)].description
                   : QString();
    };

    const bool jsonToStdout = parser.isSet(json) && parser.value(json) == QLatin1String("-");
    if (!jsonToStdout) {
        out() << tr("File:              %1 (%2 rows)").arg(file).arg(table.rowCount()) << '\n';
        out() << tr("Features:          %1").arg(QString::fromStdString([&] {
            std::string s;
            for (const auto& n : r.prep.pipeline.outputNames())
                s += (s.empty() ? "" : ", ") + n;
            return s;
        }())) << '\n';
        out() << tr("Algorithm:         %1").arg(QString::fromLatin1(run::algorithmName(r.algorithm)));
        if (r.algorithm == run::Algorithm::Dbscan)
            out() << tr(" (eps %1%2, min-samples %3)")
                         .arg(shortNumber(r.eps), suggestEps ? tr(", suggested") : QString())
                         .arg(params.dbscan.minSamples);
        out() << '\n';
        out() << tr("Segments:          %1").arg(r.k) << '\n';
        QStringList sizes;
        for (std::size_t s = 0; s < r.sizes.size(); ++s)
            sizes << tr("%1: %2").arg(s + 1).arg(r.sizes[s]);
        if (r.dbscan) sizes << tr("noise: %1").arg(r.dbscan->nNoise);
        out() << tr("Sizes:             %1").arg(sizes.join(QLatin1String(", "))) << '\n';
        out() << tr("Inertia:           %1").arg(shortNumber(r.inertia)) << '\n';
        if (r.silhouette)
            out() << tr("Silhouette:        %1%2")
                         .arg(r.silhouette->mean, 0, 'f', 4)
                         .arg(r.silhouette->sampled
                                  ? tr(" (from a sample of %1 rows)").arg(r.silhouette->rowsScored)
                                  : QString())
                  << '\n';
        if (r.daviesBouldin) out() << tr("Davies-Bouldin:    %1").arg(*r.daviesBouldin, 0, 'f', 4) << '\n';
        if (r.calinskiHarabasz)
            out() << tr("Calinski-Harabasz: %1").arg(shortNumber(*r.calinskiHarabasz)) << '\n';
        if (r.gmm)
            out() << tr("Log-likelihood:    %1 per row; BIC %2; AIC %3")
                         .arg(shortNumber(r.gmm->meanLogLikelihood), shortNumber(r.gmm->bic),
                              shortNumber(r.gmm->aic))
                  << '\n';
        out() << tr("Time:              read %1 s, prepare %2 s, fit %3 s, metrics %4 s")
                     .arg(readSeconds, 0, 'f', 3)
                     .arg(r.timings.prepare, 0, 'f', 3)
                     .arg(r.timings.fit, 0, 'f', 3)
                     .arg(r.timings.metrics, 0, 'f', 3)
              << '\n';
        printWarnings(r.warnings);
        for (const auto& s : r.prep.suggestions)
            out() << tr("Suggestion:        \"%1\" is skewed (skewness %2); try --log1p %1")
                         .arg(QString::fromStdString(s.column))
                         .arg(s.skewness, 0, 'f', 1)
                  << '\n';
        for (int s = 0; s < r.k; ++s) {
            const std::size_t size = r.sizes[static_cast<std::size_t>(s)];
            // The one share rule (charts/Share.h): of all customers in the table, "<0.1%" for tiny shares.
            const QString share = chart::shareText(size, table.rowCount());
            const QString text = description(s);
            // "1 customer", "412 customers" (English plural forms from translations/segmentlab_en.ts).
            const int count = int(std::min<std::size_t>(size, std::size_t(INT_MAX)));
            out() << (text.isEmpty() ? tr("Segment %1 (%n customer(s), %2): %3", nullptr, count)
                                           .arg(s + 1)
                                           .arg(share, segmentNameList[s])
                                     : tr("Segment %1 (%n customer(s), %2): %3 — %4", nullptr, count)
                                           .arg(s + 1)
                                           .arg(share, segmentNameList[s], text))
                  << '\n';
        }
    }

    std::vector<std::string> names;
    for (const QString& name : segmentNameList)
        names.push_back(name.toStdString());
    if (parser.isSet(charts) && !exportOptions.overwrite)
        for (const QString& chartFile : clusterChartFiles(done, parser.value(charts), chartOptions.format))
            if (QFileInfo::exists(chartFile)) return refuseExisting(chartFile);
    if (parser.isSet(perSegment) && !exportOptions.overwrite) {
        // Every target is checked before any output is written, so a refusal leaves nothing half done.
        const QDir dir(parser.value(perSegment));
        for (const auto& name :
             io::perSegmentFileNames(io::SegmentExportTable(table, r, names, exportOptions)))
            if (dir.exists(QString::fromStdString(name)))
                return refuseExisting(dir.filePath(QString::fromStdString(name)));
    }
    try {
        if (parser.isSet(outCsv)) {
            io::writeSegmentCsv(table, r, names, parser.value(outCsv).toStdString(), exportOptions);
            if (!jsonToStdout) out() << tr("Wrote:             %1").arg(parser.value(outCsv)) << '\n';
        }
        if (parser.isSet(perSegment)) {
            const auto files = io::writeSegmentCsvPerSegment(
                table, r, names, parser.value(perSegment).toStdString(), exportOptions);
            if (!jsonToStdout)
                out() << tr("Wrote:             %1 (%n file(s))", nullptr, static_cast<int>(files.size()))
                             .arg(parser.value(perSegment))
                      << '\n';
        }
        if (parser.isSet(xlsx)) {
            io::writeSegmentXlsx(table, r, names, parser.value(xlsx).toStdString(), exportOptions);
            if (!jsonToStdout) out() << tr("Wrote:             %1").arg(parser.value(xlsx)) << '\n';
        }
        if (parser.isSet(report)) {
            writeClusterReport(done, file, segmentNameList, parser.value(report));
            if (!jsonToStdout) out() << tr("Wrote:             %1").arg(parser.value(report)) << '\n';
        }
        if (parser.isSet(charts)) {
            writeClusterCharts(done, file, segmentNameList, parser.value(charts), chartOptions);
            if (!jsonToStdout)
                out() << tr("Wrote:             %1 (%n chart(s))", nullptr,
                            int(clusterChartFiles(done, parser.value(charts), chartOptions.format).size()))
                             .arg(parser.value(charts))
                      << '\n';
        }
    } catch (const Error& e) {
        if (e.code() != ErrorCode::FileExists) throw;
        out().flush();
        return refuseExisting(QString::fromStdString(e.context().path));
    }

    if (parser.isSet(json)) {
        QJsonObject root;
        root[QStringLiteral("file")] = file;
        root[QStringLiteral("rows")] = static_cast<qint64>(table.rowCount());
        root[QStringLiteral("algorithm")] = QString::fromLatin1(run::algorithmName(r.algorithm));
        root[QStringLiteral("seed")] = static_cast<qint64>(params.seed);
        root[QStringLiteral("features")] = jsonStrings(r.prep.pipeline.outputNames());
        QJsonArray labels;
        for (int label : r.rowLabels)
            labels.append(label >= -1 ? QJsonValue(label) : QJsonValue(QJsonValue::Null));
        root[QStringLiteral("labels")] = labels;
        root[QStringLiteral("rows_used")] = static_cast<qint64>(r.labels.size());
        root[QStringLiteral("k")] = r.k;
        QJsonArray sizes;
        for (auto s : r.sizes)
            sizes.append(static_cast<qint64>(s));
        root[QStringLiteral("sizes")] = sizes;
        QJsonArray descriptions;
        for (int s = 0; s < r.k; ++s)
            descriptions.append(description(s));
        root[QStringLiteral("names")] = QJsonArray::fromStringList(segmentNameList);
        root[QStringLiteral("descriptions")] = descriptions;
        root[QStringLiteral("inertia")] = r.inertia;
        QJsonObject metrics;
        metrics[QStringLiteral("silhouette")] = r.silhouette ? QJsonValue(r.silhouette->mean) : QJsonValue();
        metrics[QStringLiteral("silhouette_sampled")] = r.silhouette && r.silhouette->sampled;
        metrics[QStringLiteral("silhouette_stratified")] = r.silhouette && r.silhouette->stratified;
        metrics[QStringLiteral("davies_bouldin")] =
            r.daviesBouldin ? QJsonValue(*r.daviesBouldin) : QJsonValue();
        metrics[QStringLiteral("calinski_harabasz")] =
            r.calinskiHarabasz ? QJsonValue(*r.calinskiHarabasz) : QJsonValue();
        root[QStringLiteral("metrics")] = metrics;
        root[QStringLiteral("centers")] = jsonMatrix(r.centers);
        root[QStringLiteral("n_iter")] = r.kmeans ? QJsonValue(r.kmeans->nIter)
                                         : r.gmm  ? QJsonValue(r.gmm->nIter)
                                                  : QJsonValue();
        if (r.hierarchical) {
            QJsonArray link;
            for (const auto& row : r.hierarchical->linkage)
                link.append(QJsonArray{row.a, row.b, row.height, static_cast<qint64>(row.size)});
            root[QStringLiteral("linkage")] = link;
            root[QStringLiteral("linkage_method")] =
                QString::fromLatin1(cluster::linkageName(r.hierarchical->method));
            root[QStringLiteral("two_stage")] = r.hierarchical->twoStage;
        }
        if (r.gmm) {
            root[QStringLiteral("log_likelihood")] = r.gmm->meanLogLikelihood;
            root[QStringLiteral("bic")] = r.gmm->bic;
            root[QStringLiteral("aic")] = r.gmm->aic;
            root[QStringLiteral("converged")] = r.gmm->converged;
        }
        if (r.kmeans) root[QStringLiteral("converged")] = r.kmeans->converged;
        if (r.dbscan) {
            QJsonObject d;
            d[QStringLiteral("eps")] = r.eps;
            d[QStringLiteral("eps_suggested")] = suggestEps;
            d[QStringLiteral("min_samples")] = params.dbscan.minSamples;
            d[QStringLiteral("noise")] = static_cast<qint64>(r.dbscan->nNoise);
            d[QStringLiteral("core_points")] =
                static_cast<qint64>(std::count(r.dbscan->coreMask.begin(), r.dbscan->coreMask.end(), 1));
            root[QStringLiteral("dbscan")] = d;
        }
        QJsonObject pca;
        pca[QStringLiteral("explained_variance_ratio")] = jsonArray(r.pca.explainedVarianceRatio);
        pca[QStringLiteral("components")] = jsonMatrix(r.pca.components);
        root[QStringLiteral("pca")] = pca;
        QJsonObject timings;
        timings[QStringLiteral("read")] = readSeconds;
        timings[QStringLiteral("prepare")] = r.timings.prepare;
        timings[QStringLiteral("fit")] = r.timings.fit;
        timings[QStringLiteral("metrics")] = r.timings.metrics;
        timings[QStringLiteral("pca")] = r.timings.pca;
        root[QStringLiteral("timings")] = timings;
        QJsonArray warnings;
        for (const auto& w : r.warnings)
            warnings.append(warningText(w));
        root[QStringLiteral("warnings")] = warnings;
        writeOutput(parser.value(json), QJsonDocument(root).toJson(QJsonDocument::Compact));
    }
    return kExitOk;
}

int Cli::sweep(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tries every number of segments in a range, scores each (inertia, silhouette, Calinski-Harabasz, "
           "Davies-Bouldin, and BIC for mixtures), and recommends one, saying why."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The spreadsheet to segment."));
    const InputOptions input(parser);
    const PrepOptions prepOptions(parser);
    const QCommandLineOption algorithm(QStringLiteral("algorithm"),
                                       tr("kmeans (default), gmm or hierarchical (one tree, cut at each k)."),
                                       tr("NAME"), QStringLiteral("kmeans"));
    const QCommandLineOption range(QStringLiteral("k"),
                                   tr("The range of segment counts to try, as MIN..MAX (default 2..10)."),
                                   tr("MIN..MAX"), QStringLiteral("2..10"));
    const QCommandLineOption nInit(QStringLiteral("n-init"), tr("Restarts per k (default 3)."), tr("N"),
                                   QStringLiteral("3"));
    const QCommandLineOption linkage(QStringLiteral("linkage"),
                                     tr("For hierarchical: the linkage (default ward)."), tr("METHOD"),
                                     QStringLiteral("ward"));
    const QCommandLineOption covariance(QStringLiteral("covariance"),
                                        tr("For gmm: full (default), diag or spherical."), tr("TYPE"),
                                        QStringLiteral("full"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Write the sweep as one JSON object to PATH ('-' for standard output)."),
                                  tr("PATH"));
    parser.addOptions({algorithm, range, nInit, linkage, covariance, json});
    if (!parser.parse(arguments)) return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return kExitOk;
    }
    const QString file = singleFile(parser, QStringLiteral("sweep"));

    run::SweepParams params;
    if (!run::parseAlgorithm(parser.value(algorithm).toStdString(), params.algorithm) ||
        params.algorithm == run::Algorithm::Dbscan)
        throw UsageError{
            tr("--algorithm must be kmeans, gmm or hierarchical, not '%1'").arg(parser.value(algorithm))};
    const QStringList bounds = parser.value(range).split(QStringLiteral(".."));
    bool okMin = false, okMax = false;
    if (bounds.size() == 2) {
        params.kMin = bounds[0].toInt(&okMin);
        params.kMax = bounds[1].toInt(&okMax);
    }
    if (!okMin || !okMax || params.kMin < 1 || params.kMax < params.kMin)
        throw UsageError{tr("--k must be a range such as 2..10, not '%1'").arg(parser.value(range))};
    params.nInit = intValue(parser, nInit, 1);
    if (!cluster::parseLinkage(parser.value(linkage).toStdString().c_str(), params.linkage))
        throw UsageError{
            tr("--linkage must be ward, complete, average, single, weighted, centroid or median, not '%1'")
                .arg(parser.value(linkage))};
    if (!run::parseCovariance(parser.value(covariance).toStdString(), params.covariance))
        throw UsageError{
            tr("--covariance must be full, diag or spherical, not '%1'").arg(parser.value(covariance))};
    params.seed = prepOptions.seed(parser);
    params.silhouette = prepOptions.silhouette(parser, params.silhouetteParams);

    const data::ImportResult input_ = input.read(parser, file);
    const prep::PrepResult prepared = prep::fitPipeline(input_.table, prepOptions.prep(parser, input_.table));
    const run::SweepResult r = run::sweepK(prepared.data.x, params);

    const bool jsonToStdout = parser.isSet(json) && parser.value(json) == QLatin1String("-");
    if (!jsonToStdout) {
        out() << tr("File:              %1 (%2 rows, %3 used)")
                     .arg(file)
                     .arg(input_.table.rowCount())
                     .arg(prepared.data.x.rows())
              << '\n';
        printWarnings(prepared.data.warnings);
        printWarnings(r.warnings);
        out() << '\n';
        QList<QStringList> rows;
        const bool gmm = params.algorithm == run::Algorithm::Gmm;
        QStringList header{tr("k"), tr("inertia"), tr("silhouette"), tr("calinski-harabasz"),
                           tr("davies-bouldin")};
        if (gmm) header << tr("bic");
        rows << header;
        auto cell = [](double v) { return std::isfinite(v) ? shortNumber(v) : QStringLiteral("-"); };
        for (std::size_t i = 0; i < r.k.size(); ++i) {
            QStringList row{QString::number(r.k[i]), cell(r.inertia[i]), cell(r.silhouette[i]),
                            cell(r.calinskiHarabasz[i]), cell(r.daviesBouldin[i])};
            if (gmm) row << cell(r.bic[i]);
            rows << row;
        }
        printTable(rows, {true, true, true, true, true, true});
        out() << '\n' << tr("Recommended: k = %1").arg(r.recommendedK) << '\n';
        for (const auto& v : r.votes)
            out() << QStringLiteral("  - ") << criterionSentence(v) << '\n';
    }
    if (parser.isSet(json)) {
        QJsonObject root;
        root[QStringLiteral("file")] = file;
        root[QStringLiteral("algorithm")] = QString::fromLatin1(run::algorithmName(params.algorithm));
        root[QStringLiteral("rows_used")] = static_cast<qint64>(prepared.data.x.rows());
        QJsonArray ks;
        for (int k : r.k)
            ks.append(k);
        root[QStringLiteral("k")] = ks;
        root[QStringLiteral("inertia")] = jsonArray(r.inertia);
        root[QStringLiteral("silhouette")] = jsonArray(r.silhouette);
        root[QStringLiteral("calinski_harabasz")] = jsonArray(r.calinskiHarabasz);
        root[QStringLiteral("davies_bouldin")] = jsonArray(r.daviesBouldin);
        root[QStringLiteral("bic")] = jsonArray(r.bic);
        root[QStringLiteral("recommended_k")] = r.recommendedK;
        root[QStringLiteral("elbow_k")] = r.elbowK ? QJsonValue(*r.elbowK) : QJsonValue();
        QJsonArray votes;
        for (const auto& v : r.votes)
            votes.append(QJsonObject{
                {QStringLiteral("criterion"), QString::fromLatin1(run::criterionName(v.criterion))},
                {QStringLiteral("k"), v.k},
                {QStringLiteral("value"), v.value},
                {QStringLiteral("reason"), criterionSentence(v)}});
        root[QStringLiteral("votes")] = votes;
        writeOutput(parser.value(json), QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    return kExitOk;
}

}  // namespace seg::app
