#include "RunCharts.h"

#include <QCoreApplication>
#include <algorithm>

#include "DendrogramChart.h"
#include "ElbowChart.h"
#include "HeatmapChart.h"
#include "KDistanceChart.h"
#include "ScatterChart.h"
#include "SilhouetteChart.h"
#include "SizesChart.h"

namespace seg::doc {

namespace {

// The name of each chart as its tab, the report and every file show it.
QString titleOf(const QString& name) {
    static const char* const kTitles[][2] = {
        {"pca-scatter", QT_TRANSLATE_NOOP("seg::ui::SegmentWorkspace", "Customer map")},
        {"profile-heatmap", QT_TRANSLATE_NOOP("seg::ui::SegmentWorkspace", "Segment profiles")},
        {"elbow", QT_TRANSLATE_NOOP("seg::ui::SegmentWorkspace", "Choosing the number of segments")},
        {"dendrogram", QT_TRANSLATE_NOOP("seg::ui::SegmentWorkspace", "Segment tree")},
        {"silhouette", QT_TRANSLATE_NOOP("seg::ui::SegmentWorkspace", "Segment fit (silhouette)")},
        {"sizes", QT_TRANSLATE_NOOP("seg::ui::SegmentWorkspace", "Segment sizes")},
        {"k-distance", QT_TRANSLATE_NOOP("seg::ui::SegmentWorkspace", "Neighbour distances")},
    };
    for (const auto& [key, title] : kTitles)
        if (name == QLatin1String(key))
            return QCoreApplication::translate("seg::ui::SegmentWorkspace", title);
    return name;
}

}  // namespace

QStringList chartNames() {
    return {QStringLiteral("pca-scatter"), QStringLiteral("profile-heatmap"), QStringLiteral("elbow"),
            QStringLiteral("dendrogram"),  QStringLiteral("silhouette"),      QStringLiteral("sizes"),
            QStringLiteral("k-distance")};
}

std::shared_ptr<seg::chart::Chart> chartFor(const Snapshot& snapshot, const QString& name,
                                            const ChartOptions& options) {
    std::shared_ptr<seg::chart::Chart> chart;
    const auto& run = snapshot.run;
    const seg::run::SegmentationResult* r = run && run->result ? run->result.get() : nullptr;
    const std::size_t customers = run && run->table ? run->table->rowCount() : 0;
    if (name == QLatin1String("pca-scatter") && r) {
        auto map = std::make_shared<seg::chart::ScatterChart>();
        map->setData(std::shared_ptr<const seg::run::SegmentationResult>(run, r));
        map->setComponents(options.componentX, options.componentY);
        map->setShowLoadings(options.showLoadings);
        if (!options.mapRange.isEmpty()) map->setVisibleRange(options.mapRange);
        if (map->hasData()) chart = map;
    } else if (name == QLatin1String("profile-heatmap") && r && r->k > 0) {
        auto heatmap = std::make_shared<seg::chart::HeatmapChart>();
        std::vector<std::string> features;
        for (const auto& feature : r->prep.pipeline.features())
            features.push_back(feature.column);
        heatmap->setProfile(run->table, r->rowLabels, r->k, features, customers);
        chart = heatmap;
    } else if (name == QLatin1String("elbow") && snapshot.sweep && snapshot.sweep->result) {
        auto elbow = std::make_shared<seg::chart::ElbowChart>();
        elbow->setSweep(snapshot.sweep->result);
        if (r) elbow->setCurrentK(r->algorithm == seg::run::Algorithm::Dbscan ? 0 : r->k);
        chart = elbow;
    } else if (name == QLatin1String("dendrogram") && r && r->hierarchical) {
        auto tree = std::make_shared<seg::chart::DendrogramChart>();
        tree->setResult(std::shared_ptr<const seg::cluster::HierarchicalResult>(run, &*r->hierarchical));
        tree->setK(r->k);
        chart = tree;
    } else if (name == QLatin1String("silhouette") && r && r->silhouette) {
        auto fit = std::make_shared<seg::chart::SilhouetteChart>();
        fit->setSilhouette(r->silhouette->values, r->labels, r->silhouette->sampled);
        chart = fit;
    } else if (name == QLatin1String("sizes") && r) {
        auto sizes = std::make_shared<seg::chart::SizesChart>();
        const auto outliers = std::size_t(std::count(r->rowLabels.begin(), r->rowLabels.end(), -1));
        sizes->setSizes(r->sizes, outliers, customers);
        if (options.sizesLargestFirst) sizes->setOrder(seg::chart::SizesChart::Order::Largest);
        chart = sizes;
    } else if (name == QLatin1String("k-distance") && r && r->dbscan &&
               !r->dbscan->kDistance.distances.empty()) {
        auto density = std::make_shared<seg::chart::KDistanceChart>();
        density->setCurve(r->dbscan->kDistance);
        density->setEps(r->eps);
        chart = density;
    }
    if (!chart) return nullptr;
    chart->setTitle(titleOf(name));
    chart->setSegments(snapshot.look);
    chart->setHighlight(options.highlight);
    return chart;
}

QStringList availableCharts(const Snapshot& snapshot) {
    QStringList names;
    const auto& run = snapshot.run;
    const seg::run::SegmentationResult* r = run && run->result ? run->result.get() : nullptr;
    for (const QString& name : chartNames()) {
        bool has = false;
        if (name == QLatin1String("elbow"))
            has = snapshot.sweep && snapshot.sweep->result;
        else if (name == QLatin1String("dendrogram"))
            has = r && r->hierarchical;
        else if (name == QLatin1String("silhouette"))
            has = r && r->silhouette;
        else if (name == QLatin1String("k-distance"))
            has = r && r->dbscan && !r->dbscan->kDistance.distances.empty();
        else if (name == QLatin1String("profile-heatmap"))
            has = r && r->k > 0;
        else
            has = r != nullptr;
        if (has) names << name;
    }
    return names;
}

std::vector<std::shared_ptr<seg::chart::Chart>> chartsFor(const Snapshot& snapshot,
                                                          const ChartOptions& options) {
    std::vector<std::shared_ptr<seg::chart::Chart>> charts;
    for (const QString& name : chartNames()) {
        if (name == QLatin1String("elbow") && !options.includeSweep) continue;
        if (auto chart = chartFor(snapshot, name, options)) charts.push_back(std::move(chart));
    }
    return charts;
}

}  // namespace seg::doc
