#include "ReportWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <exception>
#include <functional>
#include <tuple>

#include "ChartStyle.h"
#include "Share.h"
#include "common/Error.h"

namespace seg::doc {

namespace {

constexpr qreal kMarginMm = 15.0;
// Device units per inch of the PDF: every chart lays itself out for it, and the map's point layer (the only
// image) is drawn at this resolution; text and lines stay vectors at any zoom.
constexpr int kResolution = 288;
constexpr qreal kFooterPx = 30.0;  // reserved at the bottom of every page
constexpr qint64 kHashBlock = 1 << 20;
constexpr qreal kNoLigatureSpacing = 1.0 / 64;

[[noreturn]] void throwError(ErrorCode code, const QString& path, const QString& detail) {
    ErrorContext context;
    context.path = path.toStdString();
    context.detail = detail.toStdString();
    throw Error(code, context);
}

// A chart's paint may throw anything; callers are promised a seg::Error.
void paintChart(seg::chart::Chart& chart, QPainter& painter, const QRectF& bounds) {
    try {
        seg::chart::drawChart(chart, painter, bounds);
    } catch (const Error&) {
        throw;
    } catch (const Cancelled&) {
        throw;
    } catch (const std::exception& e) {
        throwError(ErrorCode::Internal, {}, QStringLiteral("painting the chart failed: %1").arg(e.what()));
    }
}

QString fromStd(const std::string& s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool contains(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

// Means and other summaries: no more digits than a reader compares in a meeting.
QString summaryNumber(double v) {
    if (!std::isfinite(v)) return QStringLiteral("–");
    const QLocale locale;
    const double a = std::abs(v);
    return locale.toString(v, 'f', a >= 100.0 ? 0 : a >= 10.0 ? 1 : 2);
}

QString percent(double share, int decimals = 0) {
    return QCoreApplication::translate("seg::ui::ReportWriter", "%1%")
        .arg(QLocale().toString(100.0 * share, 'f', decimals));
}

// Tints for profile cells clearly above or below the overall average (Okabe & Ito's orange and blue,
// lightened), the palette's diverging pair.
QColor aboveTint() {
    return QColor(0xfb, 0xdd, 0xb8);
}
QColor belowTint() {
    return QColor(0xc9, 0xe2, 0xf2);
}
constexpr double kTintDifference = 0.5;  // overall standard deviations, as Describe's threshold

// One page's content, painted after the page count is known (the footer says "page N of M").
using Item = std::function<void(QPainter&)>;
using Page = std::vector<Item>;

struct Fonts {
    QFont title, subtitle, h1, h2, body, bodyBold, small, smallBold, mono, footer;
};

Fonts makeFonts() {
    QFont base = QGuiApplication::font();
    auto sized = [&base](qreal points, bool bold = false) {
        QFont f = base;
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    };
    Fonts f;
    // Ligatures off: text copied or searched in the PDF reads "file", not "ﬁle". Qt 6.4 has no
    // QFont::setFeature; it shapes without ligatures when letters are spaced, and 1/64 px (its smallest step)
    // is invisible.
    base.setLetterSpacing(QFont::AbsoluteSpacing, kNoLigatureSpacing);
    f.title = sized(30, true);
    f.subtitle = sized(15);
    f.h1 = sized(20, true);
    f.h2 = sized(13, true);
    f.body = sized(10.5);
    f.bodyBold = sized(10.5, true);
    f.small = sized(8.5);
    f.smallBold = sized(8.5, true);
    f.mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.mono.setPointSizeF(10);
    f.mono.setLetterSpacing(QFont::AbsoluteSpacing, kNoLigatureSpacing);
    f.footer = sized(8);
    return f;
}

const QColor kText(0x20, 0x20, 0x20);
const QColor kMuted(0x60, 0x60, 0x60);
const QColor kRule(0xc8, 0xc8, 0xc8);

// Lays the report out page by page; every length is in CSS px times m_s (device units per px).
class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(seg::ui::ReportWriter)

public:
    ReportBuilder(const ReportInput& input, const QPaintDevice* device, QSizeF pageSize, QByteArray sha256)
        : m_in(input),
          m_device(device),
          m_s(device->logicalDpiY() / 96.0),
          m_sha(std::move(sha256)),
          m_fonts(makeFonts()) {
        m_content = QRectF(QPointF(0, 0), pageSize);
        m_content.setBottom(m_content.bottom() - px(kFooterPx));
    }

    std::vector<Page> build() {
        titlePage();
        methodSection();
        segmentsSection();
        profileSection();
        chartPages();
        return std::move(m_pages);
    }

    void paintFooter(QPainter& painter, int page, int pages) const {
        const QRectF footer(m_content.left(), m_content.bottom(), m_content.width(), px(kFooterPx));
        painter.setPen(QPen(kRule, px(0.75)));
        painter.drawLine(QPointF(footer.left(), footer.top() + px(8)),
                         QPointF(footer.right(), footer.top() + px(8)));
        painter.setFont(m_fonts.footer);
        painter.setPen(kMuted);
        const QString version = QCoreApplication::applicationVersion();
        const QString left = version.isEmpty() ? tr("SegmentLab") : tr("SegmentLab %1").arg(version);
        const QString text = tr("%1 · %2 · page %3 of %4")
                                 .arg(left, QLocale().toString(created().date(), QLocale::ShortFormat))
                                 .arg(page)
                                 .arg(pages);
        painter.drawText(footer.adjusted(0, px(10), 0, 0), Qt::AlignRight | Qt::AlignTop, text);
        painter.drawText(footer.adjusted(0, px(10), 0, 0), Qt::AlignLeft | Qt::AlignTop, reportTitle());
    }

    QString reportTitle() const { return m_in.title.isEmpty() ? tr("Customer segments") : m_in.title; }
    QDateTime created() const { return m_in.created.isValid() ? m_in.created : QDateTime::currentDateTime(); }

private:
    qreal px(qreal v) const { return v * m_s; }
    QFontMetricsF metrics(const QFont& font) const { return QFontMetricsF(font, m_device); }
    int segmentCount() const {
        int k = m_in.k;
        if (m_in.profile) k = std::max(k, m_in.profile->k);
        return std::max<int>(k, static_cast<int>(m_in.sizes.size()));
    }
    std::size_t segmentSize(int s) const {
        if (s < static_cast<int>(m_in.sizes.size())) return m_in.sizes[s];
        if (m_in.profile && s < static_cast<int>(m_in.profile->segments.size()))
            return m_in.profile->segments[s].size;
        return 0;
    }
    // Of all customers in the table (charts/Share.h).
    QString segmentShare(int s) const { return seg::chart::shareText(segmentSize(s), m_in.rows); }

    // --- flow -------------------------------------------------------------------------------------------

    void newPage() {
        m_pages.emplace_back();
        m_y = m_content.top();
    }
    Page& page() {
        if (m_pages.empty()) newPage();
        return m_pages.back();
    }
    // Starts a new page unless `height` still fits on this one.
    void ensure(qreal height) {
        if (m_pages.empty() || (m_y + height > m_content.bottom() && m_y > m_content.top())) newPage();
    }
    qreal textHeight(const QString& text, const QFont& font, qreal width, int flags) const {
        return metrics(font).boundingRect(QRectF(0, 0, width, 1e9), flags, text).height();
    }
    // A block of wrapped text at `indent` px from the left; keepWith: px of what follows that must share
    // the page (headings).
    void text(const QString& s, const QFont& font, const QColor& color, qreal spaceAfter, qreal keepWith = 0,
              int flags = Qt::TextWordWrap, qreal indent = 0) {
        const qreal width = m_content.width() - px(indent);
        const qreal h = textHeight(s, font, width, Qt::AlignLeft | Qt::AlignTop | flags);
        ensure(h + px(keepWith));
        const QRectF rect(m_content.left() + px(indent), m_y, width, h);
        page().push_back([s, font, color, rect, flags](QPainter& p) {
            p.setFont(font);
            p.setPen(color);
            p.drawText(rect, Qt::AlignLeft | Qt::AlignTop | flags, s);
        });
        m_y += h + px(spaceAfter);
    }
    void space(qreal v) { m_y += px(v); }
    void heading(const QString& s) { text(s, m_fonts.h1, kText, 12, 120); }
    void subheading(const QString& s) {
        space(6);
        text(s, m_fonts.h2, kText, 6, 60);
    }
    void sectionStart(const QString& title) {
        newPage();
        heading(title);
    }

    // Label on the left, value wrapped on the right; a long unbroken value (a path, a hash) may break
    // anywhere.
    void keyValue(const QString& key, const QString& value, const QFont& valueFont, bool anywhere = false,
                  qreal keyWidthPx = 190) {
        const qreal keyWidth = px(keyWidthPx);
        const qreal valueWidth = m_content.width() - keyWidth;
        const int flags = Qt::AlignLeft | Qt::AlignTop | (anywhere ? Qt::TextWrapAnywhere : Qt::TextWordWrap);
        const qreal h = std::max(textHeight(key, m_fonts.bodyBold, keyWidth - px(12), flags),
                                 textHeight(value, valueFont, valueWidth, flags));
        ensure(h);
        const QRectF keyRect(m_content.left(), m_y, keyWidth - px(12), h);
        const QRectF valueRect(m_content.left() + keyWidth, m_y, valueWidth, h);
        const QFont keyFont = m_fonts.bodyBold;
        page().push_back([=](QPainter& p) {
            p.setFont(keyFont);
            p.setPen(kMuted);
            p.drawText(keyRect, flags, key);
            p.setFont(valueFont);
            p.setPen(kText);
            p.drawText(valueRect, flags, value);
        });
        m_y += h + px(7);
    }

    // --- title page -------------------------------------------------------------------------------------

    QString algorithmTitle() const {
        using seg::run::Algorithm;
        switch (m_in.params.algorithm) {
            case Algorithm::KMeans:
                return tr("k-means");
            case Algorithm::Hierarchical:
                return tr("hierarchical clustering (%1 linkage)")
                    .arg(QString::fromLatin1(seg::cluster::linkageName(m_in.params.hierarchical.linkage)));
            case Algorithm::Dbscan:
                return tr("DBSCAN");
            case Algorithm::Gmm:
                return tr("a Gaussian mixture");
        }
        return {};
    }

    void titlePage() {
        newPage();
        space(40);
        text(reportTitle(), m_fonts.title, kText, 10);
        const QLocale locale;
        text(tr("%n segment(s) among %1 customers, found by %2", nullptr, segmentCount())
                 .arg(locale.toString(qulonglong(m_in.rows)), algorithmTitle()),
             m_fonts.subtitle, kMuted, 6);
        text(locale.toString(created(), QLocale::LongFormat), m_fonts.body, kMuted, 36);

        subheading(tr("Data source"));
        const QFileInfo info(m_in.sourcePath);
        keyValue(tr("File"), info.fileName().isEmpty() ? tr("(unknown)") : info.fileName(), m_fonts.bodyBold);
        keyValue(tr("Full path"), QDir::toNativeSeparators(info.absoluteFilePath()), m_fonts.body, true);
        keyValue(tr("SHA-256"), m_sha.isEmpty() ? tr("(not available)") : QString::fromLatin1(m_sha.toHex()),
                 m_fonts.mono, true);
        keyValue(tr("Size"),
                 tr("%1 rows, %2 columns")
                     .arg(locale.toString(qulonglong(m_in.rows)), locale.toString(qulonglong(m_in.columns))),
                 m_fonts.body);
        QStringList parts;
        parts << tr("%1 customers in segments").arg(locale.toString(qulonglong(m_in.segmented)));
        if (m_in.outliers > 0)
            parts << tr("%1 outliers (in no dense group)").arg(locale.toString(qulonglong(m_in.outliers)));
        if (m_in.leftOut > 0)
            parts << tr("%1 left out for missing values").arg(locale.toString(qulonglong(m_in.leftOut)));
        keyValue(tr("Customers"), parts.join(QStringLiteral(", ")), m_fonts.body);
        keyValue(
            tr("Checking the file"),
            tr("The SHA-256 fingerprint changes if a single character of the file changes: compare it to "
               "know that this report describes exactly your copy."),
            m_fonts.small);

        subheading(tr("Segments at a glance"));
        for (int s = 0; s < segmentCount(); ++s) {
            const QString line = tr("%1 — %2 customers (%3 of all customers)")
                                     .arg(reportSegmentName(m_in, s),
                                          locale.toString(qulonglong(segmentSize(s))), segmentShare(s));
            swatchLine(s, line, m_fonts.body, 4);
        }
    }

    void swatchLine(int s, const QString& line, const QFont& font, qreal spaceAfter) {
        const qreal sw = px(12);
        const qreal h = std::max(textHeight(line, font, m_content.width() - sw * 2, Qt::TextWordWrap), sw);
        ensure(h);
        const QRectF swatch(m_content.left(), m_y + (metrics(font).height() - sw) / 2, sw, sw);
        const QRectF rect(m_content.left() + sw * 2, m_y, m_content.width() - sw * 2, h);
        const QColor color = reportSegmentColor(m_in, s);
        page().push_back([=](QPainter& p) {
            p.fillRect(swatch, color);
            p.setFont(font);
            p.setPen(kText);
            p.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, line);
        });
        m_y += h + px(spaceAfter);
    }

    // --- how the segments were made ---------------------------------------------------------------------

    QString featureList() const {
        QStringList items;
        for (const std::string& f : m_in.features) {
            QString item = fromStd(f);
            QStringList notes;
            if (contains(m_in.params.prep.log1p, f)) notes << tr("log scale");
            if (contains(m_in.categoricalFeatures, f)) notes << tr("category");
            const auto w = m_in.params.prep.weights.find(f);
            if (w != m_in.params.prep.weights.end() && w->second != 1.0)
                notes << tr("weight %1").arg(QLocale().toString(w->second));
            if (!notes.isEmpty()) item += QStringLiteral(" (%1)").arg(notes.join(QStringLiteral(", ")));
            items << item;
        }
        return items.join(QStringLiteral(", "));
    }

    QString missingText() const {
        using seg::prep::MissingPolicy;
        const QLocale locale;
        switch (m_in.params.prep.missing) {
            case MissingPolicy::DropRows:
                return tr("Customers with a missing value in any of these features were left out (%1); they "
                          "belong "
                          "to no segment.")
                    .arg(locale.toString(qulonglong(m_in.leftOut)));
            case MissingPolicy::Mean:
                return tr(
                    "Missing numbers were filled in with the column's average, missing categories with the "
                    "most common one.");
            case MissingPolicy::Median:
                return tr(
                    "Missing numbers were filled in with the column's median (the middle value), missing "
                    "categories with the most common one.");
            case MissingPolicy::MostFrequent:
                return tr("Missing values were filled in with the column's most common value.");
            case MissingPolicy::Constant:
                return tr("Missing numbers were filled in with %1, missing categories with the most common "
                          "one.")
                    .arg(locale.toString(m_in.params.prep.constant));
        }
        return {};
    }

    QString scalingText() const {
        using seg::prep::Scaling;
        switch (m_in.params.prep.scaling) {
            case Scaling::ZScore:
                return tr(
                    "Every feature was put on one scale by subtracting its average and dividing by its "
                    "standard deviation, so each counts equally.");
            case Scaling::MinMax:
                return tr(
                    "Every feature was stretched to run from 0 (its smallest value) to 1 (its largest), so "
                    "each counts equally.");
            case Scaling::Robust:
                return tr(
                    "Every feature was centred on its median and divided by the spread of its middle half, "
                    "so "
                    "a few extreme customers do not set the scale.");
            case Scaling::None:
                return tr("Features were used in their own units: those with larger numbers weigh more.");
        }
        return {};
    }

    QString algorithmText() const {
        using seg::run::Algorithm;
        switch (m_in.params.algorithm) {
            case Algorithm::KMeans:
                return tr(
                    "k-means: each customer belongs to the nearest of k centres, and each centre is the "
                    "average of its customers; the best of several starts is kept.");
            case Algorithm::Hierarchical:
                return tr("Hierarchical clustering (%1 linkage): customers are merged step by step into a "
                          "tree of "
                          "ever larger groups, which is cut into k segments.")
                    .arg(QString::fromLatin1(seg::cluster::linkageName(m_in.params.hierarchical.linkage)));
            case Algorithm::Dbscan:
                return tr(
                    "DBSCAN: segments are dense groups of customers with many close neighbours; customers in "
                    "sparse areas are outliers and belong to no segment.");
            case Algorithm::Gmm:
                return tr("Gaussian mixture (%1 covariance): segments are overlapping bell-shaped clouds, "
                          "and each "
                          "customer goes to the most likely one.")
                    .arg(QString::fromLatin1(seg::run::covarianceName(m_in.params.gmm.covariance)));
        }
        return {};
    }

    QString parameterText() const {
        using seg::run::Algorithm;
        const QLocale locale;
        const auto& p = m_in.params;
        switch (p.algorithm) {
            case Algorithm::KMeans:
                return tr("k = %1 segments; %2 starts; at most %3 iterations each; tolerance %4")
                    .arg(p.k)
                    .arg(p.kmeans.nInit)
                    .arg(p.kmeans.maxIter)
                    .arg(locale.toString(p.kmeans.tol, 'g', 3));
            case Algorithm::Hierarchical:
                return tr("k = %1 segments; linkage %2")
                    .arg(p.k)
                    .arg(QString::fromLatin1(seg::cluster::linkageName(p.hierarchical.linkage)));
            case Algorithm::Dbscan:
                return tr("radius (eps) = %1, %2; at least %3 neighbours make a dense point; %4 segments "
                          "found")
                    .arg(locale.toString(m_in.eps, 'g', 4),
                         p.suggestEps ? tr("suggested by the knee of the neighbour-distance curve")
                                      : tr("chosen by hand"))
                    .arg(p.dbscan.minSamples)
                    .arg(segmentCount());
            case Algorithm::Gmm:
                return tr("k = %1 segments; %2 covariance; %3 starts; at most %4 iterations")
                    .arg(p.k)
                    .arg(QString::fromLatin1(seg::run::covarianceName(p.gmm.covariance)))
                    .arg(p.gmm.nInit)
                    .arg(p.gmm.maxIter);
        }
        return {};
    }

    void methodSection() {
        sectionStart(tr("How the segments were made"));
        const QLocale locale;
        keyValue(tr("Features"),
                 tr("%n column(s): %1", nullptr, static_cast<int>(m_in.features.size())).arg(featureList()),
                 m_fonts.body);
        keyValue(tr("Missing values"), missingText(), m_fonts.body);
        keyValue(tr("Scaling"), scalingText(), m_fonts.body);
        const auto& prep = m_in.params.prep;
        if (!prep.log1p.empty())
            keyValue(tr("Log scale"),
                     tr("Features marked “log scale” were taken as log(1 + value) first, so a few very large "
                        "amounts do not dominate."),
                     m_fonts.body);
        if (prep.winsorLow > 0 || prep.winsorHigh > 0)
            keyValue(tr("Extreme values"),
                     tr("Values below the %1th percentile or above the %2th were pulled in to it.")
                         .arg(locale.toString(prep.winsorLow), locale.toString(100.0 - prep.winsorHigh)),
                     m_fonts.body);
        if (!m_in.categoricalFeatures.empty())
            keyValue(tr("Categories"),
                     tr("Each category became a yes/no column per label (at most %1 labels; the rarer ones "
                        "grouped as “Other”).")
                         .arg(prep.maxLevels),
                     m_fonts.body);
        space(6);
        keyValue(tr("Method"), algorithmText(), m_fonts.body);
        keyValue(tr("Settings"), parameterText(), m_fonts.body);
        keyValue(tr("Seed"),
                 tr("%1 — the same data, settings and seed give the same segments again.")
                     .arg(QString::number(m_in.params.seed)),
                 m_fonts.body);

        subheading(tr("Quality"));
        const auto& m = m_in.metrics;
        if (m.silhouette) {
            QString value = tr("%1 — how much closer customers are to their own segment than to the next one "
                               "(−1 to 1; above 0.5 clear, 0.25 to 0.5 reasonable, below 0.25 weak).")
                                .arg(locale.toString(*m.silhouette, 'f', 3));
            if (m.silhouetteSampled)
                value += QLatin1Char(' ') + tr("Estimated on a random sample of %1 customers.")
                                                .arg(locale.toString(qulonglong(m.silhouetteRows)));
            keyValue(tr("Silhouette"), value, m_fonts.body);
        } else {
            keyValue(tr("Silhouette"), tr("not computed"), m_fonts.body);
        }
        if (m.daviesBouldin)
            keyValue(tr("Davies-Bouldin"),
                     tr("%1 — how much segments overlap compared with their spread (lower is better; 0 means "
                        "entirely apart).")
                         .arg(locale.toString(*m.daviesBouldin, 'f', 3)),
                     m_fonts.body);
        if (m.calinskiHarabasz)
            keyValue(tr("Calinski-Harabasz"),
                     tr("%1 — spread between segments against spread within them (higher is better; compare "
                        "runs on the same data).")
                         .arg(locale.toString(*m.calinskiHarabasz, 'f', 1)),
                     m_fonts.body);
        if (m_in.params.algorithm == seg::run::Algorithm::KMeans)
            keyValue(
                tr("Inertia"),
                tr("%1 — total squared distance of customers to their segment's centre (lower is tighter; "
                   "it always falls as k grows).")
                    .arg(summaryNumber(m.inertia)),
                m_fonts.body);
    }

    // --- segments ---------------------------------------------------------------------------------------

    void segmentsSection() {
        sectionStart(tr("Segments"));
        const QLocale locale;
        const QFont nameFont = m_fonts.h2;
        for (int s = 0; s < segmentCount(); ++s) {
            const QString name = reportSegmentName(m_in, s);
            const QString size = tr("%1 customers · %2 of all")
                                     .arg(locale.toString(qulonglong(segmentSize(s))), segmentShare(s));
            const QString description =
                s < static_cast<int>(m_in.descriptions.size()) ? m_in.descriptions[s].description : QString();
            const qreal indent = px(24);
            const qreal width = m_content.width() - indent;
            const qreal sizeWidth = metrics(m_fonts.body).horizontalAdvance(size) + px(4);
            const qreal nameH = textHeight(name, nameFont, width - sizeWidth - px(16), Qt::TextWordWrap);
            const qreal descH =
                description.isEmpty() ? 0 : textHeight(description, m_fonts.body, width, Qt::TextWordWrap);
            const qreal h = nameH + px(4) + descH;
            ensure(h + px(14));
            const qreal top = m_y;
            const QRectF swatch(m_content.left(), top + (metrics(nameFont).height() - px(14)) / 2, px(14),
                                px(14));
            const QRectF nameRect(m_content.left() + indent, top, width - sizeWidth - px(16), nameH);
            const QRectF sizeRect(m_content.right() - sizeWidth, top, sizeWidth, metrics(nameFont).height());
            const QRectF descRect(m_content.left() + indent, top + nameH + px(4), width, descH);
            const QRectF rule(m_content.left(), top + h + px(7), m_content.width(), 0);
            const QColor color = reportSegmentColor(m_in, s);
            const Fonts fonts = m_fonts;
            const qreal penWidth = px(0.5);
            page().push_back([=](QPainter& p) {
                p.fillRect(swatch, color);
                p.setFont(nameFont);
                p.setPen(kText);
                p.drawText(nameRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, name);
                p.setFont(fonts.body);
                p.setPen(kMuted);
                p.drawText(sizeRect, Qt::AlignRight | Qt::AlignVCenter, size);
                p.setPen(kText);
                p.drawText(descRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, description);
                p.setPen(QPen(kRule, penWidth));
                p.drawLine(rule.topLeft(), rule.topRight());
            });
            m_y += h + px(16);
        }
        if (m_in.outliers > 0)
            text(tr("Outliers: %1 customers (%2 of all rows) lie in sparse areas and belong to no segment.")
                     .arg(locale.toString(qulonglong(m_in.outliers)),
                          seg::chart::shareText(m_in.outliers, m_in.rows)),
                 m_fonts.body, kMuted, 6);
        if (m_in.leftOut > 0)
            text(tr("Left out: %1 customers (%2 of all rows) had missing values and belong to no segment.")
                     .arg(locale.toString(qulonglong(m_in.leftOut)),
                          seg::chart::shareText(m_in.leftOut, m_in.rows)),
                 m_fonts.body, kMuted, 6);
    }

    // --- profile table ----------------------------------------------------------------------------------

    struct Cell {
        QString main;
        QString sub;
        double difference = 0.0;  // standardised, for the tint
    };
    struct Row {
        QString label;
        bool firstOfFeature = true;
        Cell overall;
        std::vector<Cell> segments;
        QString effect;
    };

    std::vector<Row> profileRows() const {
        std::vector<Row> rows;
        const auto& prof = *m_in.profile;
        const QLocale locale;
        for (std::size_t f : prof.ranking) {
            const auto& feature = prof.features[f];
            const QString name = fromStd(feature.name);
            if (feature.kind == seg::profile::FeatureKind::Numeric) {
                Row row;
                row.label = name;
                row.overall.main = summaryNumber(feature.numeric.overall.mean);
                row.overall.sub = tr("index 100");
                for (const auto& st : feature.numeric.segments) {
                    Cell cell;
                    cell.main = summaryNumber(st.mean);
                    cell.sub = std::isfinite(st.index) ? tr("index %1").arg(qRound(st.index)) : QString();
                    cell.difference = std::isfinite(st.difference) ? st.difference : 0.0;
                    row.segments.push_back(cell);
                }
                row.effect = tr("η² %1").arg(locale.toString(feature.effectSize, 'f', 2));
                rows.push_back(std::move(row));
            } else {
                const auto& cat = feature.categorical;
                const std::size_t levels = std::min<std::size_t>(cat.levels.size(), 3);
                for (std::size_t l = 0; l < levels; ++l) {
                    Row row;
                    row.firstOfFeature = l == 0;
                    row.label = tr("%1: %2").arg(name, fromStd(cat.levels[l]));
                    const double overall = l < cat.overall.shares.size() ? cat.overall.shares[l] : 0.0;
                    row.overall.main = percent(overall);
                    for (const auto& seg : cat.segments) {
                        Cell cell;
                        const double share = l < seg.shares.size() ? seg.shares[l] : 0.0;
                        cell.main = seg.present > 0 ? percent(share) : QStringLiteral("–");
                        const double sd = std::sqrt(overall * (1.0 - overall));
                        cell.difference = seg.present > 0 && sd > 0 ? (share - overall) / sd : 0.0;
                        row.segments.push_back(cell);
                    }
                    if (l == 0) row.effect = tr("V %1").arg(locale.toString(feature.effectSize, 'f', 2));
                    rows.push_back(std::move(row));
                }
            }
        }
        return rows;
    }

    void profileSection() {
        if (!m_in.profile || m_in.profile->features.empty()) return;
        const int k = static_cast<int>(m_in.profile->segments.size());
        if (k == 0) return;
        sectionStart(tr("Segment profiles"));
        text(tr("Each segment's average against all customers in segments (“Overall”). The index is the "
                "segment's average as a percentage of the overall one (100 = average); categories show the "
                "share of their most common labels. Shaded cells are clearly above (orange) or below (blue) "
                "the "
                "overall average: by half a standard deviation or more. “Effect” is how much the segments "
                "tell "
                "customers apart on the feature: η² is the share of its variation they explain (numbers), "
                "Cramér's V the strength of the association (categories), from 0 (none) to 1. Features are "
                "listed by effect, strongest first."),
             m_fonts.small, kMuted, 10);

        const std::vector<Row> rows = profileRows();
        const qreal featureW = px(240), overallW = px(92), effectW = px(72), minSegW = px(100);
        const int perPage =
            std::max(1, static_cast<int>((m_content.width() - featureW - overallW - effectW) / minSegW));
        const int groups = (k + perPage - 1) / perPage;
        const int perGroup = (k + groups - 1) / groups;
        for (int g = 0; g < groups; ++g) {
            const int first = g * perGroup;
            const int last = std::min(k, first + perGroup);
            if (groups > 1 && g > 0) newPage();
            if (groups > 1)
                text(tr("Segments %1 to %2 of %3").arg(first + 1).arg(last).arg(k), m_fonts.bodyBold, kText,
                     6, 100);
            profileTable(rows, first, last, featureW, overallW, effectW);
        }
    }

    void profileTable(const std::vector<Row>& rows, int first, int last, qreal featureW, qreal overallW,
                      qreal effectW) {
        const int n = last - first;
        const qreal segW = (m_content.width() - featureW - overallW - effectW) / n;
        const QFontMetricsF mainFm = metrics(m_fonts.body), subFm = metrics(m_fonts.small),
                            headFm = metrics(m_fonts.smallBold);
        const qreal headerH = headFm.height() * 2 + px(14);
        const qreal pad = px(6);
        auto rowHeight = [&](const Row& r) {
            const bool twoLines = !r.overall.sub.isEmpty();
            return mainFm.height() + (twoLines ? subFm.height() : 0) + pad * 2;
        };
        std::size_t i = 0;
        while (i < rows.size()) {
            ensure(headerH + rowHeight(rows[i]) * 3);
            // The header, repeated on every page of the table.
            {
                const qreal top = m_y;
                const qreal left = m_content.left();
                const QRectF band(left, top, m_content.width(), headerH);
                std::vector<std::pair<QRectF, int>> heads;
                for (int s = first; s < last; ++s)
                    heads.emplace_back(
                        QRectF(left + featureW + overallW + (s - first) * segW, top, segW, headerH), s);
                const QRectF featureHead(left, top, featureW, headerH);
                const QRectF overallHead(left + featureW, top, overallW, headerH);
                const QRectF effectHead(left + featureW + overallW + n * segW, top, effectW, headerH);
                std::vector<std::tuple<QRectF, QColor, QString>> segs;
                for (const auto& [rect, s] : heads)
                    segs.emplace_back(rect, reportSegmentColor(m_in, s), reportSegmentName(m_in, s));
                const Fonts fonts = m_fonts;
                const qreal lineW = px(0.75), inset = px(6), stripe = px(4);
                const QString featureTitle = tr("Feature"), overallTitle = tr("Overall"),
                              effectTitle = tr("Effect");
                page().push_back([=](QPainter& p) {
                    p.fillRect(band, QColor(0xf2, 0xf2, 0xf2));
                    p.setFont(fonts.smallBold);
                    p.setPen(kText);
                    const int flags = Qt::AlignLeft | Qt::AlignVCenter;
                    p.drawText(featureHead.adjusted(inset, 0, -inset, 0), flags, featureTitle);
                    p.drawText(overallHead.adjusted(inset, 0, -inset, 0), Qt::AlignRight | Qt::AlignVCenter,
                               overallTitle);
                    p.drawText(effectHead.adjusted(inset, 0, -inset, 0), Qt::AlignRight | Qt::AlignVCenter,
                               effectTitle);
                    for (const auto& [rect, color, name] : segs) {
                        p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), stripe), color);
                        const QRectF textRect = rect.adjusted(inset, stripe + inset / 2, -inset, -inset / 3);
                        // Two lines at most, elided: the name is in full on the Segments page.
                        const QFontMetricsF fm(fonts.smallBold, p.device());
                        QString shown = name;
                        if (fm.boundingRect(textRect, Qt::TextWordWrap, name).height() >
                            textRect.height() + 1) {
                            while (shown.size() > 3 &&
                                   fm.boundingRect(textRect, Qt::TextWordWrap, shown + QStringLiteral("…"))
                                           .height() > textRect.height() + 1)
                                shown.chop(1);
                            shown = shown.trimmed() + QStringLiteral("…");
                        }
                        p.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, shown);
                    }
                    p.setPen(QPen(kRule, lineW));
                    p.drawLine(band.bottomLeft(), band.bottomRight());
                });
                m_y += headerH;
            }
            while (i < rows.size() && m_y + rowHeight(rows[i]) <= m_content.bottom()) {
                const Row& r = rows[i];
                const qreal h = rowHeight(r);
                const qreal top = m_y;
                const qreal left = m_content.left();
                std::vector<std::pair<QRectF, Cell>> cells;
                cells.emplace_back(QRectF(left + featureW, top, overallW, h), r.overall);
                for (int s = first; s < last; ++s)
                    cells.emplace_back(QRectF(left + featureW + overallW + (s - first) * segW, top, segW, h),
                                       s < static_cast<int>(r.segments.size()) ? r.segments[s] : Cell{});
                const QRectF labelRect(left, top, featureW, h);
                const QRectF effectRect(left + featureW + overallW + n * segW, top, effectW, h);
                const QRectF line(left, top, m_content.width(), 0);
                const Fonts fonts = m_fonts;
                const qreal inset = px(6), lineW = px(0.5), mainH = mainFm.height();
                const QString label = r.label, effect = r.effect;
                const bool firstOfFeature = r.firstOfFeature;
                page().push_back([=](QPainter& p) {
                    if (firstOfFeature) {
                        p.setPen(QPen(kRule, lineW));
                        p.drawLine(line.topLeft(), line.topRight());
                    }
                    for (std::size_t c = 0; c < cells.size(); ++c) {
                        const auto& [rect, cell] = cells[c];
                        if (c > 0 && cell.difference >= kTintDifference)
                            p.fillRect(rect.adjusted(lineW, lineW, 0, 0), aboveTint());
                        else if (c > 0 && cell.difference <= -kTintDifference)
                            p.fillRect(rect.adjusted(lineW, lineW, 0, 0), belowTint());
                        const QRectF inner = rect.adjusted(inset, inset, -inset, -inset);
                        p.setFont(fonts.body);
                        p.setPen(kText);
                        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), mainH),
                                   Qt::AlignRight | Qt::AlignVCenter, cell.main);
                        if (!cell.sub.isEmpty()) {
                            p.setFont(fonts.small);
                            p.setPen(kMuted);
                            p.drawText(QRectF(inner.left(), inner.top() + mainH, inner.width(),
                                              inner.height() - mainH),
                                       Qt::AlignRight | Qt::AlignVCenter, cell.sub);
                        }
                    }
                    const QRectF li = labelRect.adjusted(inset, inset, -inset, -inset);
                    p.setFont(firstOfFeature ? fonts.bodyBold : fonts.body);
                    p.setPen(kText);
                    const QFontMetricsF fm(p.font(), p.device());
                    p.drawText(QRectF(li.left(), li.top(), li.width(), mainH),
                               Qt::AlignLeft | Qt::AlignVCenter,
                               fm.elidedText(label, Qt::ElideMiddle, li.width()));
                    p.setFont(fonts.small);
                    p.setPen(kMuted);
                    p.drawText(
                        QRectF(effectRect.left() + inset, li.top(), effectRect.width() - 2 * inset, mainH),
                        Qt::AlignRight | Qt::AlignVCenter, effect);
                });
                m_y += h;
                ++i;
            }
            // Closing rule under the table's part on this page.
            {
                const QRectF line(m_content.left(), m_y, m_content.width(), 0);
                const qreal lineW = px(0.75);
                page().push_back([=](QPainter& p) {
                    p.setPen(QPen(kRule, lineW));
                    p.drawLine(line.topLeft(), line.topRight());
                });
            }
            if (i < rows.size()) newPage();
        }
        space(12);
    }

    // --- charts -----------------------------------------------------------------------------------------

    void chartPages() {
        const int n = static_cast<int>(m_in.charts.size());
        for (int c = 0; c < n; ++c) {
            newPage();
            // The chart draws its own title; the page only says where it is in the report.
            text(tr("Chart %1 of %2").arg(c + 1).arg(n), m_fonts.small, kMuted, 4);
            const QRectF region(m_content.left(), m_y, m_content.width(), m_content.bottom() - m_y);
            std::shared_ptr<seg::chart::Chart> chart = m_in.charts[std::size_t(c)];
            page().push_back([chart, region](QPainter& p) { paintChart(*chart, p, region); });
        }
    }

    const ReportInput& m_in;
    const QPaintDevice* m_device;
    qreal m_s;
    QByteArray m_sha;
    Fonts m_fonts;
    QRectF m_content;
    std::vector<Page> m_pages;
    qreal m_y = 0;
};

}  // namespace

QString reportSegmentName(const ReportInput& input, int segment) {
    if (segment >= 0 && segment < input.names.size() && !input.names[segment].isEmpty())
        return input.names[segment];
    if (segment >= 0 && segment < static_cast<int>(input.descriptions.size()) &&
        !input.descriptions[segment].name.isEmpty())
        return input.descriptions[segment].name;
    return QCoreApplication::translate("seg::ui::ReportWriter", "Segment %1").arg(segment + 1);
}

QColor reportSegmentColor(const ReportInput& input, int segment) {
    if (segment >= 0 && segment < input.colors.size() && input.colors[segment].isValid())
        return input.colors[segment];
    return seg::chart::paletteColor(segment);
}

ReportInput reportInputFor(const Snapshot& snapshot, std::vector<std::shared_ptr<seg::chart::Chart>> charts) {
    ReportInput in;
    if (!snapshot.run) return in;
    const SegmentationRun& run = *snapshot.run;
    in.sourcePath = snapshot.sourcePath;
    in.created = QDateTime::currentDateTime();
    if (run.table) {
        in.rows = run.table->rowCount();
        in.columns = run.table->columnCount();
    }
    in.params = run.params;
    if (const auto& r = run.result) {
        for (const auto& f : r->prep.pipeline.features()) {
            in.features.push_back(f.column);
            if (f.categorical) in.categoricalFeatures.push_back(f.column);
        }
        for (int label : r->rowLabels) {
            if (label >= 0)
                ++in.segmented;
            else if (label == -1)
                ++in.outliers;
            else
                ++in.leftOut;
        }
        in.k = r->k;
        in.eps = r->eps;
        in.sizes = r->sizes;
        if (r->silhouette) {
            in.metrics.silhouette = r->silhouette->mean;
            in.metrics.silhouetteSampled = r->silhouette->sampled;
            in.metrics.silhouetteRows = r->silhouette->rowsScored;
        }
        in.metrics.daviesBouldin = r->daviesBouldin;
        in.metrics.calinskiHarabasz = r->calinskiHarabasz;
        in.metrics.inertia = r->inertia;
    }
    in.profile = run.profile;
    in.descriptions = run.descriptions;
    for (int s = 0; s < in.k; ++s) {
        in.names << snapshot.look.name(s);
        in.colors << snapshot.look.color(s);
    }
    in.charts = std::move(charts);
    return in;
}

QByteArray sha256OfFile(const QString& path, const Progress& progress) {
    QFile file(path);
    if (!file.exists()) throwError(ErrorCode::FileNotFound, path, {});
    if (!file.open(QIODevice::ReadOnly)) throwError(ErrorCode::FileUnreadable, path, file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 size = std::max<qint64>(1, file.size());
    qint64 done = 0;
    QByteArray block;
    while (!file.atEnd()) {
        block = file.read(kHashBlock);
        if (block.isEmpty() && file.error() != QFileDevice::NoError)
            throwError(ErrorCode::FileUnreadable, path, file.errorString());
        if (block.isEmpty()) break;
        hash.addData(block);
        done += block.size();
        progress.report(std::min(1.0, double(done) / double(size)));
    }
    return hash.result();
}

void writeReport(const ReportInput& input, const QString& path, const Progress& progress) {
    if (path.isEmpty())
        throwError(ErrorCode::FileNotWritable, path, QStringLiteral("no file name was given"));
    if (QFileInfo(path).isDir())
        throwError(ErrorCode::FileNotWritable, path, QStringLiteral("it is a folder"));

    QByteArray sha = input.sourceSha256;
    const bool hashing = sha.isEmpty() && !input.sourcePath.isEmpty();
    if (hashing) sha = sha256OfFile(input.sourcePath, progress.sub(0.0, 0.3));
    const Progress paintProgress = progress.sub(hashing ? 0.3 : 0.0, 1.0);
    paintProgress.check();

    // Destroyed in reverse: the painter ends (flushing into the file) before the unsaved file discards it.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) throwError(ErrorCode::FileNotWritable, path, file.errorString());
    try {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setCreator(QStringLiteral("SegmentLab %1").arg(QCoreApplication::applicationVersion()));
        writer.setTitle(input.title.isEmpty()
                            ? QCoreApplication::translate("seg::ui::ReportWriter", "Customer segments")
                            : input.title);
        const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                 QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                 QPageLayout::Millimeter);
        if (!writer.setPageLayout(layout))
            throwError(ErrorCode::FileNotWritable, path, QStringLiteral("the page layout is not supported"));
        const QRect paint = writer.pageLayout().paintRectPixels(writer.resolution());

        ReportBuilder builder(input, &writer, QSizeF(paint.size()), sha);
        const std::vector<Page> pages = builder.build();

        QPainter painter;
        if (!painter.begin(&writer))
            throwError(ErrorCode::FileNotWritable, path,
                       file.error() != QFileDevice::NoError ? file.errorString()
                                                            : QStringLiteral("cannot start the PDF writer"));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const int count = static_cast<int>(pages.size());
        for (int i = 0; i < count; ++i) {
            paintProgress.report(double(i) / count);
            if (i > 0 && !writer.newPage())
                throwError(ErrorCode::FileNotWritable, path,
                           QStringLiteral("cannot start page %1").arg(i + 1));
            for (const Item& item : pages[i]) {
                painter.save();
                item(painter);
                painter.restore();
            }
            builder.paintFooter(painter, i + 1, count);
        }
        painter.end();
        paintProgress.report(1.0);
    } catch (...) {
        file.cancelWriting();
        throw;
    }
    if (!file.commit()) throwError(ErrorCode::FileNotWritable, path, file.errorString());
}

}  // namespace seg::doc
