// Drives the real segmentlab-cli binary: inspect's table and JSON against pandas' figures
// (tests/app/make_expected_inspect.py), its options, and its exit status and message on bad input.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

class TestCli : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run cli(const QStringList& args) {
        QProcess p;
        p.setProgram(QStringLiteral(SEGMENTLAB_CLI));
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start();
        if (!p.waitForFinished(120000)) return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
    static QString sample() {
        return QStringLiteral(SEGMENTLAB_SOURCE_DIR "/resources/sample/customers.csv");
    }
    static QString data(const QString& name) { return QStringLiteral(SEGMENTLAB_TEST_DATA "/") + name; }
    static QJsonObject jsonOf(const Run& r) { return QJsonDocument::fromJson(r.out).object(); }
    QTemporaryDir m_dir;

private slots:
    void inspectSampleMatchesPandas() {
        const Run r =
            cli({QStringLiteral("inspect"), sample(), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonObject got = jsonOf(r);
        QFile f(data(QStringLiteral("expected/inspect_customers.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject want = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(got.value(QStringLiteral("rows")).toInteger(),
                 want.value(QStringLiteral("rows")).toInteger());
        QCOMPARE(got.value(QStringLiteral("sheets")).toArray().size(), 0);
        const QJsonArray gotCols = got.value(QStringLiteral("columns")).toArray();
        const QJsonArray wantCols = want.value(QStringLiteral("columns")).toArray();
        QCOMPARE(gotCols.size(), wantCols.size());
        for (int i = 0; i < gotCols.size(); ++i) {
            const QJsonObject g = gotCols[i].toObject();
            const QJsonObject w = wantCols[i].toObject();
            const QString name = w.value(QStringLiteral("name")).toString();
            QCOMPARE(g.value(QStringLiteral("name")).toString(), name);
            QCOMPARE(g.value(QStringLiteral("missing")).toInteger(),
                     w.value(QStringLiteral("missing")).toInteger());
            QCOMPARE(g.value(QStringLiteral("distinct")).toInteger(),
                     w.value(QStringLiteral("distinct")).toInteger());
            if (!w.contains(QStringLiteral("mean"))) continue;
            for (const char* key : {"min", "max", "mean"}) {
                const double a = g.value(QLatin1String(key)).toDouble(std::nan(""));
                const double b = w.value(QLatin1String(key)).toDouble();
                QVERIFY2(std::fabs(a - b) <= 1e-12 * std::max(1.0, std::fabs(b)),
                         qPrintable(QStringLiteral("%1 %2: %3 vs pandas %4")
                                        .arg(name, QLatin1String(key))
                                        .arg(a)
                                        .arg(b)));
            }
        }
    }

    void inspectSampleTypes_data() {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("type");
        QTest::newRow("id") << "customer_id"
                            << "id";
        QTest::newRow("numeric") << "annual_income"
                                 << "numeric";
        QTest::newRow("categorical") << "region"
                                     << "categorical";
        QTest::newRow("date") << "signup_date"
                              << "date";
        QTest::newRow("yes/no") << "loyalty_member"
                                << "categorical";
    }
    void inspectSampleTypes() {
        QFETCH(QString, column);
        QFETCH(QString, type);
        const Run r =
            cli({QStringLiteral("inspect"), sample(), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray cols = jsonOf(r).value(QStringLiteral("columns")).toArray();
        bool found = false;
        for (const auto& c : cols) {
            if (c.toObject().value(QStringLiteral("name")).toString() != column) continue;
            QCOMPARE(c.toObject().value(QStringLiteral("type")).toString(), type);
            found = true;
        }
        QVERIFY(found);
    }

    void dateRangeIsIso() {
        const Run r =
            cli({QStringLiteral("inspect"), sample(), QStringLiteral("--json"), QStringLiteral("-")});
        for (const auto& c : jsonOf(r).value(QStringLiteral("columns")).toArray()) {
            const QJsonObject o = c.toObject();
            if (o.value(QStringLiteral("type")).toString() != QLatin1String("date")) continue;
            QVERIFY(QDate::fromString(o.value(QStringLiteral("min")).toString(), Qt::ISODate).isValid());
            QVERIFY(o.value(QStringLiteral("mean")).isNull());
        }
    }

    void readableTable() {
        const Run r = cli({QStringLiteral("inspect"), sample()});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(QLatin1String("Rows:      2000")));
        QVERIFY(text.contains(QLatin1String("annual_income")));
        QVERIFY(text.contains(QLatin1String("categorical")));
    }

    void jsonToFileIsWrittenAtomically() {
        const QString path = m_dir.filePath(QStringLiteral("out.json"));
        const Run r = cli({QStringLiteral("inspect"), sample(), QStringLiteral("--json"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QString::fromUtf8(r.out).contains(QLatin1String("Rows:")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("rows")).toInteger(),
                 2000);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), 1);  // no temporary left behind
    }

    void optionsAreApplied() {
        // A semicolon file read with a forced delimiter and no header row.
        const QString path = m_dir.filePath(QStringLiteral("plain.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("1;2,5;x\n3;4,5;y\n5;6,5;x\n");
        f.close();
        const Run r = cli({QStringLiteral("inspect"), path, QStringLiteral("--delimiter"),
                           QStringLiteral(";"), QStringLiteral("--header-row"), QStringLiteral("0"),
                           QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonOf(r);
        QCOMPARE(o.value(QStringLiteral("rows")).toInteger(), 3);
        const QJsonArray cols = o.value(QStringLiteral("columns")).toArray();
        QCOMPARE(cols.size(), 3);
        QCOMPARE(cols[1].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("numeric"));
        QCOMPARE(cols[1].toObject().value(QStringLiteral("mean")).toDouble(), 4.5);
    }

    void badInputExitsTwoWithOneLine_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("inspect"), QStringLiteral("/nonexistent/x.csv")}
            << "does not exist";
        QTest::newRow("no file") << QStringList{QStringLiteral("inspect")} << "FILE";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command";
        QTest::newRow("bad delimiter") << QStringList{QStringLiteral("inspect"), sample(),
                                                      QStringLiteral("--delimiter"), QStringLiteral("x")}
                                       << "--delimiter";
        QTest::newRow("bad header row") << QStringList{QStringLiteral("inspect"), sample(),
                                                       QStringLiteral("--header-row"), QStringLiteral("-3")}
                                        << "--header-row";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("inspect"), sample(), QStringLiteral("--bogus")} << "bogus";
    }
    void badInputExitsTwoWithOneLine() {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(needle), qPrintable(err));
        QVERIFY2(err.startsWith(QLatin1String("segmentlab-cli: ")), qPrintable(err));
    }

    void unreadableFilesExitTwo_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("needle");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("legacy xls") << QByteArray::fromHex("D0CF11E0A1B11AE1000000") << ".xls";
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"x\n2,3\n") << "line 2";
        QTest::newRow("ragged") << QByteArray("a,b,c\n1,2,3\n4,5\n6,7,8\n") << "line 3";
        QTest::newRow("not a zip") << QByteArray("PK\x03\x04garbage that is not a zip archive", 38) << "";
    }
    void unreadableFilesExitTwo() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, needle);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.csv")
                                                .arg(QTest::currentDataTag())
                                                .replace(QLatin1Char(' '), QLatin1Char('_')));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const Run r = cli({QStringLiteral("inspect"), path});
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QCOMPARE(err.count(QLatin1Char('\n')), 1);  // one line: the reason
        QVERIFY2(err.contains(needle), qPrintable(err));
    }

    void helpDocumentsEveryOption() {
        const Run r = cli({QStringLiteral("inspect"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        for (const char* opt : {"--sheet", "--header-row", "--delimiter", "--encoding", "--json"})
            QVERIFY2(text.contains(QLatin1String(opt)), opt);
        const Run top = cli({QStringLiteral("--help")});
        QCOMPARE(top.exitCode, 0);
        QVERIFY(QString::fromUtf8(top.out).contains(QLatin1String("inspect")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
