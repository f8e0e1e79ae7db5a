// Drives the real segmentlab-cli binary: inspect's table and JSON against pandas' figures
// (tests/app/make_expected_inspect.py), its options, and its exit status and message on bad input.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>

class TestCli : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // headless: no display and no QT_QPA_PLATFORM, as on a server (--report must then pick offscreen itself).
    static Run cli(const QStringList& args, bool headless = false) {
        QProcess p;
        p.setProgram(QStringLiteral(SEGMENTLAB_CLI));
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        if (headless)
            for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
                env.remove(QLatin1String(name));
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
    // One CSV line's cells (RFC 4180 quoting; no line breaks inside cells).
    static QStringList csvCells(const QByteArray& line, QChar delimiter = QLatin1Char(',')) {
        QStringList cells;
        QString cell;
        bool quoted = false;
        const QString text = QString::fromUtf8(line).trimmed();
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else if (c == QLatin1Char('"')) {
                    quoted = false;
                } else {
                    cell += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == delimiter) {
                cells << cell;
                cell.clear();
            } else {
                cell += c;
            }
        }
        cells << cell;
        return cells;
    }
    static QStringList stringsOf(const QJsonValue& v) {
        QStringList out;
        for (const auto& e : v.toArray())
            out << e.toString();
        return out;
    }
    // The text of a PDF (pdftotext), every run of white space made one space.
    static QString pdfText(const QString& path) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        if (!p.waitForFinished(60000)) return {};
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }
    static QStringList sampleRun(const QString& outCsv = {}) {
        QStringList args{QStringLiteral("cluster"), sample(),
                         QStringLiteral("--k"),     QStringLiteral("4"),
                         QStringLiteral("--seed"),  QStringLiteral("1")};
        if (!outCsv.isEmpty()) args << QStringLiteral("--out") << outCsv;
        return args;
    }
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
        // segment_name holds the generated names the JSON lists (a name may hold a comma: parsed as CSV).
        const QStringList names = stringsOf(o.value(QStringLiteral("names")));
        QCOMPARE(names.size(), o.value(QStringLiteral("k")).toInt());
        for (int i = 0; i < 300; ++i) {
            const QStringList cells = csvCells(lines[i + 1]);
            QCOMPARE(cells.size(), 8);
            const int label = labels[i].toInt();
            QCOMPARE(cells[cells.size() - 3],
                     label >= 0 ? QString::number(label + 1) : QStringLiteral("noise"));
            QCOMPARE(cells[cells.size() - 2], label >= 0 ? names[label] : QStringLiteral("Outliers"));
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

    // One blob of 200,000 rows and 3 far rows: k-means with k = 2 puts the far rows in their own segment, and
    // the sampled silhouette used to miss them and abort the run ("clusters=1 is not valid").
    void sampledSilhouetteKeepsASmallSegment() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blob.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text = "x,y\n";
        std::uint64_t state = 12345;
        auto next = [&state] {  // a small LCG: uniform in (0, 1)
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            return (static_cast<double>(state >> 11) + 0.5) / 9007199254740992.0;
        };
        for (int i = 0; i < 200000; ++i) {
            // Box-Muller: a standard normal pair.
            const double r = std::sqrt(-2.0 * std::log(next()));
            const double t = 6.283185307179586 * next();
            text += QByteArray::number(r * std::cos(t), 'f', 4) + ',' +
                    QByteArray::number(r * std::sin(t), 'f', 4) + '\n';
        }
        text += "1000,1000\n1001,1000\n1002,1000\n";
        f.write(text);
        f.close();
        for (const char* seed : {"1", "2", "3", "4"}) {
            const Run r = cli({QStringLiteral("cluster"), path, QStringLiteral("--k"), QStringLiteral("2"),
                               QStringLiteral("--seed"), QLatin1String(seed), QStringLiteral("--json"),
                               QStringLiteral("-")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject o = jsonOf(r);
            const QJsonArray sizes = o.value(QStringLiteral("sizes")).toArray();
            QCOMPARE(sizes.size(), 2);
            QCOMPARE(std::min(sizes[0].toInt(), sizes[1].toInt()), 3);  // the far rows are a segment
            const QJsonObject m = o.value(QStringLiteral("metrics")).toObject();
            QVERIFY(m.value(QStringLiteral("silhouette_sampled")).toBool());
            QVERIFY(m.value(QStringLiteral("silhouette_stratified")).toBool());
            QVERIFY(std::isfinite(m.value(QStringLiteral("silhouette")).toDouble(qQNaN())));
        }
    }

    // Survey answers (four 1-5 Likert items): most rows have exact copies, and the automatic DBSCAN radius
    // used to be 0 ("There are 0 usable rows").
    void dbscanSuggestsEpsOnSurveyAnswers() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("survey.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text = "q1,q2,q3,q4\n";
        std::uint64_t state = 777;
        for (int i = 0; i < 5000; ++i) {
            for (int j = 0; j < 4; ++j) {
                state = state * 6364136223846793005ull + 1442695040888963407ull;
                text += QByteArray::number(1 + static_cast<int>((state >> 33) % 5)) + (j < 3 ? "," : "\n");
            }
        }
        f.write(text);
        f.close();
        const Run r = cli({QStringLiteral("cluster"), path, QStringLiteral("--algorithm"),
                           QStringLiteral("dbscan"), QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject d = jsonOf(r).value(QStringLiteral("dbscan")).toObject();
        QVERIFY(d.value(QStringLiteral("eps_suggested")).toBool());
        QVERIFY(d.value(QStringLiteral("eps")).toDouble() > 0.0);
        QVERIFY(jsonOf(r).value(QStringLiteral("sizes")).toArray().size() >= 1);
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
                         QStringLiteral("--k"),     QStringLiteral("3"),
                         QStringLiteral("--names"), QStringLiteral("Alpha,Beta,Gamma")};
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
                 (QStringList{"01-alpha.csv", "02-beta.csv", "03-gamma.csv"}));
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
                                 QStringLiteral("Beta"), QStringLiteral("--json"), QStringLiteral("-")});
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
                                       << "02-beta.csv";
        QTest::newRow("--report") << "--report"
                                  << "x.pdf";
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
        const Run forced = cli(exportRun({option, value, QStringLiteral("--force")}), true);
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QVERIFY(QFileInfo(dir.filePath(target)).size() > 100);
    }

    void namesAreTheGuisGeneratedNames() {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("segments.csv"));
        const QString json = dir.filePath(QStringLiteral("run.json"));
        const Run r = cli(sampleRun(csv) << QStringLiteral("--json") << json);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(jf.readAll()).object();
        const QStringList names = stringsOf(o.value(QStringLiteral("names")));
        const QStringList descriptions = stringsOf(o.value(QStringLiteral("descriptions")));
        QCOMPARE(names.size(), 4);
        QCOMPARE(descriptions.size(), 4);
        const QRegularExpression numbered(QStringLiteral("^Segment \\d+$"));
        for (int s = 0; s < 4; ++s) {
            QVERIFY2(!names[s].isEmpty() && !numbered.match(names[s]).hasMatch(), qPrintable(names[s]));
            QVERIFY(!descriptions[s].isEmpty());
        }
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 4);  // told apart
        // The CSV's segment_name column holds the same names.
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        const QStringList header = csvCells(lines.front());
        const qsizetype nameColumn = header.indexOf(QStringLiteral("segment_name"));
        QVERIFY(nameColumn > 0);
        const QJsonArray labels = o.value(QStringLiteral("labels")).toArray();
        QCOMPARE(labels.size(), 2000);
        for (int i = 0; i < labels.size(); ++i)
            QCOMPARE(csvCells(lines[i + 1]).value(nameColumn), names[labels[i].toInt()]);
        // One line per segment in the readable output: "Segment 1 (412 customers, 20.6%): name —
        // description".
        const QString text = QString::fromUtf8(r.out);
        const QJsonArray sizes = o.value(QStringLiteral("sizes")).toArray();
        for (int s = 0; s < 4; ++s) {
            // The one share rule: of all customers, as charts/Share.h computes it.
            const QString line = QStringLiteral("Segment %1 (%2 customers, %3%): %4 \u2014 %5")
                                     .arg(s + 1)
                                     .arg(sizes[s].toInteger())
                                     .arg(100.0 * (double(sizes[s].toInteger()) / 2000.0), 0, 'f', 1)
                                     .arg(names[s], descriptions[s]);
            QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral("\n---\n") + text));
        }
    }

    void namesCanBeGiven() {
        const Run generated = cli(sampleRun() << QStringLiteral("--json") << QStringLiteral("-"));
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
        const QStringList names = stringsOf(jsonOf(generated).value(QStringLiteral("names")));
        QCOMPARE(names.size(), 4);
        // Fewer names than segments: the rest keep their generated names; a comma inside quotes.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("segments.csv"));
        const Run r = cli(sampleRun(csv) << QStringLiteral("--names")
                                         << QStringLiteral("\"Loyal, big spenders\",Bargain hunters")
                                         << QStringLiteral("--json") << QStringLiteral("-"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList given = stringsOf(jsonOf(r).value(QStringLiteral("names")));
        QCOMPARE(given, (QStringList{QStringLiteral("Loyal, big spenders"), QStringLiteral("Bargain hunters"),
                                     names[2], names[3]}));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("\"Loyal, big spenders\""));
        QVERIFY(bytes.contains("Bargain hunters"));
        // An empty item keeps the generated name.
        const Run skip = cli(sampleRun() << QStringLiteral("--names") << QStringLiteral(",Second")
                                         << QStringLiteral("--json") << QStringLiteral("-"));
        QVERIFY2(skip.exitCode == 0, skip.err.constData());
        QCOMPARE(stringsOf(jsonOf(skip).value(QStringLiteral("names"))),
                 (QStringList{names[0], QStringLiteral("Second"), names[2], names[3]}));
        // More names than segments is a mistake.
        const Run tooMany = cli(sampleRun() << QStringLiteral("--names") << QStringLiteral("A,B,C,D,E"));
        QCOMPARE(tooMany.exitCode, 2);
        QVERIFY2(tooMany.err.contains("--names"), tooMany.err.constData());
    }

    void reportIsWrittenWithoutADisplay() {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const Run r = cli(sampleRun() << QStringLiteral("--names") << QStringLiteral(",Bargain hunters")
                                      << QStringLiteral("--report") << pdf << QStringLiteral("--json")
                                      << QStringLiteral("-"),
                          true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("customers.csv")), qPrintable(text));
        for (const QString& name : stringsOf(jsonOf(r).value(QStringLiteral("names"))))
            QVERIFY2(text.contains(name.simplified()), qPrintable(name));
        QVERIFY(text.contains(QStringLiteral("Bargain hunters")));
        for (const char* title :
             {"Segment profiles", "Customer map", "Segment sizes", "Segment fit (silhouette)"})
            QVERIFY2(text.contains(QLatin1String(title)), title);
        // Without --report the program needs no display either (and draws nothing).
        const Run plain = cli(sampleRun() << QStringLiteral("--json") << QStringLiteral("-"), true);
        QCOMPARE(plain.exitCode, 0);
    }

    // A PNG's size from its IHDR chunk (this test links no Qt Gui); invalid when it is no PNG.
    static QSize pngSize(const QString& path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return {};
        const QByteArray head = f.read(24);
        if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR") return {};
        auto be = [&](int at) {
            return int((uchar(head[at]) << 24) | (uchar(head[at + 1]) << 16) | (uchar(head[at + 2]) << 8) |
                       uchar(head[at + 3]));
        };
        return QSize(be(16), be(20));
    }

    // Issue 9: every chart of the run from a script, from the same chart objects as the GUI; a PNG has
    // exactly --chart-size pixels (default 1920x1080); nothing is replaced without --force.
    void chartsAreWrittenWithoutADisplay() {
        QTemporaryDir dir;
        const QString charts = dir.filePath(QStringLiteral("charts"));
        const Run r = cli(sampleRun() << QStringLiteral("--algorithm") << QStringLiteral("hierarchical")
                                      << QStringLiteral("--charts") << charts,
                          true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList expected{QStringLiteral("pca-scatter.png"), QStringLiteral("profile-heatmap.png"),
                                   QStringLiteral("dendrogram.png"), QStringLiteral("silhouette.png"),
                                   QStringLiteral("sizes.png")};
        for (const QString& name : expected)
            QCOMPARE(pngSize(QDir(charts).filePath(name)), QSize(1920, 1080));
        QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("chart")), r.out.constData());
        // Again without --force: refused, nothing changed; with --force, another size and format.
        const Run again = cli(sampleRun() << QStringLiteral("--algorithm") << QStringLiteral("hierarchical")
                                          << QStringLiteral("--charts") << charts,
                              true);
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("--force"), again.err.constData());
        const Run sized =
            cli(sampleRun() << QStringLiteral("--charts") << charts << QStringLiteral("--chart-size")
                            << QStringLiteral("800x600") << QStringLiteral("--chart-dpi")
                            << QStringLiteral("96") << QStringLiteral("--force"),
                true);
        QVERIFY2(sized.exitCode == 0, sized.err.constData());
        QCOMPARE(pngSize(QDir(charts).filePath(QStringLiteral("sizes.png"))), QSize(800, 600));
        const Run pdf = cli(sampleRun() << QStringLiteral("--charts") << charts
                                        << QStringLiteral("--chart-format") << QStringLiteral("pdf"),
                            true);
        QVERIFY2(pdf.exitCode == 0, pdf.err.constData());
        QFile f(QDir(charts).filePath(QStringLiteral("sizes.pdf")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY2(pdfText(f.fileName()).contains(QStringLiteral("Segment sizes")),
                 qPrintable(pdfText(f.fileName())));
        for (const QStringList& bad :
             {QStringList{QStringLiteral("--chart-size"), QStringLiteral("big")},
              QStringList{QStringLiteral("--chart-size"), QStringLiteral("5x5")},
              QStringList{QStringLiteral("--chart-dpi"), QStringLiteral("5000")},
              QStringList{QStringLiteral("--chart-format"), QStringLiteral("gif")}}) {
            const Run wrong = cli(sampleRun() << QStringLiteral("--charts") << charts << bad, true);
            QCOMPARE(wrong.exitCode, 2);
            QVERIFY2(wrong.err.contains(bad.first().toUtf8()), wrong.err.constData());
        }
    }

    // The command line draws without widgets: the program does not load Qt Widgets at all.
    void cliLinksNoWidgets() {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(SEGMENTLAB_CLI)});
        if (!ldd.waitForStarted()) QSKIP("ldd is not available");
        QVERIFY(ldd.waitForFinished());
        const QByteArray libs = ldd.readAllStandardOutput();
        QVERIFY2(libs.contains("Qt6Gui"), libs.constData());
        QVERIFY2(!libs.contains("Qt6Widgets"), libs.constData());
    }

    // Issue 10 #7: a segment of one customer reads "1 customer", not "1 customers".
    void oneCustomerIsSingular() {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("five.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x,y\n1,1\n1.1,1\n0.9,1.1\n1,0.9\n50,50\n");
        f.close();
        const Run r = cli({QStringLiteral("cluster"), csv, QStringLiteral("--k"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("(1 customer, 20.0%)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(4 customers, 80.0%)")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("1 customers")));
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
             {"--features", "--scale",         "--log1p",      "--missing",      "--algorithm",
              "-k",         "--linkage",       "--eps",        "--min-samples",  "--covariance",
              "--n-init",   "--seed",          "--silhouette", "--out",          "--per-segment",
              "--xlsx",     "--delimiter-out", "--bom",        "--force",        "--json",
              "--names",    "--report",        "--charts",     "--chart-format", "--chart-size",
              "--chart-dpi"})
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
