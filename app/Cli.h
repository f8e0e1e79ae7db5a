// segmentlab-cli: the same core as the GUI, for automation and tests. One file per command family; every
// message goes through tr() and every failure exits 2 with one line on stderr.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include "data/Import.h"

namespace seg::app {

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;   // an unexpected internal failure
inline constexpr int kExitBadInput = 2;  // unreadable input or invalid options

// Thrown by option parsing: exits 2 with the message.
struct UsageError {
    QString message;
};

class Cli {
    Q_DECLARE_TR_FUNCTIONS(seg::app::Cli)

public:
    // Runs the command line (arguments as QCoreApplication::arguments()); returns the exit code.
    int run(const QStringList& arguments);

    static QTextStream& out();
    static QTextStream& err();

private:
    int inspect(const QStringList& arguments);
    int cluster(const QStringList& arguments);
    int sweep(const QStringList& arguments);
    int usage(const QString& error = {});
};

// Options every command that reads a spreadsheet shares (--sheet, --header-row, --delimiter, --encoding).
class InputOptions {
    Q_DECLARE_TR_FUNCTIONS(seg::app::Cli)

public:
    explicit InputOptions(QCommandLineParser& parser);
    // Reads FILE with the options given; throws seg::Error for unreadable files and UsageError for bad
    // options.
    [[nodiscard]] data::ImportResult read(const QCommandLineParser& parser, const QString& file) const;

private:
    QCommandLineOption m_sheet;
    QCommandLineOption m_headerRow;
    QCommandLineOption m_delimiter;
    QCommandLineOption m_encoding;
};

// Writes bytes atomically to PATH (QSaveFile), or to standard output for "-". Throws
// seg::Error(FileNotWritable).
void writeOutput(const QString& path, const QByteArray& bytes);
// Prints rows as aligned columns, the first row as a header with a rule under it.
void printTable(const QList<QStringList>& rows, const QList<bool>& rightAligned);
// A number for reading (7 significant digits); the JSON keeps full precision.
[[nodiscard]] QString shortNumber(double v);
// Parses the common "help" flag and positional FILE; returns the file or throws UsageError.
[[nodiscard]] QString singleFile(const QCommandLineParser& parser, const QString& command);

}  // namespace seg::app
