// Entry point of segmentlab-cli.
#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

#include "Cli.h"
#include "CliReport.h"
#include "common/Translations.h"

namespace {

QtMessageHandler g_defaultHandler = nullptr;

// The platform's notice that XDG_RUNTIME_DIR is unset (usual on servers and in CI) says nothing about the
// run; it would only add a second line to the one a failure prints on stderr.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_defaultHandler(type, context, message);
}

}  // namespace

int main(int argc, char** argv) {
    // A QCoreApplication unless charts must be drawn (--report, --charts): fonts need a platform, and without
    // a display that is the offscreen one, so reports and charts work on a server or in CI. No widgets.
    std::unique_ptr<QCoreApplication> app;
    if (seg::app::needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_defaultHandler = qInstallMessageHandler(quietHandler);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("segmentlab-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentLab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEGMENTLAB_VERSION));
    seg::installTranslations(*app);
    return seg::app::Cli().run(QCoreApplication::arguments());
}
