#include "Cli.h"

#include <QSaveFile>
#include <cstdio>

#include "common/Error.h"
#include "common/ErrorText.h"

namespace seg::app {

namespace {

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

}  // namespace

QTextStream& Cli::out() {
    static QTextStream s(stdout);
    return s;
}

QTextStream& Cli::err() {
    static QTextStream s(stderr);
    return s;
}

InputOptions::InputOptions(QCommandLineParser& parser)
    : m_sheet(QStringLiteral("sheet"),
              tr("For workbooks: the sheet to read, by name (default: the first sheet)."), tr("NAME")),
      m_headerRow(
          QStringLiteral("header-row"),
          tr("The row that holds the column names, counting from 1; 0 means the file has no header row "
             "(default: found automatically, skipping title rows above it)."),
          tr("N")),
      m_delimiter(
          QStringLiteral("delimiter"),
          tr("For text files: the character between values: ',' ';' '|' or 'tab' (default: detected)."),
          tr("C")),
      m_encoding(
          QStringLiteral("encoding"),
          tr("For text files: utf-8, utf-16le, utf-16be or latin-1 (default: detected from the bytes)."),
          tr("NAME")) {
    parser.addOptions({m_sheet, m_headerRow, m_delimiter, m_encoding});
}

data::ImportResult InputOptions::read(const QCommandLineParser& parser, const QString& file) const {
    data::ImportOptions options;
    if (parser.isSet(m_sheet)) options.xlsx.sheet = parser.value(m_sheet).toStdString();
    if (parser.isSet(m_headerRow)) {
        bool ok = false;
        const int row = parser.value(m_headerRow).toInt(&ok);
        if (!ok || row < 0)
            throw UsageError{tr("--header-row needs a whole number of 0 or more, not '%1'")
                                 .arg(parser.value(m_headerRow))};
        options.csv.headerRow = row;
        options.xlsx.headerRow = row;
    }
    if (parser.isSet(m_delimiter) && !parseDelimiter(parser.value(m_delimiter), options.csv.delimiter))
        throw UsageError{
            tr("--delimiter must be ',', ';', '|' or 'tab', not '%1'").arg(parser.value(m_delimiter))};
    if (parser.isSet(m_encoding) && !parseEncoding(parser.value(m_encoding), options.csv.encoding))
        throw UsageError{tr("--encoding must be utf-8, utf-16le, utf-16be or latin-1, not '%1'")
                             .arg(parser.value(m_encoding))};
    return data::importTable(file.toStdString(), options);
}

void writeOutput(const QString& path, const QByteArray& bytes) {
    if (path == QLatin1String("-")) {
        Cli::out().flush();
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(ErrorCode::FileNotWritable,
                    {.path = path.toStdString(), .detail = file.errorString().toStdString()});
}

QString singleFile(const QCommandLineParser& parser, const QString& command) {
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        throw UsageError{files.isEmpty() ? Cli::tr("%1 needs a FILE").arg(command)
                                         : Cli::tr("%1 takes one FILE").arg(command)};
    return files.front();
}

void printTable(const QList<QStringList>& rows, const QList<bool>& rightAligned) {
    if (rows.isEmpty()) return;
    QList<int> widths(rows.front().size(), 0);
    for (const auto& row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], static_cast<int>(row[i].size()));
    for (int r = 0; r < rows.size(); ++r) {
        QString line;
        for (int i = 0; i < rows[r].size(); ++i) {
            if (i) line += QLatin1String("  ");
            line += rightAligned.value(i) ? rows[r][i].rightJustified(widths[i])
                                          : rows[r][i].leftJustified(widths[i]);
        }
        Cli::out() << line.trimmed() << '\n';
        if (r == 0) {
            QString rule;
            for (int i = 0; i < widths.size(); ++i)
                rule += QString(widths[i], QLatin1Char('-')) + QLatin1String("  ");
            Cli::out() << rule.trimmed() << '\n';
        }
    }
}

QString shortNumber(double v) {
    return QString::number(v, 'g', 7);
}

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
        "  cluster FILE   Prepare the chosen columns, find segments, score them, and write the segments.\n"
        "  sweep FILE     Try a range of segment counts and recommend one.\n"
        "\n"
        "Run 'segmentlab-cli COMMAND --help' for the options of a command.\n"
        "Exit status: 0 on success, 2 for unreadable input or invalid options, 1 if the run failed "
        "otherwise\n"
        "(cancelled, out of memory, or an internal error).\n");
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
        if (command == QLatin1String("cluster")) return cluster(rest);
        if (command == QLatin1String("sweep")) return sweep(rest);
    } catch (const UsageError& e) {
        return usage(e.message);
    } catch (const Error& e) {
        out().flush();
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

}  // namespace seg::app
