#include "io/CsvWriter.h"

#include <QSaveFile>
#include <QString>

#include "common/Error.h"
#include "data/ValueParsing.h"

namespace seg::io {

namespace {

bool startsFormula(std::string_view s) {
    if (s.empty()) return false;
    const char c = s.front();
    if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') return false;
    // "-12.5" and "+3" are numbers, which spreadsheets read as numbers, not formulas.
    return !data::parseNumber(data::trimmed(s), data::NumberFormat::dot()).has_value();
}

}  // namespace

std::string csvCell(std::string_view text, const CsvWriteOptions& options) {
    std::string cell;
    if (options.neutraliseFormulas && startsFormula(text)) cell.push_back('\'');
    cell.append(text);
    const bool quote = cell.find(options.delimiter) != std::string::npos ||
                       cell.find_first_of("\"\r\n") != std::string::npos ||
                       (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
    if (!quote) return cell;
    std::string out;
    out.reserve(cell.size() + 2);
    out.push_back('"');
    for (char c : cell) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

void writeCsv(const std::string& path, const data::Table& table, const std::vector<AddedColumn>& added,
              const CsvWriteOptions& options, const Progress& progress,
              const std::vector<std::size_t>& rows) {
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        throw Error(ErrorCode::FileNotWritable, {.path = path, .detail = file.errorString().toStdString()});
    std::string buffer;
    buffer.reserve(1 << 20);
    auto flush = [&] {
        if (file.write(buffer.data(), static_cast<qint64>(buffer.size())) !=
            static_cast<qint64>(buffer.size()))
            throw Error(ErrorCode::FileNotWritable,
                        {.path = path, .detail = file.errorString().toStdString()});
        buffer.clear();
    };
    if (options.utf8Bom) buffer += "\xEF\xBB\xBF";
    bool first = true;
    auto cell = [&](std::string_view text) {
        if (!first) buffer.push_back(options.delimiter);
        first = false;
        buffer += csvCell(text, options);
    };
    for (const auto& c : table.columns())
        cell(c.name());
    for (const auto& a : added)
        cell(a.name);
    buffer += options.lineEnd;
    const std::size_t n = rows.empty() ? table.rowCount() : rows.size();
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t r = rows.empty() ? i : rows[i];
        first = true;
        for (const auto& c : table.columns())
            cell(c.display(r));
        for (const auto& a : added)
            cell(a.values.at(r));
        buffer += options.lineEnd;
        if (buffer.size() > (1u << 20)) {
            flush();
            progress.report(static_cast<double>(i + 1) / static_cast<double>(n));
        }
    }
    flush();
    if (!file.commit())
        throw Error(ErrorCode::FileNotWritable, {.path = path, .detail = file.errorString().toStdString()});
}

}  // namespace seg::io
