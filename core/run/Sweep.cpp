#include "run/Sweep.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "cluster/Knee.h"
#include "common/Error.h"
#include "metrics/CalinskiHarabasz.h"
#include "metrics/ClusterStats.h"
#include "metrics/DaviesBouldin.h"
#include "metrics/Inertia.h"

namespace seg::run {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The k at the best finite value (first one on ties), if any value is finite.
std::optional<std::size_t> bestIndex(const std::vector<double>& v, bool highest) {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!std::isfinite(v[i])) continue;
        if (!best || (highest ? v[i] > v[*best] : v[i] < v[*best])) best = i;
    }
    return best;
}

}  // namespace

const char* criterionName(Criterion c) noexcept {
    switch (c) {
        case Criterion::Elbow:
            return "elbow";
        case Criterion::Silhouette:
            return "silhouette";
        case Criterion::CalinskiHarabasz:
            return "calinski_harabasz";
        case Criterion::DaviesBouldin:
            return "davies_bouldin";
        case Criterion::Bic:
            return "bic";
    }
    return "elbow";
}

void SweepParams::validate(std::size_t n) const {
    if (algorithm == Algorithm::Dbscan)
        throw Error(ErrorCode::InvalidParameter,
                    {.detail = "algorithm=dbscan (it chooses its own number of segments)"});
    if (kMin < 1)
        throw Error(ErrorCode::InvalidParameter, {.detail = "kmin=" + std::to_string(kMin), .limit = 1});
    if (kMax < kMin)
        throw Error(ErrorCode::InvalidParameter,
                    {.detail = "kmax=" + std::to_string(kMax) + " is below kmin=" + std::to_string(kMin)});
    if (static_cast<std::size_t>(kMax) > n)
        throw Error(ErrorCode::TooFewRows, {.count = static_cast<std::int64_t>(n), .limit = kMax});
    if (nInit < 1)
        throw Error(ErrorCode::InvalidParameter, {.detail = "n-init=" + std::to_string(nInit), .limit = 1});
}

int recommend(const std::vector<Vote>& votes) {
    if (votes.empty()) return 0;
    std::map<int, int> tally;
    for (const auto& v : votes)
        ++tally[v.k];
    int most = 0;
    for (const auto& [k, count] : tally)
        most = std::max(most, count);
    std::vector<int> tied;
    for (const auto& [k, count] : tally)
        if (count == most) tied.push_back(k);
    if (tied.size() == 1) return tied.front();
    for (const auto& v : votes)
        if (v.criterion == Criterion::Silhouette && std::find(tied.begin(), tied.end(), v.k) != tied.end())
            return v.k;
    return tied.front();  // std::map keeps them ascending
}

SweepResult sweepK(const FeatureMatrix& x, const SweepParams& params, const Progress& progress) {
    params.validate(x.rows());
    SweepResult r;
    const int count = params.kMax - params.kMin + 1;
    std::optional<cluster::HierarchicalResult> tree;
    if (params.algorithm == Algorithm::Hierarchical) {
        cluster::HierarchicalParams hp;
        hp.linkage = params.linkage;
        hp.seed = params.seed;
        tree = cluster::fitHierarchical(x, hp, progress.sub(0.0, 0.3));
        r.warnings.insert(r.warnings.end(), tree->warnings.begin(), tree->warnings.end());
        if (static_cast<std::size_t>(params.kMax) > tree->leaves())
            throw Error(ErrorCode::InvalidParameter, {.detail = "kmax=" + std::to_string(params.kMax),
                                                      .limit = static_cast<std::int64_t>(tree->leaves())});
    }
    const double from = tree ? 0.3 : 0.0;
    for (int i = 0; i < count; ++i) {
        const int k = params.kMin + i;
        const Progress step =
            progress.sub(from + (1.0 - from) * i / count, from + (1.0 - from) * (i + 1) / count);
        std::vector<int> labels;
        double inertia = kNaN;
        double bic = kNaN;
        switch (params.algorithm) {
            case Algorithm::KMeans: {
                cluster::KMeansParams kp;
                kp.k = k;
                kp.nInit = params.nInit;
                kp.seed = params.seed;
                auto fit = cluster::fitKMeans(x, kp, step.sub(0.0, 0.6));
                labels = std::move(fit.labels);
                inertia = fit.inertia;
                break;
            }
            case Algorithm::Gmm: {
                cluster::GmmParams gp;
                gp.k = k;
                gp.nInit = params.nInit;
                gp.covariance = params.covariance;
                gp.seed = params.seed;
                auto fit = cluster::fitGaussianMixture(x, gp, step.sub(0.0, 0.6));
                labels = std::move(fit.labels);
                bic = fit.bic;
                break;
            }
            case Algorithm::Hierarchical:
                labels = cluster::cutByK(*tree, static_cast<std::size_t>(k));
                break;
            case Algorithm::Dbscan:
                break;  // rejected by validate()
        }
        const metrics::ClusterStats stats =
            metrics::computeClusterStats(x, labels, step.sub(0.6, 0.7), false);
        if (std::isnan(inertia)) inertia = metrics::withinClusterSumOfSquares(stats);
        double sil = kNaN, ch = kNaN, db = kNaN;
        if (stats.clusters() >= 2 && static_cast<std::size_t>(stats.clusters()) < stats.rows()) {
            ch = metrics::calinskiHarabasz(stats);
            db = metrics::daviesBouldin(stats);
            if (params.silhouette) {
                metrics::SilhouetteParams sp = params.silhouetteParams;
                sp.seed = params.seed;
                // A k whose silhouette cannot be computed keeps NaN there (no vote) instead of ending the
                // sweep.
                try {
                    const auto s = metrics::silhouette(x, labels, sp, step.sub(0.7, 1.0));
                    sil = s.mean;
                    if (i == 0) r.warnings.insert(r.warnings.end(), s.warnings.begin(), s.warnings.end());
                } catch (const Error& e) {
                    const bool said = std::any_of(r.warnings.begin(), r.warnings.end(), [](const Warning& w) {
                        return w.code == WarningCode::SilhouetteSkipped;
                    });
                    if (!said) r.warnings.push_back({WarningCode::SilhouetteSkipped, {.detail = e.what()}});
                }
            }
        }
        r.k.push_back(k);
        r.inertia.push_back(inertia);
        r.silhouette.push_back(sil);
        r.calinskiHarabasz.push_back(ch);
        r.daviesBouldin.push_back(db);
        r.bic.push_back(bic);
    }

    std::vector<double> ks(r.k.begin(), r.k.end());
    if (auto knee = cluster::findKnee(ks, r.inertia, cluster::CurveShape::ConvexDecreasing)) {
        r.elbowK = r.k[*knee];
        r.votes.push_back({Criterion::Elbow, r.k[*knee], r.inertia[*knee]});
    }
    if (auto i = bestIndex(r.silhouette, true))
        r.votes.push_back({Criterion::Silhouette, r.k[*i], r.silhouette[*i]});
    if (auto i = bestIndex(r.calinskiHarabasz, true))
        r.votes.push_back({Criterion::CalinskiHarabasz, r.k[*i], r.calinskiHarabasz[*i]});
    if (auto i = bestIndex(r.daviesBouldin, false))
        r.votes.push_back({Criterion::DaviesBouldin, r.k[*i], r.daviesBouldin[*i]});
    if (auto i = bestIndex(r.bic, false)) r.votes.push_back({Criterion::Bic, r.k[*i], r.bic[*i]});
    r.recommendedK = r.votes.empty() ? params.kMin : recommend(r.votes);
    progress.report(1.0);
    return r;
}

}  // namespace seg::run
