// ReportWriter: a real k-means run on the sample customers, profiled and described in a Document, with the
// charts chartsFor makes from its snapshot (no widgets), written as PDF and read back with poppler-utils
// (pdftotext, pdftoppm): every section, name, feature and chart title is there as text, pages are counted and
// numbered, page 1 is not blank; every chart page of a hierarchical run stays inside its margins and names
// its chart; a segment selected on screen does not fade the report's charts; shares are of all customers,
// tiny ones "<0.1%"; atomic writes that leave nothing (or the old file) behind on failure or cancel; the
// streaming SHA-256. Set SEGMENTLAB_SCREENSHOT_DIR to keep the PDFs and their pages as PNG.
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

#include "ChartTest.h"
#include "Document.h"
#include "OutputTest.h"
#include "ReportWriter.h"
#include "Run.h"
#include "RunCharts.h"
#include "common/Error.h"
#include "data/Import.h"
#include "profile/Describe.h"
#include "profile/SegmentProfile.h"
#include "run/Segmentation.h"

using seg::doc::ReportInput;
using ChartList = std::vector<std::shared_ptr<seg::chart::Chart>>;

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

// A run of the sample customers, profiled and described (the part of a run after clustering) as the
// application publishes it.
std::shared_ptr<const seg::doc::SegmentationRun> makeRun(std::shared_ptr<const seg::data::Table> table,
                                                         const seg::run::SegmentationParams& params) {
    auto run = std::make_shared<seg::doc::SegmentationRun>();
    run->table = table;
    run->params = params;
    run->result =
        std::make_shared<const seg::run::SegmentationResult>(seg::run::runSegmentation(*table, params));
    seg::doc::profileRun(*run);
    return run;
}

// A chart whose paint throws, as a broken chart would.
class BrokenChart : public seg::chart::Chart {
public:
    QString name() const override { return QStringLiteral("broken"); }
    QString title() const override { return QStringLiteral("Broken"); }
    bool hasData() const override { return true; }

protected:
    void layoutContent(const QPaintDevice*) override {}
    void paintContent(QPainter&) const override { throw std::runtime_error("boom"); }
};

// The text of one page (1-based).
QString pageText(const QString& pdf, int page) {
    return QString::fromUtf8(
               seg::test::runTool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                   QString::number(page), pdf, QStringLiteral("-")}))
        .simplified();
}

// Every page of a PDF as poppler draws it at `dpi`, in page order.
QList<QImage> pageImages(const QString& pdf, int dpi) {
    QTemporaryDir dir;
    seg::test::runTool(QStringLiteral("pdftoppm"),
                       {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), pdf,
                        dir.filePath(QStringLiteral("page"))});
    QList<QImage> images;
    // pdftoppm numbers pages with as many digits as the last one needs, so names sort in page order.
    for (const QString& name :
         QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name))
        images << QImage(dir.filePath(name));
    return images;
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
        m_table = std::make_shared<const seg::data::Table>(std::move(imported.table));
        seg::run::SegmentationParams params;
        params.algorithm = seg::run::Algorithm::KMeans;
        params.k = 4;
        params.seed = kSeed;
        params.prep.log1p = {"total_spend"};
        m_document.setTable(m_table, samplePath());
        m_run = makeRun(m_table, params);
        m_document.setRun(m_run);
        const auto& r = *m_run->result;
        QCOMPARE(r.k, 4);
        QVERIFY(r.silhouette.has_value());

        // The charts an output gets: made from the document's snapshot, no widget involved.
        const seg::doc::Snapshot snapshot = m_document.snapshot();
        m_charts = seg::doc::chartsFor(snapshot);
        QStringList names;
        for (const auto& chart : m_charts)
            names << chart->name();
        // k-means without a sweep: map, profiles, fit, sizes.
        QCOMPARE(names, (QStringList{QStringLiteral("pca-scatter"), QStringLiteral("profile-heatmap"),
                                     QStringLiteral("silhouette"), QStringLiteral("sizes")}));
        m_input = seg::doc::reportInputFor(snapshot, m_charts);
        m_input.title = QStringLiteral("Customer segments — report test");
        m_input.sourceSha256 = seg::doc::sha256OfFile(samplePath());
    }

    void inputFromRun() {
        QCOMPARE(m_input.rows, m_run->table->rowCount());
        QCOMPARE(m_input.columns, m_run->table->columnCount());
        QCOMPARE(m_input.segmented + m_input.outliers + m_input.leftOut, m_input.rows);
        QCOMPARE(m_input.k, 4);
        QCOMPARE(m_input.names.size(), 4);
        QCOMPARE(m_input.colors.size(), 4);
        QCOMPARE(m_input.params.seed, kSeed);
        QCOMPARE(m_input.sourcePath, samplePath());
        QVERIFY(!m_input.features.empty());
        QVERIFY(m_input.metrics.silhouette.has_value());
        QVERIFY(m_input.metrics.daviesBouldin.has_value());
        QVERIFY(m_input.metrics.calinskiHarabasz.has_value());
        for (int s = 0; s < 4; ++s) {
            QCOMPARE(seg::doc::reportSegmentName(m_input, s), m_input.descriptions[s].name);
            // The document's names and colours, one source of truth.
            QCOMPARE(seg::doc::reportSegmentName(m_input, s), m_document.segmentName(s));
            QCOMPARE(seg::doc::reportSegmentColor(m_input, s), m_document.segmentColor(s));
        }
    }

    void sha256Streams() {
        QFile file(samplePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        QCOMPARE(seg::doc::sha256OfFile(samplePath()), expected);
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
        QCOMPARE(seg::doc::sha256OfFile(bigPath), QCryptographicHash::hash(big, QCryptographicHash::Sha256));
        const QString emptyPath = dir.filePath(QStringLiteral("empty.bin"));
        QFile empty(emptyPath);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(seg::doc::sha256OfFile(emptyPath).toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        try {
            (void)seg::doc::sha256OfFile(dir.filePath(QStringLiteral("missing.csv")));
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
        seg::doc::writeReport(m_input, path, seg::Progress([&](double f) {
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
        QVERIFY2(pages >= 4 + int(m_charts.size()), qPrintable(QString::number(pages)));
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
            const QString name = seg::doc::reportSegmentName(m_input, s);
            QVERIFY2(text.contains(name), qPrintable(name));
            const QString description = m_input.descriptions[s].description.simplified();
            QVERIFY2(text.contains(description), qPrintable(description));
        }
        for (const std::string& feature : m_input.features)
            QVERIFY2(text.contains(QString::fromStdString(feature)), feature.c_str());
        // The report no longer heads a chart's page: each chart draws its own title (the document's names).
        for (const QString& title :
             {QStringLiteral("Customer map"), QStringLiteral("Segment profiles"),
              QStringLiteral("Segment fit (silhouette)"), QStringLiteral("Segment sizes")})
            QVERIFY2(text.contains(title), qPrintable(title));
        for (const auto& chart : m_charts)
            QVERIFY2(text.contains(chart->displayTitle()), qPrintable(chart->displayTitle()));
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

    // Charts made and painted on a worker thread, as the GUI hands a snapshot to its report job.
    void chartsOnAWorker() {
        if (!havePoppler()) QFAIL("pdftotext/pdftoppm not found: install poppler-utils");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("worker.pdf"));
        const seg::doc::Snapshot snapshot = m_document.snapshot();
        std::exception_ptr failure;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            try {
                ReportInput input = seg::doc::reportInputFor(snapshot, seg::doc::chartsFor(snapshot));
                input.sourceSha256.clear();  // hashed by writeReport
                seg::doc::writeReport(input, path);
            } catch (...) {
                failure = std::current_exception();
            }
        }));
        worker->start();
        QVERIFY(worker->wait(120000));
        QVERIFY(!failure);
        const QString text = simplified(pdfText(path));
        QVERIFY(text.contains(QString::fromLatin1(m_input.sourceSha256.toHex())));
        for (const auto& chart : m_charts)
            QVERIFY2(text.contains(chart->displayTitle()), qPrintable(chart->displayTitle()));
        // The charts' own text is drawn as text (the sizes chart's note on its shares).
        QVERIFY(text.contains(QStringLiteral("Shares are of all customers in the table")));
        keep(path, QStringLiteral("report-worker.pdf"));
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
        seg::doc::Document document;
        document.setTable(m_table, samplePath());
        document.setRun(makeRun(m_table, params));
        ReportInput input = seg::doc::reportInputFor(document.snapshot());
        QVERIFY(!input.categoricalFeatures.empty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k9.pdf"));
        seg::doc::writeReport(input, path);
        const QString text = simplified(pdfText(path));
        QVERIFY(text.contains(QStringLiteral("Segments 1 to 5 of 9")));
        QVERIFY(text.contains(QStringLiteral("Segments 6 to 9 of 9")));
        QVERIFY(text.contains(QStringLiteral("region: ")));
        for (int s = 0; s < 9; ++s)
            QVERIFY2(text.contains(seg::doc::reportSegmentName(input, s)), qPrintable(QString::number(s)));
        keep(path, QStringLiteral("report-k9.pdf"));
        keepPages(path);
    }

    // Issue 9: every chart page of a hierarchical run's report keeps its chart inside the page's margins
    // (nothing near the paper's edge, nothing in the 15 mm margins, nothing between the chart and the footer
    // rule) and names its chart in text.
    void chartPagesStayInTheirMargins() {
        if (!seg::test::hasPoppler()) QSKIP("poppler-utils (pdftoppm, pdftotext, pdfinfo) not installed");
        seg::run::SegmentationParams params;
        params.algorithm = seg::run::Algorithm::Hierarchical;
        params.k = 4;
        params.seed = kSeed;
        seg::doc::Document document;
        document.setTable(m_table, samplePath());
        document.setRun(makeRun(m_table, params));
        const seg::doc::Snapshot snapshot = document.snapshot();
        const ChartList charts = seg::doc::chartsFor(snapshot);
        QStringList names;
        for (const auto& chart : charts)
            names << chart->name();
        QVERIFY2(names.contains(QStringLiteral("dendrogram")), qPrintable(names.join(',')));
        QVERIFY(names.contains(QStringLiteral("pca-scatter")));
        QVERIFY(names.contains(QStringLiteral("profile-heatmap")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hierarchical.pdf"));
        seg::doc::writeReport(seg::doc::reportInputFor(snapshot, charts), path);
        keep(path, QStringLiteral("report-hierarchical.pdf"));

        constexpr int kDpi = 60;
        const QList<QImage> pages = pageImages(path, kDpi);
        QVERIFY(pages.size() >= 4 + int(charts.size()));
        const qreal pxPerMm = kDpi / 25.4, pxPerCss = kDpi / 96.0;
        const int margin = int(15 * pxPerMm) - 1;  // inside the 15 mm margin, clear of anti-aliasing
        for (int p = 0; p < pages.size(); ++p) {
            const QImage& page = pages[p];
            QVERIFY(page.width() > page.height());
            QCOMPARE(seg::test::inkAtEdges(page, 3), 0);
            const int w = page.width(), h = page.height();
            const int inMargins = seg::test::countInk(page, QRect(0, 0, w, margin)) +
                                  seg::test::countInk(page, QRect(0, h - margin, w, margin)) +
                                  seg::test::countInk(page, QRect(0, 0, margin, h)) +
                                  seg::test::countInk(page, QRect(w - margin, 0, margin, h));
            QVERIFY2(inMargins == 0,
                     qPrintable(QStringLiteral("page %1: %2 px in the margins").arg(p + 1).arg(inMargins)));
        }
        // The chart pages are the last ones, in the order of the charts.
        const int first = pages.size() - int(charts.size());
        for (int c = 0; c < int(charts.size()); ++c) {
            const int p = first + c;
            const QImage& page = pages[p];
            keepImage(page, QStringLiteral("report-hierarchical-chart-%1.png").arg(c + 1));
            const QString title = charts[std::size_t(c)]->displayTitle();
            const QString text = pageText(path, p + 1);
            QVERIFY2(text.contains(title),
                     qPrintable(QStringLiteral("page %1: %2 in %3").arg(p + 1).arg(title, text)));
            // Between the chart's region (it ends 30 CSS px above the bottom margin) and the footer's rule
            // (8 px below that): a chart that spills over its region draws here.
            const qreal regionBottom = page.height() - 15 * pxPerMm - 30 * pxPerCss;
            const QRect gap(int(15 * pxPerMm) + 1, int(std::ceil(regionBottom)) + 1,
                            page.width() - 2 * int(15 * pxPerMm) - 2,
                            int(regionBottom + 8 * pxPerCss) - int(std::ceil(regionBottom)) - 2);
            QVERIFY(gap.height() > 0);
            QVERIFY2(seg::test::countInk(page, gap) == 0, qPrintable(title));
            // Something is drawn: the chart itself.
            QVERIFY2(nonWhitePixels(page) > page.width() * page.height() / 50, qPrintable(title));
        }
    }

    // Issue 9: a segment selected on screen is the document's selection; the report's charts (made from the
    // snapshot with the output options) still draw every segment in full colour.
    void selectionDoesNotFadeTheReport() {
        if (!seg::test::hasPoppler()) QSKIP("poppler-utils (pdftoppm, pdftotext, pdfinfo) not installed");
        seg::doc::Document document;
        document.setTable(m_table, samplePath());
        document.setRun(m_run);
        document.selectSegment(1);
        QCOMPARE(document.selectedSegment(), 1);
        const seg::doc::Snapshot snapshot = document.snapshot();
        QCOMPARE(snapshot.selectedSegment, 1);

        auto sizesPage = [&](const ChartList& charts, const QString& name) {
            QTemporaryDir dir;
            const QString path = dir.filePath(name + QStringLiteral(".pdf"));
            seg::doc::writeReport(seg::doc::reportInputFor(snapshot, charts), path);
            const QList<QImage> pages = pageImages(path, 60);
            for (int p = pages.size() - 1; p >= 0; --p)
                if (pageText(path, p + 1).contains(QStringLiteral("Segment sizes"))) {
                    keepImage(pages[p], name + QStringLiteral("-sizes.png"));
                    return pages[p];
                }
            return QImage();
        };
        const QImage full = sizesPage(seg::doc::chartsFor(snapshot), QStringLiteral("report-selected"));
        QVERIFY(!full.isNull());
        for (int s = 0; s < document.segmentCount(); ++s) {
            const int pixels = seg::test::countColor(full, full.rect(), document.segmentColor(s));
            QVERIFY2(pixels > 200, qPrintable(QStringLiteral("segment %1: %2 px").arg(s).arg(pixels)));
        }
        // The same page as on screen (asked for) fades the others: what the check above would see if the
        // selection leaked into the report.
        seg::doc::ChartOptions asOnScreen;
        asOnScreen.highlight = 1;
        const QImage faded =
            sizesPage(seg::doc::chartsFor(snapshot, asOnScreen), QStringLiteral("report-faded"));
        QVERIFY(!faded.isNull());
        QVERIFY(seg::test::countColor(faded, faded.rect(), document.segmentColor(1)) > 200);
        QVERIFY(seg::test::countColor(faded, faded.rect(), document.segmentColor(0)) <
                seg::test::countColor(full, full.rect(), document.segmentColor(0)) / 4);
    }

    // Issue 9: one rule for shares, named where shown: of all customers (rows of the table, outliers and rows
    // left out included), and a share too small to show as "<0.1%", never "0.0%".
    void sharesAreOfAllCustomers() {
        if (!seg::test::hasPoppler()) QSKIP("poppler-utils (pdftoppm, pdftotext, pdfinfo) not installed");
        ReportInput input;
        input.rows = 1'000'000;
        input.segmented = 800'001;
        input.leftOut = 199'999;  // customers in no segment: the denominator is still every row
        input.k = 3;
        input.sizes = {400'000, 400'000, 1};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shares.pdf"));
        seg::doc::writeReport(input, path);
        keep(path, QStringLiteral("report-shares.pdf"));
        const QString text = simplified(pdfText(path));
        QVERIFY2(text.contains(QStringLiteral("of all customers")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(40.0% of all customers)")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("50.0%")), "a share of the segmented rows");
        QVERIFY2(text.contains(QStringLiteral("(<0.1% of all customers)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<0.1% of all")), qPrintable(text));  // the Segments page
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("(?<![0-9])0\\.0%"))), qPrintable(text));
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
            seg::doc::writeReport(m_input, path);
            QFAIL("no error for an unwritable path");
        } catch (const seg::Error& e) {
            QCOMPARE(e.code(), seg::ErrorCode::FileNotWritable);
            QCOMPARE(QString::fromStdString(e.context().path), path);
        }
        QVERIFY(!QFile::exists(path));
        try {
            seg::doc::writeReport(m_input, dir.path());
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
            seg::doc::writeReport(m_input, path, seg::Progress([at](double f) { return f < at; }));
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
        input.charts.push_back(std::make_shared<BrokenChart>());
        try {
            seg::doc::writeReport(input, path);
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
        seg::doc::writeReport(input, path);
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

    static void keepImage(const QImage& image, const QString& name) { seg::test::saveShot(image, name); }

    static void keepPages(const QString& path) {
        const QString dir = qEnvironmentVariable("SEGMENTLAB_SCREENSHOT_DIR");
        if (dir.isEmpty()) return;
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path,
                           QDir(dir).filePath(QFileInfo(path).completeBaseName())});
    }

    std::shared_ptr<const seg::data::Table> m_table;
    seg::doc::Document m_document;
    std::shared_ptr<const seg::doc::SegmentationRun> m_run;
    ChartList m_charts;
    ReportInput m_input;
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
