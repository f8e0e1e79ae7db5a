// From the typed table to the feature matrix: feature choice, log1p, winsorising, missing values, scaling,
// one-hot encoding and weights. The fitted pipeline is a value: apply() scores new customers the same way.
#pragma once

#include <cmath>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "common/FeatureMatrix.h"
#include "common/Progress.h"
#include "common/Warning.h"
#include "data/Table.h"

namespace seg::prep {

enum class MissingPolicy {
    DropRows,      // leave out every row with a missing feature (it gets no segment)
    Mean,          // fill numbers with the column mean, categories with the most frequent label
    Median,        // fill numbers with the column median, categories with the most frequent label
    MostFrequent,  // fill with the most frequent value
    Constant,      // fill numbers with PrepParams::constant, categories with the most frequent label
};

enum class Scaling {
    ZScore,  // (x - mean) / population standard deviation, as scikit-learn's StandardScaler
    MinMax,  // (x - min) / (max - min), to [0, 1], as MinMaxScaler
    Robust,  // (x - median) / (75th - 25th percentile), as RobustScaler
    None,
};

[[nodiscard]] const char* scalingName(Scaling s) noexcept;  // "zscore", "minmax", "robust", "none"
[[nodiscard]] bool parseScaling(std::string_view name, Scaling& out) noexcept;
[[nodiscard]] const char* missingPolicyName(MissingPolicy p) noexcept;  // "drop", "mean", "median", ...
[[nodiscard]] bool parseMissingPolicy(std::string_view name, MissingPolicy& out) noexcept;

struct PrepParams {
    // Column names. Empty: every numeric column (ids, dates, text and categories left out).
    std::vector<std::string> features;
    MissingPolicy missing = MissingPolicy::Median;
    double constant = 0.0;
    Scaling scaling = Scaling::ZScore;
    std::vector<std::string> log1p;  // numeric features to transform with log(1 + x) before anything else
    double winsorLow = 0.0;          // percentile (0-50) below which values are raised to it; 0: off
    double winsorHigh = 0.0;         // percentile (0-50) from the top above which values are lowered; 0: off
    std::size_t maxLevels = 20;      // one-hot: the most frequent labels kept, the rest grouped as "Other"
    std::map<std::string, double> weights;  // multiplies a feature after scaling (all its one-hot columns)
    // Skewness above which a log transform is suggested (non-negative columns only).
    double skewSuggestLog = 1.0;
};

// What the pipeline learned about one chosen column.
struct FittedFeature {
    std::string column;  // source column name
    bool categorical = false;
    bool log1p = false;
    double clipLow = -HUGE_VAL;  // winsor bounds (in log space when log1p)
    double clipHigh = HUGE_VAL;
    double fill = 0.0;    // imputation value (numbers), or the label index (categories)
    double center = 0.0;  // subtracted
    double scale = 1.0;   // divided by
    double weight = 1.0;
    std::vector<std::string> levels;  // categories: one output column each (last may be "Other")
    bool hasOther = false;
};

struct LogSuggestion {
    std::string column;
    double skewness = 0.0;
};

struct PreparedData {
    FeatureMatrix x;                // rows = kept table rows, cols = output features (named)
    std::vector<std::size_t> rows;  // the table row of each matrix row
    std::size_t rowsDropped = 0;
    Warnings warnings;
};

class FittedPipeline {
public:
    [[nodiscard]] const std::vector<FittedFeature>& features() const noexcept { return m_features; }
    [[nodiscard]] const std::vector<std::string>& outputNames() const noexcept { return m_outputNames; }
    [[nodiscard]] const PrepParams& params() const noexcept { return m_params; }
    // Applies the fitted transformation to a table with the same columns (new customers): unseen labels go to
    // "Other" (or no column), missing values follow the fitted policy.
    [[nodiscard]] PreparedData apply(const data::Table& table, const Progress& progress = {}) const;
    // From the matrix back to the units of the source column (undo weight, scaling and log1p), for profiles.
    [[nodiscard]] double toOriginalUnits(std::size_t feature, double value) const;

private:
    friend struct PipelineFitter;
    PrepParams m_params;
    std::vector<FittedFeature> m_features;
    std::vector<std::string> m_outputNames;
};

struct PrepResult {
    FittedPipeline pipeline;
    PreparedData data;
    std::vector<LogSuggestion> suggestions;  // skewed non-negative numeric features not log-transformed
};

// Fits the pipeline on a table and transforms it. Throws seg::Error: ColumnNotFound, InvalidParameter (a text
// or id column chosen, bad percentile, log1p of a value <= -1), NoFeatures, TooFewRows (no row left).
[[nodiscard]] PrepResult fitPipeline(const data::Table& table, const PrepParams& params,
                                     const Progress& progress = {});

// Sample skewness (Fisher-Pearson, biased, as scipy.stats.skew) of the non-missing values; 0 when constant.
[[nodiscard]] double skewness(const std::vector<double>& values);
// Percentile with linear interpolation (numpy's default) of sorted values; q in [0, 100].
[[nodiscard]] double percentileSorted(const std::vector<double>& sorted, double q);

}  // namespace seg::prep
