#include "SegmentWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "jobs/SegmentationJob.h"
#include "jobs/SweepJob.h"
#include "models/LocalNumber.h"
#include "models/ProfileTableModel.h"
#include "models/TableModel.h"
#include "views/DendrogramView.h"
#include "views/ElbowView.h"
#include "views/KDistanceView.h"
#include "views/PcaScatterView.h"
#include "views/ProfileHeatmapView.h"
#include "views/SegmentPalette.h"
#include "views/SegmentSizesView.h"
#include "views/SilhouetteView.h"

namespace seg::ui {

namespace {

// Rows shown in the scatter's hover text besides the identifier: enough to recognise a customer, few enough
// to read at a glance.
constexpr std::size_t kDescribedFeatures = 6;
// Rows chosen in the table beyond this are not marked in the scatter (a select-all of a million rows would
// only paint everything orange).
constexpr int kMaxLinkedRows = 1'000'000;

QString cellText(const seg::data::Column& column, std::size_t row) {
    if (column.isMissing(row)) return TableModel::missingText();
    if (column.storage() == seg::data::Storage::Strings) {
        const std::string_view s = column.string(row);
        return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
    }
    if (column.type() == seg::data::ColumnType::Numeric) return localNumber(column.number(row), false);
    return QString::fromStdString(column.display(row));
}

template <typename View>
ChartSource sourceFor(const View* view, const QString& name, const QString& title) {
    return ChartSource{name, title,
                       [view](QPainter& painter, const QRectF& bounds) { view->paint(painter, bounds); }};
}

}  // namespace

SegmentWorkspace::SegmentWorkspace(TableModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
    setObjectName(QStringLiteral("segmentWorkspace"));

    m_tableView = new QTableView;
    m_tableView->setObjectName(QStringLiteral("dataTable"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SegmentWorkspace::onTableSelectionChanged);

    // The banner above the table when it shows only some customers, with the way back.
    m_filterBar = new QWidget;
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    m_filterBar->setAutoFillBackground(true);
    m_filterBar->setBackgroundRole(QPalette::ToolTipBase);
    m_filterLabel = new QLabel;
    m_filterLabel->setObjectName(QStringLiteral("filterLabel"));
    m_filterLabel->setForegroundRole(QPalette::ToolTipText);
    auto* showAll = new QPushButton(tr("Show All Customers"));
    showAll->setObjectName(QStringLiteral("showAllRows"));
    showAll->setToolTip(tr("Show every row of the table again and clear the chosen segment."));
    connect(showAll, &QPushButton::clicked, this, [this] {
        selectSegment(kNoSegment);
        showAllRows();
    });
    auto* barLayout = new QHBoxLayout(m_filterBar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    barLayout->addWidget(m_filterLabel, 1);
    barLayout->addWidget(showAll);
    m_filterBar->hide();

    auto* tableArea = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_filterBar);
    tableLayout->addWidget(m_tableView);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setDocumentMode(true);
    createCharts();
    m_tabs->hide();  // until the first run
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { refreshViews(viewOf(m_tabs->widget(index))); });

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(tableArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

SegmentWorkspace::~SegmentWorkspace() {
    // How the user divided charts and table, and which chart they last looked at, for next time.
    if (!m_run) return;
    QSettings settings;
    settings.setValue(QStringLiteral("workspace/splitter"), m_splitter->saveState());
    for (const auto& [name, page] : chartPages())
        if (page == m_tabs->currentWidget()) settings.setValue(QStringLiteral("workspace/chart"), name);
}

QString SegmentWorkspace::preferredChart() const {
    return QSettings().value(QStringLiteral("workspace/chart"), QStringLiteral("pca-scatter")).toString();
}

void SegmentWorkspace::createCharts() {
    m_scatterPage = createScatterTab();
    m_tabs->addTab(m_scatterPage, tr("Map"));
    m_tabs->setTabToolTip(0, tr("Every customer as a dot on a map of the chosen features (PCA scatter plot): "
                                "customers close together are alike. Drag to choose customers, scroll to "
                                "zoom."));

    m_heatmap = new ProfileHeatmapView;
    m_heatmap->setObjectName(QStringLiteral("profileHeatmap"));
    m_descriptions = new QTextBrowser(this);
    m_descriptions->setObjectName(QStringLiteral("segmentDescriptions"));
    m_descriptions->setToolTip(tr("Each segment in a sentence, from what sets it apart most."));
    m_descriptions->setFrameShape(QFrame::NoFrame);
    m_profileModel = new ProfileTableModel(this);
    m_profileTable = new QTableView;
    m_profileTable->setObjectName(QStringLiteral("profileTable"));
    m_profileTable->setModel(m_profileModel);
    m_profileTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_profileTable->setWordWrap(false);
    m_profileTable->verticalHeader()->hide();
    m_profileTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The heatmap above the full profile table, wide enough for a column per segment. The segments in words
    // (descriptionsView) live beside the segment list, which has the room.
    m_profileTable->setMinimumHeight(120);
    auto* profiles = new QSplitter(Qt::Vertical);
    profiles->setObjectName(QStringLiteral("profilesSplitter"));
    profiles->addWidget(m_heatmap);
    profiles->addWidget(m_profileTable);
    profiles->setStretchFactor(0, 3);
    profiles->setStretchFactor(1, 2);
    m_profilesPage = profiles;
    m_tabs->addTab(m_profilesPage, tr("Profiles"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
                          tr("How each segment differs from the average customer, feature by feature."));

    m_elbowPage = createElbowTab();
    m_tabs->addTab(m_elbowPage, tr("Number of Segments"));
    m_tabs->setTabToolTip(
        m_tabs->count() - 1,
        tr("Scores for 2 to 10 segments, to help choose how many to ask for. Click a number "
           "to use it."));

    m_dendrogram = new DendrogramView;
    m_dendrogram->setObjectName(QStringLiteral("dendrogram"));
    m_tabs->addTab(m_dendrogram, tr("Tree"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
                          tr("How hierarchical clustering merged customers into segments. Drag the dashed "
                             "line up or down to get fewer or more segments."));
    connect(m_dendrogram, &DendrogramView::kChanged, this, [this](int k) {
        if (!m_syncing) emit cutRequested(k);
    });

    m_silhouette = new SilhouetteView;
    m_silhouette->setObjectName(QStringLiteral("silhouette"));
    m_tabs->addTab(m_silhouette, tr("Fit"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
                          tr("How well each customer fits its segment (silhouette): long bars to the right "
                             "fit well, bars to the left would fit better elsewhere."));

    m_sizes = new SegmentSizesView;
    m_sizes->setObjectName(QStringLiteral("segmentSizes"));
    m_tabs->addTab(m_sizes, tr("Sizes"));
    m_tabs->setTabToolTip(m_tabs->count() - 1, tr("How many customers each segment has."));

    m_kDistance = new KDistanceView;
    m_kDistance->setObjectName(QStringLiteral("kDistance"));
    m_tabs->addTab(m_kDistance, tr("Density"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
                          tr("For DBSCAN: how far each customer is from its nearest neighbours. The bend "
                             "suggests the neighbourhood radius; click to choose another."));
    connect(m_kDistance, &KDistanceView::epsPicked, this, &SegmentWorkspace::epsPicked);

    const auto chooseSegment = [this](int segment) {
        // A click on the segment already chosen clears the choice, as in a toggle; -1 chooses the outliers.
        selectSegment(segment < -1 || segment == m_segment ? kNoSegment : segment);
    };
    connect(m_scatter, &PcaScatterView::segmentClicked, this, chooseSegment);
    connect(m_heatmap, &ProfileHeatmapView::segmentClicked, this, chooseSegment);
    connect(m_heatmap, &ProfileHeatmapView::segmentActivated, this, chooseSegment);
    connect(m_silhouette, &SilhouetteView::segmentClicked, this, chooseSegment);
    connect(m_sizes, &SegmentSizesView::segmentClicked, this, chooseSegment);
    connect(m_scatter, &PcaScatterView::selectionChanged, this, [this](const QVector<int>& rows) {
        if (!m_syncing) selectRows(rows);
    });

    for (QWidget* page : {static_cast<QWidget*>(m_dendrogram), static_cast<QWidget*>(m_kDistance),
                          static_cast<QWidget*>(m_silhouette)})
        setTabShown(page, false);
}

QWidget* SegmentWorkspace::createScatterTab() {
    auto* page = new QWidget;
    m_scatter = new PcaScatterView;
    m_scatter->setObjectName(QStringLiteral("pcaScatter"));
    m_scatter->setRowDescriber([this](int row) { return describeRow(row); });

    m_componentX = new QComboBox;
    m_componentX->setObjectName(QStringLiteral("componentX"));
    m_componentX->setToolTip(
        tr("The summary direction shown across. Component 1 separates customers the "
           "most, component 2 the most of what is left, and so on."));
    m_componentY = new QComboBox;
    m_componentY->setObjectName(QStringLiteral("componentY"));
    m_componentY->setToolTip(tr("The summary direction shown upwards."));
    const auto changeComponents = [this] {
        if (m_componentX->currentIndex() >= 0 && m_componentY->currentIndex() >= 0)
            m_scatter->setComponents(m_componentX->currentIndex(), m_componentY->currentIndex());
    };
    connect(m_componentX, &QComboBox::currentIndexChanged, this, changeComponents);
    connect(m_componentY, &QComboBox::currentIndexChanged, this, changeComponents);

    m_loadings = new QCheckBox(tr("Feature arrows"));
    m_loadings->setObjectName(QStringLiteral("showLoadings"));
    m_loadings->setToolTip(
        tr("Draw an arrow per feature: customers towards an arrow's tip have more of "
           "that feature (a biplot)."));
    connect(m_loadings, &QCheckBox::toggled, m_scatter, &PcaScatterView::setShowLoadings);

    auto* reset = new QToolButton;
    reset->setObjectName(QStringLiteral("resetZoom"));
    reset->setText(tr("Reset Zoom"));
    reset->setToolTip(tr("Show every customer again (or double-click the map)."));
    connect(reset, &QToolButton::clicked, m_scatter, &PcaScatterView::resetView);

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(8, 4, 8, 0);
    controls->addWidget(new QLabel(tr("Across:")));
    controls->addWidget(m_componentX);
    controls->addSpacing(8);
    controls->addWidget(new QLabel(tr("Up:")));
    controls->addWidget(m_componentY);
    controls->addSpacing(12);
    controls->addWidget(m_loadings);
    controls->addStretch();
    controls->addWidget(reset);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_scatter, 1);
    return page;
}

QWidget* SegmentWorkspace::createElbowTab() {
    auto* placeholder = new QWidget;
    auto* text =
        new QLabel(tr("Not sure how many segments to ask for? SegmentLab can try every number from 2 "
                      "to 10 with the chosen features and method, score each, and recommend one."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);
    auto* button = new QPushButton(tr("Find the Best Number of Segments"));
    button->setObjectName(QStringLiteral("elbowSweepButton"));
    button->setToolTip(tr("Runs in the background; the current segments stay on screen meanwhile."));
    connect(button, &QPushButton::clicked, this, &SegmentWorkspace::sweepRequested);
    auto* placeholderLayout = new QVBoxLayout(placeholder);
    placeholderLayout->addStretch();
    placeholderLayout->addWidget(text, 0, Qt::AlignHCenter);
    placeholderLayout->addSpacing(12);
    placeholderLayout->addWidget(button, 0, Qt::AlignHCenter);
    placeholderLayout->addStretch();

    m_elbow = new ElbowView;
    m_elbow->setObjectName(QStringLiteral("elbow"));
    connect(m_elbow, &ElbowView::kClicked, this, &SegmentWorkspace::kRequested);

    m_elbowStack = new QStackedWidget;
    m_elbowStack->addWidget(placeholder);
    m_elbowStack->addWidget(m_elbow);
    return m_elbowStack;
}

void SegmentWorkspace::setTabShown(QWidget* page, bool shown) {
    const int index = m_tabs->indexOf(page);
    if (index >= 0) m_tabs->setTabVisible(index, shown);
}

void SegmentWorkspace::setTable(std::shared_ptr<const seg::data::Table> table) {
    m_table = std::move(table);
    m_run.reset();
    m_sweep.reset();
    m_userNames.clear();
    m_userColors.clear();
    SegmentPalette::setOverrides({});
    m_segment = kNoSegment;
    m_filterText.clear();
    m_scatter->clear();
    m_silhouette->clear();
    m_sizes->clear();
    m_profileModel->clear();
    m_descriptions->clear();
    m_elbowStack->setCurrentIndex(0);
    for (QWidget* page : {static_cast<QWidget*>(m_dendrogram), static_cast<QWidget*>(m_kDistance),
                          static_cast<QWidget*>(m_silhouette)})
        setTabShown(page, false);
    m_tabs->hide();
    updateFilterBanner();
}

void SegmentWorkspace::showRun(std::shared_ptr<const SegmentationRun> run) {
    if (!run || !run->result) return;
    const bool firstRun = !m_run;
    const bool recut = run->recut && m_run;
    const int previousSegment = m_segment;
    const std::shared_ptr<const SegmentationRun> previous = m_run;
    m_run = std::move(run);
    const seg::run::SegmentationResult& r = *m_run->result;
    const QSignalBlocker blockScatter(m_scatter);
    m_syncing = true;

    carryOverUserChoices(previous);

    // The map keeps its zoom when only the cut moved: the dots stay where they were and change colour.
    const QRectF range = m_scatter->visibleRange();
    m_scatter->setData(std::shared_ptr<const seg::run::SegmentationResult>(m_run, m_run->result.get()));
    if (recut) {
        m_scatter->setVisibleRange(range);
    } else {
        const QSignalBlocker bx(m_componentX), by(m_componentY);
        m_componentX->clear();
        m_componentY->clear();
        const QLocale locale;
        for (std::size_t c = 0; c < r.pca.explainedVarianceRatio.size(); ++c) {
            const QString label = tr("Component %1 (%2%)")
                                      .arg(c + 1)
                                      .arg(locale.toString(100.0 * r.pca.explainedVarianceRatio[c], 'f', 0));
            m_componentX->addItem(label);
            m_componentY->addItem(label);
        }
        m_componentX->setCurrentIndex(0);
        m_componentY->setCurrentIndex(m_componentY->count() > 1 ? 1 : 0);
        // setData kept the components shown before; a million points need not be laid out twice.
        if (m_scatter->componentX() != m_componentX->currentIndex() ||
            m_scatter->componentY() != m_componentY->currentIndex())
            m_scatter->setComponents(m_componentX->currentIndex(), m_componentY->currentIndex());
        m_scatter->setShowLoadings(m_loadings->isChecked());
    }

    // The other charts are filled when their tab is first shown (or exported): a million-row profile or
    // silhouette takes tens of milliseconds, which need not all land in one event.
    m_stale = kAllViews;
    m_recutPending = recut;
    setTabShown(m_silhouette, r.silhouette.has_value());
    setTabShown(m_dendrogram, r.hierarchical.has_value());
    setTabShown(m_kDistance, r.dbscan && !r.dbscan->kDistance.distances.empty());

    m_elbow->setCurrentK(r.algorithm == seg::run::Algorithm::Dbscan ? 0 : r.k);

    m_syncing = false;
    m_tabs->show();
    if (firstRun &&
        !m_splitter->restoreState(QSettings().value(QStringLiteral("workspace/splitter")).toByteArray())) {
        const int total = std::max(2, m_splitter->height());
        m_splitter->setSizes({total * 62 / 100, total * 38 / 100});
    }
    // A recut keeps the chosen segment when it still exists; anything else starts afresh.
    m_segment = kNoSegment;
    showAllRows();
    selectSegment(recut && previousSegment >= 0 && previousSegment < r.k ? previousSegment : kNoSegment);
    applyNames();
    if (!recut) m_tableView->resizeColumnToContents(0);
    refreshViews(viewOf(m_tabs->currentWidget()));
}

int SegmentWorkspace::viewOf(const QWidget* page) const {
    if (page == m_profilesPage) return kHeatmap;
    if (page == m_silhouette) return kSilhouette;
    if (page == m_sizes) return kSizes;
    if (page == m_dendrogram) return kDendrogram;
    if (page == m_kDistance) return kKDistance;
    return 0;
}

void SegmentWorkspace::refreshViews(int views) const {
    const int due = m_stale & views;
    if (!m_run || due == 0) return;
    m_stale &= ~due;
    const seg::run::SegmentationResult& r = *m_run->result;
    const int highlight = m_segment >= 0 ? m_segment : -1;
    const QStringList names = currentNames();
    if (due & kHeatmap) {
        std::vector<std::string> features;
        for (const auto& feature : r.prep.pipeline.features())
            features.push_back(feature.column);
        m_heatmap->setProfile(m_run->table, r.rowLabels, r.k, features);
        m_heatmap->setSegmentNames(names);
        m_heatmap->highlightSegment(highlight);
        m_profileModel->setProfile(m_run->profile, names);
        m_profileTable->resizeColumnsToContents();
    }
    if (due & kSilhouette) {
        if (r.silhouette)
            m_silhouette->setSilhouette(r.silhouette->values, r.labels, r.silhouette->sampled);
        else
            m_silhouette->clear();
        m_silhouette->highlightSegment(highlight);
        m_silhouette->setSegmentNames(names);
    }
    if (due & kSizes) {
        m_sizes->setSizes(r.sizes, noiseCount(), names);
        m_sizes->highlightSegment(highlight);
    }
    // A recut came from the tree itself: it already shows that tree and the cut the user is holding (maybe
    // newer than this result), so it is left alone.
    if ((due & kDendrogram) && r.hierarchical && !(m_recutPending && m_dendrogram->result())) {
        m_dendrogram->setResult(
            std::shared_ptr<const seg::cluster::HierarchicalResult>(m_run, &*m_run->result->hierarchical));
        const QSignalBlocker block(m_dendrogram);
        m_dendrogram->setK(r.k);
    }
    if (due & kDendrogram) m_dendrogram->setSegmentNames(names);
    if ((due & kKDistance) && r.dbscan && !r.dbscan->kDistance.distances.empty()) {
        m_kDistance->setCurve(r.dbscan->kDistance);
        m_kDistance->setEps(r.eps);
    }
}

void SegmentWorkspace::updateDescriptions() const {
    if (!m_run) {
        m_descriptions->clear();
        return;
    }
    const QLocale locale;
    QString html;
    const auto& sizes = m_run->result->sizes;
    const double total = double(m_run->table->rowCount());
    for (int s = 0; s < m_run->result->k; ++s) {
        const double share = total > 0 ? 100.0 * double(sizes[std::size_t(s)]) / total : 0.0;
        html += QStringLiteral(
                    "<p style='margin-bottom:8px'><span style='color:%1;font-size:large'>&#9632;</span> "
                    "<b>%2</b> <span style='color:#666'>%3</span><br>%4</p>")
                    .arg(SegmentPalette::color(s).name(), segmentName(s).toHtmlEscaped(),
                         tr("%n customer(s), %1%", nullptr, int(sizes[std::size_t(s)]))
                             .arg(locale.toString(share, 'f', 1))
                             .toHtmlEscaped(),
                         segmentDescription(s).toHtmlEscaped());
    }
    m_descriptions->setHtml(html);
}

std::size_t SegmentWorkspace::noiseCount() const {
    if (!m_run) return 0;
    const auto& labels = m_run->result->labels;
    return static_cast<std::size_t>(std::count(labels.begin(), labels.end(), -1));
}

void SegmentWorkspace::showSweep(std::shared_ptr<const SweepRun> sweep) {
    if (!sweep || !sweep->result) return;
    m_sweep = std::move(sweep);
    m_elbow->setSweep(m_sweep->result);
    m_elbowStack->setCurrentWidget(m_elbow);
    m_tabs->show();
}

void SegmentWorkspace::setSegmentName(int segment, const QString& name) {
    if (segment < 0) return;
    while (m_userNames.size() <= segment)
        m_userNames.append(QString());
    m_userNames[segment] = name.trimmed();
    applyNames();
    emit segmentNamesChanged();
}

void SegmentWorkspace::setSegmentColor(int segment, const QColor& color) {
    if (segment < 0) return;
    while (m_userColors.size() <= segment)
        m_userColors.append(QColor());
    m_userColors[segment] = color;
    applyNames();
    emit segmentNamesChanged();
}

QString SegmentWorkspace::userName(int segment) const {
    return segment >= 0 && segment < m_userNames.size() ? m_userNames[segment] : QString();
}

QColor SegmentWorkspace::userColor(int segment) const {
    return segment >= 0 && segment < m_userColors.size() ? m_userColors[segment] : QColor();
}

QString SegmentWorkspace::suggestedName(int segment) const {
    if (!m_run || segment < 0 || std::size_t(segment) >= m_run->descriptions.size()) return {};
    return m_run->descriptions[std::size_t(segment)].name;
}

QString SegmentWorkspace::segmentDescription(int segment) const {
    if (!m_run || segment < 0 || std::size_t(segment) >= m_run->descriptions.size()) return {};
    return m_run->descriptions[std::size_t(segment)].description;
}

// A re-run that finds the same segments keeps what the user named and coloured: a new segment inherits from
// the old one it overlaps by at least 90% (Jaccard index of their customers), one-to-one.
void SegmentWorkspace::carryOverUserChoices(const std::shared_ptr<const SegmentationRun>& previous) {
    QStringList names;
    QList<QColor> colors;
    const int k = m_run->result->k;
    if (previous && previous != m_run && (!m_userNames.isEmpty() || !m_userColors.isEmpty())) {
        const std::vector<int>& now = m_run->result->rowLabels;
        const std::vector<int>& before = previous->result->rowLabels;
        const int kBefore = previous->result->k;
        if (now.size() == before.size() && k > 0 && kBefore > 0) {
            std::vector<std::size_t> both(std::size_t(k) * std::size_t(kBefore), 0),
                sizeNow(std::size_t(k), 0), sizeBefore(std::size_t(kBefore), 0);
            for (std::size_t i = 0; i < now.size(); ++i) {
                if (now[i] >= 0) ++sizeNow[std::size_t(now[i])];
                if (before[i] >= 0) ++sizeBefore[std::size_t(before[i])];
                if (now[i] >= 0 && before[i] >= 0)
                    ++both[std::size_t(now[i]) * std::size_t(kBefore) + std::size_t(before[i])];
            }
            for (int s = 0; s < k; ++s) {
                names.append(QString());
                colors.append(QColor());
                for (int t = 0; t < kBefore; ++t) {
                    const double common =
                        double(both[std::size_t(s) * std::size_t(kBefore) + std::size_t(t)]);
                    const double either =
                        double(sizeNow[std::size_t(s)] + sizeBefore[std::size_t(t)]) - common;
                    if (either > 0 && common / either >= 0.9) {
                        names.last() = t < m_userNames.size() ? m_userNames[t] : QString();
                        colors.last() = t < m_userColors.size() ? m_userColors[t] : QColor();
                    }
                }
            }
        }
    }
    m_userNames = names;
    m_userColors = colors;
}

QStringList SegmentWorkspace::currentNames() const {
    QStringList names;
    const int k = m_run ? m_run->result->k : 0;
    for (int s = 0; s < k; ++s)
        names << segmentName(s);
    return names;
}

QString SegmentWorkspace::segmentName(int segment) const {
    if (segment == -1) return tr("Outliers");
    if (segment == -2) return tr("Left out");
    if (!userName(segment).isEmpty()) return userName(segment);
    if (!suggestedName(segment).isEmpty()) return suggestedName(segment);
    return tr("Segment %1").arg(segment + 1);
}

void SegmentWorkspace::applyNames() {
    SegmentPalette::setOverrides(m_userColors);
    const QStringList names = currentNames();
    m_scatter->setSegmentNames(names);
    m_model->setSegments(m_run ? m_run->result->rowLabels : std::vector<int>{}, names);
    // Stale views take the names when they are filled.
    if (!(m_stale & kSilhouette)) m_silhouette->setSegmentNames(names);
    if (!(m_stale & kDendrogram)) m_dendrogram->setSegmentNames(names);
    if (!(m_stale & kHeatmap)) {
        m_heatmap->setSegmentNames(names);
        m_profileModel->setNames(names);
    }
    updateDescriptions();
    if (m_run && !(m_stale & kSizes)) {
        m_sizes->setSizes(m_run->result->sizes, noiseCount(), names);
        m_sizes->highlightSegment(m_segment >= 0 ? m_segment : -1);
    }
    updateFilterBanner();
}

void SegmentWorkspace::highlightEverywhere(int segment) {
    // The charts know segments 0..k-1 only: outliers, rows left out and no choice all clear the highlight.
    const int highlight = segment >= 0 ? segment : -1;
    m_syncing = true;
    m_scatter->highlightSegment(highlight);
    m_heatmap->highlightSegment(highlight);
    m_silhouette->highlightSegment(highlight);
    m_sizes->highlightSegment(highlight);
    m_syncing = false;
}

void SegmentWorkspace::selectSegment(int segment) {
    const bool changed = segment != m_segment;
    m_segment = segment;
    highlightEverywhere(segment);

    if (segment == kNoSegment || !m_run) {
        if (changed) showAllRows();
    } else {
        const std::vector<int>& labels = m_run->result->rowLabels;
        std::vector<int> rows;
        for (std::size_t i = 0; i < labels.size(); ++i)
            if (labels[i] == segment) rows.push_back(static_cast<int>(i));
        const int count = static_cast<int>(rows.size());
        m_model->setRowFilter(std::move(rows));
        m_filterText = tr("Showing the %n customer(s) of %1.", nullptr, count).arg(segmentName(segment));
        updateFilterBanner();
    }
    if (changed) emit segmentSelected(segment);
}

void SegmentWorkspace::selectRows(const QVector<int>& rows) {
    if (rows.isEmpty()) {
        showAllRows();
        return;
    }
    if (m_segment != kNoSegment) {
        m_segment = kNoSegment;
        highlightEverywhere(kNoSegment);
        emit segmentSelected(kNoSegment);
    }
    m_model->setRowFilter(std::vector<int>(rows.begin(), rows.end()));
    m_filterText =
        tr("Showing the %n customer(s) chosen on the map.", nullptr, static_cast<int>(rows.size()));
    updateFilterBanner();
}

void SegmentWorkspace::showAllRows() {
    m_filterText.clear();
    if (m_model->isFiltered()) m_model->setRowFilter(std::nullopt);
    updateFilterBanner();
}

void SegmentWorkspace::updateFilterBanner() {
    m_filterLabel->setText(m_filterText);
    m_filterBar->setVisible(!m_filterText.isEmpty());
}

void SegmentWorkspace::onTableSelectionChanged() {
    if (m_syncing || !m_run) return;
    // Ranges, not selectedRows(): a select-all over a million rows is one range, not a million indexes.
    QVector<int> rows;
    const QItemSelection selection = m_tableView->selectionModel()->selection();
    for (const QItemSelectionRange& range : selection) {
        for (int row = range.top(); row <= range.bottom() && rows.size() < kMaxLinkedRows; ++row)
            rows.push_back(m_model->tableRow(row));
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const QSignalBlocker block(m_scatter);
    m_scatter->setSelectedRows(rows);
}

QString SegmentWorkspace::describeRow(int row) const {
    if (!m_run || row < 0 || static_cast<std::size_t>(row) >= m_run->table->rowCount()) return {};
    const seg::data::Table& table = *m_run->table;
    const auto r = static_cast<std::size_t>(row);
    QStringList lines;
    for (const auto& column : table.columns()) {
        if (column.type() == seg::data::ColumnType::Id) {
            lines << QStringLiteral("%1: %2").arg(QString::fromStdString(column.name()), cellText(column, r));
            break;
        }
    }
    const auto& features = m_run->result->prep.pipeline.features();
    for (std::size_t f = 0; f < features.size() && f < kDescribedFeatures; ++f) {
        const std::ptrdiff_t index = table.indexOf(features[f].column);
        if (index < 0) continue;
        const auto& column = table.column(static_cast<std::size_t>(index));
        lines << QStringLiteral("%1: %2").arg(QString::fromStdString(column.name()), cellText(column, r));
    }
    const int segment = m_run->result->rowLabels[r];
    lines << tr("Segment: %1").arg(segmentName(segment));
    return lines.join(QLatin1Char('\n'));
}

QList<ChartSource> SegmentWorkspace::charts() const {
    refreshViews(kAllViews);
    QList<ChartSource> list;
    if (!m_run && !m_sweep) return list;
    if (m_run) {
        list << sourceFor(m_scatter, QStringLiteral("pca-scatter"), tr("Customer map"));
        list << sourceFor(m_heatmap, QStringLiteral("profile-heatmap"), tr("Segment profiles"));
    }
    if (m_sweep) list << sourceFor(m_elbow, QStringLiteral("elbow"), tr("Choosing the number of segments"));
    if (m_run) {
        if (m_run->result->hierarchical)
            list << sourceFor(m_dendrogram, QStringLiteral("dendrogram"), tr("Segment tree"));
        if (m_run->result->silhouette)
            list << sourceFor(m_silhouette, QStringLiteral("silhouette"), tr("Segment fit (silhouette)"));
        list << sourceFor(m_sizes, QStringLiteral("sizes"), tr("Segment sizes"));
        if (m_run->result->dbscan && !m_run->result->dbscan->kDistance.distances.empty())
            list << sourceFor(m_kDistance, QStringLiteral("k-distance"), tr("Neighbour distances"));
    }
    return list;
}

QList<QPair<QString, QWidget*>> SegmentWorkspace::chartPages() const {
    return {
        {QStringLiteral("pca-scatter"), m_scatterPage}, {QStringLiteral("profile-heatmap"), m_profilesPage},
        {QStringLiteral("elbow"), m_elbowPage},         {QStringLiteral("dendrogram"), m_dendrogram},
        {QStringLiteral("silhouette"), m_silhouette},   {QStringLiteral("sizes"), m_sizes},
        {QStringLiteral("k-distance"), m_kDistance}};
}

std::optional<ChartSource> SegmentWorkspace::currentChart() const {
    QString name;
    for (const auto& [pageName, page] : chartPages())
        if (page == m_tabs->currentWidget()) name = pageName;
    for (const ChartSource& chart : charts())
        if (chart.name == name) return chart;
    return std::nullopt;
}

bool SegmentWorkspace::showChart(const QString& name) {
    for (const auto& [pageName, page] : chartPages()) {
        const int index = m_tabs->indexOf(page);
        if (pageName != name || index < 0 || !m_tabs->isTabVisible(index)) continue;
        m_tabs->setCurrentIndex(index);
        return true;
    }
    return false;
}

}  // namespace seg::ui
