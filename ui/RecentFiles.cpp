#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace seg::ui {

namespace {
const QString kKey = QStringLiteral("recentFiles");

// One spelling per file, so opening "./a.csv" and "/home/me/a.csv" does not list it twice.
QString canonical(const QString& path) {
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}
}  // namespace

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {
    m_files = QSettings().value(kKey).toStringList();
    m_files.removeAll(QString());
    while (m_files.size() > kMaxFiles)
        m_files.removeLast();
}

void RecentFiles::add(const QString& path) {
    const QString file = canonical(path);
    m_files.removeAll(file);
    m_files.prepend(file);
    while (m_files.size() > kMaxFiles)
        m_files.removeLast();
    save();
}

void RecentFiles::remove(const QString& path) {
    if (m_files.removeAll(canonical(path)) + m_files.removeAll(path) > 0) save();
}

void RecentFiles::clear() {
    if (m_files.isEmpty()) return;
    m_files.clear();
    save();
}

void RecentFiles::save() {
    QSettings().setValue(kKey, m_files);
    emit changed();
}

}  // namespace seg::ui
