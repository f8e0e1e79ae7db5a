#include "Cli.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>

#include "common/Error.h"
#include "common/ErrorText.h"
#include "data/ColumnSummary.h"
#include "data/Import.h"
#include "data/ValueParsing.h"

namespace seg::app {

namespace {

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}

QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}

// "," ";" "|" "\t", or their names.
bool parseDelimiter(const QString& text, char& out) {
    const QString t = text.toLower();
    if (t == QLatin1String(",") || t == QLatin1String("comma"))
        out = ',';
    else if (t == QLatin1String(";") || t == QLatin1String("semicolon"))
        out = ';';
    else if (t == QLatin1String("|") || t == QLatin1String("pipe"))
        out = '|';
    else if (t == QLatin1String("\\t") || t == QLatin1String("\t") || t == QLatin1String("tab"))
        out = '\t';
    else
        return false;
    return true;
}

bool parseEncoding(const QString& text, data::Encoding& out) {
    const QString t = text.toLower().remove(QLatin1Char('-'));
    if (t == QLatin1String("auto"))
        out = data::Encoding::Auto;
    else if (t == QLatin1String("utf8"))
        out = data::Encoding::Utf8;
    else if (t == QLatin1String("utf16le") || t == QLatin1String("utf16"))
        out = data::Encoding::Utf16LE;
    else if (t == QLatin1String("utf16be"))
        out = data::Encoding::Utf16BE;
    else if (t == QLatin1String("latin1") || t == QLatin1String("iso88591"))
        out = data::Encoding::Latin1;
    else
        return false;
    return true;
}

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

// Numbers for reading, not for round-tripping (the JSON has full precision).
QString shortNumber(double v) {
    return QString::number(v, 'g', 7);
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

// Writes text to a file atomically (or to standard output for "-").
bool writeOutput(const QString& path, const QByteArray& bytes, QString* error) {
    if (path == QLatin1String("-")) {
        out().flush();
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void printTable(const QList<QStringList>& rows, const QList<bool>& rightAligned) {
    QList<int> widths(rows.front().size(), 0);
    for (const auto& row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], static_cast<int>(row[i].size()));
    for (int r = 0; r < rows.size(); ++r) {
        QString line;
        for (int i = 0; i < rows[r].size(); ++i) {
            if (i) line += QLatin1String("  ");
            line +=
                rightAligned[i] ? rows[r][i].rightJustified(widths[i]) : rows[r][i].leftJustified(widths[i]);
        }
        out() << line.trimmed() << '\n';
        if (r == 0) {
            QString rule;
            for (int i = 0; i < widths.size(); ++i)
                rule += QString(widths[i], QLatin1Char('-')) + QLatin1String("  ");
            out() << rule.trimmed() << '\n';
        }
    }
}

}  // namespace

int Cli::usage(const QString& error) {
    if (!error.isEmpty()) {
        err() << tr("segmentlab-cli: %1").arg(error) << '\n';
        err() << tr("Run 'segmentlab-cli --help' for the commands and options.") << '\n';
        return kExitBadInput;
    }
    out() << tr(
        "Usage: segmentlab-cli COMMAND [OPTIONS] FILE\n"
        "\n"
        "Find customer segments in spreadsheets from the command line.\n"
        "\n"
        "Commands:\n"
        "  inspect FILE   Read a CSV/TSV or XLSX file and describe its columns.\n"
        "\n"
        "Run 'segmentlab-cli COMMAND --help' for the options of a command.\n"
        "Exit status: 0 on success, 2 for unreadable input or invalid options.\n");
    return kExitOk;
}

int Cli::run(const QStringList& arguments) {
    if (arguments.size() < 2) return usage(tr("no command given"));
    const QString command = arguments.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help"))
        return usage();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return kExitOk;
    }
    QStringList rest = arguments;
    rest.removeAt(1);
    try {
        if (command == QLatin1String("inspect")) return inspect(rest);
    } catch (const Error& e) {
        err() << tr("segmentlab-cli: %1").arg(errorText(e)) << '\n';
        return kExitBadInput;
    } catch (const Cancelled&) {
        err() << tr("segmentlab-cli: cancelled") << '\n';
        return kExitFailure;
    } catch (const std::bad_alloc&) {
        err() << tr("segmentlab-cli: not enough memory to finish") << '\n';
        return kExitFailure;
    } catch (const std::exception& e) {
        err() << tr("segmentlab-cli: internal error: %1").arg(QString::fromUtf8(e.what())) << '\n';
        return kExitFailure;
    }
    return usage(tr("unknown command '%1'").arg(command));
}

int Cli::inspect(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Reads a spreadsheet (CSV, TSV or other delimited text, or an Excel .xlsx workbook) and prints the "
        "number of rows and, for each column, its name, inferred type (numeric, categorical, date, text or "
        "id), "
        "missing and distinct counts, and the minimum, maximum and mean of numeric columns."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The spreadsheet to read."));
    const QCommandLineOption sheet(
        QStringLiteral("sheet"), tr("For workbooks: the sheet to read, by name (default: the first sheet)."),
        tr("NAME"));
    const QCommandLineOption headerRow(
        QStringLiteral("header-row"),
        tr("The row that holds the column names, counting from 1; 0 means the file has no header row "
           "(default: found automatically, skipping title rows above it)."),
        tr("N"));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"),
        tr("For text files: the character between values: ',' ';' '|' or 'tab' (default: detected)."),
        tr("C"));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        tr("For text files: utf-8, utf-16le, utf-16be or latin-1 (default: detected from the bytes)."),
        tr("NAME"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Also write the description as one JSON object to PATH ('-' for standard output, which then "
           "holds only the JSON)."),
        tr("PATH"));
    parser.addOptions({sheet, headerRow, delimiter, encoding, json});
    if (!parser.parse(arguments)) return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return kExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usage(files.isEmpty() ? tr("inspect needs a FILE") : tr("inspect takes one FILE"));

    data::ImportOptions options;
    if (parser.isSet(sheet)) options.xlsx.sheet = parser.value(sheet).toStdString();
    if (parser.isSet(headerRow)) {
        bool ok = false;
        const int row = parser.value(headerRow).toInt(&ok);
        if (!ok || row < 0)
            return usage(
                tr("--header-row needs a whole number of 0 or more, not '%1'").arg(parser.value(headerRow)));
        options.csv.headerRow = row;
        options.xlsx.headerRow = row;
    }
    if (parser.isSet(delimiter) && !parseDelimiter(parser.value(delimiter), options.csv.delimiter))
        return usage(tr("--delimiter must be ',', ';', '|' or 'tab', not '%1'").arg(parser.value(delimiter)));
    if (parser.isSet(encoding) && !parseEncoding(parser.value(encoding), options.csv.encoding))
        return usage(tr("--encoding must be utf-8, utf-16le, utf-16be or latin-1, not '%1'")
                         .arg(parser.value(encoding)));

    const std::string path = files.front().toStdString();
    QElapsedTimer timer;
    timer.start();
    const data::ImportResult result = data::importTable(path, options);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const std::vector<data::ColumnSummary> summaries = data::summarize(result.table);

    const bool jsonToStdout = parser.isSet(json) && parser.value(json) == QLatin1String("-");
    if (!jsonToStdout) {
        out() << tr("File:      %1").arg(files.front()) << '\n';
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
        root[QStringLiteral("file")] = files.front();
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
        QString error;
        if (!writeOutput(parser.value(json), QJsonDocument(root).toJson(QJsonDocument::Indented), &error)) {
            err() << tr("segmentlab-cli: cannot write %1: %2").arg(parser.value(json), error) << '\n';
            return kExitBadInput;
        }
    }
    return kExitOk;
}

}  // namespace seg::app
