// The SegmentLab desktop program: application identity, translations and the command line, then the main
// window.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include "MainWindow.h"
#include "common/Translations.h"

namespace {

// Writes the window as DIR/window.png once it has painted, then quits; used for documentation and visual
// checks.
void saveScreenshotAndQuit(QWidget* window, const QString& dir, int exitCode) {
    QTimer::singleShot(300, window, [window, dir, exitCode] {
        QDir().mkpath(dir);
        const QString file = QDir(dir).filePath(QStringLiteral("window.png"));
        const bool saved = window->grab().save(file);
        if (!saved) qWarning("Could not write %s", qUtf8Printable(file));
        QCoreApplication::exit(saved ? exitCode : 1);
    });
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentLab"));
    QCoreApplication::setApplicationName(QStringLiteral("SegmentLab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEGMENTLAB_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("SegmentLab"));
    QGuiApplication::setDesktopFileName(QStringLiteral("segmentlab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/segmentlab.svg")));
    seg::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Find customer segments in your spreadsheets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main",
                                    "A spreadsheet (CSV, TSV or .xlsx) to open with automatic options."),
        QCoreApplication::translate("main", "[file]"));
    const QCommandLineOption openOption(
        {QStringLiteral("o"), QStringLiteral("open")},
        QCoreApplication::translate("main",
                                    "Open <file> with automatic options, without the import preview."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(openOption);
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot-dir"),
        QCoreApplication::translate("main", "Save the window to <dir>/window.png after loading, then quit."),
        QCoreApplication::translate("main", "dir"));
    parser.addOption(screenshotOption);
    parser.process(app);

    QString file = parser.value(openOption);
    const QStringList positional = parser.positionalArguments();
    if (file.isEmpty() && !positional.isEmpty()) file = positional.first();
    if (positional.size() > 1 || (!parser.value(openOption).isEmpty() && !positional.isEmpty())) {
        qWarning("%s", qUtf8Printable(
                           QCoreApplication::translate("main", "Only one file can be opened at a time.")));
        parser.showHelp(2);
    }

    seg::ui::MainWindow window;
    window.show();

    const QString screenshotDir = parser.value(screenshotOption);
    if (!screenshotDir.isEmpty()) {
        if (file.isEmpty()) {
            saveScreenshotAndQuit(&window, screenshotDir, 0);
        } else {
            QObject::connect(&window, &seg::ui::MainWindow::loadFinished, &window,
                             [&window, screenshotDir](bool ok) {
                                 saveScreenshotAndQuit(&window, screenshotDir, ok ? 0 : 1);
                             });
        }
    }
    if (!file.isEmpty()) window.load(QFileInfo(file).absoluteFilePath());
    return QApplication::exec();
}
