// segmentlab-cli: the same core as the GUI, for automation and tests. One class per subcommand family;
// every message goes through tr() and every failure exits 2 with one line on stderr.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace seg::app {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(seg::app::Cli)

public:
    // Runs the command line (arguments as QCoreApplication::arguments()); returns the exit code.
    int run(const QStringList& arguments);

private:
    int inspect(const QStringList& arguments);
    int usage(const QString& error = {});
};

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;   // an unexpected internal failure
inline constexpr int kExitBadInput = 2;  // unreadable input or invalid options

}  // namespace seg::app
