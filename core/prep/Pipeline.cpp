#include "prep/Pipeline.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "common/Error.h"

namespace seg::prep {

using data::Column;
using data::ColumnType;
using data::Storage;
using data::Table;

const char* scalingName(Scaling s) noexcept {
    switch (s) {
        case Scaling::ZScore:
            return "zscore";
        case Scaling::MinMax:
            return "minmax";
        case Scaling::Robust:
            return "robust";
        case Scaling::None:
            return "none";
    }
    return "zscore";
}

bool parseScaling(std::string_view name, Scaling& out) noexcept {
    for (Scaling s : {Scaling::ZScore, Scaling::MinMax, Scaling::Robust, Scaling::None})
        if (name == scalingName(s)) return out = s, true;
    return false;
}

const char* missingPolicyName(MissingPolicy p) noexcept {
    switch (p) {
        case MissingPolicy::DropRows:
            return "drop";
        case MissingPolicy::Mean:
            return "mean";
        case MissingPolicy::Median:
            return "median";
        case MissingPolicy::MostFrequent:
            return "most-frequent";
        case MissingPolicy::Constant:
            return "constant";
    }
    return "median";
}

bool parseMissingPolicy(std::string_view name, MissingPolicy& out) noexcept {
    for (MissingPolicy p : {MissingPolicy::DropRows, MissingPolicy::Mean, MissingPolicy::Median,
                            MissingPolicy::MostFrequent, MissingPolicy::Constant})
        if (name == missingPolicyName(p)) return out = p, true;
    return false;
}

double percentileSorted(const std::vector<double>& sorted, double q) {
    if (sorted.empty()) return std::nan("");
    const double pos = q / 100.0 * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    const double frac = pos - static_cast<double>(lo);
    // numpy's 'linear' method, written as it computes it, so results agree to the last bit.
    return sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
}

double skewness(const std::vector<double>& values) {
    std::size_t n = 0;
    double mean = 0.0;
    for (double v : values)
        if (!std::isnan(v)) mean += v, ++n;
    if (n < 2) return 0.0;
    mean /= static_cast<double>(n);
    double m2 = 0.0, m3 = 0.0;
    for (double v : values) {
        if (std::isnan(v)) continue;
        const double d = v - mean;
        m2 += d * d;
        m3 += d * d * d;
    }
    m2 /= static_cast<double>(n);
    m3 /= static_cast<double>(n);
    if (m2 <= 0.0 || m2 < 1e-28 * mean * mean) return 0.0;
    return m3 / std::pow(m2, 1.5);
}

namespace {

double compensatedMean(const std::vector<double>& v) {
    double sum = 0.0, comp = 0.0;
    for (double x : v) {
        const double t = sum + x;
        comp += std::fabs(sum) >= std::fabs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }
    return (sum + comp) / static_cast<double>(v.size());
}

// Population standard deviation (ddof = 0) by two passes, as numpy's var.
double populationStd(const std::vector<double>& v, double mean) {
    double s = 0.0, comp = 0.0;
    for (double x : v) {
        const double d = (x - mean) * (x - mean);
        const double t = s + d;
        comp += std::fabs(s) >= std::fabs(d) ? (s - t) + d : (d - t) + s;
        s = t;
    }
    return std::sqrt((s + comp) / static_cast<double>(v.size()));
}

// Smallest of the most frequent values (scikit-learn's SimpleImputer 'most_frequent').
double modeOf(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    double best = v.front();
    std::size_t bestCount = 0;
    for (std::size_t i = 0; i < v.size();) {
        std::size_t j = i;
        while (j < v.size() && v[j] == v[i])
            ++j;
        if (j - i > bestCount) bestCount = j - i, best = v[i];
        i = j;
    }
    return best;
}

std::string describeType(ColumnType t) {
    return data::columnTypeName(t);
}

// Numeric value of a cell for a numeric feature, after log1p and clipping; NaN when missing.
double transformed(const FittedFeature& f, const Column& c, std::size_t row) {
    double v = c.number(row);
    if (std::isnan(v)) return v;
    if (f.log1p) {
        if (v <= -1.0)
            throw Error(ErrorCode::NegativeForLog, {.detail = f.column,
                                                    .line = static_cast<std::int64_t>(row) + 1,
                                                    .count = static_cast<std::int64_t>(std::llround(v))});
        v = std::log1p(v);
    }
    return std::clamp(v, f.clipLow, f.clipHigh);
}

// The output column (relative to the feature's first) of a category cell, or -1 for none / missing.
std::ptrdiff_t levelSlot(const FittedFeature& f, const std::vector<std::ptrdiff_t>& codeToSlot,
                         const Column& c, std::size_t row) {
    const auto code = c.codes()[row];
    if (code < 0) return -1;
    const auto slot =
        static_cast<std::size_t>(code) < codeToSlot.size() ? codeToSlot[static_cast<std::size_t>(code)] : -1;
    if (slot >= 0) return slot;
    return f.hasOther ? static_cast<std::ptrdiff_t>(f.levels.size()) - 1 : -2;  // -2: unseen, no Other column
}

std::vector<std::ptrdiff_t> slotsFor(const FittedFeature& f, const Column& c) {
    std::unordered_map<std::string_view, std::ptrdiff_t> bySlot;
    const std::size_t named = f.levels.size() - (f.hasOther ? 1 : 0);
    for (std::size_t s = 0; s < named; ++s)
        bySlot.emplace(f.levels[s], static_cast<std::ptrdiff_t>(s));
    std::vector<std::ptrdiff_t> out(c.levels().size(), -1);
    for (std::size_t code = 0; code < c.levels().size(); ++code) {
        auto it = bySlot.find(c.levels()[code]);
        out[code] = it == bySlot.end() ? -1 : it->second;
    }
    return out;
}

std::size_t outputWidth(const FittedFeature& f) {
    return f.categorical ? f.levels.size() : 1;
}

}  // namespace

struct PipelineFitter {
    static PrepResult fit(const Table& table, const PrepParams& params, const Progress& progress);
    static PreparedData transform(const FittedPipeline& p, const Table& table, const Progress& progress,
                                  bool dropStatsFromFit);
};

PrepResult PipelineFitter::fit(const Table& table, const PrepParams& params, const Progress& progress) {
    if (params.winsorLow < 0.0 || params.winsorLow >= 50.0)
        throw Error(ErrorCode::InvalidParameter,
                    {.detail = "winsor low=" + std::to_string(params.winsorLow), .limit = 50});
    if (params.winsorHigh < 0.0 || params.winsorHigh >= 50.0)
        throw Error(ErrorCode::InvalidParameter,
                    {.detail = "winsor high=" + std::to_string(params.winsorHigh), .limit = 50});
    if (params.maxLevels < 2)
        throw Error(ErrorCode::InvalidParameter,
                    {.detail = "max levels=" + std::to_string(params.maxLevels)});

    // 1. Which columns.
    std::vector<std::size_t> chosen;
    if (params.features.empty()) {
        for (std::size_t i = 0; i < table.columnCount(); ++i)
            if (table.column(i).type() == ColumnType::Numeric) chosen.push_back(i);
    } else {
        for (const auto& name : params.features) {
            const auto idx = table.indexOf(name);
            if (idx < 0) throw Error(ErrorCode::ColumnNotFound, {.detail = name});
            const ColumnType t = table.column(static_cast<std::size_t>(idx)).type();
            if (t == ColumnType::Id || t == ColumnType::Text)
                throw Error(ErrorCode::InvalidParameter,
                            {.detail = "feature \"" + name + "\" is a " + describeType(t) + " column"});
            if (std::find(chosen.begin(), chosen.end(), static_cast<std::size_t>(idx)) == chosen.end())
                chosen.push_back(static_cast<std::size_t>(idx));
        }
    }
    auto isChosenNumeric = [&](const std::string& name) {
        const auto idx = table.indexOf(name);
        return idx >= 0 &&
               std::find(chosen.begin(), chosen.end(), static_cast<std::size_t>(idx)) != chosen.end() &&
               table.column(static_cast<std::size_t>(idx)).storage() == Storage::Numbers;
    };
    for (const auto& name : params.log1p)
        if (!isChosenNumeric(name))
            throw Error(ErrorCode::InvalidParameter,
                        {.detail = "log1p \"" + name + "\" is not a chosen numeric feature"});
    for (const auto& [name, w] : params.weights) {
        if (table.indexOf(name) < 0) throw Error(ErrorCode::ColumnNotFound, {.detail = name});
        if (!(w >= 0.0) || !std::isfinite(w))
            throw Error(ErrorCode::InvalidParameter,
                        {.detail = "weight of \"" + name + "\"=" + std::to_string(w)});
    }
    if (chosen.empty()) throw Error(ErrorCode::NoFeatures, {});

    PrepResult result;
    FittedPipeline& pipe = result.pipeline;
    pipe.m_params = params;
    Warnings& warnings = result.data.warnings;
    const std::size_t n = table.rowCount();
    if (n == 0) throw Error(ErrorCode::TooFewRows, {.count = 0, .limit = 1});

    // 2. Per column: transforms that need no row decision (log1p, winsor bounds), and exclusion of
    //    all-missing and constant columns.
    std::vector<FittedFeature> features;
    std::vector<std::size_t> source;
    for (std::size_t ci = 0; ci < chosen.size(); ++ci) {
        const Column& c = table.column(chosen[ci]);
        FittedFeature f;
        f.column = c.name();
        f.categorical = c.storage() == Storage::Strings;
        if (auto w = params.weights.find(f.column); w != params.weights.end()) f.weight = w->second;
        if (f.categorical) {
            std::vector<std::size_t> counts(c.levels().size(), 0);
            for (auto code : c.codes())
                if (code >= 0) ++counts[static_cast<std::size_t>(code)];
            const auto used = static_cast<std::size_t>(
                std::count_if(counts.begin(), counts.end(), [](auto k) { return k > 0; }));
            if (used == 0) {
                warnings.push_back({WarningCode::ColumnExcludedAllMissing, {.detail = f.column}});
                continue;
            }
            if (used == 1) {
                warnings.push_back({WarningCode::ColumnExcludedConstant, {.detail = f.column}});
                continue;
            }
            features.push_back(std::move(f));
            source.push_back(chosen[ci]);
            continue;
        }
        f.log1p = std::find(params.log1p.begin(), params.log1p.end(), f.column) != params.log1p.end();
        std::vector<double> present;
        present.reserve(n);
        for (std::size_t r = 0; r < n; ++r) {
            const double v = transformed(f, c, r);
            if (!std::isnan(v)) present.push_back(v);
        }
        if (present.empty()) {
            warnings.push_back({WarningCode::ColumnExcludedAllMissing, {.detail = f.column}});
            continue;
        }
        std::sort(present.begin(), present.end());
        if (present.front() == present.back()) {
            warnings.push_back({WarningCode::ColumnExcludedConstant, {.detail = f.column}});
            continue;
        }
        if (params.winsorLow > 0.0) f.clipLow = percentileSorted(present, params.winsorLow);
        if (params.winsorHigh > 0.0) f.clipHigh = percentileSorted(present, 100.0 - params.winsorHigh);
        if (!f.log1p && present.front() >= 0.0) {
            const double skew = skewness(present);
            if (skew > params.skewSuggestLog) result.suggestions.push_back({f.column, skew});
        }
        features.push_back(std::move(f));
        source.push_back(chosen[ci]);
        progress.report(0.4 * static_cast<double>(ci + 1) / static_cast<double>(chosen.size()));
    }
    if (features.empty()) throw Error(ErrorCode::NoFeatures, {});

    // 3. Rows kept: all, or those with every feature present.
    std::vector<char> keep(n, 1);
    if (params.missing == MissingPolicy::DropRows) {
        for (std::size_t fi = 0; fi < features.size(); ++fi) {
            const Column& c = table.column(source[fi]);
            for (std::size_t r = 0; r < n; ++r)
                if (c.isMissing(r)) keep[r] = 0;
        }
    }
    const auto kept = static_cast<std::size_t>(std::count(keep.begin(), keep.end(), 1));
    if (kept == 0) throw Error(ErrorCode::TooFewRows, {.count = 0, .limit = 1});
    if (kept < n)
        warnings.push_back(
            {WarningCode::RowsDroppedMissing,
             {.count = static_cast<std::int64_t>(n - kept), .limit = static_cast<std::int64_t>(n)}});

    // 4. Fill values and scaling, learned on the kept rows after imputation (as an Imputer -> Scaler
    // pipeline).
    for (std::size_t fi = 0; fi < features.size(); ++fi) {
        FittedFeature& f = features[fi];
        const Column& c = table.column(source[fi]);
        if (f.categorical) {
            std::vector<std::size_t> counts(c.levels().size(), 0);
            std::size_t missing = 0;
            for (std::size_t r = 0; r < n; ++r) {
                if (!keep[r]) continue;
                const auto code = c.codes()[r];
                if (code < 0)
                    ++missing;
                else
                    ++counts[static_cast<std::size_t>(code)];
            }
            std::vector<std::size_t> order;
            for (std::size_t code = 0; code < counts.size(); ++code)
                if (counts[code] > 0) order.push_back(code);
            // Most frequent first; ties in the order the labels first appear.
            std::stable_sort(order.begin(), order.end(),
                             [&](auto a, auto b) { return counts[a] > counts[b]; });
            if (missing > 0) {
                counts[order.front()] += missing;
                warnings.push_back({WarningCode::ValuesImputed,
                                    {.detail = f.column, .count = static_cast<std::int64_t>(missing)}});
            }
            f.fill = static_cast<double>(0);  // slot of the most frequent label
            const std::size_t found = order.size();
            if (found > params.maxLevels) {
                order.resize(params.maxLevels - 1);
                f.hasOther = true;
                warnings.push_back({WarningCode::LevelsCapped,
                                    {.detail = f.column,
                                     .count = static_cast<std::int64_t>(params.maxLevels - 1),
                                     .limit = static_cast<std::int64_t>(found)}});
            }
            for (auto code : order)
                f.levels.push_back(c.levels()[code]);
            if (f.hasOther) f.levels.emplace_back("Other");
            continue;
        }
        std::vector<double> values;
        values.reserve(kept);
        std::vector<double> present;
        present.reserve(kept);
        for (std::size_t r = 0; r < n; ++r) {
            if (!keep[r]) continue;
            const double v = transformed(f, c, r);
            values.push_back(v);
            if (!std::isnan(v)) present.push_back(v);
        }
        const std::size_t missing = values.size() - present.size();
        if (missing > 0) {
            switch (params.missing) {
                case MissingPolicy::Mean:
                    f.fill = compensatedMean(present);
                    break;
                case MissingPolicy::Median: {
                    std::vector<double> sorted(present);
                    std::sort(sorted.begin(), sorted.end());
                    f.fill = percentileSorted(sorted, 50.0);
                    break;
                }
                case MissingPolicy::MostFrequent:
                    f.fill = modeOf(present);
                    break;
                case MissingPolicy::Constant:
                    f.fill = params.constant;
                    break;
                case MissingPolicy::DropRows:
                    break;
            }
            for (double& v : values)
                if (std::isnan(v)) v = f.fill;
            warnings.push_back({WarningCode::ValuesImputed,
                                {.detail = f.column, .count = static_cast<std::int64_t>(missing)}});
        } else if (params.missing != MissingPolicy::DropRows) {
            // Fitted anyway, so new customers with gaps can be scored.
            std::vector<double> sorted(present);
            std::sort(sorted.begin(), sorted.end());
            f.fill = params.missing == MissingPolicy::Mean       ? compensatedMean(present)
                     : params.missing == MissingPolicy::Median   ? percentileSorted(sorted, 50.0)
                     : params.missing == MissingPolicy::Constant ? params.constant
                                                                 : modeOf(present);
        }
        switch (params.scaling) {
            case Scaling::ZScore: {
                f.center = compensatedMean(values);
                const double sd = populationStd(values, f.center);
                f.scale = sd > 0.0 ? sd : 1.0;
                break;
            }
            case Scaling::MinMax: {
                const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
                f.center = *lo;
                f.scale = *hi > *lo ? *hi - *lo : 1.0;
                break;
            }
            case Scaling::Robust: {
                std::sort(values.begin(), values.end());
                f.center = percentileSorted(values, 50.0);
                const double iqr = percentileSorted(values, 75.0) - percentileSorted(values, 25.0);
                f.scale = iqr > 0.0 ? iqr : 1.0;  // scikit-learn's _handle_zeros_in_scale
                break;
            }
            case Scaling::None:
                break;
        }
        progress.report(0.4 + 0.3 * static_cast<double>(fi + 1) / static_cast<double>(features.size()));
    }

    pipe.m_features = std::move(features);
    for (const auto& f : pipe.m_features) {
        if (!f.categorical)
            pipe.m_outputNames.push_back(f.column);
        else
            for (const auto& level : f.levels)
                pipe.m_outputNames.push_back(f.column + "=" + level);
    }
    Warnings fitWarnings = std::move(warnings);
    result.data = transform(pipe, table, progress.sub(0.7, 1.0), true);
    fitWarnings.insert(fitWarnings.end(), result.data.warnings.begin(), result.data.warnings.end());
    result.data.warnings = std::move(fitWarnings);
    return result;
}

PreparedData PipelineFitter::transform(const FittedPipeline& p, const Table& table, const Progress& progress,
                                       bool fromFit) {
    const auto& features = p.m_features;
    const std::size_t n = table.rowCount();
    std::vector<std::size_t> sourceIndex;
    for (const auto& f : features) {
        const auto idx = table.indexOf(f.column);
        if (idx < 0) throw Error(ErrorCode::ColumnNotFound, {.detail = f.column});
        const bool strings = table.column(static_cast<std::size_t>(idx)).storage() == Storage::Strings;
        if (strings != f.categorical)
            throw Error(ErrorCode::InvalidTypeConversion, {.detail = f.column, .column = idx + 1});
        sourceIndex.push_back(static_cast<std::size_t>(idx));
    }
    PreparedData out;
    std::vector<char> keep(n, 1);
    if (p.m_params.missing == MissingPolicy::DropRows)
        for (auto si : sourceIndex)
            for (std::size_t r = 0; r < n; ++r)
                if (table.column(si).isMissing(r)) keep[r] = 0;
    for (std::size_t r = 0; r < n; ++r)
        if (keep[r]) out.rows.push_back(r);
    out.rowsDropped = n - out.rows.size();
    if (!fromFit && out.rowsDropped > 0)
        out.warnings.push_back(
            {WarningCode::RowsDroppedMissing,
             {.count = static_cast<std::int64_t>(out.rowsDropped), .limit = static_cast<std::int64_t>(n)}});

    std::size_t width = 0;
    for (const auto& f : features)
        width += outputWidth(f);
    out.x = FeatureMatrix(out.rows.size(), width);
    out.x.names = p.m_outputNames;
    std::size_t offset = 0;
    for (std::size_t fi = 0; fi < features.size(); ++fi) {
        const FittedFeature& f = features[fi];
        const Column& c = table.column(sourceIndex[fi]);
        if (f.categorical) {
            const auto slots = slotsFor(f, c);
            for (std::size_t i = 0; i < out.rows.size(); ++i) {
                std::ptrdiff_t slot = levelSlot(f, slots, c, out.rows[i]);
                if (slot == -1)
                    slot = static_cast<std::ptrdiff_t>(f.fill);  // missing: the most frequent label
                if (slot >= 0) out.x(i, offset + static_cast<std::size_t>(slot)) = f.weight;
            }
        } else {
            for (std::size_t i = 0; i < out.rows.size(); ++i) {
                double v = transformed(f, c, out.rows[i]);
                if (std::isnan(v)) v = f.fill;
                out.x(i, offset) = (v - f.center) / f.scale * f.weight;
            }
        }
        offset += outputWidth(f);
        progress.report(static_cast<double>(fi + 1) / static_cast<double>(features.size()));
    }
    return out;
}

PrepResult fitPipeline(const Table& table, const PrepParams& params, const Progress& progress) {
    return PipelineFitter::fit(table, params, progress);
}

PreparedData FittedPipeline::apply(const Table& table, const Progress& progress) const {
    return PipelineFitter::transform(*this, table, progress, false);
}

double FittedPipeline::toOriginalUnits(std::size_t feature, double value) const {
    const FittedFeature& f = m_features.at(feature);
    if (f.categorical) return value;
    double v = f.weight > 0.0 ? value / f.weight : 0.0;
    v = v * f.scale + f.center;
    return f.log1p ? std::expm1(v) : v;
}

}  // namespace seg::prep
