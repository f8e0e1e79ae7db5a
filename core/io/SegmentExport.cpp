#include "io/SegmentExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QString>
#include <QTemporaryFile>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <memory>

#include "common/Error.h"
#include "data/ValueParsing.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"

namespace seg::io {

namespace {

using Cell = SegmentExportTable::Cell;
using Kind = SegmentExportTable::Cell::Kind;

constexpr std::size_t kProgressEvery = 4096;
constexpr std::size_t kFlushBytes = 1u << 20;
constexpr const char* kNoise = "noise";

QString qpath(const std::string& path) {
    return QString::fromStdString(path);
}

[[noreturn]] void notWritable(const std::string& path, const QString& reason) {
    throw Error(ErrorCode::FileNotWritable, {.path = path, .detail = reason.toStdString()});
}

void refuseExisting(const std::string& path, const SegmentExportOptions& options) {
    if (!options.overwrite && QFileInfo::exists(qpath(path)))
        throw Error(ErrorCode::FileExists, {.path = path});
}

CsvWriteOptions csvOptions(const SegmentExportOptions& options) {
    CsvWriteOptions o;
    o.delimiter = options.delimiter;
    o.utf8Bom = options.utf8Bom;
    return o;
}

// Counts rows written across every file of one export, for one progress bar.
struct RowProgress {
    const Progress& progress;
    std::size_t total = 0;
    std::size_t done = 0;
    void step() {
        if (++done % kProgressEvery == 0 && total > 0)
            progress.report(static_cast<double>(done) / static_cast<double>(total));
    }
};

// Writes the header and `rows` as CSV into an open device; throws FileNotWritable naming `path`.
void writeCsvRows(QIODevice& file, const std::string& path, const SegmentExportTable& t,
                  const std::vector<std::size_t>& rows, const CsvWriteOptions& o, RowProgress& progress) {
    std::string buffer;
    buffer.reserve(kFlushBytes + 64 * 1024);
    auto flush = [&] {
        if (file.write(buffer.data(), static_cast<qint64>(buffer.size())) !=
            static_cast<qint64>(buffer.size()))
            notWritable(path, file.errorString());
        buffer.clear();
    };
    if (o.utf8Bom) buffer += "\xEF\xBB\xBF";
    for (std::size_t c = 0; c < t.columnCount(); ++c) {
        if (c) buffer.push_back(o.delimiter);
        appendCsvCell(buffer, t.header()[c], o);
    }
    buffer += o.lineEnd;
    std::string scratch;
    for (std::size_t r : rows) {
        for (std::size_t c = 0; c < t.columnCount(); ++c) {
            if (c) buffer.push_back(o.delimiter);
            appendCsvCell(buffer, t.text(r, c, scratch), o);
        }
        buffer += o.lineEnd;
        if (buffer.size() >= kFlushBytes) flush();
        progress.step();
    }
    flush();
}

// The file-name form of a segment name: lower case, letters and digits kept (any script), every other run
// made one '-', at most 60 characters.
std::string slug(std::string_view name) {
    const QString text = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    if (out.size() > 60) {
        out.truncate(60);
        if (out.back().isHighSurrogate()) out.chop(1);
        while (out.endsWith(u'-'))
            out.chop(1);
    }
    return out.toStdString();
}

// The cell as the workbook holds it: text neutralised as the CSV does it.
void writeXlsxCell(XlsxWriter& w, const Cell& cell, std::string& scratch,
                   XlsxWriter::Style textStyle = XlsxWriter::Style::Default) {
    switch (cell.kind) {
        case Kind::Empty:
            w.emptyCell();
            return;
        case Kind::Number:
            w.numberCell(cell.value);
            return;
        case Kind::Date:
            w.dateCell(cell.value, cell.withTime);
            return;
        case Kind::Text:
            if (startsFormula(cell.text)) {
                scratch.assign(1, '\'');
                scratch.append(cell.text);
                w.textCell(scratch, textStyle);
            } else {
                w.textCell(cell.text, textStyle);
            }
            return;
    }
}

}  // namespace

std::vector<std::string> segmentNames(int k, const std::vector<std::string>& given) {
    std::vector<std::string> names(static_cast<std::size_t>(std::max(k, 0)));
    for (std::size_t i = 0; i < names.size(); ++i)
        names[i] = i < given.size() && !given[i].empty() ? given[i] : "Segment " + std::to_string(i + 1);
    return names;
}

SegmentExportTable::SegmentExportTable(const data::Table& table, const run::SegmentationResult& result,
                                       const std::vector<std::string>& names,
                                       const SegmentExportOptions& options)
    : m_table(table), m_result(result), m_options(options) {
    const std::size_t n = table.rowCount();
    if (result.rowLabels.size() != n)
        throw Error(ErrorCode::InvalidParameter, {.detail = "rows=" + std::to_string(result.rowLabels.size()),
                                                  .limit = static_cast<std::int64_t>(n)});
    m_k = result.k;
    for (int label : result.rowLabels)
        m_k = std::max(m_k, label + 1);
    m_names = segmentNames(m_k, names);
    m_probability = result.gmm.has_value();
    for (const auto& c : table.columns())
        m_header.push_back(c.name());
    m_header.emplace_back("segment");
    m_header.emplace_back("segment_name");
    m_header.emplace_back(m_probability ? "membership_probability" : "distance_to_centre");
    for (int s = 0; s < m_k; ++s)
        m_labels.push_back(std::to_string(s + 1));

    // Fit per table row, from the prepared row it became.
    m_fit.assign(n, std::numeric_limits<double>::quiet_NaN());
    const FeatureMatrix& x = result.prep.data.x;
    const auto& prepared = result.prep.data.rows;
    for (std::size_t i = 0; i < prepared.size() && i < result.labels.size(); ++i) {
        const int label = result.labels[i];
        if (label < 0) continue;
        const auto s = static_cast<std::size_t>(label);
        if (m_probability) {
            const FeatureMatrix& p = result.gmm->responsibilities;
            if (i < p.rows() && s < p.cols()) m_fit[prepared[i]] = p(i, s);
        } else if (s < result.centers.rows() && result.centers.cols() == x.cols() && i < x.rows()) {
            const double* a = x.row(i);
            const double* b = result.centers.row(s);
            double sum = 0.0;
            for (std::size_t j = 0; j < x.cols(); ++j)
                sum += (a[j] - b[j]) * (a[j] - b[j]);
            m_fit[prepared[i]] = std::sqrt(sum);
        }
    }

    m_groups.resize(2 + static_cast<std::size_t>(m_k));
    std::vector<std::size_t> counts(m_groups.size(), 0);
    for (int label : result.rowLabels)
        ++counts[static_cast<std::size_t>(std::max(label, -2) + 2)];
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        m_groups[g].reserve(counts[g]);
    m_rows.reserve(n);
    for (std::size_t r = 0; r < n; ++r) {
        const int label = std::max(result.rowLabels[r], -2);
        m_groups[static_cast<std::size_t>(label + 2)].push_back(r);
        if (label != kLeftOut || options.includeLeftOut) m_rows.push_back(r);
    }
}

const std::vector<std::size_t>& SegmentExportTable::rowsOf(int group) const {
    return m_groups.at(static_cast<std::size_t>(group + 2));
}

std::vector<int> SegmentExportTable::groups() const {
    std::vector<int> g;
    for (int s = 0; s < m_k; ++s)
        g.push_back(s);
    if (!rowsOf(kOutliers).empty()) g.push_back(kOutliers);
    if (m_options.includeLeftOut && !rowsOf(kLeftOut).empty()) g.push_back(kLeftOut);
    return g;
}

const std::string& SegmentExportTable::groupName(int group) const {
    if (group == kOutliers) return m_options.outlierName;
    if (group == kLeftOut) return m_options.leftOutName;
    return m_names.at(static_cast<std::size_t>(group));
}

SegmentExportTable::Cell SegmentExportTable::cell(std::size_t row, std::size_t column) const {
    Cell cell;
    const std::size_t own = m_table.columnCount();
    if (column < own) {
        const data::Column& c = m_table.column(column);
        if (c.isMissing(row)) return cell;
        if (c.storage() == data::Storage::Strings) {
            cell.kind = Kind::Text;
            cell.text = c.string(row);
        } else {
            cell.kind = c.type() == data::ColumnType::Date ? Kind::Date : Kind::Number;
            cell.value = c.number(row);
            cell.withTime = c.hasTime();
        }
        return cell;
    }
    const int label = m_result.rowLabels[row];
    switch (column - own) {
        case 0:
            if (label >= 0) {
                cell.kind = Kind::Number;
                cell.value = label + 1;
            } else if (label == kOutliers) {
                cell.kind = Kind::Text;
                cell.text = kNoise;
            }
            return cell;
        case 1:
            if (label >= 0 || label == kOutliers) {
                cell.kind = Kind::Text;
                cell.text = groupName(label);
            }
            return cell;
        default:
            if (!std::isnan(m_fit[row])) {
                cell.kind = Kind::Number;
                cell.value = m_fit[row];
            }
            return cell;
    }
}

std::string_view SegmentExportTable::text(std::size_t row, std::size_t column, std::string& scratch) const {
    const Cell c = cell(row, column);
    switch (c.kind) {
        case Kind::Empty:
            return {};
        case Kind::Text:
            return c.text;
        case Kind::Number:
            if (column == m_table.columnCount()) return m_labels[static_cast<std::size_t>(c.value) - 1];
            scratch = data::formatNumber(c.value);
            return scratch;
        case Kind::Date:
            scratch = data::formatDate(c.value, c.withTime);
            return scratch;
    }
    return {};
}

std::vector<std::string> perSegmentFileNames(const SegmentExportTable& rows) {
    std::vector<std::string> files;
    const int width = std::max<int>(2, static_cast<int>(std::to_string(std::max(rows.segments(), 1)).size()));
    for (int g : rows.groups()) {
        if (g == SegmentExportTable::kOutliers) {
            files.emplace_back("outliers.csv");
        } else if (g == SegmentExportTable::kLeftOut) {
            files.emplace_back("left-out.csv");
        } else {
            std::string number = std::to_string(g + 1);
            number.insert(0, static_cast<std::size_t>(width) - std::min<std::size_t>(number.size(), width),
                          '0');
            const std::string name = slug(rows.groupName(g));
            std::string file = number;
            if (!name.empty()) file.append("-").append(name);
            files.push_back(file.append(".csv"));
        }
    }
    return files;
}

void writeSegmentCsv(const data::Table& table, const run::SegmentationResult& result,
                     const std::vector<std::string>& names, const std::string& path,
                     const SegmentExportOptions& options, const Progress& progress) {
    const SegmentExportTable t(table, result, names, options);
    refuseExisting(path, options);
    QSaveFile file(qpath(path));
    if (!file.open(QIODevice::WriteOnly)) notWritable(path, file.errorString());
    RowProgress rp{progress, t.rows().size()};
    writeCsvRows(file, path, t, t.rows(), csvOptions(options), rp);
    progress.check();
    // Replacing a file is allowed only when asked; one that appeared during the export is refused too.
    refuseExisting(path, options);
    if (!file.commit()) notWritable(path, file.errorString());
    progress.report(1.0);
}

std::vector<std::string> writeSegmentCsvPerSegment(
    const data::Table& table, const run::SegmentationResult& result, const std::vector<std::string>& names,
    const std::string& directory, const SegmentExportOptions& options, const Progress& progress) {
    const SegmentExportTable t(table, result, names, options);
    const std::vector<int> groups = t.groups();
    const std::vector<std::string> files = perSegmentFileNames(t);
    const QDir dir(qpath(directory));
    std::vector<std::string> targets;
    for (const auto& f : files)
        targets.push_back(dir.filePath(QString::fromStdString(f)).toStdString());
    for (const auto& target : targets)
        refuseExisting(target, options);

    const bool created = !dir.exists();
    if (created && !QDir().mkpath(dir.path()))
        notWritable(directory, QStringLiteral("cannot create the folder"));
    // Removes the folder this call created when the export fails (it is empty then).
    struct FolderGuard {
        QString path;
        bool active;
        ~FolderGuard() {
            if (active) QDir().rmdir(path);
        }
    } folderGuard{dir.absolutePath(), created};

    std::size_t total = 0;
    for (int g : groups)
        total += t.rowsOf(g).size();
    RowProgress rp{progress, total};
    const CsvWriteOptions o = csvOptions(options);
    std::vector<std::unique_ptr<QTemporaryFile>> temps;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        auto tmp = std::make_unique<QTemporaryFile>(
            dir.filePath(QStringLiteral(".%1.XXXXXX").arg(QString::fromStdString(files[i]))));
        if (!tmp->open()) notWritable(targets[i], tmp->errorString());
        writeCsvRows(*tmp, targets[i], t, t.rowsOf(groups[i]), o, rp);
        if (!tmp->flush()) notWritable(targets[i], tmp->errorString());
        tmp->close();
        // QTemporaryFile makes files only the owner can read; an export is an ordinary document.
        QFile::setPermissions(tmp->fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ReadUser | QFileDevice::WriteUser |
                                                   QFileDevice::ReadGroup | QFileDevice::ReadOther);
        temps.push_back(std::move(tmp));
    }
    progress.check();

    std::size_t renamed = 0;
    try {
        for (; renamed < temps.size(); ++renamed) {
            const QString from = temps[renamed]->fileName();
            const QString to = QString::fromStdString(targets[renamed]);
            if (options.overwrite) {
                std::error_code ec;
                std::filesystem::rename(from.toStdString(), targets[renamed], ec);
                if (ec) notWritable(targets[renamed], QString::fromStdString(ec.message()));
            } else if (!QFile::rename(from, to)) {
                // QFile::rename never replaces: the target appeared after the check above.
                if (QFileInfo::exists(to)) throw Error(ErrorCode::FileExists, {.path = targets[renamed]});
                notWritable(targets[renamed], QStringLiteral("cannot rename the temporary file"));
            }
            temps[renamed]->setAutoRemove(false);
        }
    } catch (...) {
        for (std::size_t i = 0; i < renamed; ++i)
            QFile::remove(QString::fromStdString(targets[i]));
        throw;
    }
    folderGuard.active = false;
    progress.report(1.0);
    return targets;
}

void writeSegmentXlsx(const data::Table& table, const run::SegmentationResult& result,
                      const std::vector<std::string>& names, const std::string& path,
                      const SegmentExportOptions& options, const Progress& progress) {
    const SegmentExportTable t(table, result, names, options);
    const std::vector<int> groups = t.groups();
    for (int g : groups)
        if (t.rowsOf(g).size() + 1 > kXlsxMaxRows)
            throw Error(ErrorCode::SheetTooLarge, {.path = path,
                                                   .detail = t.groupName(g),
                                                   .count = static_cast<std::int64_t>(t.rowsOf(g).size()),
                                                   .limit = static_cast<std::int64_t>(kXlsxMaxRows - 1)});
    refuseExisting(path, options);

    std::vector<std::string> sheets{"Summary"};
    for (int g : groups) {
        const std::string fallback = g >= 0                               ? "Segment " + std::to_string(g + 1)
                                     : g == SegmentExportTable::kOutliers ? "Outliers"
                                                                          : "Left out";
        sheets.push_back(sanitiseSheetName(t.groupName(g), sheets, fallback));
    }

    QSaveFile file(qpath(path));
    if (!file.open(QIODevice::WriteOnly)) notWritable(path, file.errorString());
    std::string scratch;
    {
        XlsxWriter w(file, path, sheets);
        auto text = [&](std::string_view s, XlsxWriter::Style style = XlsxWriter::Style::Default) {
            Cell c;
            c.kind = Kind::Text;
            c.text = s;
            writeXlsxCell(w, c, scratch, style);
        };

        // Summary: every group, with left-out rows counted even when they are not exported.
        const double all = static_cast<double>(std::max<std::size_t>(table.rowCount(), 1));
        std::vector<int> summary;
        for (int s = 0; s < t.segments(); ++s)
            summary.push_back(s);
        if (!t.rowsOf(SegmentExportTable::kOutliers).empty())
            summary.push_back(SegmentExportTable::kOutliers);
        if (!t.rowsOf(SegmentExportTable::kLeftOut).empty()) summary.push_back(SegmentExportTable::kLeftOut);
        w.beginSheet(summary.size() + 1, 4, {10, 30, 12, 10});
        w.beginRow();
        for (const char* h : {"segment", "segment_name", "customers", "share"})
            text(h, XlsxWriter::Style::Header);
        w.endRow();
        for (int g : summary) {
            w.beginRow();
            if (g >= 0)
                w.numberCell(g + 1);
            else if (g == SegmentExportTable::kOutliers)
                text(kNoise);
            else
                w.emptyCell();
            text(t.groupName(g));
            const auto count = t.rowsOf(g).size();
            w.numberCell(static_cast<double>(count));
            w.numberCell(static_cast<double>(count) / all, XlsxWriter::Style::Percent);
            w.endRow();
        }
        w.endSheet();

        std::vector<double> widths;
        for (const auto& h : t.header())
            widths.push_back(std::clamp(static_cast<double>(h.size()) + 2.0, 10.0, 40.0));
        std::size_t total = 0;
        for (int g : groups)
            total += t.rowsOf(g).size();
        RowProgress rp{progress, total};
        for (int g : groups) {
            const auto& rows = t.rowsOf(g);
            w.beginSheet(rows.size() + 1, t.columnCount(), widths);
            w.beginRow();
            for (const auto& h : t.header())
                text(h, XlsxWriter::Style::Header);
            w.endRow();
            for (std::size_t r : rows) {
                w.beginRow();
                for (std::size_t c = 0; c < t.columnCount(); ++c)
                    writeXlsxCell(w, t.cell(r, c), scratch);
                w.endRow();
                rp.step();
            }
            w.endSheet();
        }
        w.finish();
    }
    progress.check();
    refuseExisting(path, options);
    if (!file.commit()) notWritable(path, file.errorString());
    progress.report(1.0);
}

}  // namespace seg::io
