// Segment exports (io/SegmentExport.h): the added columns for every algorithm, formula neutralising in CSV
// and XLSX alike, CSV dialect options, per-segment files, refusing to overwrite, cancellation, and the
// workbook read back by SegmentLab's own reader and by LibreOffice, both equal to the CSV cell by cell.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <random>

#include "common/Error.h"
#include "data/Import.h"
#include "data/ValueParsing.h"
#include "io/CsvWriter.h"
#include "io/SegmentExport.h"
#include "io/XlsxWriter.h"
#include "run/Segmentation.h"

using namespace seg;
using seg::data::Column;
using seg::data::ColumnType;
using seg::data::Table;

namespace {

using Rows = QList<QStringList>;

// RFC 4180 records (quotes, doubled quotes, line breaks inside quotes), after an optional UTF-8 BOM.
Rows parseCsv(QByteArray bytes, char delimiter = ',') {
    if (bytes.startsWith("\xEF\xBB\xBF")) bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    Rows rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"')
                cell += c, ++i;
            else if (c == u'"')
                quoted = false;
            else
                cell += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == QLatin1Char(delimiter)) {
            row << cell, cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            continue;
        } else if (c == u'\n') {
            row << cell, cell.clear();
            rows << row, row.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) rows << (row << cell);
    return rows;
}

Rows readCsv(const QString& path, char delimiter = ',') {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return parseCsv(f.readAll(), delimiter);
}

// A workbook sheet through SegmentLab's own reader, every cell as the table displays it.
Rows readSheet(const QString& path, const QString& sheet) {
    data::ImportOptions o;
    o.xlsx.sheet = sheet.toStdString();
    o.xlsx.headerRow = 1;
    o.xlsx.maxCategories = 1'000'000;  // keep text text, whatever it looks like
    const data::ImportResult r = data::importTable(path.toStdString(), o);
    Rows rows;
    QStringList header;
    for (const auto& c : r.table.columns())
        header << QString::fromStdString(c.name());
    rows << header;
    for (std::size_t i = 0; i < r.table.rowCount(); ++i) {
        QStringList row;
        for (const auto& c : r.table.columns())
            row << QString::fromStdString(c.display(i));
        rows << row;
    }
    return rows;
}

// Three round groups in two features, a text column holding every formula trigger, a date column (one with a
// time of day would need every cell to carry one), an id, and an amount with a missing value.
Table groupsTable(std::size_t perGroup = 40, bool missingFeature = false) {
    std::mt19937_64 rng(7);
    std::normal_distribution<double> noise(0.0, 0.3);
    const double centres[3][2] = {{0, 0}, {6, 0}, {0, 6}};
    const std::vector<std::string> texts = {"=1+1", "+cmd",  "-2",  "@SUM(A1:A2)", "\tx",    "\rx",
                                            "-2x",  "plain", "a;b", "say \"hi\"",  " edge ", "Ünïcödé €"};
    std::vector<double> x, y, amount, when;
    std::vector<std::int32_t> textCodes, idCodes;
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < 3 * perGroup; ++i) {
        x.push_back(centres[i % 3][0] + noise(rng));
        y.push_back(centres[i % 3][1] + noise(rng));
        amount.push_back(i % 17 == 5 ? data::kMissing : (i % 2 ? -2.0 : 1234.5678901234567 * (i + 1)));
        when.push_back(19000.0 + static_cast<double>(i));
        textCodes.push_back(static_cast<std::int32_t>(i % texts.size()));
        ids.push_back("C" + std::to_string(1000 + i));
        idCodes.push_back(static_cast<std::int32_t>(i));
    }
    if (missingFeature) x[4] = x[11] = data::kMissing;
    Table t;
    t.addColumn(Column::strings("customer_id", idCodes, ids, ColumnType::Id));
    t.addColumn(Column::numbers("x", x));
    t.addColumn(Column::numbers("y", y));
    t.addColumn(Column::numbers("amount", amount));
    t.addColumn(Column::strings("note", textCodes, texts, ColumnType::Text));
    t.addColumn(Column::numbers("signup", when, ColumnType::Date));
    return t;
}

run::SegmentationResult segment(const Table& t, run::Algorithm algorithm, int k = 3,
                                prep::MissingPolicy missing = prep::MissingPolicy::Median) {
    run::SegmentationParams p;
    p.prep.features = {"x", "y"};
    p.prep.missing = missing;
    p.algorithm = algorithm;
    p.k = k;
    p.dbscan.eps = 0.8;
    p.dbscan.minSamples = 4;
    p.silhouette = false;
    return run::runSegmentation(t, p);
}

int columnOf(const QStringList& header, const char* name) {
    return static_cast<int>(header.indexOf(QLatin1String(name)));
}

bool sameNumberOrText(const QString& a, const QString& b) {
    if (a == b) return true;
    bool okA = false, okB = false;
    const double x = a.toDouble(&okA), y = b.toDouble(&okB);
    return okA && okB && std::fabs(x - y) <= 1e-13 * std::max(std::fabs(x), std::fabs(y));
}

QString compareRows(const Rows& got, const Rows& want, bool numeric) {
    if (got.size() != want.size()) return QStringLiteral("%1 rows, want %2").arg(got.size()).arg(want.size());
    for (qsizetype r = 0; r < want.size(); ++r) {
        if (got[r].size() != want[r].size())
            return QStringLiteral("row %1: %2 cells, want %3").arg(r).arg(got[r].size()).arg(want[r].size());
        for (qsizetype c = 0; c < want[r].size(); ++c)
            if (numeric ? !sameNumberOrText(got[r][c], want[r][c]) : got[r][c] != want[r][c])
                return QStringLiteral("row %1 column %2 (%3): '%4', want '%5'")
                    .arg(r)
                    .arg(c)
                    .arg(want[0][c], got[r][c], want[r][c]);
    }
    return {};
}

}  // namespace

class TestSegmentExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void kmeansColumnsAndDistance() {
        const Table t = groupsTable();
        const auto r = segment(t, run::Algorithm::KMeans);
        const QString file = path(QStringLiteral("kmeans.csv"));
        io::writeSegmentCsv(t, r, {"High spend"}, file.toStdString());
        const Rows rows = readCsv(file);
        QCOMPARE(rows.size(), qsizetype(t.rowCount() + 1));
        QCOMPARE(rows[0], (QStringList{"customer_id", "x", "y", "amount", "note", "signup", "segment",
                                       "segment_name", "distance_to_centre"}));
        const FeatureMatrix& x = r.prep.data.x;
        for (std::size_t i = 0; i < x.rows(); ++i) {
            const std::size_t row = r.prep.data.rows[i];
            const QStringList& cells = rows[static_cast<qsizetype>(row + 1)];
            const int label = r.labels[i];
            QCOMPARE(cells[6], QString::number(label + 1));
            QCOMPARE(cells[7],
                     label == 0 ? QStringLiteral("High spend") : QStringLiteral("Segment %1").arg(label + 1));
            double sum = 0.0;
            for (std::size_t j = 0; j < x.cols(); ++j)
                sum += std::pow(x(i, j) - r.centers(static_cast<std::size_t>(label), j), 2);
            QCOMPARE(cells[8].toDouble(), std::sqrt(sum));  // shortest round-trip text reads back exactly
            // The source values as they were: full precision, ISO dates, missing as empty.
            QCOMPARE(cells[3], QString::fromStdString(t.column(3).display(row)));
            QCOMPARE(cells[5], QString::fromStdString(data::formatDate(t.column(5).number(row), false)));
        }
        QCOMPARE(rows[2][3], QStringLiteral("-2"));
        QCOMPARE(rows[1][3].toDouble(), 1234.5678901234567);
        QCOMPARE(rows[6][3], QString());
    }

    void gmmProbability() {
        const Table t = groupsTable();
        const auto r = segment(t, run::Algorithm::Gmm);
        QVERIFY(r.gmm);
        const QString file = path(QStringLiteral("gmm.csv"));
        io::writeSegmentCsv(t, r, {}, file.toStdString());
        const Rows rows = readCsv(file);
        const int col = columnOf(rows[0], "membership_probability");
        QCOMPARE(col, 8);
        QCOMPARE(columnOf(rows[0], "distance_to_centre"), -1);
        for (std::size_t i = 0; i < r.prep.data.rows.size(); ++i) {
            const double p = rows[static_cast<qsizetype>(r.prep.data.rows[i] + 1)][col].toDouble();
            QVERIFY(p >= 0.0 && p <= 1.0);
            double best = 0.0;
            for (std::size_t c = 0; c < r.gmm->responsibilities.cols(); ++c)
                best = std::max(best, r.gmm->responsibilities(i, c));
            QCOMPARE(p, best);
        }
    }

    void dbscanOutliers() {
        Table t = groupsTable();
        // Two far-away customers nobody is near: DBSCAN's noise.
        const auto r = [&] {
            Table u;
            for (std::size_t c = 0; c < t.columnCount(); ++c) {
                const Column& col = t.column(c);
                if (col.storage() == data::Storage::Numbers) {
                    auto v = col.numbers();
                    v.push_back(c == 1 ? 40.0 : c == 2 ? -40.0 : 1.0);
                    v.push_back(c == 1 ? -40.0 : c == 2 ? 40.0 : 2.0);
                    Column n = Column::numbers(col.name(), v, col.type());
                    u.addColumn(n);
                } else {
                    auto codes = col.codes();
                    auto levels = col.levels();
                    levels.push_back("far1");
                    levels.push_back("far2");
                    codes.push_back(static_cast<std::int32_t>(levels.size() - 2));
                    codes.push_back(static_cast<std::int32_t>(levels.size() - 1));
                    u.addColumn(Column::strings(col.name(), codes, levels, col.type()));
                }
            }
            t = u;
            return segment(t, run::Algorithm::Dbscan);
        }();
        QVERIFY(r.dbscan);
        QVERIFY(r.dbscan->nNoise >= 2);
        const QString file = path(QStringLiteral("dbscan.csv"));
        io::writeSegmentCsv(t, r, {}, file.toStdString());
        const Rows rows = readCsv(file);
        const qsizetype last = rows.size() - 1;
        QCOMPARE(rows[last][6], QStringLiteral("noise"));
        QCOMPARE(rows[last][7], QStringLiteral("Outliers"));
        QCOMPARE(rows[last][8], QString());
        // Clustered rows get the distance to their segment's mean.
        QVERIFY(!rows[1][8].isEmpty());

        const QString dir = path(QStringLiteral("dbscan-per"));
        const auto files = io::writeSegmentCsvPerSegment(t, r, {}, dir.toStdString());
        QCOMPARE(QFileInfo(QString::fromStdString(files.back())).fileName(), QStringLiteral("outliers.csv"));
        const Rows outliers = readCsv(QString::fromStdString(files.back()));
        QCOMPARE(outliers.size(), qsizetype(r.dbscan->nNoise + 1));
    }

    void leftOutRows() {
        const Table t = groupsTable(40, true);
        const auto r = segment(t, run::Algorithm::KMeans, 3, prep::MissingPolicy::DropRows);
        QCOMPARE(r.rowLabels[4], -2);
        const QString file = path(QStringLiteral("leftout.csv"));
        io::writeSegmentCsv(t, r, {}, file.toStdString());
        Rows rows = readCsv(file);
        QCOMPARE(rows.size(), qsizetype(t.rowCount() + 1));
        QCOMPARE(rows[5].mid(6), (QStringList{QString(), QString(), QString()}));
        QCOMPARE(rows[5][0], QStringLiteral("C1004"));

        io::SegmentExportOptions o;
        o.includeLeftOut = false;
        const QString without = path(QStringLiteral("leftout-excluded.csv"));
        io::writeSegmentCsv(t, r, {}, without.toStdString(), o);
        rows = readCsv(without);
        QCOMPARE(rows.size(), qsizetype(t.rowCount() - 2 + 1));
        for (const auto& row : rows.mid(1))
            QVERIFY(row[0] != QLatin1String("C1004") && row[0] != QLatin1String("C1011"));

        const auto files =
            io::writeSegmentCsvPerSegment(t, r, {}, path(QStringLiteral("leftout-per")).toStdString());
        QCOMPARE(QFileInfo(QString::fromStdString(files.back())).fileName(), QStringLiteral("left-out.csv"));
        QCOMPARE(readCsv(QString::fromStdString(files.back())).size(), qsizetype(3));
    }

    void formulaInjection_data() {
        QTest::addColumn<int>("row");  // table row of groupsTable()
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("=1+1") << 0 << 4 << "'=1+1";
        QTest::newRow("+cmd") << 1 << 4 << "'+cmd";
        QTest::newRow("-2 as text") << 2 << 4 << "-2";
        QTest::newRow("@SUM") << 3 << 4 << "'@SUM(A1:A2)";
        QTest::newRow("tab") << 4 << 4 << "'\tx";
        QTest::newRow("CR") << 5 << 4 << "'\rx";
        QTest::newRow("-2x") << 6 << 4 << "'-2x";
        QTest::newRow("plain") << 7 << 4 << "plain";
        QTest::newRow("quotes") << 9 << 4 << "say \"hi\"";
        QTest::newRow("edge spaces") << 10 << 4 << " edge ";
        QTest::newRow("unicode") << 11 << 4 << "Ünïcödé €";
        QTest::newRow("-2 as number") << 1 << 3 << "-2";
    }
    void formulaInjection() {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, expected);
        static const Table t = groupsTable();
        static const auto r = segment(t, run::Algorithm::KMeans);
        const QString csv = path(QStringLiteral("inject.csv"));
        const QString xlsx = path(QStringLiteral("inject.xlsx"));
        io::SegmentExportOptions o;
        o.overwrite = true;
        io::writeSegmentCsv(t, r, {}, csv.toStdString(), o);
        io::writeSegmentXlsx(t, r, {}, xlsx.toStdString(), o);
        const Rows rows = readCsv(csv);
        QCOMPARE(rows[row + 1][column], expected);
        // The same cell in the workbook: on the sheet of the row's segment, at the row's place in it.
        const int label = r.rowLabels[static_cast<std::size_t>(row)];
        const Rows sheet = readSheet(xlsx, QStringLiteral("Segment %1").arg(label + 1));
        bool found = false;
        for (const auto& cells : sheet)
            if (cells[0] == rows[row + 1][0]) {
                if (column == 3)
                    QCOMPARE(cells[column].toDouble(), expected.toDouble());
                else  // SegmentLab's reader trims cell text; the LibreOffice round trip sees the spaces
                    QCOMPARE(cells[column], expected.trimmed());
                found = true;
            }
        QVERIFY(found);
    }

    void neutralisedHeaderAndTextNumbers() {
        QVERIFY(io::startsFormula("=A1"));
        QVERIFY(!io::startsFormula("-2"));
        QVERIFY(!io::startsFormula("+3.5e2"));
        QVERIFY(io::startsFormula("-"));
        QVERIFY(!io::startsFormula("a=b"));
        QCOMPARE(io::csvCell("=A1", {}), std::string("'=A1"));
        QCOMPARE(io::csvCell("=A,1", {}), std::string("\"'=A,1\""));
    }

    void bomAndDelimiter() {
        const Table t = groupsTable();
        const auto r = segment(t, run::Algorithm::KMeans);
        io::SegmentExportOptions o;
        o.delimiter = ';';
        o.utf8Bom = true;
        const QString file = path(QStringLiteral("semicolon.csv"));
        io::writeSegmentCsv(t, r, {}, file.toStdString(), o);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(
            bytes.startsWith("\xEF\xBB\xBF"
                             "customer_id;x;y;amount;note;signup;segment;segment_name;"));
        QVERIFY(bytes.contains(";\"a;b\";"));  // the delimiter inside a cell is quoted
        QVERIFY(bytes.contains("\r\n"));
        const Rows rows = parseCsv(bytes, ';');
        QCOMPARE(rows[9][4], QStringLiteral("a;b"));
        QCOMPARE(rows[0].size(), 9);
        // And SegmentLab reads its own export back.
        const auto back = data::importTable(file.toStdString());
        QCOMPARE(back.dialect.delimiter, ';');
        QVERIFY(back.dialect.bom);
        QCOMPARE(back.table.rowCount(), t.rowCount());
    }

    void perSegmentNames() {
        const Table t = groupsTable();
        const auto r = segment(t, run::Algorithm::KMeans);
        const QString dir = path(QStringLiteral("per/nested"));  // created, parents too
        const auto files = io::writeSegmentCsvPerSegment(t, r, {"High spend!", "Ünïcode / Kunden: 2024", ""},
                                                         dir.toStdString());
        QStringList names;
        for (const auto& f : files)
            names << QFileInfo(QString::fromStdString(f)).fileName();
        QCOMPARE(names, (QStringList{"01-high-spend.csv", "02-ünïcode-kunden-2024.csv", "03-segment-3.csv"}));
        QStringList onDisk = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        onDisk.sort();
        QCOMPARE(onDisk, names);  // no temporary file left behind
        std::size_t total = 0;
        for (int s = 0; s < 3; ++s) {
            const Rows rows = readCsv(QString::fromStdString(files[static_cast<std::size_t>(s)]));
            total += static_cast<std::size_t>(rows.size() - 1);
            for (const auto& row : rows.mid(1))
                QCOMPARE(row[6], QString::number(s + 1));
        }
        QCOMPARE(total, t.rowCount());
        QVERIFY(QFile::permissions(QString::fromStdString(files[0])) & QFileDevice::ReadOther);

        // Sheet names: forbidden characters, 31 characters at most, unique without regard to case.
        const QString xlsx = path(QStringLiteral("names.xlsx"));
        io::writeSegmentXlsx(t, r, {"a[b]:c*d?e/f\\g", "summary", std::string(40, 'L')}, xlsx.toStdString());
        const auto sheets = data::listXlsxSheets(xlsx.toStdString());
        QCOMPARE(sheets, (std::vector<std::string>{"Summary", "a_b__c_d_e_f_g", "summary (2)",
                                                   std::string(31, 'L')}));
    }

    void sheetNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Loyal"
                               << "Loyal";
        QTest::newRow("forbidden") << "[a]:b*c?d/e\\f"
                                   << "_a__b_c_d_e_f";
        QTest::newRow("apostrophes") << "'quoted'"
                                     << "quoted";
        QTest::newRow("empty") << ""
                               << "Sheet";
        QTest::newRow("history") << "History"
                                 << "History_";
        QTest::newRow("taken") << "TAKEN"
                               << "TAKEN (2)";
        QTest::newRow("long and taken") << QString(35, u'x') << QString(27, u'x') + " (3)";
        QTest::newRow("non-ASCII length") << QString(40, u'é') << QString(31, u'é');
    }
    void sheetNames() {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const std::vector<std::string> taken{"taken", std::string(31, 'x'), std::string(27, 'x') + " (2)"};
        QCOMPARE(QString::fromStdString(io::sanitiseSheetName(name.toStdString(), taken)), expected);
    }

    void xmlText() {
        std::string out;
        io::appendXmlText(out, std::string("a&<>\"\r\n\tb\x01\x1f") + "\xEF\xBF\xBE" + "\xFF" + "é");
        QCOMPARE(out, std::string("a&amp;&lt;&gt;&quot;&#13;\n\tb\xEF\xBF\xBD\xC3\xA9"));
    }

    void overwriteRefused() {
        const Table t = groupsTable();
        const auto r = segment(t, run::Algorithm::KMeans);
        for (const char* name : {"exists.csv", "exists.xlsx"}) {
            const QString file = path(QLatin1String(name));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
            f.close();
            const bool xlsx = file.endsWith(QLatin1String("xlsx"));
            try {
                if (xlsx)
                    io::writeSegmentXlsx(t, r, {}, file.toStdString());
                else
                    io::writeSegmentCsv(t, r, {}, file.toStdString());
                QFAIL("an existing file was replaced");
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::FileExists);
                QCOMPARE(QString::fromStdString(e.context().path), file);
            }
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("keep me"));
            f.close();
            io::SegmentExportOptions o;
            o.overwrite = true;
            if (xlsx)
                io::writeSegmentXlsx(t, r, {}, file.toStdString(), o);
            else
                io::writeSegmentCsv(t, r, {}, file.toStdString(), o);
            QVERIFY(QFileInfo(file).size() > 100);
        }
        // Per segment: one existing target refuses them all.
        const QString dir = path(QStringLiteral("per-exists"));
        QVERIFY(QDir().mkpath(dir));
        QFile f(dir + QStringLiteral("/02-segment-2.csv"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY_THROWS_EXCEPTION(Error, (void)io::writeSegmentCsvPerSegment(t, r, {}, dir.toStdString()));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("02-segment-2.csv")});
        io::SegmentExportOptions o;
        o.overwrite = true;
        QCOMPARE(io::writeSegmentCsvPerSegment(t, r, {}, dir.toStdString(), o).size(), std::size_t(3));
        QVERIFY(QFileInfo(f).size() > 0);
    }

    void cancelLeavesNothing() {
        const Table t = groupsTable(2000);  // enough rows for progress checkpoints inside the writing
        const auto r = segment(t, run::Algorithm::KMeans);
        for (double stopAt : {0.0, 0.5}) {
            const Progress cancel([stopAt](double f) { return f < stopAt; });
            const QString tag = QString::number(stopAt);
            const QString csv = path(QStringLiteral("cancel-%1.csv").arg(tag));
            const QString xlsx = path(QStringLiteral("cancel-%1.xlsx").arg(tag));
            const QString dir = path(QStringLiteral("cancel-%1").arg(tag));
            QVERIFY_THROWS_EXCEPTION(Cancelled, io::writeSegmentCsv(t, r, {}, csv.toStdString(), {}, cancel));
            QVERIFY_THROWS_EXCEPTION(Cancelled,
                                     io::writeSegmentXlsx(t, r, {}, xlsx.toStdString(), {}, cancel));
            QVERIFY_THROWS_EXCEPTION(
                Cancelled, (void)io::writeSegmentCsvPerSegment(t, r, {}, dir.toStdString(), {}, cancel));
            QVERIFY(!QFileInfo::exists(csv));
            QVERIFY(!QFileInfo::exists(xlsx));
            QVERIFY(!QFileInfo::exists(dir));
        }
        // A cancelled replacement keeps the old file.
        const QString kept = path(QStringLiteral("cancel-kept.xlsx"));
        QFile f(kept);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
        f.close();
        io::SegmentExportOptions o;
        o.overwrite = true;
        QVERIFY_THROWS_EXCEPTION(Cancelled, io::writeSegmentXlsx(t, r, {}, kept.toStdString(), o,
                                                                 Progress([](double) { return false; })));
        QCOMPARE(QFileInfo(kept).size(), qint64(3));
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("*cancel-kept*")}, QDir::Files | QDir::Hidden)
                     .size(),
                 qsizetype(1));
    }

    void unwritablePathNamesIt() {
        const Table t = groupsTable();
        const auto r = segment(t, run::Algorithm::KMeans);
        const std::string bad = path(QStringLiteral("no/such/folder/x.csv")).toStdString();
        try {
            io::writeSegmentCsv(t, r, {}, bad);
            QFAIL("wrote into a missing folder");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::FileNotWritable);
            QCOMPARE(e.context().path, bad);
        }
    }

    // The workbook read back with SegmentLab's reader equals the per-segment CSV read back the same way.
    void xlsxRoundTripEqualsCsv_data() {
        QTest::addColumn<int>("algorithm");
        QTest::newRow("kmeans") << int(run::Algorithm::KMeans);
        QTest::newRow("gmm") << int(run::Algorithm::Gmm);
        QTest::newRow("hierarchical") << int(run::Algorithm::Hierarchical);
    }
    void xlsxRoundTripEqualsCsv() {
        QFETCH(int, algorithm);
        const Table t = groupsTable(40, true);
        const auto r = segment(t, run::Algorithm(algorithm), 3, prep::MissingPolicy::DropRows);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString dir = path(QStringLiteral("round-") + tag);
        const QString xlsx = path(QStringLiteral("round-%1.xlsx").arg(tag));
        const auto files = io::writeSegmentCsvPerSegment(t, r, {}, dir.toStdString());
        io::writeSegmentXlsx(t, r, {}, xlsx.toStdString());
        const auto sheets = data::listXlsxSheets(xlsx.toStdString());
        QCOMPARE(sheets.size(), files.size() + 1);
        for (std::size_t i = 0; i < files.size(); ++i) {
            data::ImportOptions o;
            o.csv.headerRow = 1;
            o.csv.maxCategories = 1'000'000;
            const auto csv = data::importTable(files[i], o);
            Rows want;
            QStringList header;
            for (const auto& c : csv.table.columns())
                header << QString::fromStdString(c.name());
            want << header;
            for (std::size_t row = 0; row < csv.table.rowCount(); ++row) {
                QStringList cells;
                for (const auto& c : csv.table.columns())
                    cells << QString::fromStdString(c.display(row));
                want << cells;
            }
            const Rows got = readSheet(xlsx, QString::fromStdString(sheets[i + 1]));
            const QString diff = compareRows(got, want, false);
            QVERIFY2(diff.isEmpty(),
                     qPrintable(QString::fromStdString(sheets[i + 1]) + QStringLiteral(": ") + diff));
        }
        // The summary counts every row once.
        const Rows summary = readSheet(xlsx, QStringLiteral("Summary"));
        QCOMPARE(summary[0], (QStringList{"segment", "segment_name", "customers", "share"}));
        double customers = 0.0, share = 0.0;
        for (const auto& row : summary.mid(1))
            customers += row[2].toDouble(), share += row[3].toDouble();
        QCOMPARE(customers, double(t.rowCount()));
        QVERIFY(std::fabs(share - 1.0) < 1e-12);
    }

    // LibreOffice Calc opens the workbook and writes each sheet as CSV; every cell equals the per-segment CSV
    // (numbers compared numerically: Calc writes 15 significant digits).
    void libreOfficeRoundTrip() {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QFAIL(
                "soffice (LibreOffice) is not on PATH; install it with 'apt-get install libreoffice-calc' to "
                "check that exported workbooks open in a real spreadsheet");
        const Table t = groupsTable(40, true);
        const auto r = segment(t, run::Algorithm::KMeans, 3, prep::MissingPolicy::DropRows);
        QTemporaryDir work;
        const QString xlsx = work.filePath(QStringLiteral("segments.xlsx"));
        const auto files = io::writeSegmentCsvPerSegment(t, r, {"High spend", "Ünïcode"},
                                                         work.filePath(QStringLiteral("csv")).toStdString());
        io::writeSegmentXlsx(t, r, {"High spend", "Ünïcode"}, xlsx.toStdString());

        QTemporaryDir profile;
        QProcess p;
        p.setProgram(soffice);
        // Filter options (LibreOffice 7.4+): comma, double quote, UTF-8 (76), from line 1, no column formats,
        // language, quoted as text off, detect special numbers, contents as stored rather than as shown,
        // no formulas, no trimming, and -1: every sheet to its own file, name-SheetName.csv.
        p.setArguments(
            {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
             QStringLiteral("--headless"), QStringLiteral("--convert-to"),
             QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"),
             QStringLiteral("--outdir"), work.filePath(QStringLiteral("lo")), xlsx});
        p.start();
        QVERIFY2(p.waitForFinished(120000), "soffice did not finish within 120 s");
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QStringList sheets{QStringLiteral("High spend"), QStringLiteral("Ünïcode"),
                                 QStringLiteral("Segment 3"), QStringLiteral("Left out")};
        QCOMPARE(files.size(), std::size_t(4));
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            const QString converted = work.filePath(QStringLiteral("lo/segments-%1.csv").arg(sheets[i]));
            QVERIFY2(QFileInfo::exists(converted),
                     qPrintable(converted + QStringLiteral(" missing; soffice said: ") +
                                QString::fromUtf8(p.readAllStandardOutput())));
            const Rows got = readCsv(converted);
            const Rows want = readCsv(QString::fromStdString(files[static_cast<std::size_t>(i)]));
            const QString diff = compareRows(got, want, true);
            QVERIFY2(diff.isEmpty(), qPrintable(sheets[i] + QStringLiteral(": ") + diff));
        }
    }

    // Not a check but a measurement: SEGMENTLAB_EXPORT_BENCH=1 times 1,000,000 rows x 14 columns.
    void millionRows() {
        if (qEnvironmentVariableIsEmpty("SEGMENTLAB_EXPORT_BENCH"))
            QSKIP("timing only: set SEGMENTLAB_EXPORT_BENCH=1 to time a 1,000,000-row export");
        const std::size_t n = 1'000'000;
        std::mt19937_64 rng(1);
        std::uniform_real_distribution<double> u(0.0, 1000.0);
        Table t;
        std::vector<std::int32_t> idCodes(n);
        std::vector<std::string> ids(n);
        for (std::size_t i = 0; i < n; ++i)
            ids[i] = "C" + std::to_string(1'000'000 + i), idCodes[i] = static_cast<std::int32_t>(i);
        t.addColumn(Column::strings("id", idCodes, ids, ColumnType::Id));
        for (int c = 0; c < 10; ++c) {
            std::vector<double> v(n);
            for (auto& x : v)
                x = c % 2 ? std::round(u(rng)) : u(rng);
            t.addColumn(Column::numbers("n" + std::to_string(c), v));
        }
        std::vector<std::int32_t> cat(n);
        for (std::size_t i = 0; i < n; ++i)
            cat[i] = static_cast<std::int32_t>(i % 5);
        t.addColumn(Column::strings("region", cat, {"North", "South", "East", "West", "=cmd"}));
        std::vector<double> days(n);
        for (std::size_t i = 0; i < n; ++i)
            days[i] = 18000.0 + static_cast<double>(i % 3000);
        t.addColumn(Column::numbers("signup", days, ColumnType::Date));
        t.addColumn(Column::strings("channel", cat, {"App", "Web", "Store", "Phone", "Mail"}));
        // A result as k-means leaves it, without spending the time to fit one.
        run::SegmentationResult r;
        r.k = 5;
        r.prep.data.x = FeatureMatrix(n, 2);
        r.prep.data.rows.resize(n);
        r.labels.resize(n);
        r.rowLabels.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            r.prep.data.rows[i] = i;
            r.labels[i] = r.rowLabels[i] = static_cast<int>((i * 7) % 5);
            r.prep.data.x(i, 0) = u(rng);
            r.prep.data.x(i, 1) = u(rng);
        }
        r.centers = FeatureMatrix(5, 2);
        io::SegmentExportOptions o;
        o.overwrite = true;
        auto rss = [] {
            QFile f(QStringLiteral("/proc/self/status"));
            f.open(QIODevice::ReadOnly);
            for (const QByteArray& line : f.readAll().split('\n'))
                if (line.startsWith("VmHWM:")) return QString::fromLatin1(line.mid(6).trimmed());
            return QString();
        };
        qInfo() << "table built; peak RSS" << rss();
        QElapsedTimer timer;
        timer.start();
        io::writeSegmentCsv(t, r, {}, path(QStringLiteral("million.csv")).toStdString(), o);
        qInfo() << "CSV:" << timer.elapsed() << "ms," << QFileInfo(path(QStringLiteral("million.csv"))).size()
                << "bytes; peak RSS" << rss();
        timer.restart();
        (void)io::writeSegmentCsvPerSegment(t, r, {}, path(QStringLiteral("million")).toStdString(), o);
        qInfo() << "CSV per segment:" << timer.elapsed() << "ms; peak RSS" << rss();
        timer.restart();
        io::writeSegmentXlsx(t, r, {}, path(QStringLiteral("million.xlsx")).toStdString(), o);
        qInfo() << "XLSX:" << timer.elapsed() << "ms,"
                << QFileInfo(path(QStringLiteral("million.xlsx"))).size() << "bytes; peak RSS" << rss();
        timer.restart();
        const auto back = data::importTable(path(QStringLiteral("million.xlsx")).toStdString(), {});
        qInfo() << "read back (first segment sheet is not the default; Summary read):" << timer.elapsed()
                << "ms";
        QVERIFY(back.table.rowCount() == 5);
    }
};

QTEST_GUILESS_MAIN(TestSegmentExport)
#include "tst_segmentexport.moc"
