#include "io/CsvWriter.h"

#include <QSaveFile>
#include <QString>

#include "common/Error.h"
#include "data/ValueParsing.h"

namespace seg::io {

bool startsFormula(std::string_view s) {
    if (s.empty()) return false;
    const char c = s.front();
    if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') return false;
    // "-12.5" and "+3" are numbers, which spreadsheets read as numbers, not formulas.
    return !data::parseNumber(data::trimmed(s), data::NumberFormat::dot()).has_value();
}

void appendCsvCell(std::string& out, std::string_view text, const CsvWriteOptions& options) {
    const bool neutralise = options.neutraliseFormulas && startsFormula(text);
    const bool quote = text.find(options.delimiter) != std::string_view::npos ||
                       text.find_first_of("\"\r\n") != std::string_view::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote) {
        if (neutralise) out.push_back('\'');
        out.append(text);
        return;
    }
    out.push_back('"');
    if (neutralise) out.push_back('\'');
    for (char c : text) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

std::string csvCell(std::string_view text, const CsvWriteOptions& options) {
    std::string cell;
    appendCsvCell(cell, text, options);
    return cell;
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
        appendCsvCell(buffer, text, options);
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
