#include "SampleData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace seg::ui {

QStringList sampleSearchDirs() {
    QStringList dirs;
    if (const QString env = qEnvironmentVariable("SEGMENTLAB_SAMPLE_DIR"); !env.isEmpty()) dirs << env;
    // QCoreApplication::applicationDirPath needs an application object; without one only the others apply.
    if (QCoreApplication::instance()) {
        const QDir exe(QCoreApplication::applicationDirPath());
        dirs << exe.absoluteFilePath(QStringLiteral("../share/segmentlab/sample"));
    }
#ifdef SEGMENTLAB_SOURCE_DIR
    // A build that was never installed still finds the sample in its source tree.
    dirs << QDir(QStringLiteral(SEGMENTLAB_SOURCE_DIR)).absoluteFilePath(QStringLiteral("resources/sample"));
#endif
    return dirs;
}

QString findSampleFile() {
    for (const QString& dir : sampleSearchDirs()) {
        const QFileInfo file(QDir(dir), QStringLiteral("customers.csv"));
        if (file.isFile()) return QDir::cleanPath(file.absoluteFilePath());
    }
    return {};
}

}  // namespace seg::ui
