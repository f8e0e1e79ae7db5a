// Plain-language descriptions and short suggested names for segments, built from a SegmentProfile's most
// distinguishing features and translated through Qt (context "seg::Describe").
//
// A segment is described by at most maxPhrases features, taken in its ranking order, that pass a threshold:
//  - numeric: |standardised difference| >= 0.5 overall sd (a "medium" effect in Cohen's terms). Phrased as a
//    ratio when the segment mean is at least 1.5x a positive overall mean ("high total spend (2.3×
//    average)"), as a signed percentage when both means are positive and differ by at least 5% ("low orders
//    per year (−40%)"), and otherwise in standard deviations ("high age (+0.8 SD)");
//  - categorical: the most common level whose share in the segment is at least 1.5x its overall share and
//    at least 30% ("region mostly North (62% vs 25% overall)").
// Column names are humanised (humaniseColumnName). A segment with nothing distinctive is "Close to the
// average customer." / "Typical customers"; an empty one is "No customers." / "Empty segment". Names use the
// top two phrases ("High total spend, low orders per year"), then one if two are longer than maxNameLength;
// names that two segments share are told apart by their next feature, else by the segment number ("Typical
// customers (segment 3)").
#pragma once

#include <QLocale>
#include <QString>
#include <string_view>
#include <vector>

#include "profile/SegmentProfile.h"

namespace seg::profile {

struct DescribeParams {
    double minDifference = 0.5;           // |standardised difference| for a numeric feature to count
    double minLevelRatio = 1.5;           // level share in the segment / overall share
    double minLevelShare = 0.3;           // level share in the segment
    int maxPhrases = 3;                   // in a description
    int maxNameLength = 40;               // characters, before disambiguation
    bool clusteringFeaturesOnly = false;  // true: leave evaluation fields out of descriptions and names
};

struct SegmentDescription {
    QString name;                       // short, unique across segments
    QString description;                // one sentence
    std::vector<std::size_t> features;  // SegmentProfile::features behind it, in the order mentioned
    bool typical = false;               // nothing passed the thresholds
};

// One entry per segment. Numbers are formatted with `locale`.
[[nodiscard]] std::vector<SegmentDescription> describeSegments(const SegmentProfile& profile,
                                                               const QLocale& locale = QLocale(),
                                                               const DescribeParams& params = {});

// "total_spend" -> "total spend", "AnnualIncome" -> "annual income", "NPS_score" -> "NPS score",
// "CustomerID" -> "customer ID": separators become spaces, camelCase is split, words are lower-cased except
// acronyms (two or more capitals) and words with digits.
[[nodiscard]] QString humaniseColumnName(std::string_view name);

}  // namespace seg::profile
