// Drives the real segmentlab-cli binary: inspect's table and JSON against pandas' figures
// (tests/app/make_expected_inspect.py), its options, and its exit status and message on bad input.
#include <QDir>
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

    // --- cluster and sweep ---------------------------------------------------------------------------

    static QStringList shopperFeatures() {
        // Names with spaces and symbols; the one holding a comma comes as a second --features.
        return {QStringLiteral("--features"), QStringLiteral("Annual Income (k$),Spending Score (1-100)"),
                QStringLiteral("--features"), QStringLiteral("Visits, last year")};
    }

    void clusterEveryAlgorithm_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("k");
        QTest::newRow("kmeans") << QStringList{QStringLiteral("--algorithm"), QStringLiteral("kmeans")} << 3;
        QTest::newRow("hierarchical")
            << QStringList{QStringLiteral("--algorithm"), QStringLiteral("hierarchical"),
                           QStringLiteral("--linkage"), QStringLiteral("average")}
            << 3;
        QTest::newRow("gmm") << QStringList{QStringLiteral("--algorithm"), QStringLiteral("gmm"),
                                            QStringLiteral("--covariance"), QStringLiteral("diag")}
                             << 3;
        QTest::newRow("dbscan") << QStringList{QStringLiteral("--algorithm"), QStringLiteral("dbscan"),
                                               QStringLiteral("--eps"), QStringLiteral("0.6")}
                                << -1;
    }
    void clusterEveryAlgorithm() {
        QFETCH(QStringList, extra);
        QFETCH(int, k);
        const QString csv = m_dir.filePath(QStringLiteral("seg-%1.csv").arg(QTest::currentDataTag()));
        QStringList args{QStringLiteral("cluster"), data(QStringLiteral("cli/shoppers.csv")),
                         QStringLiteral("--k"),     QStringLiteral("3"),
                         QStringLiteral("--json"),  QStringLiteral("-"),
                         QStringLiteral("--out"),   csv};
        args << shopperFeatures() << extra;
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = jsonOf(r);
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 300);
        const QJsonArray labels = o.value(QStringLiteral("labels")).toArray();
        QCOMPARE(labels.size(), 300);
        if (k > 0) QCOMPARE(o.value(QStringLiteral("k")).toInt(), k);
        // Three groups far apart: a good segmentation has a high silhouette.
        QVERIFY(o.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("silhouette")).toDouble() >
                0.6);
        QCOMPARE(o.value(QStringLiteral("features")).toArray().size(), 3);
        QCOMPARE(o.value(QStringLiteral("pca"))
                     .toObject()
                     .value(QStringLiteral("explained_variance_ratio"))
                     .toArray()
                     .size(),
                 3);
        for (const char* key : {"read", "prepare", "fit", "metrics"})
            QVERIFY(o.value(QStringLiteral("timings")).toObject().value(QLatin1String(key)).isDouble());
        if (QByteArray(QTest::currentDataTag()) == "hierarchical")
            QCOMPARE(o.value(QStringLiteral("linkage")).toArray().size(), 299);
        if (QByteArray(QTest::currentDataTag()) == "gmm") {
            QVERIFY(o.value(QStringLiteral("bic")).isDouble());
            QVERIFY(o.value(QStringLiteral("log_likelihood")).isDouble());
        }
        // segments.csv: every input row, in order, with the segment added (1-based; 'noise' for outliers).
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        // The input's columns come first and unchanged, then segment, segment_name and the fit.
        const QByteArray fit =
            QByteArray(QTest::currentDataTag()) == "gmm" ? "membership_probability" : "distance_to_centre";
        QCOMPARE(lines.front().trimmed(),
                 "Customer ID,Annual Income (k$),Spending Score (1-100),"
                 "\"Visits, last year\",Channel,segment,segment_name," +
                     fit);
        QCOMPARE(lines.size(), 302);  // header, 300 rows, and the empty piece after the last line end
        for (int i = 0; i < 300; ++i) {
            // No cell after the quoted header name holds a comma, so the segment is the third from the end.
            const QList<QByteArray> cells = lines[i + 1].trimmed().split(',');
            const int label = labels[i].toInt();
            QCOMPARE(cells[cells.size() - 3],
                     label >= 0 ? QByteArray::number(label + 1) : QByteArray("noise"));
            QCOMPARE(cells[cells.size() - 2],
                     label >= 0 ? "Segment " + QByteArray::number(label + 1) : QByteArray("Outliers"));
            QCOMPARE(cells.last().isEmpty(), label < 0);
        }
    }

    void clusterIsRepeatableWithASeed() {
        QStringList args{QStringLiteral("cluster"), data(QStringLiteral("cli/shoppers.csv")),
                         QStringLiteral("--seed"),  QStringLiteral("42"),
                         QStringLiteral("--k"),     QStringLiteral("4"),
                         QStringLiteral("--json"),  QStringLiteral("-")};
        const Run a = cli(args);
        const Run b = cli(args);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(jsonOf(a).value(QStringLiteral("labels")), jsonOf(b).value(QStringLiteral("labels")));
        QCOMPARE(jsonOf(a).value(QStringLiteral("inertia")), jsonOf(b).value(QStringLiteral("inertia")));
    }

    void dbscanSuggestsEps() {
        const Run r = cli({QStringLiteral("cluster"), data(QStringLiteral("cli/shoppers.csv")),
                           QStringLiteral("--algorithm"), QStringLiteral("dbscan"), QStringLiteral("--json"),
                           QStringLiteral("-")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject d = jsonOf(r).value(QStringLiteral("dbscan")).toObject();
        QVERIFY(d.value(QStringLiteral("eps_suggested")).toBool());
        QVERIFY(d.value(QStringLiteral("eps")).toDouble() > 0.0);
    }

    void sweepRecommendsTheThreeGroups() {
        QStringList args{QStringLiteral("sweep"),  data(QStringLiteral("cli/shoppers.csv")),
                         QStringLiteral("--k"),    QStringLiteral("2..7"),
                         QStringLiteral("--json"), QStringLiteral("-")};
        args << shopperFeatures();
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = jsonOf(r);
        QCOMPARE(o.value(QStringLiteral("k")).toArray().size(), 6);
        for (const char* key : {"inertia", "silhouette", "calinski_harabasz", "davies_bouldin", "bic"})
            QCOMPARE(o.value(QLatin1String(key)).toArray().size(), 6);
        QCOMPARE(o.value(QStringLiteral("recommended_k")).toInt(), 3);
        const QJsonArray votes = o.value(QStringLiteral("votes")).toArray();
        QVERIFY(votes.size() >= 3);
        for (const auto& v : votes)
            QVERIFY(!v.toObject().value(QStringLiteral("reason")).toString().isEmpty());
        const Run gmm = cli(args + QStringList{QStringLiteral("--algorithm"), QStringLiteral("gmm")});
        QVERIFY2(gmm.exitCode == 0, gmm.err.constData());
        QVERIFY(jsonOf(gmm).value(QStringLiteral("bic")).toArray().first().isDouble());
    }

    void clusterRejectsBadRequests_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("k above rows") << QStringList{QStringLiteral("--k"), QStringLiteral("5000")} << "5000";
        QTest::newRow("unknown feature")
            << QStringList{QStringLiteral("--features"), QStringLiteral("Nope")} << "Nope";
        QTest::newRow("id feature") << QStringList{QStringLiteral("--features"),
                                                   QStringLiteral("Customer ID")}
                                    << "Customer ID";
        QTest::newRow("bad algorithm")
            << QStringList{QStringLiteral("--algorithm"), QStringLiteral("magic")} << "magic";
        QTest::newRow("bad k") << QStringList{QStringLiteral("--k"), QStringLiteral("zero")} << "--k";
        QTest::newRow("bad eps") << QStringList{QStringLiteral("--algorithm"), QStringLiteral("dbscan"),
                                                QStringLiteral("--eps"), QStringLiteral("-1")}
                                 << "--eps";
        QTest::newRow("bad scale") << QStringList{QStringLiteral("--scale"), QStringLiteral("big")}
                                   << "--scale";
        QTest::newRow("log of negative")
            << QStringList{QStringLiteral("--features"), QStringLiteral("Spending Score (1-100)"),
                           QStringLiteral("--log1p"), QStringLiteral("Channel")}
            << "Channel";
    }
    void clusterRejectsBadRequests() {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const Run r =
            cli(QStringList{QStringLiteral("cluster"), data(QStringLiteral("cli/shoppers.csv"))} + args);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(needle), qPrintable(err));
        QVERIFY2(err.startsWith(QLatin1String("segmentlab-cli: ")), qPrintable(err));
    }

    void sweepRejectsBadRange_data() {
        QTest::addColumn<QString>("range");
        QTest::newRow("reversed") << "5..2";
        QTest::newRow("not a range") << "five";
        QTest::newRow("above rows") << "2..400";
    }
    void sweepRejectsBadRange() {
        QFETCH(QString, range);
        const Run r = cli({QStringLiteral("sweep"), data(QStringLiteral("cli/shoppers.csv")),
                           QStringLiteral("--k"), range});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    static QStringList exportRun(const QStringList& outputs) {
        QStringList args{QStringLiteral("cluster"), data(QStringLiteral("cli/shoppers.csv")),
                         QStringLiteral("--k"), QStringLiteral("3")};
        return args << shopperFeatures() << outputs;
    }

    void exportsPerSegmentAndWorkbook() {
        QTemporaryDir dir;
        const QString per = dir.filePath(QStringLiteral("per"));
        const QString xlsx = dir.filePath(QStringLiteral("segments.xlsx"));
        const QString csv = dir.filePath(QStringLiteral("segments.csv"));
        const Run r = cli(exportRun({QStringLiteral("--per-segment"), per, QStringLiteral("--xlsx"), xlsx,
                                     QStringLiteral("--out"), csv, QStringLiteral("--bom"),
                                     QStringLiteral("--delimiter-out"), QStringLiteral(";")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QDir(per).entryList(QDir::Files),
                 (QStringList{"01-segment-1.csv", "02-segment-2.csv", "03-segment-3.csv"}));
        int rows = 0;
        for (const QString& name : QDir(per).entryList(QDir::Files)) {
            QFile f(QDir(per).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(
                bytes.startsWith("\xEF\xBB\xBF"
                                 "Customer ID;Annual Income (k$);"));
            rows += static_cast<int>(bytes.count('\n')) - 1;
        }
        QCOMPARE(rows, 300);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.readLine();
        QVERIFY(
            head.startsWith("\xEF\xBB\xBF"
                            "Customer ID;"));
        QVERIFY(head.contains(";Visits, last year;Channel;segment;segment_name;distance_to_centre"));
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QVERIFY(book.read(2) == "PK");
        // The workbook opens with inspect: a Summary sheet, then one sheet per segment.
        const Run inspect = cli({QStringLiteral("inspect"), xlsx, QStringLiteral("--sheet"),
                                 QStringLiteral("Segment 2"), QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
        const QJsonArray sheets = jsonOf(inspect).value(QStringLiteral("sheets")).toArray();
        QCOMPARE(sheets.size(), 4);
        QCOMPARE(sheets[0].toString(), QStringLiteral("Summary"));
    }

    void refusesToOverwriteWithoutForce_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("target");  // the file that exists, relative to the temporary folder
        QTest::newRow("--out") << "--out"
                               << "x.csv";
        QTest::newRow("--xlsx") << "--xlsx"
                                << "x.xlsx";
        QTest::newRow("--per-segment") << "--per-segment"
                                       << "02-segment-2.csv";
    }
    void refusesToOverwriteWithoutForce() {
        QFETCH(QString, option);
        QFETCH(QString, target);
        QTemporaryDir dir;
        QFile f(dir.filePath(target));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep");
        f.close();
        const QString value = option == QLatin1String("--per-segment") ? dir.path() : dir.filePath(target);
        // A second output that could be written: a refusal must leave no half-finished set of outputs.
        const QString other = dir.filePath(option == QLatin1String("--out") ? QStringLiteral("other.xlsx")
                                                                            : QStringLiteral("other.csv"));
        const QString otherOption =
            option == QLatin1String("--out") ? QStringLiteral("--xlsx") : QStringLiteral("--out");
        const Run r = cli(exportRun({otherOption, other, option, value}));
        QCOMPARE(r.exitCode, 2);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].contains(target.toUtf8()) && lines[0].contains("--force"), r.err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep"));
        f.close();
        QVERIFY(!QFileInfo::exists(other));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        // With --force the file is replaced.
        const Run forced = cli(exportRun({option, value, QStringLiteral("--force")}));
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QVERIFY(QFileInfo(dir.filePath(target)).size() > 100);
    }

    void badOutputDelimiter() {
        const Run r = cli(exportRun({QStringLiteral("--delimiter-out"), QStringLiteral("x")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--delimiter-out"));
    }

    void helpDocumentsEveryOption() {
        const Run r = cli({QStringLiteral("inspect"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        for (const char* opt : {"--sheet", "--header-row", "--delimiter", "--encoding", "--json"})
            QVERIFY2(text.contains(QLatin1String(opt)), opt);
        const QString cluster =
            QString::fromUtf8(cli({QStringLiteral("cluster"), QStringLiteral("--help")}).out);
        for (const char* opt :
             {"--features", "--scale",         "--log1p",      "--missing",     "--algorithm",
              "-k",         "--linkage",       "--eps",        "--min-samples", "--covariance",
              "--n-init",   "--seed",          "--silhouette", "--out",         "--per-segment",
              "--xlsx",     "--delimiter-out", "--bom",        "--force",       "--json"})
            QVERIFY2(cluster.contains(QLatin1String(opt)), opt);
        const QString sweep = QString::fromUtf8(cli({QStringLiteral("sweep"), QStringLiteral("--help")}).out);
        for (const char* opt : {"--features", "--algorithm", "-k", "--n-init", "--seed", "--json"})
            QVERIFY2(sweep.contains(QLatin1String(opt)), opt);
        const Run top = cli({QStringLiteral("--help")});
        QCOMPARE(top.exitCode, 0);
        QVERIFY(QString::fromUtf8(top.out).contains(QLatin1String("inspect")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
