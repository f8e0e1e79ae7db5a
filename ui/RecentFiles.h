// The most recently opened files, newest first, kept in QSettings so File > Open Recent survives restarts.
#pragma once

#include <QObject>
#include <QStringList>

namespace seg::ui {

class RecentFiles : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxFiles = 10;

    explicit RecentFiles(QObject* parent = nullptr);

    [[nodiscard]] QStringList files() const { return m_files; }
    // Moves (or adds) the file to the top and drops the oldest beyond kMaxFiles.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    void save();

    QStringList m_files;
};

}  // namespace seg::ui
