#include "views/ProfileHeatmapView.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "views/ChartPainting.h"
#include "views/SegmentPalette.h"

namespace seg::ui {

namespace {

using chart::pxScale;
using chart::sized;

const QColor kText(0x22, 0x22, 0x22);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kGrid(0xC8, 0xC8, 0xC8);
const QColor kNoData(0xE6, 0xE6, 0xE6);
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// ColorBrewer's RdBu blues below average and PuOr oranges above: both ends read apart under every common
// colour-vision deficiency, and the middle is pure white so "average" carries no hue.
struct Stop {
    double at;
    QRgb rgb;
};
constexpr Stop kCool[] = {
    {0.0, 0xFFFFFF}, {0.25, 0xD1E5F0}, {0.5, 0x92C5DE}, {0.75, 0x4393C3}, {1.0, 0x2166AC}};
constexpr Stop kWarm[] = {
    {0.0, 0xFFFFFF}, {0.25, 0xFEE0B6}, {0.5, 0xFDB863}, {0.75, 0xE08214}, {1.0, 0xB35806}};

QColor divergingColor(double difference) {
    if (!std::isfinite(difference)) return kNoData;
    const double t = std::clamp(difference / ProfileHeatmapView::kClampSd, -1.0, 1.0);
    const Stop* stops = t < 0 ? kCool : kWarm;
    const double a = std::abs(t);
    for (int i = 1; i < 5; ++i) {
        if (a <= stops[i].at) {
            const double f = (a - stops[i - 1].at) / (stops[i].at - stops[i - 1].at);
            const QColor c0(stops[i - 1].rgb), c1(stops[i].rgb);
            return QColor::fromRgbF(float(c0.redF() + f * (c1.redF() - c0.redF())),
                                    float(c0.greenF() + f * (c1.greenF() - c0.greenF())),
                                    float(c0.blueF() + f * (c1.blueF() - c0.blueF())));
        }
    }
    return QColor(stops[4].rgb);
}

double luminance(const QColor& c) {
    auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

// Dark or white text, whichever contrasts more with `background` (WCAG contrast ratio).
QColor textOn(const QColor& background) {
    const double l = luminance(background);
    const double onWhite = 1.05 / (l + 0.05);
    const double onDark = (l + 0.05) / (luminance(kText) + 0.05);
    return onWhite > onDark ? QColor(Qt::white) : kText;
}

QString stripZeros(QString text, const QLocale& locale) {
    const QString point = locale.decimalPoint();
    if (!text.contains(point)) return text;
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(point)) text.chop(point.size());
    return text;
}

// Four significant digits (at most six decimals), group separators, no trailing zeros: for tooltips.
QString preciseNumber(double value, const QLocale& locale) {
    if (value == 0.0) return locale.toString(0);
    const int magnitude = int(std::floor(std::log10(std::abs(value))));
    const int decimals = std::clamp(3 - magnitude, 0, 6);
    return stripZeros(locale.toString(value, 'f', decimals), locale);
}

const qreal kSin45 = std::sqrt(0.5);

// Where a feature name too long for one line breaks best into two: the characters on the first line (after
// a '_', '-', '/' or '.', or at a space), whichever gives the narrower of the two lines with `suffix` on the
// second; -1 when the name has no such place. `width` gets the wider line's width.
int headerBreak(const QString& text, const QString& suffix, const QFontMetricsF& fm, qreal* width) {
    int best = -1;
    qreal bestW = std::numeric_limits<qreal>::infinity();
    for (int i = 1; i + 1 < text.size(); ++i) {
        const QChar c = text[i - 1];
        const bool space = text[i] == QLatin1Char(' ');
        if (!space && c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char('/') &&
            c != QLatin1Char('.'))
            continue;
        const qreal w = std::max(fm.horizontalAdvance(text.left(i)),
                                 fm.horizontalAdvance(text.mid(space ? i + 1 : i) + suffix));
        if (w < bestW) {
            bestW = w;
            best = i;
        }
    }
    if (width) *width = bestW;
    return best;
}

// The two lines of a broken header, the suffix (sort arrow) on the second.
QString brokenHeader(const QString& text, const QString& suffix, int at) {
    const bool space = text[at] == QLatin1Char(' ');
    return text.left(at) + QLatin1Char('\n') + text.mid(space ? at + 1 : at) + suffix;
}

}  // namespace

struct ProfileHeatmapView::Layout {
    qreal s = 1.0;
    QFont titleFont, noteFont, legendFont, rowFont, rowBoldFont, sizeFont, columnFont, cellFont;
    QRectF bounds, title, note, legendBar;
    QRectF grid;
    qreal cellW = 0.0, cellH = 0.0;
    qreal rowHeaderLeft = 0.0;
    qreal swatch = 10.0;
    qreal overhang = 0.0;  // how far rotated column headers reach past the grid's right edge
    qreal textW = 0.0;     // the title's or the note's width, whichever is wider
    bool legendBesideTitle = true;
    qreal headerH = 0.0;
    qreal headerTextMax = 0.0;  // longest a column header may be before it is elided
    bool rotated = false;
    bool twoLineHeaders = false;  // level headers, the longer ones broken onto two lines
    bool twoLineRows = true;
    bool empty = true;

    [[nodiscard]] QRectF cell(int row, int column) const {
        return {grid.left() + column * cellW, grid.top() + row * cellH, cellW, cellH};
    }
    [[nodiscard]] QRectF rowHeader(int row) const {
        return {rowHeaderLeft, grid.top() + row * cellH, grid.left() - rowHeaderLeft, cellH};
    }
    [[nodiscard]] QRectF columnHeader(int column) const {
        return {grid.left() + column * cellW, grid.top() - headerH, cellW, headerH};
    }
};

ProfileHeatmapView::ProfileHeatmapView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Segment profile heatmap"));
    setWhatsThis(
        tr("Click a feature to sort the segments by it, click a segment to sort the features by it; "
           "Ctrl+click a segment to select it in the other charts."));
}

void ProfileHeatmapView::setProfile(std::shared_ptr<const seg::data::Table> table, std::vector<int> rowLabels,
                                    int k, std::vector<std::string> features) {
    m_table = std::move(table);
    m_labels = std::move(rowLabels);
    m_k = std::max(k, 0);
    m_features = std::move(features);
    compute();
    if (m_rowSortFeature >= featureCount()) m_rowSortFeature = -1;
    if (m_columnSortSegment >= m_k) m_columnSortSegment = -1;
    if (m_highlighted >= m_k) m_highlighted = -1;
    applyRowSort();
    applyColumnSort();
    update();
}

void ProfileHeatmapView::compute() {
    const std::size_t nf = m_features.size();
    const auto k = std::size_t(m_k);
    m_mean.assign(k * nf, kNaN);
    m_diff.assign(k * nf, kNaN);
    m_overallMean.assign(nf, kNaN);
    m_overallSd.assign(nf, kNaN);
    m_sizes.assign(k, 0);
    m_inRun = 0;
    const std::size_t rows = m_table ? std::min(m_table->rowCount(), m_labels.size()) : 0;
    for (std::size_t r = 0; r < rows; ++r) {
        const int label = m_labels[r];
        if (label >= -1) ++m_inRun;
        if (label >= 0 && label < m_k) ++m_sizes[std::size_t(label)];
    }
    for (std::size_t f = 0; f < nf; ++f) {
        const std::ptrdiff_t index = m_table ? m_table->indexOf(m_features[f]) : -1;
        if (index < 0) continue;
        const auto& column = m_table->column(std::size_t(index));
        if (column.storage() != seg::data::Storage::Numbers) continue;
        const std::vector<double>& x = column.numbers();
        std::vector<double> sum(k, 0.0);
        std::vector<std::size_t> count(k, 0);
        double total = 0.0;
        std::size_t n = 0;
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        for (std::size_t r = 0; r < rows; ++r) {
            const int label = m_labels[r];
            const double v = x[r];
            if (label < 0 || label >= m_k || !std::isfinite(v)) continue;
            sum[std::size_t(label)] += v;
            ++count[std::size_t(label)];
            total += v;
            ++n;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        if (n == 0) continue;
        // A constant feature gets its value back exactly and sd 0, not a rounding residue to divide by.
        const bool constant = lo == hi;
        const double mean = constant ? lo : total / double(n);
        double squares = 0.0;
        if (!constant)
            for (std::size_t r = 0; r < rows; ++r) {
                const int label = m_labels[r];
                const double v = x[r];
                if (label < 0 || label >= m_k || !std::isfinite(v)) continue;
                squares += (v - mean) * (v - mean);
            }
        const double sd = constant ? 0.0 : std::sqrt(squares / double(n));
        m_overallMean[f] = mean;
        m_overallSd[f] = sd;
        for (std::size_t s = 0; s < k; ++s) {
            if (count[s] == 0) continue;
            const double segmentMean = constant ? lo : sum[s] / double(count[s]);
            m_mean[s * nf + f] = segmentMean;
            m_diff[s * nf + f] = sd > 0.0 ? (segmentMean - mean) / sd : 0.0;
        }
    }
}

bool ProfileHeatmapView::valid(int segment, int feature) const {
    return segment >= 0 && segment < m_k && feature >= 0 && feature < featureCount();
}

double ProfileHeatmapView::cellMean(int segment, int feature) const {
    return valid(segment, feature) ? m_mean[std::size_t(segment) * m_features.size() + std::size_t(feature)]
                                   : kNaN;
}

double ProfileHeatmapView::cellDifference(int segment, int feature) const {
    return valid(segment, feature) ? m_diff[std::size_t(segment) * m_features.size() + std::size_t(feature)]
                                   : kNaN;
}

double ProfileHeatmapView::overallMean(int feature) const {
    return feature >= 0 && feature < featureCount() ? m_overallMean[std::size_t(feature)] : kNaN;
}

double ProfileHeatmapView::overallSd(int feature) const {
    return feature >= 0 && feature < featureCount() ? m_overallSd[std::size_t(feature)] : kNaN;
}

std::size_t ProfileHeatmapView::segmentSize(int segment) const {
    return segment >= 0 && segment < m_k ? m_sizes[std::size_t(segment)] : 0;
}

double ProfileHeatmapView::segmentShare(int segment) const {
    return m_inRun > 0 ? double(segmentSize(segment)) / double(m_inRun) : 0.0;
}

void ProfileHeatmapView::setSegmentNames(const QStringList& names) {
    m_names = names;
    update();
}

QString ProfileHeatmapView::segmentName(int segment) const {
    if (segment >= 0 && segment < m_names.size() && !m_names[segment].trimmed().isEmpty())
        return m_names[segment];
    return tr("Segment %1").arg(segment + 1);
}

namespace {
// Stable order by `key`, highest first for descending; NaN (no data) always last.
template <typename Key>
void sortBy(std::vector<int>& order, Qt::SortOrder direction, Key key) {
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const double ka = key(a), kb = key(b);
        if (std::isnan(ka) || std::isnan(kb)) return !std::isnan(ka) && std::isnan(kb);
        return direction == Qt::DescendingOrder ? ka > kb : ka < kb;
    });
}
}  // namespace

void ProfileHeatmapView::applyRowSort() {
    m_rowOrder.resize(std::size_t(m_k));
    std::iota(m_rowOrder.begin(), m_rowOrder.end(), 0);
    if (m_rowSortFeature >= 0)
        sortBy(m_rowOrder, m_rowSortOrder, [&](int s) { return cellDifference(s, m_rowSortFeature); });
}

void ProfileHeatmapView::applyColumnSort() {
    m_columnOrder.resize(m_features.size());
    std::iota(m_columnOrder.begin(), m_columnOrder.end(), 0);
    if (m_columnSortSegment >= 0)
        sortBy(m_columnOrder, m_columnSortOrder,
               [&](int f) { return cellDifference(m_columnSortSegment, f); });
}

void ProfileHeatmapView::sortRowsBy(int feature, Qt::SortOrder order) {
    m_rowSortFeature = feature >= 0 && feature < featureCount() ? feature : -1;
    m_rowSortOrder = order;
    applyRowSort();
    emit orderChanged();
    update();
}

void ProfileHeatmapView::sortColumnsBy(int segment, Qt::SortOrder order) {
    m_columnSortSegment = segment >= 0 && segment < m_k ? segment : -1;
    m_columnSortOrder = order;
    applyColumnSort();
    emit orderChanged();
    update();
}

void ProfileHeatmapView::resetOrder() {
    m_rowSortFeature = -1;
    m_columnSortSegment = -1;
    applyRowSort();
    applyColumnSort();
    emit orderChanged();
    update();
}

void ProfileHeatmapView::highlightSegment(int segment) {
    const int next = segment >= 0 && segment < m_k ? segment : -1;
    if (next == m_highlighted) return;
    m_highlighted = next;
    update();
}

QString ProfileHeatmapView::compactNumber(double value, const QLocale& locale) {
    if (!std::isfinite(value)) return tr("n/a");
    static constexpr double kUnits[] = {1.0, 1e3, 1e6, 1e9, 1e12};
    const double a = std::abs(value);
    int unit = 0;
    while (unit < 4 && a >= kUnits[unit + 1])
        ++unit;
    for (;;) {
        const double scaled = value / kUnits[unit];
        const double as = std::abs(scaled);
        int decimals = as >= 100 ? 0 : as >= 10 ? 1 : 2;
        if (unit == 0 && as > 0 && as < 1) decimals = std::clamp(2 - int(std::floor(std::log10(as))), 2, 6);
        const double p = std::pow(10.0, decimals);
        const double rounded = std::round(scaled * p) / p;
        if (std::abs(rounded) >= 1000.0 && unit < 4) {  // 999.96 rounds up into the next unit
            ++unit;
            continue;
        }
        if (rounded == 0.0) return locale.toString(0);
        const QString number = stripZeros(locale.toString(rounded, 'f', decimals), locale);
        switch (unit) {
            case 1:
                return tr("%1k", "thousands").arg(number);
            case 2:
                return tr("%1M", "millions").arg(number);
            case 3:
                return tr("%1B", "billions").arg(number);
            case 4:
                return tr("%1T", "trillions").arg(number);
            default:
                return number;
        }
    }
}

ProfileHeatmapView::Layout ProfileHeatmapView::layout(const QRectF& bounds,
                                                      const QPaintDevice* device) const {
    if (!device) device = this;
    const qreal s = pxScale(device);
    auto* dev = const_cast<QPaintDevice*>(device);
    const QFont base = font();
    const qreal margin = 14 * s;
    const QRectF content = bounds.adjusted(margin, margin, -margin, -margin);
    const QString titleText = tr("Segment profiles");
    const QString noteText =
        tr("Segment average in each cell; colour shows its difference from the average customer");
    const QString arrow = QStringLiteral(" \u25BC");
    auto sizeText = [&](int segment) {
        return tr("%1 · %2%")
            .arg(QLocale().toString(qulonglong(segmentSize(segment))))
            .arg(QLocale().toString(segmentShare(segment) * 100.0, 'f', 1));
    };
    const int nf = featureCount();

    // The whole layout with the legend, header and cell fonts grown by `grow` (1: their base sizes; the
    // title and note keep theirs, as in every chart).
    auto fit = [&](qreal grow) {
        Layout l;
        l.bounds = bounds;
        l.s = s;
        l.titleFont = sized(base, 13.0, true);
        l.noteFont = sized(base, 9.0);
        l.legendFont = sized(base, 8.5 * grow);
        l.rowFont = sized(base, 9.5 * grow);
        l.rowBoldFont = sized(base, 9.5 * grow, true);
        l.sizeFont = sized(base, 8.5 * grow);
        l.columnFont = sized(base, 9.0 * grow);
        l.cellFont = sized(base, 9.0);
        l.swatch = 10 * s * grow;
        const QFontMetricsF titleFm(l.titleFont, dev), noteFm(l.noteFont, dev), legendFm(l.legendFont, dev),
            rowFm(l.rowBoldFont, dev), sizeFm(l.sizeFont, dev), columnFm(l.columnFont, dev);

        l.title = QRectF(content.left(), content.top(), content.width(), titleFm.height());
        l.note = QRectF(content.left(), l.title.bottom() + 2 * s, content.width(), noteFm.height());
        qreal y = l.note.bottom();

        // The legend sits top right beside the title when both fit, else on its own line under the note.
        const qreal barW = 200 * s * grow;
        const qreal barH = 10 * s * grow;
        l.textW = std::max(titleFm.horizontalAdvance(titleText), noteFm.horizontalAdvance(noteText));
        l.legendBesideTitle = l.textW + 24 * s + barW <= content.width();
        if (l.legendBesideTitle) {
            l.legendBar = QRectF(content.right() - barW, content.top() + 4 * s, barW, barH);
        } else {
            l.legendBar = QRectF(content.left(), y + 8 * s, std::min(barW, content.width()), barH);
            y = l.legendBar.bottom() + 3 * s + legendFm.height();
        }
        y = std::max(y, l.legendBar.bottom() + 3 * s + legendFm.height()) + 12 * s;

        l.empty = m_k == 0 || m_features.empty();
        if (l.empty) {
            l.grid = QRectF(QPointF(content.left(), y), content.bottomRight());
            return l;
        }

        qreal nameW = 0.0, sizeW = 0.0;
        for (int i = 0; i < m_k; ++i) {
            nameW = std::max(nameW, rowFm.horizontalAdvance(segmentName(i) + arrow));
            sizeW = std::max(sizeW, sizeFm.horizontalAdvance(sizeText(i)));
        }
        qreal columnTextW = 0.0;
        std::vector<qreal> columnW(m_features.size());
        for (std::size_t f = 0; f < m_features.size(); ++f) {
            columnW[f] = columnFm.horizontalAdvance(QString::fromStdString(m_features[f]) + arrow);
            columnTextW = std::max(columnTextW, columnW[f]);
        }

        for (int pass = 0; pass < 2; ++pass) {
            l.twoLineRows = pass == 0;
            const qreal labelW = l.twoLineRows ? std::max(nameW, sizeW) : nameW + 10 * s + sizeW;
            const qreal rowHeaderW = std::min(l.swatch + 6 * s + labelW + 12 * s, content.width() * 0.4);
            l.rowHeaderLeft = content.left();
            const qreal gridLeft = content.left() + rowHeaderW;
            // Columns share the width, up to a width beyond which a row no longer reads as one line.
            auto widthFor = [&](qreal overhang) {
                return std::min((content.right() - overhang - gridLeft) / nf, 240 * s);
            };
            l.cellW = std::max(widthFor(0.0), 1.0);
            l.rotated = columnTextW + 8 * s > l.cellW;
            l.twoLineHeaders = false;
            l.overhang = 0.0;
            if (l.rotated) {
                // Level on two lines, broken at an underscore or a space, reads better than rotated.
                qreal brokenW = 0.0;
                bool breakable = true;
                for (std::size_t f = 0; f < m_features.size() && breakable; ++f) {
                    const QString name = QString::fromStdString(m_features[f]);
                    qreal w = columnW[f];
                    if (w + 8 * s > l.cellW) breakable = headerBreak(name, arrow, columnFm, &w) >= 0;
                    brokenW = std::max(brokenW, w);
                }
                if (breakable && brokenW + 8 * s <= l.cellW) {
                    l.rotated = false;
                    l.twoLineHeaders = true;
                }
            }
            if (l.rotated) {
                // Headers at 45 degrees: the text may run up to a third of the height; whatever is longer is
                // elided.
                const qreal maxH = std::max(content.height() * 0.33, 40 * s);
                l.headerTextMax = std::min(columnTextW, (maxH - columnFm.height() * kSin45 - 6 * s) / kSin45);
                l.headerH = l.headerTextMax * kSin45 + columnFm.height() * kSin45 + 6 * s;
                // The last columns' headers reach past the grid's right edge: shrink the cells to make room.
                auto overhangFor = [&](qreal cellW) {
                    qreal overhang = 0.0;
                    for (int j = 0; j < nf; ++j) {
                        const qreal w =
                            std::min(columnW[std::size_t(m_columnOrder[std::size_t(j)])], l.headerTextMax);
                        const qreal reach = (w + columnFm.height() / 2) * kSin45;
                        overhang = std::max(overhang, reach - (nf - j - 0.5) * cellW);
                    }
                    return overhang;
                };
                for (int iteration = 0; iteration < 2; ++iteration)
                    l.cellW = std::max(widthFor(overhangFor(l.cellW)), 1.0);
                l.overhang = std::max(overhangFor(l.cellW), 0.0);
            } else {
                l.headerTextMax = l.cellW - 4 * s;
                l.headerH = columnFm.height() * (l.twoLineHeaders ? 2 : 1) + 8 * s;
            }
            const qreal gridTop = y + l.headerH;
            // Rows share the height, up to 80% of the cell width (at least 46 px, or room for two and a half
            // row headers): a few segments become tiles, not slabs.
            const qreal maxH = std::max({46 * s, l.cellW * 0.8, 2.6 * (rowFm.height() + sizeFm.height())});
            l.cellH = std::max(std::min((content.bottom() - gridTop) / m_k, maxH), 1.0);
            l.grid = QRectF(gridLeft, gridTop, l.cellW * nf, l.cellH * m_k);
            if (l.cellH >= rowFm.height() + sizeFm.height() + 4 * s) break;
        }
        return l;
    };

    Layout l = fit(1.0);
    if (l.empty) return l;

    // Big charts (exports, meeting-room screens) grow their labels with the cells, within limits.
    const qreal grow = std::clamp(std::min(l.cellW / (115 * s), l.cellH / (56 * s)), 1.0, 1.35);
    if (grow > 1.01) {
        Layout grown = fit(grow);
        // Only when the grown labels keep the row and column headers as they were (or better).
        if ((grown.twoLineRows || !l.twoLineRows) && (!grown.rotated || l.rotated)) l = grown;
    }

    // The cell annotations grow with the cells, up to 60% larger (and a little larger than the headers)
    // while the widest stays well inside; in cramped cells they shrink a little so more of them fit.
    {
        const QFontMetricsF cellFm(l.cellFont, dev);
        const QLocale locale;
        qreal widest = 1.0;
        for (int segment = 0; segment < m_k; ++segment)
            for (int feature = 0; feature < nf; ++feature)
                widest = std::max(
                    widest, cellFm.horizontalAdvance(compactNumber(cellMean(segment, feature), locale)));
        const qreal roomy = std::min(l.cellH / (2.4 * cellFm.height()), (l.cellW - 20 * s) / widest);
        const qreal fits = std::min(l.cellH / cellFm.height(), (l.cellW - 6 * s) / widest);
        const qreal cellGrow =
            roomy >= 1.0 ? std::min({roomy, 1.6, 1.25 * grow}) : std::clamp(fits, 0.85, 1.0);
        l.cellFont = sized(base, 9.0 * cellGrow);
    }

    // Left over room (few features or segments on a big page): the table is centred, a little above the
    // middle, and the legend stays with it at its top right.
    const qreal blockRight = l.grid.right() + l.overhang;
    const qreal dx = std::max(0.0, (content.right() - blockRight) / 2);
    const qreal dy = std::max(0.0, (content.bottom() - l.grid.bottom()) * 0.4);
    l.rowHeaderLeft += dx;
    l.grid.translate(dx, dy);
    const qreal barW = l.legendBar.width();
    if (l.legendBesideTitle) {
        // Right-aligned over the grid; while it still shares the title's line, clear of the title.
        qreal left = l.grid.right() - barW;
        l.legendBar.translate(0, dy);
        if (l.legendBar.top() < l.note.bottom() + 4 * s)
            left = std::max(left, content.left() + l.textW + 24 * s);
        l.legendBar.moveLeft(std::min(left, content.right() - barW));
    } else if (dy > 0 || dx > 0) {
        l.legendBar.translate(dx, dy);
    }
    return l;
}

QRectF ProfileHeatmapView::cellRect(int segment, int feature) const {
    return cellRect(segment, feature, rect(), this);
}

QRectF ProfileHeatmapView::cellRect(int segment, int feature, const QRectF& bounds,
                                    const QPaintDevice* device) const {
    if (!valid(segment, feature)) return {};
    const auto row = std::find(m_rowOrder.begin(), m_rowOrder.end(), segment) - m_rowOrder.begin();
    const auto column =
        std::find(m_columnOrder.begin(), m_columnOrder.end(), feature) - m_columnOrder.begin();
    return layout(bounds, device).cell(int(row), int(column));
}

QRectF ProfileHeatmapView::rowHeaderRect(int segment, const QRectF& bounds,
                                         const QPaintDevice* device) const {
    if (segment < 0 || segment >= m_k || m_features.empty()) return {};
    const auto row = std::find(m_rowOrder.begin(), m_rowOrder.end(), segment) - m_rowOrder.begin();
    return layout(bounds, device).rowHeader(int(row));
}

QRectF ProfileHeatmapView::columnHeaderRect(int feature, const QRectF& bounds,
                                            const QPaintDevice* device) const {
    if (feature < 0 || feature >= featureCount() || m_k == 0) return {};
    const auto column =
        std::find(m_columnOrder.begin(), m_columnOrder.end(), feature) - m_columnOrder.begin();
    return layout(bounds, device).columnHeader(int(column));
}

int ProfileHeatmapView::segmentAtRowHeader(const QPointF& pos) const {
    const Layout l = layout(rect(), this);
    if (l.empty) return -1;
    for (int row = 0; row < m_k; ++row)
        if (l.rowHeader(row).contains(pos)) return m_rowOrder[std::size_t(row)];
    return -1;
}

int ProfileHeatmapView::featureAtColumnHeader(const QPointF& pos) const {
    const Layout l = layout(rect(), this);
    if (l.empty) return -1;
    for (int column = 0; column < featureCount(); ++column)
        if (l.columnHeader(column).contains(pos)) return m_columnOrder[std::size_t(column)];
    return -1;
}

QString ProfileHeatmapView::toolTipAt(const QPointF& pos) const {
    const Layout l = layout(rect(), this);
    if (l.empty) return {};
    const QLocale locale;
    if (l.grid.contains(pos)) {
        const int row = std::clamp(int((pos.y() - l.grid.top()) / l.cellH), 0, m_k - 1);
        const int column = std::clamp(int((pos.x() - l.grid.left()) / l.cellW), 0, featureCount() - 1);
        const int segment = m_rowOrder[std::size_t(row)];
        const int feature = m_columnOrder[std::size_t(column)];
        const double mean = cellMean(segment, feature);
        const double diff = cellDifference(segment, feature);
        const QString diffText = std::isfinite(diff)
                                     ? tr("%1 sd").arg((diff > 0 ? QStringLiteral("+") : QString()) +
                                                       locale.toString(diff, 'f', 2))
                                     : tr("n/a");
        return tr("%1 · %2\nSegment average: %3\nOverall average: %4\nDifference: %5")
            .arg(
                segmentName(segment), QString::fromStdString(m_features[std::size_t(feature)]),
                std::isfinite(mean) ? preciseNumber(mean, locale) : tr("n/a"),
                std::isfinite(overallMean(feature)) ? preciseNumber(overallMean(feature), locale) : tr("n/a"),
                diffText);
    }
    for (int row = 0; row < m_k; ++row)
        if (l.rowHeader(row).contains(pos)) {
            const int segment = m_rowOrder[std::size_t(row)];
            return tr("%1: %2 customers (%3%)\nClick to sort the features by this segment; Ctrl+click to "
                      "select it in the other charts.")
                .arg(segmentName(segment), locale.toString(qulonglong(segmentSize(segment))),
                     locale.toString(segmentShare(segment) * 100.0, 'f', 1));
        }
    for (int column = 0; column < featureCount(); ++column)
        if (l.columnHeader(column).contains(pos))
            return tr("%1\nClick to sort the segments by this feature.")
                .arg(QString::fromStdString(m_features[std::size_t(m_columnOrder[std::size_t(column)])]));
    return {};
}

void ProfileHeatmapView::paint(QPainter& painter, const QRectF& bounds) const {
    const Layout l = layout(bounds, painter.device());
    const qreal s = l.s;
    const QLocale locale;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(bounds, Qt::white);

    painter.setPen(kText);
    painter.setFont(l.titleFont);
    painter.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter, tr("Segment profiles"));
    painter.setFont(l.noteFont);
    painter.setPen(kMuted);
    painter.drawText(l.note, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(l.noteFont, painter.device())
                         .elidedText(tr("Segment average in each cell; colour shows its difference from "
                                        "the average customer"),
                                     Qt::ElideRight, l.note.width()));

    // Legend: the palette from -2 to +2 sd with its ends and middle named.
    QLinearGradient gradient(l.legendBar.topLeft(), l.legendBar.topRight());
    for (int i = 0; i <= 40; ++i) {
        const double t = i / 40.0;
        gradient.setColorAt(t, divergingColor((t * 2.0 - 1.0) * kClampSd));
    }
    painter.setPen(QPen(kGrid, 1 * s));
    painter.setBrush(gradient);
    painter.drawRect(l.legendBar);
    painter.setFont(l.legendFont);
    painter.setPen(kText);
    const QFontMetricsF legendFm(l.legendFont, painter.device());
    const QRectF labels(l.legendBar.left(), l.legendBar.bottom() + 3 * s, l.legendBar.width(),
                        legendFm.height());
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignTop, tr("-2 sd"));
    painter.drawText(labels, Qt::AlignHCenter | Qt::AlignTop, tr("average"));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignTop, tr("+2 sd"));

    if (l.empty) {
        painter.setFont(l.noteFont);
        painter.setPen(kMuted);
        painter.drawText(l.grid, Qt::AlignCenter, tr("Run a segmentation to see how its segments differ"));
        painter.restore();
        return;
    }

    const int nf = featureCount();
    const QString down = QStringLiteral(" \u25BC"), up = QStringLiteral(" \u25B2");

    // Column headers: feature names, level when they fit (on two lines if need be), else at 45 degrees
    // reading upwards.
    painter.setFont(l.columnFont);
    const QFontMetricsF columnFm(l.columnFont, painter.device());
    for (int column = 0; column < nf; ++column) {
        const int feature = m_columnOrder[std::size_t(column)];
        QString text = QString::fromStdString(m_features[std::size_t(feature)]);
        const QString suffix =
            feature == m_rowSortFeature ? (m_rowSortOrder == Qt::DescendingOrder ? down : up) : QString();
        const qreal suffixW = columnFm.horizontalAdvance(suffix);
        if (l.twoLineHeaders && columnFm.horizontalAdvance(text) + suffixW > l.headerTextMax) {
            qreal w = 0.0;
            const int at = headerBreak(text, suffix, columnFm, &w);
            text = at >= 0 && w <= l.headerTextMax
                       ? brokenHeader(text, suffix, at)
                       : columnFm.elidedText(text, Qt::ElideMiddle, l.headerTextMax - suffixW) + suffix;
        } else {
            text = columnFm.elidedText(text, Qt::ElideMiddle, l.headerTextMax - suffixW) + suffix;
        }
        const QRectF header = l.columnHeader(column);
        painter.setPen(kText);
        if (l.rotated) {
            painter.save();
            painter.translate(header.center().x(), header.bottom() - 4 * s);
            painter.rotate(-45);
            painter.drawText(QRectF(0, -columnFm.height() / 2, l.headerTextMax + 4 * s, columnFm.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, text);
            painter.restore();
        } else {
            painter.drawText(header.adjusted(2 * s, 0, -2 * s, -4 * s), Qt::AlignHCenter | Qt::AlignBottom,
                             text);
        }
    }

    // Cells: colour by difference, the real mean written in it when it fits.
    painter.setFont(l.cellFont);
    const QFontMetricsF cellFm(l.cellFont, painter.device());
    const qreal gap = std::min(1.0 * s, std::min(l.cellW, l.cellH) / 4);
    for (int row = 0; row < m_k; ++row) {
        const int segment = m_rowOrder[std::size_t(row)];
        for (int column = 0; column < nf; ++column) {
            const int feature = m_columnOrder[std::size_t(column)];
            const QRectF cell = l.cell(row, column);
            const QColor fill = divergingColor(cellDifference(segment, feature));
            painter.fillRect(cell.adjusted(gap / 2, gap / 2, -gap / 2, -gap / 2), fill);
            const QString text = compactNumber(cellMean(segment, feature), locale);
            if (cellFm.horizontalAdvance(text) <= cell.width() - 4 * s && cellFm.height() <= cell.height()) {
                painter.setPen(textOn(fill));
                painter.drawText(cell, Qt::AlignCenter, text);
            }
        }
    }
    // A hairline around the grid keeps white (average) cells at the edge from melting into the page.
    painter.setPen(QPen(kGrid, 1 * s));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(l.grid);

    // Row headers: swatch, name, size.
    const QFontMetricsF rowFm(l.rowBoldFont, painter.device()), sizeFm(l.sizeFont, painter.device());
    const qreal swatch = l.swatch;
    for (int row = 0; row < m_k; ++row) {
        const int segment = m_rowOrder[std::size_t(row)];
        const QRectF header = l.rowHeader(row);
        painter.setPen(Qt::NoPen);
        painter.setBrush(SegmentPalette::color(segment));
        painter.drawRoundedRect(QRectF(header.left(), header.center().y() - swatch / 2, swatch, swatch),
                                2 * s, 2 * s);
        const QString suffix = segment == m_columnSortSegment
                                   ? (m_columnSortOrder == Qt::DescendingOrder ? down : up)
                                   : QString();
        const qreal textLeft = header.left() + swatch + 6 * s;
        const qreal textW = header.right() - 8 * s - textLeft;
        const QString size = tr("%1 · %2%")
                                 .arg(locale.toString(qulonglong(segmentSize(segment))))
                                 .arg(locale.toString(segmentShare(segment) * 100.0, 'f', 1));
        const QString name =
            rowFm.elidedText(segmentName(segment), Qt::ElideRight, textW - rowFm.horizontalAdvance(suffix)) +
            suffix;
        painter.setFont(segment == m_highlighted ? l.rowBoldFont : l.rowFont);
        painter.setPen(kText);
        if (l.twoLineRows) {
            const qreal top = header.center().y() - (rowFm.height() + sizeFm.height()) / 2;
            painter.drawText(QRectF(textLeft, top, textW, rowFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             name);
            painter.setFont(l.sizeFont);
            painter.setPen(kMuted);
            painter.drawText(QRectF(textLeft, top + rowFm.height(), textW, sizeFm.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             sizeFm.elidedText(size, Qt::ElideRight, textW));
        } else {
            const qreal nameW = rowFm.horizontalAdvance(name);
            painter.drawText(QRectF(textLeft, header.top(), textW, header.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, name);
            painter.setFont(l.sizeFont);
            painter.setPen(kMuted);
            const qreal left = textLeft + nameW + 10 * s;
            if (left < textLeft + textW)
                painter.drawText(QRectF(left, header.top(), textLeft + textW - left, header.height()),
                                 Qt::AlignLeft | Qt::AlignVCenter,
                                 sizeFm.elidedText(size, Qt::ElideRight, textLeft + textW - left));
        }
    }

    // The segment selected in a linked view: an outline around its whole row.
    if (m_highlighted >= 0) {
        const auto row =
            int(std::find(m_rowOrder.begin(), m_rowOrder.end(), m_highlighted) - m_rowOrder.begin());
        const QRectF band(l.rowHeaderLeft - 4 * s, l.grid.top() + row * l.cellH,
                          l.grid.right() - l.rowHeaderLeft + 4 * s, l.cellH);
        painter.setPen(QPen(kText, 2 * s));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(band, 3 * s, 3 * s);
    }
    painter.restore();
}

QImage ProfileHeatmapView::render(QSize size, qreal dpr) const {
    return chart::renderImage(size, dpr, [this](QPainter& p, const QRectF& r) { paint(p, r); });
}

void ProfileHeatmapView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, rect());
}

void ProfileHeatmapView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->position();
    if (const int feature = featureAtColumnHeader(pos); feature >= 0) {
        const bool reverse = feature == m_rowSortFeature && m_rowSortOrder == Qt::DescendingOrder;
        sortRowsBy(feature, reverse ? Qt::AscendingOrder : Qt::DescendingOrder);
        event->accept();
        return;
    }
    if (const int segment = segmentAtRowHeader(pos); segment >= 0) {
        if (event->modifiers() & Qt::ControlModifier) {
            highlightSegment(segment);
            emit segmentClicked(segment);
        } else {
            const bool reverse = segment == m_columnSortSegment && m_columnSortOrder == Qt::DescendingOrder;
            sortColumnsBy(segment, reverse ? Qt::AscendingOrder : Qt::DescendingOrder);
        }
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void ProfileHeatmapView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        if (const int segment = segmentAtRowHeader(event->position()); segment >= 0) {
            highlightSegment(segment);
            emit segmentActivated(segment);
            event->accept();
            return;
        }
        // A double click on a feature counts as two clicks: sort, then reverse.
        if (featureAtColumnHeader(event->position()) >= 0) {
            mousePressEvent(event);
            return;
        }
    }
    QWidget::mouseDoubleClickEvent(event);
}

bool ProfileHeatmapView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

}  // namespace seg::ui
