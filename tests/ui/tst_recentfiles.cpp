// RecentFiles: newest first, no duplicates, at most ten, persisted in QSettings, cleared on request.
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "RecentFiles.h"

using seg::ui::RecentFiles;

class TestRecentFiles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(int i) {
        const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(i));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write");
        return QFileInfo(path).canonicalFilePath();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SegmentLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recentfiles"));
    }
    void init() { QSettings().clear(); }

    void newestFirstWithoutDuplicates() {
        RecentFiles recent;
        QSignalSpy changed(&recent, &RecentFiles::changed);
        recent.add(file(1));
        recent.add(file(2));
        recent.add(file(1));
        QCOMPARE(recent.files(), (QStringList{file(1), file(2)}));
        QCOMPARE(changed.count(), 3);
        // Another spelling of the same file is the same entry.
        recent.add(m_dir.filePath(QStringLiteral("./f2.csv")));
        QCOMPARE(recent.files(), (QStringList{file(2), file(1)}));
    }

    void keepsTen() {
        RecentFiles recent;
        for (int i = 0; i < 15; ++i)
            recent.add(file(i));
        QCOMPARE(recent.files().size(), RecentFiles::kMaxFiles);
        QCOMPARE(recent.files().first(), file(14));
        QCOMPARE(recent.files().last(), file(5));
    }

    void persistsAndClears() {
        {
            RecentFiles recent;
            recent.add(file(1));
            recent.add(file(2));
        }
        RecentFiles reloaded;
        QCOMPARE(reloaded.files(), (QStringList{file(2), file(1)}));
        reloaded.remove(file(2));
        QCOMPARE(reloaded.files(), QStringList{file(1)});
        reloaded.clear();
        QVERIFY(reloaded.files().isEmpty());
        QVERIFY(RecentFiles().files().isEmpty());
    }
};

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
