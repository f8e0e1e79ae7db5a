#include "cluster/Hierarchical.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <string>

#include "cluster/hierarchical/Dendrogram.h"
#include "cluster/hierarchical/DistanceMatrix.h"
#include "cluster/hierarchical/GenericLinkage.h"
#include "cluster/hierarchical/MicroClusters.h"
#include "cluster/hierarchical/NnChain.h"
#include "cluster/hierarchical/SingleLinkage.h"
#include "cluster/hierarchical/WardChain.h"
#include "common/Error.h"

namespace seg::cluster {

namespace {

constexpr const char* kNames[] = {"ward", "complete", "average", "single", "weighted", "centroid", "median"};

[[noreturn]] void invalid(const std::string& what, std::int64_t limit) {
    throw Error(ErrorCode::InvalidParameter, {.detail = what, .limit = limit});
}

// The exact algorithms on all rows; returns the raw merges and whether SciPy sorts them.
std::vector<hierarchical::Merge> exactMerges(const FeatureMatrix& x, const HierarchicalParams& params,
                                             const Progress& progress, bool& sorted) {
    using namespace hierarchical;
    const Linkage linkage = params.linkage;
    sorted = linkage != Linkage::Centroid && linkage != Linkage::Median;
    switch (linkage) {
        case Linkage::Single:
            return primSingleLinkage(x, progress);
        case Linkage::Ward:
            if (x.rows() > params.wardMatrixMaxRows)
                return wardChainLinkage(x.data(), x.rows(), x.cols(), {}, progress);
            [[fallthrough]];
        case Linkage::Complete:
        case Linkage::Average:
        case Linkage::Weighted: {
            DistanceMatrix d(x, progress.sub(0.0, 0.2));
            return nnChainLinkage(d, linkage, progress.sub(0.2, 1.0));
        }
        case Linkage::Centroid:
        case Linkage::Median: {
            DistanceMatrix d(x, progress.sub(0.0, 0.2));
            return genericLinkage(d, linkage, progress.sub(0.2, 1.0));
        }
    }
    throw Error(ErrorCode::Internal, {.detail = "unknown linkage"});
}

}  // namespace

const char* linkageName(Linkage linkage) noexcept {
    return kNames[static_cast<int>(linkage)];
}

bool parseLinkage(const char* name, Linkage& out) noexcept {
    for (int i = 0; i < 7; ++i) {
        if (std::strcmp(name, kNames[i]) == 0) {
            out = static_cast<Linkage>(i);
            return true;
        }
    }
    return false;
}

void HierarchicalParams::validate(std::size_t n, std::size_t d) const {
    if (n < 2) throw Error(ErrorCode::TooFewRows, {.count = std::int64_t(n), .limit = 2});
    if (d == 0) throw Error(ErrorCode::NoFeatures, {});
    if (static_cast<int>(linkage) < 0 || static_cast<int>(linkage) > 6)
        invalid("linkage=" + std::to_string(static_cast<int>(linkage)), 0);
    if (microClusters < 2) invalid("microClusters=" + std::to_string(microClusters), 2);
    if (microClusters > twoStageThreshold)
        invalid("microClusters=" + std::to_string(microClusters), std::int64_t(twoStageThreshold));
    if (microSampleSize < microClusters)
        invalid("microSampleSize=" + std::to_string(microSampleSize), std::int64_t(microClusters));
    // Slots are ints and the condensed matrix is indexed by size_t: keep n well inside both.
    if (n > std::size_t(1) << 30) invalid("rows=" + std::to_string(n), std::int64_t(1) << 30);
}

HierarchicalResult fitHierarchical(const FeatureMatrix& x, const HierarchicalParams& params,
                                   const Progress& progress) {
    params.validate(x.rows(), x.cols());
    requireFinite(x);
    const std::size_t n = x.rows();
    HierarchicalResult result;
    result.method = params.linkage;
    std::vector<hierarchical::Merge> merges;
    bool sorted = true;

    if (n > params.twoStageThreshold) {
        hierarchical::MicroClustering micro = hierarchical::microClusters(
            x, params.microClusters, params.microSampleSize, params.seed, progress.sub(0.0, 0.8));
        result.twoStage = true;
        result.method = Linkage::Ward;
        result.rowToLeaf = std::move(micro.rowToCluster);
        result.leafSizes = std::move(micro.sizes);
        result.leafCenters = std::move(micro.centers);
        result.warnings.push_back(
            {WarningCode::TwoStageHierarchical,
             {.count = std::int64_t(result.leafSizes.size()), .limit = std::int64_t(n)}});
        const std::size_t m = result.leafSizes.size();
        if (m >= 2) {
            std::vector<double> weights(result.leafSizes.begin(), result.leafSizes.end());
            merges = hierarchical::wardChainLinkage(result.leafCenters.data(), m, x.cols(), weights,
                                                    progress.sub(0.8, 1.0));
        }
    } else {
        merges = exactMerges(x, params, progress, sorted);
        result.rowToLeaf.resize(n);
        std::iota(result.rowToLeaf.begin(), result.rowToLeaf.end(), 0);
        result.leafSizes.assign(n, 1);
    }
    const std::size_t m = result.leafSizes.size();
    result.linkage = hierarchical::toSciPy(std::move(merges), m, sorted, result.leafSizes);
    result.leafOrder = hierarchical::leafOrder(result.linkage);
    progress.report(1.0);
    return result;
}

namespace {

std::vector<int> toRows(const HierarchicalResult& result, const std::vector<int>& leafLabels) {
    std::vector<int> labels(result.rowToLeaf.size());
    for (std::size_t i = 0; i < labels.size(); ++i)
        labels[i] = leafLabels[result.rowToLeaf[i]];
    return labels;
}

}  // namespace

std::vector<int> cutByK(const HierarchicalResult& result, std::size_t k) {
    if (k < 1) invalid("k=" + std::to_string(k), 1);
    const std::size_t m = result.leaves();
    const std::vector<double> md = hierarchical::maxDists(result.linkage);
    if (k >= m) return toRows(result, hierarchical::leafClusters(result.linkage, md, 0.0, true));
    // The lowest max-dist threshold leaving at most k clusters: applying every merge whose max-dist is <= t
    // leaves m - #{md <= t} clusters (max-dist never decreases towards the root), so t is the (m-k)-th
    // smallest.
    std::vector<double> sortedMd = md;
    std::nth_element(sortedMd.begin(), sortedMd.begin() + std::ptrdiff_t(m - k - 1), sortedMd.end());
    const double t = sortedMd[m - k - 1];
    return toRows(result, hierarchical::leafClusters(result.linkage, md, t, false));
}

std::vector<int> cutByHeight(const HierarchicalResult& result, double height) {
    const std::vector<double> md = hierarchical::maxDists(result.linkage);
    return toRows(result, hierarchical::leafClusters(result.linkage, md, height, false));
}

HeightRange heightRangeForK(const HierarchicalResult& result, std::size_t k) {
    const std::size_t m = result.leaves();
    HeightRange range;
    if (k < 1 || k > m) return range;
    std::vector<double> md = hierarchical::maxDists(result.linkage);
    std::sort(md.begin(), md.end());
    // k clusters need exactly m - k merges applied: h >= md[m-k-1] and h < md[m-k].
    range.low = k == m ? 0.0 : md[m - k - 1];
    range.high = k == 1 ? std::numeric_limits<double>::infinity() : md[m - k];
    range.exists = range.low < range.high;
    return range;
}

}  // namespace seg::cluster
