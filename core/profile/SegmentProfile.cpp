#include "profile/SegmentProfile.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string_view>
#include <unordered_set>

#include "common/Error.h"
#include "common/Parallel.h"
#include "profile/Distributions.h"

namespace seg::profile {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// The median of values[0, n), reordering them; numpy's convention (mean of the two middle values for even n).
double medianOf(double* values, std::size_t n) {
    if (n == 0) return kNaN;
    const std::size_t half = n / 2;
    std::nth_element(values, values + half, values + n);
    const double upper = values[half];
    if (n % 2) return upper;
    const double lower = *std::max_element(values, values + half);
    return 0.5 * (lower + upper);
}

// Two passes: segment sums (and ranges, so that constant data stay exactly constant), then deviations from
// the segment means with the corrected two-pass formula (Chan, Golub & LeVeque, "Algorithms for computing the
// sample variance", The American Statistician 37 (1983) 242-247). The second pass also buckets the values by
// segment, so that each median is one nth_element on its own slice.
NumericProfile profileNumeric(const std::vector<double>& v, const std::vector<int>& labels, std::size_t k,
                              std::vector<double>& buffer) {
    NumericProfile out;
    out.segments.resize(k);
    std::vector<double> sum(k, 0.0), lo(k, kInf), hi(k, -kInf);
    for (std::size_t i = 0; i < v.size(); ++i) {
        const int l = labels[i];
        if (l < 0) continue;
        NumericStats& s = out.segments[static_cast<std::size_t>(l)];
        const double x = v[i];
        if (std::isnan(x)) {
            ++s.missing;
            continue;
        }
        ++s.count;
        sum[static_cast<std::size_t>(l)] += x;
        lo[static_cast<std::size_t>(l)] = std::min(lo[static_cast<std::size_t>(l)], x);
        hi[static_cast<std::size_t>(l)] = std::max(hi[static_cast<std::size_t>(l)], x);
    }
    std::vector<std::size_t> start(k + 1, 0);
    for (std::size_t s = 0; s < k; ++s) {
        NumericStats& st = out.segments[s];
        start[s + 1] = start[s] + st.count;
        st.mean = st.count ? (lo[s] == hi[s] ? lo[s] : sum[s] / static_cast<double>(st.count)) : kNaN;
    }
    const std::size_t n = start[k];
    buffer.resize(n);
    std::vector<std::size_t> pos(start.begin(), start.end() - 1);
    std::vector<double> dev(k, 0.0), sq(k, 0.0);
    for (std::size_t i = 0; i < v.size(); ++i) {
        const int l = labels[i];
        if (l < 0 || std::isnan(v[i])) continue;
        const auto s = static_cast<std::size_t>(l);
        const double d = v[i] - out.segments[s].mean;
        dev[s] += d;
        sq[s] += d * d;
        buffer[pos[s]++] = v[i];
    }

    double ssWithin = 0.0;
    double weighted = 0.0;
    std::size_t groups = 0;
    double overallLo = kInf, overallHi = -kInf;
    for (std::size_t s = 0; s < k; ++s) {
        NumericStats& st = out.segments[s];
        out.overall.missing += st.missing;
        if (!st.count) {
            st.median = st.sd = st.difference = st.index = kNaN;
            continue;
        }
        ++groups;
        const auto c = static_cast<double>(st.count);
        double ss = 0.0;
        if (lo[s] != hi[s]) {
            st.mean += dev[s] / c;
            ss = std::max(0.0, sq[s] - dev[s] * dev[s] / c);
        }
        ssWithin += ss;
        st.sd = std::sqrt(ss / c);
        st.median = medianOf(buffer.data() + start[s], st.count);
        weighted += c * st.mean;
        overallLo = std::min(overallLo, lo[s]);
        overallHi = std::max(overallHi, hi[s]);
    }

    NumericStats& all = out.overall;
    all.count = n;
    all.difference = 0.0;
    if (n == 0) {
        all.mean = all.median = all.sd = all.index = kNaN;
        out.f = out.p = kNaN;
        out.etaSquared = 0.0;
        return out;
    }
    const bool constant = overallLo == overallHi;
    all.mean = constant ? overallLo : weighted / static_cast<double>(n);
    double ssBetween = 0.0;
    if (!constant)
        for (const NumericStats& st : out.segments)
            if (st.count)
                ssBetween += static_cast<double>(st.count) * (st.mean - all.mean) * (st.mean - all.mean);
    const double ssTotal = ssWithin + ssBetween;
    all.sd = constant ? 0.0 : std::sqrt(ssTotal / static_cast<double>(n));
    all.median = medianOf(buffer.data(), n);
    all.index = all.mean == 0.0 ? kNaN : 100.0;
    for (NumericStats& st : out.segments) {
        if (!st.count) continue;
        st.difference = all.sd > 0.0 ? (st.mean - all.mean) / all.sd : 0.0;
        st.index = all.mean == 0.0 ? kNaN : 100.0 * st.mean / all.mean;
    }

    out.dfBetween = static_cast<int>(groups) - 1;
    out.dfWithin = static_cast<int>(n - groups);
    out.etaSquared = ssTotal > 0.0 ? ssBetween / ssTotal : 0.0;
    if (constant || groups < 2 || out.dfWithin < 1) {
        out.f = out.p = kNaN;
    } else if (ssWithin == 0.0) {
        out.f = kInf;
        out.p = 0.0;
    } else {
        out.f = (ssBetween / out.dfBetween) / (ssWithin / out.dfWithin);
        out.p = fSurvival(out.f, out.dfBetween, out.dfWithin);
    }
    return out;
}

CategoricalProfile profileCategorical(const data::Column& column, const std::vector<int>& labels,
                                      std::size_t k) {
    const std::vector<std::int32_t>& codes = column.codes();
    const std::size_t levelCount = column.levels().size();
    std::vector<std::size_t> table(k * levelCount, 0);
    std::vector<std::size_t> missing(k, 0);
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const int l = labels[i];
        if (l < 0) continue;
        const auto s = static_cast<std::size_t>(l);
        if (codes[i] < 0)
            ++missing[s];
        else
            ++table[s * levelCount + static_cast<std::size_t>(codes[i])];
    }
    std::vector<std::size_t> total(levelCount, 0);
    for (std::size_t s = 0; s < k; ++s)
        for (std::size_t j = 0; j < levelCount; ++j)
            total[j] += table[s * levelCount + j];
    std::vector<std::size_t> order;
    for (std::size_t j = 0; j < levelCount; ++j)
        if (total[j]) order.push_back(j);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return total[a] > total[b]; });

    CategoricalProfile out;
    const std::size_t c = order.size();
    for (std::size_t j : order)
        out.levels.push_back(column.levels()[j]);
    auto fill = [c](LevelCounts& lc) {
        lc.shares.assign(c, 0.0);
        for (std::size_t j = 0; j < c; ++j)
            lc.present += lc.counts[j];
        if (lc.present)
            for (std::size_t j = 0; j < c; ++j)
                lc.shares[j] = static_cast<double>(lc.counts[j]) / static_cast<double>(lc.present);
    };
    out.segments.resize(k);
    for (std::size_t s = 0; s < k; ++s) {
        LevelCounts& lc = out.segments[s];
        lc.missing = missing[s];
        lc.counts.resize(c);
        for (std::size_t j = 0; j < c; ++j)
            lc.counts[j] = table[s * levelCount + order[j]];
        fill(lc);
        out.overall.missing += lc.missing;
    }
    out.overall.counts.resize(c);
    for (std::size_t j = 0; j < c; ++j)
        out.overall.counts[j] = total[order[j]];
    fill(out.overall);

    // Pearson's chi-squared on the segments x levels table without empty rows (empty columns are already
    // gone), as scipy.stats.chi2_contingency(correction=False).
    std::size_t rows = 0;
    for (const LevelCounts& lc : out.segments)
        rows += lc.present > 0;
    if (rows < 2 || c < 2) {
        out.chiSquared = out.p = kNaN;
        out.df = 0;
        out.cramersV = 0.0;
        return out;
    }
    const auto n = static_cast<double>(out.overall.present);
    double chi2 = 0.0;
    for (const LevelCounts& lc : out.segments) {
        if (!lc.present) continue;
        for (std::size_t j = 0; j < c; ++j) {
            const double expected =
                static_cast<double>(lc.present) * static_cast<double>(out.overall.counts[j]) / n;
            const double d = static_cast<double>(lc.counts[j]) - expected;
            chi2 += d * d / expected;
        }
    }
    out.chiSquared = chi2;
    out.df = static_cast<int>((rows - 1) * (c - 1));
    out.p = chiSquaredSurvival(chi2, out.df);
    out.cramersV = std::sqrt(chi2 / (n * static_cast<double>(std::min(rows, c) - 1)));
    return out;
}

Distinction distinction(const FeatureProfile& f, std::size_t featureIndex, std::size_t segment) {
    Distinction d;
    d.feature = featureIndex;
    if (f.kind == FeatureKind::Numeric) {
        d.difference = f.numeric.segments[segment].difference;
    } else {
        const CategoricalProfile& c = f.categorical;
        const LevelCounts& lc = c.segments[segment];
        if (!lc.present) {
            d.difference = kNaN;
        } else {
            double best = -1.0;
            for (std::size_t j = 0; j < c.levels.size(); ++j) {
                const double p = c.overall.shares[j];
                const double var = p * (1.0 - p);
                if (!(var > 0.0)) continue;
                const double r = (lc.shares[j] - p) / std::sqrt(var);
                if (std::abs(r) > best) {
                    best = std::abs(r);
                    d.difference = r;
                    d.level = static_cast<int>(j);
                }
            }
        }
    }
    d.score = std::isfinite(d.difference) ? std::abs(d.difference) : 0.0;
    return d;
}

double rankingKey(const FeatureProfile& f) {
    return f.kind == FeatureKind::Numeric ? f.numeric.etaSquared
                                          : f.categorical.cramersV * f.categorical.cramersV;
}

}  // namespace

SegmentProfile profileSegments(const data::Table& table, const std::vector<int>& rowLabels, int k,
                               const std::vector<std::string>& featureNames, const Progress& progress) {
    if (k < 1) throw Error(ErrorCode::InvalidParameter, {.detail = "k=" + std::to_string(k), .limit = 1});
    const std::size_t n = table.rowCount();
    if (rowLabels.size() != n)
        throw Error(ErrorCode::InvalidParameter, {.detail = "labels=" + std::to_string(rowLabels.size()),
                                                  .limit = static_cast<std::int64_t>(n)});
    std::unordered_set<std::string_view> used;
    for (const std::string& name : featureNames) {
        if (table.indexOf(name) < 0) throw Error(ErrorCode::ColumnNotFound, {.detail = name});
        used.insert(name);
    }

    SegmentProfile out;
    out.k = k;
    out.rows = n;
    const auto kk = static_cast<std::size_t>(k);
    out.segments.resize(kk);
    for (std::size_t i = 0; i < n; ++i) {
        const int l = rowLabels[i];
        if (l >= k || l < -2)
            throw Error(ErrorCode::InvalidParameter, {.detail = "label=" + std::to_string(l),
                                                      .line = static_cast<std::int64_t>(i + 1),
                                                      .limit = k - 1});
        if (l >= 0)
            ++out.segments[static_cast<std::size_t>(l)].size;
        else if (l == -1)
            ++out.outliers;
        else
            ++out.leftOut;
    }
    out.segmented = n - out.outliers - out.leftOut;
    for (SegmentSummary& s : out.segments)
        s.share = out.segmented ? static_cast<double>(s.size) / static_cast<double>(out.segmented) : 0.0;

    for (std::size_t j = 0; j < table.columnCount(); ++j) {
        const data::Column& col = table.column(j);
        const bool numeric =
            col.type() == data::ColumnType::Numeric && col.storage() == data::Storage::Numbers;
        const bool categorical =
            col.type() == data::ColumnType::Categorical && col.storage() == data::Storage::Strings;
        if (!numeric && !categorical) continue;
        FeatureProfile f;
        f.name = col.name();
        f.column = j;
        f.kind = numeric ? FeatureKind::Numeric : FeatureKind::Categorical;
        f.usedForClustering = used.count(col.name()) > 0;
        out.features.push_back(std::move(f));
    }
    progress.check();

    // One feature per task; the calling thread runs block 0 and is the only one that reports, since the
    // progress callback is not meant to be called from several threads.
    const std::size_t count = out.features.size();
    parallelFor(
        count,
        [&](std::size_t begin, std::size_t end, unsigned block) {
            std::vector<double> buffer;
            for (std::size_t i = begin; i < end; ++i) {
                FeatureProfile& f = out.features[i];
                const data::Column& col = table.column(f.column);
                if (f.kind == FeatureKind::Numeric) {
                    f.numeric = profileNumeric(col.numbers(), rowLabels, kk, buffer);
                    f.effectSize = f.numeric.etaSquared;
                } else {
                    f.categorical = profileCategorical(col, rowLabels, kk);
                    f.effectSize = f.categorical.cramersV;
                }
                if (block == 0)
                    progress.report(static_cast<double>(i + 1 - begin) / static_cast<double>(end - begin));
            }
        },
        0, 1);

    for (std::size_t s = 0; s < kk; ++s) {
        std::vector<Distinction>& ranking = out.segments[s].ranking;
        for (std::size_t i = 0; i < count; ++i)
            ranking.push_back(distinction(out.features[i], i, s));
        std::stable_sort(ranking.begin(), ranking.end(),
                         [](const Distinction& a, const Distinction& b) { return a.score > b.score; });
    }
    out.ranking.resize(count);
    std::iota(out.ranking.begin(), out.ranking.end(), std::size_t{0});
    std::stable_sort(out.ranking.begin(), out.ranking.end(), [&](std::size_t a, std::size_t b) {
        return rankingKey(out.features[a]) > rankingKey(out.features[b]);
    });
    progress.report(1.0);
    return out;
}

}  // namespace seg::profile
