// Entry point of segmentlab-cli.
#include <QCoreApplication>

#include "Cli.h"
#include "common/Translations.h"

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("segmentlab-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentLab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEGMENTLAB_VERSION));
    seg::installTranslations(app);
    return seg::app::Cli().run(QCoreApplication::arguments());
}
