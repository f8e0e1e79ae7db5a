#include "HeatmapChart.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>

#include "Axis.h"
#include "Share.h"
#include "Text.h"

namespace seg::chart {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// The cell annotation's base size (points), before it grows with big cells or shrinks with small ones.
constexpr qreal kCellPoints = 9.0;
// A cell without data: a neutral grey, neither warm nor cool (part of the colour scale, not the style).
constexpr QRgb kNoData = 0xE6E6E6;

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
    if (!std::isfinite(difference)) return QColor(kNoData);
    const double t = std::clamp(difference / HeatmapChart::kClampSd, -1.0, 1.0);
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
QColor textOn(const QColor& background, const QColor& dark) {
    const double l = luminance(background);
    const double onWhite = 1.05 / (l + 0.05);
    const double onDark = (l + 0.05) / (luminance(dark) + 0.05);
    return onWhite > onDark ? QColor(Qt::white) : dark;
}

// Four significant digits (at most six decimals), group separators, no trailing zeros: for tooltips.
QString preciseNumber(double value, const QLocale& locale) {
    if (value == 0.0) return locale.toString(0);
    const int magnitude = int(std::floor(std::log10(std::abs(value))));
    const int decimals = std::clamp(3 - magnitude, 0, 6);
    return stripZeros(locale.toString(value, 'f', decimals), locale);
}

const qreal kSin45 = std::sqrt(0.5);

QString downArrow() {
    return QStringLiteral(" \u25BC");
}
QString upArrow() {
    return QStringLiteral(" \u25B2");
}

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

// Stable order by `key`, highest first for descending; NaN (no data) always last.
template <typename Key>
void sortBy(std::vector<int>& order, Qt::SortOrder direction, Key key) {
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const double ka = key(a), kb = key(b);
        if (std::isnan(ka) || std::isnan(kb)) return !std::isnan(ka) && std::isnan(kb);
        return direction == Qt::DescendingOrder ? ka > kb : ka < kb;
    });
}

// Whether `text` fits a cell of `cellW` x `cellH` in `fm` with a little air at its sides.
bool fitsCell(const QFontMetricsF& fm, const QString& text, qreal cellW, qreal cellH, qreal s) {
    return fm.horizontalAdvance(text) <= cellW - 4 * s && fm.height() <= cellH;
}

}  // namespace

void HeatmapChart::setProfile(std::shared_ptr<const seg::data::Table> table, std::vector<int> rowLabels,
                              int k, std::vector<std::string> features, std::size_t totalCustomers) {
    m_table = std::move(table);
    m_labels = std::move(rowLabels);
    m_k = std::max(k, 0);
    m_features = std::move(features);
    m_total = totalCustomers > 0 ? totalCustomers : m_table ? m_table->rowCount() : m_labels.size();
    compute();
    if (m_rowSortFeature >= featureCount()) m_rowSortFeature = -1;
    if (m_columnSortSegment >= m_k) m_columnSortSegment = -1;
    applyRowSort();
    applyColumnSort();
    invalidate();
}

void HeatmapChart::compute() {
    const std::size_t nf = m_features.size();
    const auto k = std::size_t(m_k);
    m_mean.assign(k * nf, kNaN);
    m_diff.assign(k * nf, kNaN);
    m_overallMean.assign(nf, kNaN);
    m_overallSd.assign(nf, kNaN);
    m_sizes.assign(k, 0);
    const std::size_t rows = m_table ? std::min(m_table->rowCount(), m_labels.size()) : 0;
    for (std::size_t r = 0; r < rows; ++r) {
        const int label = m_labels[r];
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

QString HeatmapChart::title() const {
    return tr("Segment profiles");
}

QString HeatmapChart::subtitle() const {
    return tr("Segment average in each cell; colour shows its difference from the average customer");
}

bool HeatmapChart::valid(int segment, int feature) const {
    return segment >= 0 && segment < m_k && feature >= 0 && feature < featureCount();
}

double HeatmapChart::cellMean(int segment, int feature) const {
    return valid(segment, feature) ? m_mean[std::size_t(segment) * m_features.size() + std::size_t(feature)]
                                   : kNaN;
}

double HeatmapChart::cellDifference(int segment, int feature) const {
    return valid(segment, feature) ? m_diff[std::size_t(segment) * m_features.size() + std::size_t(feature)]
                                   : kNaN;
}

double HeatmapChart::overallMean(int feature) const {
    return feature >= 0 && feature < featureCount() ? m_overallMean[std::size_t(feature)] : kNaN;
}

double HeatmapChart::overallSd(int feature) const {
    return feature >= 0 && feature < featureCount() ? m_overallSd[std::size_t(feature)] : kNaN;
}

std::size_t HeatmapChart::segmentSize(int segment) const {
    return segment >= 0 && segment < m_k ? m_sizes[std::size_t(segment)] : 0;
}

double HeatmapChart::segmentShare(int segment) const {
    return shareOfAll(segmentSize(segment), m_total);
}

QString HeatmapChart::sizeText(int segment) const {
    return tr("%1 · %2").arg(QLocale().toString(qulonglong(segmentSize(segment))),
                             shareText(segmentSize(segment), m_total));
}

int HeatmapChart::highlightedSegment() const {
    const int h = highlight();
    return h >= 0 && h < m_k ? h : -1;
}

void HeatmapChart::applyRowSort() {
    m_rowOrder.resize(std::size_t(m_k));
    std::iota(m_rowOrder.begin(), m_rowOrder.end(), 0);
    if (m_rowSortFeature >= 0)
        sortBy(m_rowOrder, m_rowSortOrder, [&](int s) { return cellDifference(s, m_rowSortFeature); });
}

void HeatmapChart::applyColumnSort() {
    m_columnOrder.resize(m_features.size());
    std::iota(m_columnOrder.begin(), m_columnOrder.end(), 0);
    if (m_columnSortSegment >= 0)
        sortBy(m_columnOrder, m_columnSortOrder,
               [&](int f) { return cellDifference(m_columnSortSegment, f); });
}

void HeatmapChart::sortRowsBy(int feature, Qt::SortOrder order) {
    m_rowSortFeature = feature >= 0 && feature < featureCount() ? feature : -1;
    m_rowSortOrder = order;
    applyRowSort();
    invalidate();
}

void HeatmapChart::sortColumnsBy(int segment, Qt::SortOrder order) {
    m_columnSortSegment = segment >= 0 && segment < m_k ? segment : -1;
    m_columnSortOrder = order;
    applyColumnSort();
    invalidate();
}

void HeatmapChart::resetOrder() {
    m_rowSortFeature = -1;
    m_columnSortSegment = -1;
    applyRowSort();
    applyColumnSort();
    invalidate();
}

int HeatmapChart::displayRow(int segment) const {
    return int(std::find(m_rowOrder.begin(), m_rowOrder.end(), segment) - m_rowOrder.begin());
}

int HeatmapChart::displayColumn(int feature) const {
    return int(std::find(m_columnOrder.begin(), m_columnOrder.end(), feature) - m_columnOrder.begin());
}

QRectF HeatmapChart::cellAt(int row, int column) const {
    return {m_g.grid.left() + column * m_g.cellW, m_g.grid.top() + row * m_g.cellH, m_g.cellW, m_g.cellH};
}

QRectF HeatmapChart::rowHeaderAt(int row) const {
    return {m_g.rowHeaderLeft, m_g.grid.top() + row * m_g.cellH, m_g.grid.left() - m_g.rowHeaderLeft,
            m_g.cellH};
}

QRectF HeatmapChart::columnHeaderAt(int column) const {
    return {m_g.grid.left() + column * m_g.cellW, m_g.grid.top() - m_g.headerH, m_g.cellW, m_g.headerH};
}

HeatmapChart::Geometry HeatmapChart::fit(const QPaintDevice* device, qreal grow) const {
    const qreal s = scale();
    const ChartStyle& st = style();
    auto* dev = const_cast<QPaintDevice*>(device);
    const QRectF content = contentRect();
    const QString arrow = downArrow();
    const int nf = featureCount();

    Geometry g;
    g.noteFont = st.noteFont();
    g.legendFont = st.font(st.tickPt * grow);
    g.rowFont = st.font(st.labelPt * grow);
    g.rowBoldFont = st.font(st.labelPt * grow, true);
    g.sizeFont = st.font(st.tickPt * grow);
    g.cellFont = st.font(kCellPoints);
    g.swatch = 10 * s * grow;
    const QFontMetricsF noteFm(g.noteFont, dev), legendFm(g.legendFont, dev), rowFm(g.rowBoldFont, dev),
        sizeFm(g.sizeFont, dev);

    // The legend (the palette from -2 to +2 sd, its ends and middle named) at the top right of the table.
    const qreal barW = std::min(200 * s * grow, content.width());
    const qreal barH = 10 * s * grow;
    const qreal legendH = barH + 3 * s + legendFm.height();
    if (!hasData()) {
        g.legendBar = QRectF(content.right() - barW, content.top(), barW, barH);
        g.grid = QRectF(QPointF(content.left(), content.top() + legendH + 12 * s), content.bottomRight());
        return g;
    }

    qreal nameW = 0.0, sizeW = 0.0;
    for (int i = 0; i < m_k; ++i) {
        nameW = std::max(nameW, rowFm.horizontalAdvance(segments().name(i) + arrow));
        sizeW = std::max(sizeW, sizeFm.horizontalAdvance(sizeText(i)));
    }
    const qreal arrowW = rowFm.horizontalAdvance(arrow);
    // Beyond this width a name wraps (up to three lines) rather than pushing the grid aside; widened (up to
    // the row headers' share of the width) until every name fits the lines its row has room for.
    const qreal headerMax = content.width() * 0.4;
    const qreal roomMax = std::max(headerMax - g.swatch - 20 * s - arrowW, 1.0);
    qreal nameRoom = std::min(std::max({sizeW, 150 * s * grow, content.width() * 0.22}), roomMax);
    auto widenFor = [&](int lines) {
        for (int i = 0; i < m_k; ++i) {
            const QString name = segments().name(i);
            while (nameRoom < roomMax &&
                   wrapText(name, g.rowBoldFont, device, nameRoom, lines).join(QLatin1Char(' ')) !=
                       name.simplified())
                nameRoom = std::min(nameRoom * 1.08, roomMax);
        }
    };
    widenFor(3);

    // Feature names in the column headers, at `points`.
    std::vector<qreal> columnW(m_features.size());
    qreal columnTextW = 0.0;
    auto measureColumns = [&](qreal points) {
        g.columnFont = st.font(points);
        const QFontMetricsF fm(g.columnFont, dev);
        columnTextW = 0.0;
        for (std::size_t f = 0; f < m_features.size(); ++f) {
            columnW[f] = fm.horizontalAdvance(QString::fromStdString(m_features[f]) + arrow);
            columnTextW = std::max(columnTextW, columnW[f]);
        }
        return fm.height();
    };
    // The narrowest a cell may be for its number at the smallest size.
    qreal minCellW = 1.0;
    {
        const QFontMetricsF smallest(st.font(kMinCellPoints), dev);
        for (int segment = 0; segment < m_k; ++segment)
            for (int feature = 0; feature < nf; ++feature)
                minCellW = std::max(minCellW, smallest.horizontalAdvance(cellText(segment, feature)) + 6 * s);
    }
    const QString note =
        tr("Shares are of all customers in the table (%1).").arg(QLocale().toString(qulonglong(m_total)));

    auto passes = [&] {
        for (int pass = 0; pass < 2; ++pass) {
            g.sizeBelow = pass == 0;
            g.rowFont = st.font(st.labelPt * grow);
            g.rowBoldFont = st.font(st.labelPt * grow, true);
            g.sizeFont = st.font(st.tickPt * grow);
            const qreal names = std::min(nameW, nameRoom + arrowW);
            const qreal labelW = g.sizeBelow ? std::max(names, sizeW) : names + 10 * s + sizeW;
            qreal rowHeaderW = std::min(g.swatch + 6 * s + labelW + 14 * s, headerMax);
            g.rowHeaderLeft = content.left();
            // Columns share the width, up to a width beyond which a row no longer reads as one line.
            auto widthFor = [&](qreal overhang) {
                return std::min((content.right() - overhang - content.left() - rowHeaderW) / nf, 240 * s);
            };
            auto columns = [&] {
                qreal columnH = measureColumns(9.0 * grow);
                QFontMetricsF columnFm(g.columnFont, dev);
                g.cellW = std::max(widthFor(0.0), 1.0);
                g.rotated = columnTextW + 8 * s > g.cellW;
                g.twoLineHeaders = false;
                g.overhang = 0.0;
                if (g.rotated) {
                    // Level on two lines, broken at an underscore or a space, reads better than rotated.
                    qreal brokenW = 0.0;
                    bool breakable = true;
                    for (std::size_t f = 0; f < m_features.size() && breakable; ++f) {
                        const QString name = QString::fromStdString(m_features[f]);
                        qreal w = columnW[f];
                        if (w + 8 * s > g.cellW) breakable = headerBreak(name, arrow, columnFm, &w) >= 0;
                        brokenW = std::max(brokenW, w);
                    }
                    if (breakable && brokenW + 8 * s <= g.cellW) {
                        g.rotated = false;
                        g.twoLineHeaders = true;
                    }
                }
                if (g.rotated) {
                    // Headers at 45 degrees may run up to a third of the height; a longer name first
                    // shrinks its header font (to 7 pt), and only then is elided (the tooltip names it).
                    const qreal maxH = std::max(content.height() * 0.33, 40 * s);
                    auto textMax = [&] { return (maxH - columnH * kSin45 - 6 * s) / kSin45; };
                    if (columnTextW > textMax()) {
                        const qreal points = std::max(7.0, 9.0 * grow * textMax() / columnTextW);
                        columnH = measureColumns(points);
                        columnFm = QFontMetricsF(g.columnFont, dev);
                    }
                    g.headerTextMax = std::max(std::min(columnTextW, textMax()), 1.0);
                    g.headerH = g.headerTextMax * kSin45 + columnH * kSin45 + 6 * s;
                    // The last columns' headers reach past the grid's right edge: shrink the cells to make
                    // room.
                    auto overhangFor = [&](qreal cellW) {
                        qreal overhang = 0.0;
                        for (int j = 0; j < nf; ++j) {
                            const qreal w = std::min(columnW[std::size_t(m_columnOrder[std::size_t(j)])],
                                                     g.headerTextMax);
                            const qreal reach = (w + 4 * s + columnH / 2) * kSin45;
                            overhang = std::max(overhang, reach - (nf - j - 0.5) * cellW);
                        }
                        return overhang;
                    };
                    for (int iteration = 0; iteration < 2; ++iteration)
                        g.cellW = std::max(widthFor(overhangFor(g.cellW)), 1.0);
                    g.overhang = std::max(overhangFor(g.cellW), 0.0);
                } else {
                    g.headerTextMax = g.cellW - 4 * s;
                    g.headerH = columnH * (g.twoLineHeaders ? 2 : 1) + 8 * s;
                }
            };
            columns();
            // Cells too narrow for their numbers even at the smallest size take width from the row
            // headers (down to a short name's width); the names then wrap or shrink instead.
            if (g.cellW < minCellW) {
                const qreal floorW = g.swatch + 6 * s + std::min(names, 90 * s) + 14 * s;
                const qreal narrower = std::max(floorW, rowHeaderW - (minCellW - g.cellW) * nf);
                if (narrower < rowHeaderW) {
                    rowHeaderW = narrower;
                    columns();
                }
            }
            const qreal gridLeft = content.left() + rowHeaderW;

            // Lines the longest name needs at this width.
            const qreal wrapW = std::max(rowHeaderW - g.swatch - 14 * s - arrowW, 1.0);
            int linesNeeded = 1;
            for (int i = 0; i < m_k; ++i)
                linesNeeded = std::max(
                    linesNeeded, int(wrapText(segments().name(i), g.rowBoldFont, device, wrapW, 3).size()));

            // The note on shares sits left of the legend when there is room, else under it.
            const qreal blockW = rowHeaderW + g.cellW * nf + g.overhang;
            const qreal noteW = rowHeaderW + g.cellW * nf - barW - 16 * s;
            qreal legendRowH = legendH;
            if (noteW >= 140 * s) {
                g.noteLines = wrapText(note, g.noteFont, device, noteW, 3);
                g.noteRect =
                    QRectF(content.left(), content.top(), noteW, noteFm.height() * g.noteLines.size());
                legendRowH = std::max(legendH, g.noteRect.height());
            } else {
                g.noteLines = wrapText(note, g.noteFont, device, std::min(blockW, content.width()), 3);
                g.noteRect = QRectF(content.left(), content.top() + legendH + 4 * s,
                                    std::min(blockW, content.width()), noteFm.height() * g.noteLines.size());
                legendRowH = legendH + 4 * s + g.noteRect.height();
            }
            g.legendBar = QRectF(gridLeft + g.cellW * nf - barW, content.top(), barW, barH);
            if (g.legendBar.right() > content.right()) g.legendBar.moveRight(content.right());
            if (g.legendBar.left() < content.left()) g.legendBar.moveLeft(content.left());

            const qreal gridTop = content.top() + legendRowH + 12 * s + g.headerH;
            // Rows share the height, up to 80% of the cell width (at least 46 px, or room for two and a
            // half row headers, or for the longest name wrapped): a few segments become tiles, not slabs.
            const qreal maxH = std::max({46 * s, g.cellW * 0.8, 2.6 * (rowFm.height() + sizeFm.height()),
                                         linesNeeded * rowFm.height() + sizeFm.height() + 8 * s});
            g.cellH = std::max(std::min((content.bottom() - gridTop) / m_k, maxH), 1.0);
            g.grid = QRectF(gridLeft, gridTop, g.cellW * nf, g.cellH * m_k);
            if (g.cellH >= rowFm.height() + sizeFm.height() + 4 * s) {
                g.nameLinesMax = std::clamp(int((g.cellH - sizeFm.height() - 4 * s) / rowFm.height()), 1, 3);
                return;
            }
            g.nameLinesMax = std::clamp(int(g.cellH / rowFm.height()), 1, 3);
        }
        // Rows thinner than a name: the names shrink (down to the smallest size) rather than overprint.
        if (rowFm.height() > g.cellH) {
            const qreal f = g.cellH / rowFm.height();
            g.rowFont = st.font(std::max(kMinCellPoints, st.labelPt * grow * f));
            g.rowBoldFont = st.font(std::max(kMinCellPoints, st.labelPt * grow * f), true);
            g.sizeFont = st.font(std::max(kMinCellPoints, st.tickPt * grow * f));
        }
    };
    passes();
    // Rows with room for fewer lines than a long name needs: wider row headers, so it needs fewer.
    if (g.sizeBelow && g.nameLinesMax < 3) {
        const qreal before = nameRoom;
        widenFor(g.nameLinesMax);
        if (nameRoom > before) passes();
    }
    return g;
}

void HeatmapChart::layoutContent(const QPaintDevice* device) {
    const qreal s = scale();
    auto* dev = const_cast<QPaintDevice*>(device);
    const QRectF content = contentRect();
    const QLocale locale;
    const int nf = featureCount();
    m_nameLines.assign(std::size_t(m_k), {});
    m_namePoints.assign(std::size_t(m_k), style().labelPt);
    m_clipped.assign(std::size_t(m_k) * std::size_t(nf), 0);

    m_g = fit(device, 1.0);
    if (!hasData()) return;

    // Big charts (exports, meeting-room screens) grow their labels with the cells, within limits.
    const qreal grow = std::clamp(std::min(m_g.cellW / (115 * s), m_g.cellH / (56 * s)), 1.0, 1.35);
    if (grow > 1.01) {
        Geometry grown = fit(device, grow);
        // Only when the grown labels keep the row and column headers as they were (or better).
        if ((grown.sizeBelow || !m_g.sizeBelow) && (!grown.rotated || m_g.rotated)) m_g = grown;
    }

    // The cell annotations grow with the cells, up to 60% larger (and a little larger than the headers)
    // while the widest stays well inside; in small cells they shrink until the widest fits, down to
    // kMinCellPoints. Every cell shows its value: one still too large at that size is drawn clipped.
    {
        const QFontMetricsF cellFm(m_g.cellFont, dev);
        qreal widest = 1.0;
        QString widestText;
        for (int segment = 0; segment < m_k; ++segment)
            for (int feature = 0; feature < nf; ++feature) {
                const QString text = cellText(segment, feature);
                const qreal w = cellFm.horizontalAdvance(text);
                if (w > widest) {
                    widest = w;
                    widestText = text;
                }
            }
        const qreal roomy = std::min(m_g.cellH / (2.4 * cellFm.height()), (m_g.cellW - 20 * s) / widest);
        const qreal fits = std::min(m_g.cellH / cellFm.height(), (m_g.cellW - 6 * s) / widest);
        const qreal cellGrow = roomy >= 1.0 ? std::min({roomy, 1.6, 1.25 * grow})
                                            : std::clamp(fits, kMinCellPoints / kCellPoints, 1.0);
        qreal points = kCellPoints * cellGrow;
        // Metrics do not scale exactly with the size: step down until the widest really fits.
        while (points > kMinCellPoints) {
            const QFontMetricsF fm(style().font(points), dev);
            if (fitsCell(fm, widestText, m_g.cellW, m_g.cellH, s)) break;
            points = std::max(points - 0.25, kMinCellPoints);
        }
        m_g.cellFont = style().font(points);
    }

    // Left over room (few features or segments on a big page): the table is centred, a little above the
    // middle, and the legend and the note on shares stay with it.
    const qreal blockRight = m_g.grid.right() + m_g.overhang;
    const qreal dx = std::max(0.0, (content.right() - blockRight) / 2);
    const qreal dy = std::max(0.0, (content.bottom() - m_g.grid.bottom()) * 0.4);
    m_g.rowHeaderLeft += dx;
    m_g.grid.translate(dx, dy);
    m_g.legendBar.translate(dx, dy);
    m_g.noteRect.translate(dx, dy);
    if (m_g.legendBar.right() > content.right()) m_g.legendBar.moveRight(content.right());

    const QFontMetricsF cellFm(m_g.cellFont, dev), rowFm(m_g.rowBoldFont, dev);
    for (int segment = 0; segment < m_k; ++segment)
        for (int feature = 0; feature < nf; ++feature)
            m_clipped[std::size_t(segment) * std::size_t(nf) + std::size_t(feature)] =
                !fitsCell(cellFm, cellText(segment, feature), m_g.cellW, m_g.cellH, s);
    const qreal textW = m_g.grid.left() - m_g.rowHeaderLeft - m_g.swatch - 14 * s;
    const qreal wrapW = std::max(textW - rowFm.horizontalAdvance(downArrow()), 1.0);
    const qreal sizeH = m_g.sizeBelow ? QFontMetricsF(m_g.sizeFont, dev).height() + 4 * s : 0.0;
    // A name that its lines cannot hold shrinks (down to the smallest size) before it is elided; all names
    // take the size the longest of those needs, so the headers read as one column. A name that fits at no
    // size is elided at that size.
    const qreal basePoints = m_g.rowBoldFont.pointSizeF();
    auto wrapAt = [&](const QString& name, qreal pt) {
        QFont font = m_g.rowBoldFont;
        font.setPointSizeF(pt);
        const int room = pt >= basePoints
                             ? m_g.nameLinesMax
                             : std::clamp(int((m_g.cellH - sizeH) / QFontMetricsF(font, dev).height()),
                                          m_g.nameLinesMax, 3);
        return wrapText(name, font, device, wrapW, room);
    };
    qreal points = basePoints;
    for (int segment = 0; segment < m_k; ++segment) {
        const QString name = segments().name(segment).simplified();
        for (qreal pt = points; pt >= kMinCellPoints; pt -= 0.5)
            if (wrapAt(name, pt).join(QLatin1Char(' ')) == name) {
                points = pt;
                break;
            }
    }
    m_namePoints.assign(std::size_t(m_k), points);
    for (int segment = 0; segment < m_k; ++segment)
        m_nameLines[std::size_t(segment)] = wrapAt(segments().name(segment), points);
    // Rows thinner than a name even at the smallest size (dozens of segments on a small chart): every n-th
    // row is named, so that names never overprint; the tooltip names each.
    qreal tallest = 0.0;
    for (int segment = 0; segment < m_k; ++segment) {
        QFont font = m_g.rowBoldFont;
        font.setPointSizeF(m_namePoints[std::size_t(segment)]);
        tallest = std::max(tallest, QFontMetricsF(font, dev).height() *
                                        std::max<qsizetype>(1, m_nameLines[std::size_t(segment)].size()));
    }
    m_g.labelEvery = std::max(1, int(std::ceil(tallest / std::max(m_g.cellH, 1e-9) - 1e-6)));
}

QRectF HeatmapChart::cellRect(int segment, int feature) const {
    if (!valid(segment, feature)) return {};
    return cellAt(displayRow(segment), displayColumn(feature));
}

QRectF HeatmapChart::rowHeaderRect(int segment) const {
    if (segment < 0 || segment >= m_k || m_features.empty()) return {};
    return rowHeaderAt(displayRow(segment));
}

QRectF HeatmapChart::columnHeaderRect(int feature) const {
    if (feature < 0 || feature >= featureCount() || m_k == 0) return {};
    return columnHeaderAt(displayColumn(feature));
}

QString HeatmapChart::cellText(int segment, int feature) const {
    if (!valid(segment, feature)) return {};
    return compactNumber(cellMean(segment, feature));
}

QFont HeatmapChart::cellFont(int segment, int feature) const {
    return valid(segment, feature) ? m_g.cellFont : QFont();
}

QColor HeatmapChart::cellColor(int segment, int feature) const {
    return valid(segment, feature) ? divergingColor(cellDifference(segment, feature)) : QColor();
}

bool HeatmapChart::cellTextClipped(int segment, int feature) const {
    const std::size_t i = std::size_t(segment) * m_features.size() + std::size_t(feature);
    return valid(segment, feature) && i < m_clipped.size() && m_clipped[i] != 0;
}

QStringList HeatmapChart::rowHeaderLines(int segment) const {
    return segment >= 0 && segment < int(m_nameLines.size()) ? m_nameLines[std::size_t(segment)]
                                                             : QStringList();
}

qreal HeatmapChart::rowHeaderPoints(int segment) const {
    return segment >= 0 && segment < int(m_namePoints.size()) ? m_namePoints[std::size_t(segment)] : 0.0;
}

int HeatmapChart::segmentAtRowHeader(QPointF pos) const {
    if (!hasData()) return -1;
    for (int row = 0; row < m_k; ++row)
        if (rowHeaderAt(row).contains(pos)) return m_rowOrder[std::size_t(row)];
    return -1;
}

int HeatmapChart::featureAtColumnHeader(QPointF pos) const {
    if (!hasData()) return -1;
    for (int column = 0; column < featureCount(); ++column)
        if (columnHeaderAt(column).contains(pos)) return m_columnOrder[std::size_t(column)];
    return -1;
}

Hit HeatmapChart::hitTest(QPointF pos) const {
    Hit hit;
    if (!hasData() || !isLaidOut()) return hit;
    const QLocale locale;
    if (m_g.grid.contains(pos)) {
        const int row = std::clamp(int((pos.y() - m_g.grid.top()) / m_g.cellH), 0, m_k - 1);
        const int column = std::clamp(int((pos.x() - m_g.grid.left()) / m_g.cellW), 0, featureCount() - 1);
        const int segment = m_rowOrder[std::size_t(row)];
        const int feature = m_columnOrder[std::size_t(column)];
        const double mean = cellMean(segment, feature);
        const double diff = cellDifference(segment, feature);
        const QString diffText = std::isfinite(diff)
                                     ? tr("%1 sd").arg((diff > 0 ? QStringLiteral("+") : QString()) +
                                                       locale.toString(diff, 'f', 2))
                                     : tr("n/a");
        hit.kind = Hit::Kind::Segment;
        hit.segment = segment;
        hit.toolTip =
            tr("%1 · %2\nSegment average: %3\nOverall average: %4\nDifference: %5")
                .arg(segments().name(segment), QString::fromStdString(m_features[std::size_t(feature)]),
                     std::isfinite(mean) ? preciseNumber(mean, locale) : tr("n/a"),
                     std::isfinite(overallMean(feature)) ? preciseNumber(overallMean(feature), locale)
                                                         : tr("n/a"),
                     diffText);
        return hit;
    }
    if (const int segment = segmentAtRowHeader(pos); segment >= 0) {
        hit.kind = Hit::Kind::Sort;
        hit.k = kSortColumnsBySegment;
        hit.segment = segment;
        hit.toolTip = tr("%1: %2 customers (%3)\nClick to sort the features by this segment; Ctrl+click to "
                         "select it in the other charts.")
                          .arg(segments().name(segment), locale.toString(qulonglong(segmentSize(segment))),
                               shareOfAllText(segmentSize(segment), m_total));
        return hit;
    }
    if (const int feature = featureAtColumnHeader(pos); feature >= 0) {
        hit.kind = Hit::Kind::Sort;
        hit.k = kSortRowsByFeature;
        hit.segment = feature;
        hit.toolTip = tr("%1\nClick to sort the segments by this feature.")
                          .arg(QString::fromStdString(m_features[std::size_t(feature)]));
    }
    return hit;
}

bool HeatmapChart::mousePress(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers) {
    m_pressFeature = -1;
    m_pressSegment = -1;
    if (button != Qt::LeftButton) return false;
    m_pressFeature = featureAtColumnHeader(pos);
    m_pressSegment = segmentAtRowHeader(pos);
    return false;
}

bool HeatmapChart::mouseRelease(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) {
    const int pressedFeature = std::exchange(m_pressFeature, -1);
    const int pressedSegment = std::exchange(m_pressSegment, -1);
    if (button != Qt::LeftButton) return false;
    if (const int feature = featureAtColumnHeader(pos); feature >= 0 && feature == pressedFeature) {
        const bool reverse = feature == m_rowSortFeature && m_rowSortOrder == Qt::DescendingOrder;
        sortRowsBy(feature, reverse ? Qt::AscendingOrder : Qt::DescendingOrder);
        return true;
    }
    if (const int segment = segmentAtRowHeader(pos); segment >= 0 && segment == pressedSegment) {
        if (modifiers & Qt::ControlModifier) {
            // Chooses the segment for the linked views, without re-sorting.
            setHighlight(segment);
            Hit hit;
            hit.kind = Hit::Kind::Segment;
            hit.segment = segment;
            notify(hit);
        } else {
            const bool reverse = segment == m_columnSortSegment && m_columnSortOrder == Qt::DescendingOrder;
            sortColumnsBy(segment, reverse ? Qt::AscendingOrder : Qt::DescendingOrder);
        }
        return true;
    }
    return false;
}

bool HeatmapChart::mouseDoubleClick(QPointF pos) {
    if (const int segment = segmentAtRowHeader(pos); segment >= 0) {
        setHighlight(segment);
        Hit hit;
        hit.kind = Hit::Kind::Segment;
        hit.segment = segment;
        notify(hit);
        return true;
    }
    // A double click on a feature counts as two clicks: the first sorted, this one reverses.
    if (const int feature = featureAtColumnHeader(pos); feature >= 0) {
        const bool reverse = feature == m_rowSortFeature && m_rowSortOrder == Qt::DescendingOrder;
        sortRowsBy(feature, reverse ? Qt::AscendingOrder : Qt::DescendingOrder);
        return true;
    }
    return false;
}

QString HeatmapChart::columnHeaderText(int feature, const QFontMetricsF& fm) const {
    QString text = QString::fromStdString(m_features[std::size_t(feature)]);
    const QString suffix = feature == m_rowSortFeature
                               ? (m_rowSortOrder == Qt::DescendingOrder ? downArrow() : upArrow())
                               : QString();
    const qreal suffixW = fm.horizontalAdvance(suffix);
    if (m_g.twoLineHeaders && fm.horizontalAdvance(text) + suffixW > m_g.headerTextMax) {
        qreal w = 0.0;
        const int at = headerBreak(text, suffix, fm, &w);
        if (at >= 0 && w <= m_g.headerTextMax) return brokenHeader(text, suffix, at);
    }
    return fm.elidedText(text, Qt::ElideMiddle, m_g.headerTextMax - suffixW) + suffix;
}

void HeatmapChart::paintContent(QPainter& painter) const {
    const qreal s = scale();
    const ChartStyle& st = style();
    QPaintDevice* dev = painter.device();

    // Legend: the palette from -2 to +2 sd with its ends and middle named.
    QLinearGradient gradient(m_g.legendBar.topLeft(), m_g.legendBar.topRight());
    for (int i = 0; i <= 40; ++i) {
        const double t = i / 40.0;
        gradient.setColorAt(t, divergingColor((t * 2.0 - 1.0) * kClampSd));
    }
    painter.setPen(QPen(st.grid, 1 * s));
    painter.setBrush(gradient);
    painter.drawRect(m_g.legendBar);
    painter.setFont(m_g.legendFont);
    painter.setPen(st.text);
    const QFontMetricsF legendFm(m_g.legendFont, dev);
    const QRectF labels(m_g.legendBar.left(), m_g.legendBar.bottom() + 3 * s, m_g.legendBar.width(),
                        legendFm.height());
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignTop, tr("-2 sd"));
    painter.drawText(labels, Qt::AlignHCenter | Qt::AlignTop, tr("average"));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignTop, tr("+2 sd"));

    if (!hasData()) {
        paintEmptyHint(painter, tr("Run a segmentation to see how its segments differ"));
        return;
    }

    painter.setFont(m_g.noteFont);
    painter.setPen(st.muted);
    drawLines(painter, m_g.noteRect, m_g.noteLines, Qt::AlignLeft | Qt::AlignTop);

    const int nf = featureCount();

    // Column headers: feature names, level when they fit (on two lines if need be), else at 45 degrees
    // reading upwards.
    painter.setFont(m_g.columnFont);
    const QFontMetricsF columnFm(m_g.columnFont, dev);
    painter.setPen(st.text);
    for (int column = 0; column < nf; ++column) {
        const int feature = m_columnOrder[std::size_t(column)];
        const QString text = columnHeaderText(feature, columnFm);
        const QRectF header = columnHeaderAt(column);
        if (m_g.rotated) {
            painter.save();
            painter.translate(header.center().x(), header.bottom() - 4 * s);
            painter.rotate(-45);
            painter.drawText(QRectF(0, -columnFm.height() / 2, m_g.headerTextMax + 4 * s, columnFm.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, text);
            painter.restore();
        } else {
            painter.drawText(header.adjusted(2 * s, 0, -2 * s, -4 * s), Qt::AlignHCenter | Qt::AlignBottom,
                             text);
        }
    }

    // Cells: colour by difference, the real mean written in each.
    painter.setFont(m_g.cellFont);
    const qreal gap = std::min(1.0 * s, std::min(m_g.cellW, m_g.cellH) / 4);
    for (int row = 0; row < m_k; ++row) {
        const int segment = m_rowOrder[std::size_t(row)];
        for (int column = 0; column < nf; ++column) {
            const int feature = m_columnOrder[std::size_t(column)];
            const QRectF cell = cellAt(row, column);
            const QColor fill = divergingColor(cellDifference(segment, feature));
            const QRectF inner = cell.adjusted(gap / 2, gap / 2, -gap / 2, -gap / 2);
            painter.fillRect(inner, fill);
            painter.setPen(textOn(fill, st.text));
            if (!cellTextClipped(segment, feature)) {
                painter.drawText(cell, Qt::AlignCenter, cellText(segment, feature));
                continue;
            }
            // Too large even at the smallest size: its start, cut at the cell, rather than nothing.
            painter.save();
            painter.setClipRect(inner, Qt::IntersectClip);
            const bool wide = QFontMetricsF(m_g.cellFont, dev).horizontalAdvance(cellText(segment, feature)) >
                              inner.width();
            painter.drawText(inner.adjusted(wide ? 1 * s : 0, 0, 0, 0),
                             (wide ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter,
                             cellText(segment, feature));
            painter.restore();
        }
    }
    // A hairline around the grid keeps white (average) cells at the edge from melting into the page.
    painter.setPen(QPen(st.grid, 1 * s));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(m_g.grid);

    // Row headers: swatch, name (wrapped), size and share.
    const QFontMetricsF rowFm(m_g.rowBoldFont, dev), sizeFm(m_g.sizeFont, dev);
    const int chosen = highlightedSegment();
    // Sizes beside the names (thin rows) line up in a column after the longest name.
    qreal namesW = 0.0;
    if (!m_g.sizeBelow)
        for (int segment = 0; segment < m_k; ++segment) {
            QFont font = m_g.rowBoldFont;
            font.setPointSizeF(m_namePoints[std::size_t(segment)]);
            const QStringList& lines = m_nameLines[std::size_t(segment)];
            if (!lines.isEmpty())
                namesW =
                    std::max(namesW, QFontMetricsF(font, dev).horizontalAdvance(lines.last() + downArrow()));
        }
    for (int row = 0; row < m_k; ++row) {
        const int segment = m_rowOrder[std::size_t(row)];
        const QRectF header = rowHeaderAt(row);
        const qreal swatch = std::min(m_g.swatch, std::max(m_g.cellH - 2 * s, 1.0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(segmentColor(segment));
        painter.drawRoundedRect(QRectF(header.left(), header.center().y() - swatch / 2, swatch, swatch),
                                std::min(2 * s, swatch / 3), std::min(2 * s, swatch / 3));
        if (row % m_g.labelEvery != 0) continue;
        const QString suffix = segment == m_columnSortSegment
                                   ? (m_columnSortOrder == Qt::DescendingOrder ? downArrow() : upArrow())
                                   : QString();
        const qreal textLeft = header.left() + m_g.swatch + 6 * s;
        const qreal textW = std::max(header.right() - 8 * s - textLeft, 1.0);
        QStringList lines = m_nameLines[std::size_t(segment)];
        if (lines.isEmpty()) lines << QString();
        lines.last() += suffix;
        const QString size = sizeText(segment);
        QFont nameFont = segment == chosen ? m_g.rowBoldFont : m_g.rowFont;
        nameFont.setPointSizeF(m_namePoints[std::size_t(segment)]);
        const QFontMetricsF nameFm(nameFont, dev);
        painter.setFont(nameFont);
        painter.setPen(st.text);
        if (m_g.sizeBelow) {
            const qreal nameH = nameFm.height() * lines.size();
            const qreal top = header.center().y() - (nameH + sizeFm.height()) / 2;
            drawLines(painter, QRectF(textLeft, top, textW, nameH), lines, Qt::AlignLeft | Qt::AlignTop);
            const QFont sizeFont = fitFont(m_g.sizeFont, size, dev, textW, kMinCellPoints);
            painter.setFont(sizeFont);
            painter.setPen(st.muted);
            painter.drawText(QRectF(textLeft, top + nameH, textW, sizeFm.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, size);
        } else {
            const qreal nameH = nameFm.height() * lines.size();
            const qreal top = header.center().y() - nameH / 2;
            drawLines(painter, QRectF(textLeft, top, textW, nameH), lines, Qt::AlignLeft | Qt::AlignTop);
            // The size beside the last line of the name, when there is room (the tooltip always has it).
            const qreal left = textLeft + std::max(namesW, nameFm.horizontalAdvance(lines.last())) + 10 * s;
            if (left + sizeFm.horizontalAdvance(size) <= textLeft + textW) {
                painter.setFont(m_g.sizeFont);
                painter.setPen(st.muted);
                painter.drawText(
                    QRectF(left, top + nameH - nameFm.height(), textLeft + textW - left, nameFm.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, size);
            }
        }
    }

    // The segment chosen in a linked view: an outline around its whole row.
    if (chosen >= 0) {
        const int row = displayRow(chosen);
        const QRectF band(m_g.rowHeaderLeft - 4 * s, m_g.grid.top() + row * m_g.cellH,
                          m_g.grid.right() - m_g.rowHeaderLeft + 4 * s, m_g.cellH);
        painter.setPen(QPen(st.text, 2 * s));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(band, 3 * s, 3 * s);
    }
}

}  // namespace seg::chart
