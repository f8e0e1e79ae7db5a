// segmentlab-cli inspect: the row count and a description of every column, as a table or as JSON.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "Cli.h"
#include "common/ErrorText.h"
#include "data/ColumnSummary.h"
#include "data/ValueParsing.h"

namespace seg::app {

namespace {

QString delimiterName(char d) {
    switch (d) {
        case ',':
            return Cli::tr("comma");
        case ';':
            return Cli::tr("semicolon");
        case '\t':
            return Cli::tr("tab");
        case '|':
            return Cli::tr("pipe");
        default:
            return QString(QLatin1Char(d));
    }
}

QString rangeText(const data::ColumnSummary& s, double v) {
    if (!s.hasRange) return QString();
    if (s.type == data::ColumnType::Date) return QString::fromStdString(data::formatDate(v, false));
    return shortNumber(v);
}

QJsonValue rangeJson(const data::ColumnSummary& s, const data::Column& column, double v, bool isMean) {
    if (!s.hasRange) return QJsonValue::Null;
    if (s.type == data::ColumnType::Date) {
        if (isMean) return QJsonValue::Null;
        return QString::fromStdString(data::formatDate(v, column.hasTime()));
    }
    return v;
}

}  // namespace

int Cli::inspect(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Reads a spreadsheet (CSV, TSV or other delimited text, or an Excel .xlsx workbook) and prints the "
        "number of rows and, for each column, its name, inferred type (numeric, categorical, date, text or "
        "id), "
        "missing and distinct counts, the minimum, maximum and mean of numeric columns, and the first and "
        "last "
        "date of date columns."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The spreadsheet to read."));
    const InputOptions input(parser);
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Also write the description as one JSON object to PATH ('-' for standard output, which then "
           "holds only the JSON)."),
        tr("PATH"));
    parser.addOption(json);
    if (!parser.parse(arguments)) return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return kExitOk;
    }
    const QString file = singleFile(parser, QStringLiteral("inspect"));

    QElapsedTimer timer;
    timer.start();
    const data::ImportResult result = input.read(parser, file);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const std::vector<data::ColumnSummary> summaries = data::summarize(result.table);

    const bool jsonToStdout = parser.isSet(json) && parser.value(json) == QLatin1String("-");
    if (!jsonToStdout) {
        out() << tr("File:      %1").arg(file) << '\n';
        if (result.format == data::FileFormat::Xlsx) {
            QStringList names;
            for (const auto& s : result.sheets)
                names << QString::fromStdString(s);
            out() << tr("Format:    Excel workbook, sheet \"%1\" (sheets: %2)")
                         .arg(QString::fromStdString(result.sheet), names.join(QLatin1String(", ")))
                  << '\n';
        } else {
            out() << tr("Format:    delimited text, %1-separated, %2%3")
                         .arg(delimiterName(result.dialect.delimiter),
                              QString::fromLatin1(data::encodingName(result.dialect.encoding)),
                              result.dialect.number.decimal == ',' ? tr(", decimal comma") : QString())
                  << '\n';
        }
        out() << (result.headerRow > 0 ? tr("Header:    row %1").arg(result.headerRow)
                                       : tr("Header:    none"))
              << '\n';
        out() << tr("Rows:      %1").arg(result.table.rowCount()) << '\n';
        out() << tr("Columns:   %1").arg(result.table.columnCount()) << '\n';
        out() << tr("Read in:   %1 s").arg(seconds, 0, 'f', 3) << '\n';
        for (const auto& w : result.warnings)
            out() << tr("Warning:   %1").arg(warningText(w)) << '\n';
        out() << '\n';
        QList<QStringList> rows;
        rows << QStringList{tr("#"),        tr("column"), tr("type"), tr("missing"),
                            tr("distinct"), tr("min"),    tr("max"),  tr("mean")};
        for (std::size_t i = 0; i < summaries.size(); ++i) {
            const auto& s = summaries[i];
            const bool numeric = s.hasRange && s.type != data::ColumnType::Date;
            rows << QStringList{QString::number(i + 1),
                                QString::fromStdString(s.name),
                                QString::fromLatin1(data::columnTypeName(s.type)),
                                QString::number(s.missing),
                                QString::number(s.distinct),
                                rangeText(s, s.min),
                                rangeText(s, s.max),
                                numeric ? shortNumber(s.mean) : QString()};
        }
        printTable(rows, {true, false, false, true, true, true, true, true});
        out().flush();
    }

    if (parser.isSet(json)) {
        QJsonObject root;
        root[QStringLiteral("file")] = file;
        root[QStringLiteral("format")] =
            result.format == data::FileFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
        root[QStringLiteral("rows")] = static_cast<qint64>(result.table.rowCount());
        QJsonArray sheets;
        for (const auto& s : result.sheets)
            sheets.append(QString::fromStdString(s));
        root[QStringLiteral("sheets")] = sheets;
        if (result.format == data::FileFormat::Xlsx)
            root[QStringLiteral("sheet")] = QString::fromStdString(result.sheet);
        root[QStringLiteral("header_row")] = result.headerRow;
        if (result.format == data::FileFormat::Csv) {
            root[QStringLiteral("delimiter")] = QString(QLatin1Char(result.dialect.delimiter));
            root[QStringLiteral("encoding")] =
                QString::fromLatin1(data::encodingName(result.dialect.encoding));
            root[QStringLiteral("decimal")] = QString(QLatin1Char(result.dialect.number.decimal));
        }
        QJsonArray columns;
        for (std::size_t i = 0; i < summaries.size(); ++i) {
            const auto& s = summaries[i];
            const auto& column = result.table.column(i);
            QJsonObject c;
            c[QStringLiteral("name")] = QString::fromStdString(s.name);
            c[QStringLiteral("type")] = QString::fromLatin1(data::columnTypeName(s.type));
            c[QStringLiteral("missing")] = static_cast<qint64>(s.missing);
            c[QStringLiteral("distinct")] = static_cast<qint64>(s.distinct);
            c[QStringLiteral("min")] = rangeJson(s, column, s.min, false);
            c[QStringLiteral("max")] = rangeJson(s, column, s.max, false);
            c[QStringLiteral("mean")] = rangeJson(s, column, s.mean, true);
            columns.append(c);
        }
        root[QStringLiteral("columns")] = columns;
        QJsonArray warnings;
        for (const auto& w : result.warnings)
            warnings.append(warningText(w));
        root[QStringLiteral("warnings")] = warnings;
        writeOutput(parser.value(json), QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    return kExitOk;
}

}  // namespace seg::app
