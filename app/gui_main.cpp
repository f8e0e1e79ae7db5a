// The SegmentLab desktop program: application identity, translations and the command line, then the main
// window.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>
#include <cstdlib>
#include <optional>

#include "MainWindow.h"
#include "common/ErrorText.h"
#include "common/Translations.h"
#include "panels/SegmentationPanel.h"
#include "run/Segmentation.h"

namespace {

// The run asked for on the command line, applied to the panel once the file has loaded.
struct RunRequest {
    bool wanted = false;
    QStringList features;
    std::optional<seg::run::Algorithm> algorithm;
    std::optional<seg::cluster::Linkage> linkage;
    int k = 0;
};

[[noreturn]] void usageError(const QString& message) {
    qWarning("%s", qUtf8Printable(message));
    std::exit(2);
}

// Writes the window and every chart as PNGs into dir once the window has painted, then quits; used for
// documentation and visual checks.
void saveScreenshotsAndQuit(seg::ui::MainWindow* window, const QString& dir, int exitCode) {
    QTimer::singleShot(300, window, [window, dir, exitCode] {
        try {
            const QStringList files = window->saveScreenshots(dir);
            for (const QString& file : files)
                qInfo("%s", qUtf8Printable(QDir::toNativeSeparators(file)));
            QCoreApplication::exit(exitCode);
        } catch (const seg::Error& error) {
            qWarning("%s", qUtf8Printable(seg::errorText(error)));
            QCoreApplication::exit(1);
        }
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
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot-dir"),
        QCoreApplication::translate(
            "main",
            "After loading (and running, if asked), save the window and every chart as PNGs in <dir>, then "
            "quit."),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption featuresOption(
        QStringLiteral("features"),
        QCoreApplication::translate("main", "Find segments with these columns (comma-separated names)."),
        QCoreApplication::translate("main", "names"));
    const QCommandLineOption algorithmOption(
        QStringLiteral("algorithm"),
        QCoreApplication::translate("main", "Find segments with kmeans, hierarchical, dbscan or gmm."),
        QCoreApplication::translate("main", "method"));
    const QCommandLineOption linkageOption(
        QStringLiteral("linkage"),
        QCoreApplication::translate(
            "main", "For hierarchical: ward, average, complete, single, centroid, median or weighted."),
        QCoreApplication::translate("main", "linkage"));
    const QCommandLineOption kOption(QStringLiteral("k"),
                                     QCoreApplication::translate("main", "Number of segments to find."),
                                     QCoreApplication::translate("main", "n"));
    parser.addOptions({screenshotOption, featuresOption, algorithmOption, linkageOption, kOption});
    parser.process(app);

    QString file = parser.value(openOption);
    const QStringList positional = parser.positionalArguments();
    if (file.isEmpty() && !positional.isEmpty()) file = positional.first();
    if (positional.size() > 1 || (!parser.value(openOption).isEmpty() && !positional.isEmpty())) {
        qWarning("%s", qUtf8Printable(
                           QCoreApplication::translate("main", "Only one file can be opened at a time.")));
        parser.showHelp(2);
    }

    RunRequest run;
    if (parser.isSet(featuresOption)) {
        for (const QString& name : parser.value(featuresOption).split(QLatin1Char(',')))
            if (!name.trimmed().isEmpty()) run.features << name.trimmed();
        run.wanted = true;
    }
    if (parser.isSet(algorithmOption)) {
        seg::run::Algorithm algorithm;
        if (!seg::run::parseAlgorithm(parser.value(algorithmOption).toStdString(), algorithm))
            usageError(QCoreApplication::translate(
                           "main", "--algorithm must be kmeans, hierarchical, dbscan or gmm, not '%1'")
                           .arg(parser.value(algorithmOption)));
        run.algorithm = algorithm;
        run.wanted = true;
    }
    if (parser.isSet(linkageOption)) {
        seg::cluster::Linkage linkage;
        if (!seg::cluster::parseLinkage(parser.value(linkageOption).toStdString().c_str(), linkage))
            usageError(QCoreApplication::translate(
                           "main",
                           "--linkage must be ward, average, complete, single, centroid, median or weighted, "
                           "not '%1'")
                           .arg(parser.value(linkageOption)));
        run.linkage = linkage;
        run.wanted = true;
    }
    if (parser.isSet(kOption)) {
        bool ok = false;
        run.k = parser.value(kOption).toInt(&ok);
        if (!ok || run.k < 1)
            usageError(
                QCoreApplication::translate("main", "--k must be a whole number of at least 1, not '%1'")
                    .arg(parser.value(kOption)));
        run.wanted = true;
    }
    const QString screenshotDir = parser.value(screenshotOption);
    // Screenshots of a loaded file show segments: run with the panel's defaults when nothing was asked.
    if (!screenshotDir.isEmpty() && !file.isEmpty()) run.wanted = true;
    if (run.wanted && file.isEmpty())
        usageError(QCoreApplication::translate(
            "main", "--features, --algorithm, --linkage and --k need a file to open."));

    seg::ui::MainWindow window;
    if (!screenshotDir.isEmpty()) window.resize(1440, 900);
    window.show();

    if (!screenshotDir.isEmpty() && file.isEmpty()) saveScreenshotsAndQuit(&window, screenshotDir, 0);
    QObject::connect(&window, &seg::ui::MainWindow::loadFinished, &window,
                     [&window, run, screenshotDir](bool ok) {
                         if (!ok) {
                             if (!screenshotDir.isEmpty()) saveScreenshotsAndQuit(&window, screenshotDir, 1);
                             return;
                         }
                         if (!run.wanted) {
                             if (!screenshotDir.isEmpty()) saveScreenshotsAndQuit(&window, screenshotDir, 0);
                             return;
                         }
                         seg::ui::SegmentationPanel* panel = window.segmentationPanel();
                         if (!run.features.isEmpty()) panel->setFeatures(run.features);
                         if (run.algorithm) panel->setAlgorithm(*run.algorithm);
                         if (run.linkage) panel->setLinkage(*run.linkage);
                         if (run.k > 0) panel->setK(run.k);
                         window.runSegmentation();
                     });
    QObject::connect(
        &window, &seg::ui::MainWindow::segmentationFinished, &window, [&window, screenshotDir](bool ok) {
            if (screenshotDir.isEmpty()) return;
            // The number-of-segments chart needs its sweep; DBSCAN has none.
            if (ok && window.segmentationPanel()->params().algorithm != seg::run::Algorithm::Dbscan)
                window.runSweep();
            else
                saveScreenshotsAndQuit(&window, screenshotDir, ok ? 0 : 1);
        });
    QObject::connect(&window, &seg::ui::MainWindow::sweepFinished, &window,
                     [&window, screenshotDir](bool ok) {
                         if (!screenshotDir.isEmpty())
                             saveScreenshotsAndQuit(&window, screenshotDir, ok ? 0 : 1);
                     });
    if (!file.isEmpty()) window.load(QFileInfo(file).absoluteFilePath());
    return QApplication::exec();
}
