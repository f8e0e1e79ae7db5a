// importTable / detectFormat: the reader is chosen from the first bytes, not the file name, and files
// SegmentLab cannot read get a typed error naming what they are.
#include <QTemporaryDir>
#include <QtTest>

#include "common/Error.h"
#include "common/ErrorText.h"
#include "data/Import.h"

using namespace seg;
using namespace seg::data;

class TestImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::string write(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write fixture");
        f.write(bytes);
        return path.toStdString();
    }

private slots:
    void detectsByContent_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        QTest::newRow("csv named csv") << "a.csv" << QByteArray("x,y\n1,2\n") << int(FileFormat::Csv);
        QTest::newRow("csv named xlsx") << "b.xlsx" << QByteArray("x,y\n1,2\n") << int(FileFormat::Csv);
        QTest::newRow("zip named csv") << "c.csv" << QByteArray("PK\x03\x04rest", 8) << int(FileFormat::Xlsx);
    }
    void detectsByContent() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QCOMPARE(int(detectFormat(write(name, bytes))), format);
    }

    void rejectsWithTypedErrors_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("needle");
        QTest::newRow("empty") << QByteArray() << int(ErrorCode::FileEmpty) << "empty";
        QTest::newRow("legacy xls") << QByteArray::fromHex("D0CF11E0A1B11AE10000")
                                    << int(ErrorCode::UnsupportedFormat) << ".xls";
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << int(ErrorCode::UnsupportedFormat) << "PDF";
    }
    void rejectsWithTypedErrors() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, needle);
        const std::string path = write(QStringLiteral("bad-%1").arg(QTest::currentDataTag()), bytes);
        try {
            (void)importTable(path);
            QFAIL("no error thrown");
        } catch (const Error& e) {
            QCOMPARE(int(e.code()), code);
            QCOMPARE(e.context().path, path);
            QVERIFY2(errorText(e).contains(needle), qPrintable(errorText(e)));
        }
    }

    void missingFileAndFolder() {
        QVERIFY_THROWS_EXCEPTION(
            Error, (void)detectFormat(m_dir.filePath(QStringLiteral("nope.csv")).toStdString()));
        try {
            (void)detectFormat(m_dir.path().toStdString());
            QFAIL("a folder was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::FileUnreadable);
        }
    }

    void readsCsvThroughFacade() {
        const std::string path = write(QStringLiteral("ok.csv"), "name,spend\nann,10.5\nbob,20\n");
        const ImportResult r = importTable(path);
        QCOMPARE(r.format, FileFormat::Csv);
        QCOMPARE(r.table.rowCount(), std::size_t(2));
        QCOMPARE(r.table.columnCount(), std::size_t(2));
        QCOMPARE(r.headerRow, 1);
        QCOMPARE(r.table.column(1).number(0), 10.5);
    }

    void everyErrorCodeHasText() {
        // A new code without a sentence would fall through to the untranslated what().
        for (int c = 0; c <= int(ErrorCode::Internal); ++c) {
            const Error e(ErrorCode(c), {.path = "/tmp/file.csv", .detail = "d", .line = 3});
            const QString text = errorText(e);
            QVERIFY2(!text.startsWith(QLatin1String(errorCodeName(ErrorCode(c)))),
                     errorCodeName(ErrorCode(c)));
            QVERIFY(!text.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
