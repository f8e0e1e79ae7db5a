// ReportWriter: a real k-means run on the sample customers, profiled and described, with charts from the real
// views, written as PDF and read back with poppler-utils (pdftotext, pdftoppm): every section, name, feature
// and chart title is there as text, pages are counted and numbered, page 1 is not blank; atomic writes that
// leave nothing (or the old file) behind on failure or cancel; the streaming SHA-256. Set
// SEGMENTLAB_SCREENSHOT_DIR to keep the PDF and its pages as PNG.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <stdexcept>

#include "common/Error.h"
#include "data/Import.h"
#include "jobs/SegmentationJob.h"
#include "profile/Describe.h"
#include "profile/SegmentProfile.h"
#include "report/ReportWriter.h"
#include "run/Segmentation.h"
#include "views/PcaScatterView.h"
#include "views/ProfileHeatmapView.h"
#include "views/SegmentSizesView.h"
#include "views/SilhouetteView.h"

using seg::ui::ChartSource;
using seg::ui::ReportInput;

namespace {

constexpr std::uint64_t kSeed = 20240917;

QString samplePath() {
    return QStringLiteral(SEGMENTLAB_SOURCE_DIR "/resources/sample/customers.csv");
}

bool havePoppler() {
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty();
}

QString pdfText(const QString& pdf) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Runs of whitespace (line breaks where a wrapped name was cut) as one space.
QString simplified(const QString& s) {
    return s.simplified();
}

int pageObjects(const QByteArray& pdf) {
    static const QRegularExpression kPage(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return static_cast<int>(QString::fromLatin1(pdf).count(kPage));
}

int nonWhitePixels(const QImage& image) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if ((image.pixel(x, y) & 0xFFFFFF) != 0xFFFFFF) ++count;
    return count;
}

}  // namespace

class TestReportWriter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(QFile::exists(samplePath()), qPrintable(samplePath()));
        auto imported = seg::data::importTable(samplePath().toStdString());
        auto table = std::make_shared<const seg::data::Table>(std::move(imported.table));
        seg::run::SegmentationParams params;
        params.algorithm = seg::run::Algorithm::KMeans;
        params.k = 4;
        params.seed = kSeed;
        params.prep.log1p = {"total_spend"};
        auto run = std::make_shared<seg::ui::SegmentationRun>();
        run->table = table;
        run->params = params;
        run->result =
            std::make_shared<const seg::run::SegmentationResult>(seg::run::runSegmentation(*table, params));
        m_run = run;
        const auto& r = *run->result;
        QCOMPARE(r.k, 4);

        std::vector<std::string> features;
        for (const auto& f : r.prep.pipeline.features())
            features.push_back(f.column);
        m_profile = std::make_shared<const seg::profile::SegmentProfile>(
            seg::profile::profileSegments(*table, r.rowLabels, r.k, features));
        auto descriptions = seg::profile::describeSegments(*m_profile);
        QStringList names;
        for (const auto& d : descriptions)
            names << d.name;

        m_scatter = std::make_unique<seg::ui::PcaScatterView>();
        m_scatter->setData(std::shared_ptr<const seg::run::SegmentationResult>(m_run, m_run->result.get()));
        m_scatter->setSegmentNames(names);
        m_heatmap = std::make_unique<seg::ui::ProfileHeatmapView>();
        m_heatmap->setProfile(table, r.rowLabels, r.k, features);
        m_heatmap->setSegmentNames(names);
        m_silhouette = std::make_unique<seg::ui::SilhouetteView>();
        QVERIFY(r.silhouette.has_value());
        m_silhouette->setSilhouette(r.silhouette->values, r.labels, r.silhouette->sampled);
        m_sizes = std::make_unique<seg::ui::SegmentSizesView>();
        m_sizes->setSizes(r.sizes, 0, names);
        auto source = [](const auto* view, const char* name, const char* title) {
            return ChartSource{QString::fromLatin1(name), QString::fromLatin1(title),
                               [view](QPainter& p, const QRectF& b) { view->paint(p, b); }};
        };
        m_charts = {source(m_scatter.get(), "pca-scatter", "Customer map"),
                    source(m_heatmap.get(), "profile-heatmap", "Segment profiles"),
                    source(m_silhouette.get(), "silhouette", "Segment fit (silhouette)"),
                    source(m_sizes.get(), "sizes", "Segment sizes")};
        m_input = seg::ui::reportInputFor(*m_run, samplePath(), m_profile, descriptions, {}, m_charts);
        m_input.title = QStringLiteral("Customer segments — report test");
        m_input.sourceSha256 = seg::ui::sha256OfFile(samplePath());
    }

    void inputFromRun() {
        QCOMPARE(m_input.rows, m_run->table->rowCount());
        QCOMPARE(m_input.columns, m_run->table->columnCount());
        QCOMPARE(m_input.segmented + m_input.outliers + m_input.leftOut, m_input.rows);
        QCOMPARE(m_input.k, 4);
        QCOMPARE(m_input.names.size(), 4);
        QCOMPARE(m_input.colors.size(), 4);
        QCOMPARE(m_input.params.seed, kSeed);
        QVERIFY(!m_input.features.empty());
        QVERIFY(m_input.metrics.silhouette.has_value());
        QVERIFY(m_input.metrics.daviesBouldin.has_value());
        QVERIFY(m_input.metrics.calinskiHarabasz.has_value());
        for (int s = 0; s < 4; ++s)
            QCOMPARE(seg::ui::reportSegmentName(m_input, s), m_input.descriptions[s].name);
    }

    void sha256Streams() {
        QFile file(samplePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        QCOMPARE(seg::ui::sha256OfFile(samplePath()), expected);
        QCOMPARE(m_input.sourceSha256.size(), 32);
        // A file larger than one read block, and an empty one (the well-known digest of nothing).
        QTemporaryDir dir;
        QByteArray big(3 * 1024 * 1024 + 17, 'x');
        for (qsizetype i = 0; i < big.size(); i += 4097)
            big[i] = char('a' + i % 26);
        const QString bigPath = dir.filePath(QStringLiteral("big.bin"));
        QFile out(bigPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(big);
        out.close();
        QCOMPARE(seg::ui::sha256OfFile(bigPath), QCryptographicHash::hash(big, QCryptographicHash::Sha256));
        const QString emptyPath = dir.filePath(QStringLiteral("empty.bin"));
        QFile empty(emptyPath);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(seg::ui::sha256OfFile(emptyPath).toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        try {
            (void)seg::ui::sha256OfFile(dir.filePath(QStringLiteral("missing.csv")));
            QFAIL("no error for a missing file");
        } catch (const seg::Error& e) {
            QCOMPARE(e.code(), seg::ErrorCode::FileNotFound);
        }
    }

    void writesEverySection() {
        if (!havePoppler()) QFAIL("pdftotext/pdftoppm not found: install poppler-utils");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        std::vector<double> fractions;
        seg::ui::writeReport(m_input, path, seg::Progress([&](double f) {
                                 fractions.push_back(f);
                                 return true;
                             }));
        QVERIFY(!fractions.empty());
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.back(), 1.0);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        const int pages = pageObjects(bytes);
        // Title, method, segments, at least one page of profile table, one page per chart.
        QVERIFY2(pages >= 4 + m_charts.size(), qPrintable(QString::number(pages)));
        keep(path, QStringLiteral("report.pdf"));

        const QString raw = pdfText(path);
        QVERIFY2(!raw.isEmpty(), "pdftotext extracted no text: is the text real text?");
        const QString text = simplified(raw);
        QVERIFY(text.contains(QStringLiteral("customers.csv")));
        QVERIFY2(text.contains(QDir::toNativeSeparators(samplePath())), "full path");
        const QString hex = QString::fromLatin1(m_input.sourceSha256.toHex());
        QVERIFY2(QString(raw).remove(QRegularExpression(QStringLiteral("\\s"))).contains(hex), "SHA-256");
        QVERIFY(text.contains(QStringLiteral("k-means")));
        QVERIFY2(text.contains(QString::number(kSeed)), "seed");
        for (const QString& heading :
             {QStringLiteral("Data source"), QStringLiteral("How the segments were made"),
              QStringLiteral("Missing values"), QStringLiteral("Scaling"), QStringLiteral("Silhouette"),
              QStringLiteral("Davies-Bouldin"), QStringLiteral("Calinski-Harabasz"),
              QStringLiteral("Segment profiles"), QStringLiteral("Overall"), QStringLiteral("Effect")})
            QVERIFY2(text.contains(heading), qPrintable(heading));
        for (int s = 0; s < 4; ++s) {
            const QString name = seg::ui::reportSegmentName(m_input, s);
            QVERIFY2(text.contains(name), qPrintable(name));
            const QString description = m_input.descriptions[s].description.simplified();
            QVERIFY2(text.contains(description), qPrintable(description));
        }
        for (const std::string& feature : m_input.features)
            QVERIFY2(text.contains(QString::fromStdString(feature)), feature.c_str());
        for (const ChartSource& chart : m_charts)
            QVERIFY2(text.contains(chart.title), qPrintable(chart.title));
        // Footers number every page out of the total.
        for (int p = 1; p <= pages; ++p) {
            const QString footer = QStringLiteral("page %1 of %2").arg(p).arg(pages);
            QVERIFY2(text.contains(footer), qPrintable(footer));
        }
        QVERIFY(!text.contains(QStringLiteral("page %1 of").arg(pages + 1)));

        // Page 1 drawn: not blank, and landscape.
        const QString prefix = dir.filePath(QStringLiteral("page"));
        QProcess ppm;
        ppm.start(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"),
                   QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), path, prefix});
        QVERIFY(ppm.waitForFinished(60000));
        QCOMPARE(ppm.exitCode(), 0);
        const QStringList pngs = QDir(dir.path()).entryList({QStringLiteral("page*.png")});
        QCOMPARE(pngs.size(), 1);
        const QImage page1(dir.filePath(pngs.first()));
        QVERIFY(!page1.isNull());
        QVERIFY(page1.width() > page1.height());
        QVERIFY2(nonWhitePixels(page1) > page1.width() * page1.height() / 200,
                 qPrintable(QString::number(nonWhitePixels(page1))));
        keepPages(path);
    }

    // Charts recorded on this thread and painted on another, as the GUI would hand them to a worker.
    void snapshotsOnAWorker() {
        if (!havePoppler()) QFAIL("pdftotext/pdftoppm not found: install poppler-utils");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("snapshot.pdf"));
        ReportInput input = m_input;
        input.charts = seg::ui::snapshotCharts(m_charts);
        input.sourceSha256.clear();  // hashed by writeReport
        std::exception_ptr failure;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            try {
                seg::ui::writeReport(input, path);
            } catch (...) {
                failure = std::current_exception();
            }
        }));
        worker->start();
        QVERIFY(worker->wait(120000));
        QVERIFY(!failure);
        const QString text = simplified(pdfText(path));
        QVERIFY(text.contains(QString::fromLatin1(m_input.sourceSha256.toHex())));
        for (const ChartSource& chart : m_charts)
            QVERIFY2(text.contains(chart.title), qPrintable(chart.title));
        // The views' own text survives the recording as text.
        QVERIFY(text.contains(QStringLiteral("Customers per segment")));
        keep(path, QStringLiteral("report-snapshot.pdf"));
    }

    void manySegmentsPaginate() {
        if (!havePoppler()) QFAIL("pdftotext/pdftoppm not found: install poppler-utils");
        // k = 9 on every column, categories included: the profile table splits its columns and rows.
        seg::run::SegmentationParams params;
        params.k = 9;
        params.seed = kSeed;
        params.prep.features = {"age",
                                "annual_income",
                                "tenure_years",
                                "orders_per_year",
                                "avg_basket",
                                "total_spend",
                                "region",
                                "gender",
                                "preferred_channel",
                                "loyalty_member",
                                "email_open_rate"};
        const auto& table = *m_run->table;
        seg::ui::SegmentationRun run;
        run.table = m_run->table;
        run.params = params;
        run.result =
            std::make_shared<const seg::run::SegmentationResult>(seg::run::runSegmentation(table, params));
        std::vector<std::string> features;
        for (const auto& f : run.result->prep.pipeline.features())
            features.push_back(f.column);
        auto profile = std::make_shared<const seg::profile::SegmentProfile>(
            seg::profile::profileSegments(table, run.result->rowLabels, run.result->k, features));
        ReportInput input =
            seg::ui::reportInputFor(run, samplePath(), profile, seg::profile::describeSegments(*profile));
        QVERIFY(!input.categoricalFeatures.empty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k9.pdf"));
        seg::ui::writeReport(input, path);
        const QString text = simplified(pdfText(path));
        QVERIFY(text.contains(QStringLiteral("Segments 1 to 5 of 9")));
        QVERIFY(text.contains(QStringLiteral("Segments 6 to 9 of 9")));
        QVERIFY(text.contains(QStringLiteral("region: ")));
        for (int s = 0; s < 9; ++s)
            QVERIFY2(text.contains(seg::ui::reportSegmentName(input, s)), qPrintable(QString::number(s)));
        keep(path, QStringLiteral("report-k9.pdf"));
        keepPages(path);
    }

    void unwritablePathThrowsAndLeavesNothing() {
        QTemporaryDir dir;
        const QString notADir = dir.filePath(QStringLiteral("plain-file"));
        QFile f(notADir);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        const QString path = notADir + QStringLiteral("/report.pdf");
        try {
            seg::ui::writeReport(m_input, path);
            QFAIL("no error for an unwritable path");
        } catch (const seg::Error& e) {
            QCOMPARE(e.code(), seg::ErrorCode::FileNotWritable);
            QCOMPARE(QString::fromStdString(e.context().path), path);
        }
        QVERIFY(!QFile::exists(path));
        try {
            seg::ui::writeReport(m_input, dir.path());
            QFAIL("no error for a folder");
        } catch (const seg::Error& e) {
            QCOMPARE(e.code(), seg::ErrorCode::FileNotWritable);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("plain-file")});
    }

    void cancelLeavesNothing_data() {
        QTest::addColumn<double>("at");
        QTest::addColumn<bool>("existing");
        QTest::newRow("at start, new file") << 0.0 << false;
        QTest::newRow("half way, new file") << 0.5 << false;
        QTest::newRow("half way, existing file") << 0.5 << true;
        QTest::newRow("last page, existing file") << 0.95 << true;
    }
    void cancelLeavesNothing() {
        QFETCH(double, at);
        QFETCH(bool, existing);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const QByteArray old("an earlier report");
        if (existing) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(old);
        }
        bool cancelled = false;
        try {
            seg::ui::writeReport(m_input, path, seg::Progress([at](double f) { return f < at; }));
        } catch (const seg::Cancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        checkUntouched(dir, path, existing ? std::optional<QByteArray>(old) : std::nullopt);
    }

    void failingChartLeavesOldFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const QByteArray old("an earlier report");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(old);
        }
        ReportInput input = m_input;
        input.charts << ChartSource{QStringLiteral("broken"), QStringLiteral("Broken"),
                                    [](QPainter&, const QRectF&) { throw std::runtime_error("boom"); }};
        try {
            seg::ui::writeReport(input, path);
            QFAIL("no error for a chart that throws");
        } catch (const seg::Error& e) {
            QCOMPARE(e.code(), seg::ErrorCode::Internal);
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("boom")) ||
                    QString::fromStdString(e.context().detail).contains(QStringLiteral("boom")));
        }
        checkUntouched(dir, path, old);
    }

    void minimalInput() {
        // No profile, no charts, no descriptions, no source: still a valid report.
        ReportInput input;
        input.rows = 10;
        input.segmented = 10;
        input.k = 2;
        input.sizes = {6, 4};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("minimal.pdf"));
        seg::ui::writeReport(input, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(pageObjects(bytes), 3);
        if (havePoppler()) {
            const QString text = simplified(pdfText(path));
            QVERIFY(text.contains(QStringLiteral("Segment 1")));
            QVERIFY(text.contains(QStringLiteral("Segment 2")));
            QVERIFY(text.contains(QStringLiteral("60.0%")));
        }
    }

private:
    static void checkUntouched(const QTemporaryDir& dir, const QString& path, std::optional<QByteArray> old) {
        if (old) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), *old);
        } else {
            QVERIFY(!QFile::exists(path));
        }
        // No temporary file left beside it.
        const QStringList entries =
            QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);
        QCOMPARE(entries, old ? QStringList{QStringLiteral("report.pdf")} : QStringList{});
    }

    static void keep(const QString& path, const QString& name) {
        const QString dir = qEnvironmentVariable("SEGMENTLAB_SCREENSHOT_DIR");
        if (dir.isEmpty()) return;
        QDir().mkpath(dir);
        QFile::remove(QDir(dir).filePath(name));
        QVERIFY(QFile::copy(path, QDir(dir).filePath(name)));
    }

    static void keepPages(const QString& path) {
        const QString dir = qEnvironmentVariable("SEGMENTLAB_SCREENSHOT_DIR");
        if (dir.isEmpty()) return;
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path,
                           QDir(dir).filePath(QFileInfo(path).completeBaseName())});
    }

    std::shared_ptr<seg::ui::SegmentationRun> m_run;
    std::shared_ptr<const seg::profile::SegmentProfile> m_profile;
    std::unique_ptr<seg::ui::PcaScatterView> m_scatter;
    std::unique_ptr<seg::ui::ProfileHeatmapView> m_heatmap;
    std::unique_ptr<seg::ui::SilhouetteView> m_silhouette;
    std::unique_ptr<seg::ui::SegmentSizesView> m_sizes;
    QList<ChartSource> m_charts;
    ReportInput m_input;
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
