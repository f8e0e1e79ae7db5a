#include "SegmentWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
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

#include "DendrogramChart.h"
#include "ElbowChart.h"
#include "HeatmapChart.h"
#include "KDistanceChart.h"
#include "ScatterChart.h"
#include "Share.h"
#include "SilhouetteChart.h"
#include "SizesChart.h"
#include "models/LocalNumber.h"
#include "models/ProfileTableModel.h"
#include "models/TableModel.h"
#include "views/ChartWidget.h"

namespace seg::ui {

namespace {

// Rows shown in the map's hover text besides the identifier: enough to recognise a customer, few enough
// to read at a glance.
constexpr std::size_t kDescribedFeatures = 6;
// Rows chosen in the table beyond this are not marked on the map (a select-all of a million rows would
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

template <typename T>
T* typed(const std::shared_ptr<seg::chart::Chart>& chart) {
    return dynamic_cast<T*>(chart.get());
}

}  // namespace

SegmentWorkspace::SegmentWorkspace(seg::doc::Document* document, TableModel* model, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(model) {
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
    m_filterLabel->setWordWrap(true);
    auto* showAll = new QPushButton(tr("Show All Customers"));
    showAll->setObjectName(QStringLiteral("showAllRows"));
    showAll->setToolTip(tr("Show every row of the table again and clear the chosen segment."));
    connect(showAll, &QPushButton::clicked, this, [this] { m_document->clearSelection(); });
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
    createTabs();
    m_tabs->hide();  // until the first run
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (const Page* page = pageAt(index)) ensureChart(page->name);
    });

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

    connect(m_document, &seg::doc::Document::tableChanged, this, &SegmentWorkspace::onTableChanged);
    connect(m_document, &seg::doc::Document::runChanged, this, &SegmentWorkspace::onRunChanged);
    connect(m_document, &seg::doc::Document::sweepChanged, this, &SegmentWorkspace::onSweepChanged);
    connect(m_document, &seg::doc::Document::segmentsChanged, this, &SegmentWorkspace::onSegmentsChanged);
    connect(m_document, &seg::doc::Document::selectionChanged, this, &SegmentWorkspace::onSelectionChanged);
}

SegmentWorkspace::~SegmentWorkspace() {
    // How the user divided charts and table, and which chart they last looked at, for next time. The
    // document may be gone already (the main window deletes it first): the tabs show whether there was a run.
    if (m_tabs->isHidden()) return;
    QSettings settings;
    settings.setValue(QStringLiteral("workspace/splitter"), m_splitter->saveState());
    if (const Page* page = pageAt(m_tabs->currentIndex()))
        settings.setValue(QStringLiteral("workspace/chart"), page->name);
}

QString SegmentWorkspace::preferredChart() const {
    return QSettings().value(QStringLiteral("workspace/chart"), QStringLiteral("pca-scatter")).toString();
}

void SegmentWorkspace::createTabs() {
    struct Tab {
        const char* name;
        const char* objectName;
        QString label;
        QString toolTip;
    };
    const Tab tabs[] = {
        {"pca-scatter", "pcaScatter", tr("Map"),
         tr("Every customer as a dot on a map of the chosen features (PCA scatter plot): customers close "
            "together are alike. Drag to move, Shift+drag to choose customers, scroll to zoom.")},
        {"profile-heatmap", "profileHeatmap", tr("Profiles"),
         tr("How each segment differs from the average customer, feature by feature.")},
        {"elbow", "elbow", tr("Number of Segments"),
         tr("Scores for 2 to 10 segments, to help choose how many to ask for. Click a number to use it.")},
        {"dendrogram", "dendrogram", tr("Tree"),
         tr("How hierarchical clustering merged customers into segments. Drag the dashed line up or down to "
            "get fewer or more segments.")},
        {"silhouette", "silhouette", tr("Fit"),
         tr("How well each customer fits its segment (silhouette): long bars to the right fit well, bars to "
            "the left would fit better elsewhere.")},
        {"sizes", "segmentSizes", tr("Sizes"), tr("How many customers each segment has.")},
        {"k-distance", "kDistance", tr("Density"),
         tr("For DBSCAN: how far each customer is from its nearest neighbours. The bend suggests the "
            "neighbourhood radius; click to choose another.")},
    };
    for (const Tab& tab : tabs) {
        auto* widget = new ChartWidget;
        widget->setObjectName(QLatin1String(tab.objectName));
        connect(widget, &ChartWidget::activated, this, &SegmentWorkspace::onHit);
        const QString name = QLatin1String(tab.name);
        QWidget* page = widget;
        if (name == QLatin1String("pca-scatter")) page = createScatterPage(widget);
        if (name == QLatin1String("profile-heatmap")) page = createProfilesPage(widget);
        if (name == QLatin1String("elbow")) page = createElbowPage(widget);
        if (name == QLatin1String("sizes")) page = createSizesPage(widget);
        const int index = m_tabs->addTab(page, tab.label);
        m_tabs->setTabToolTip(index, tab.toolTip);
        m_pages.push_back(Page{name, page, widget});
    }
    updateTabs();
}

QWidget* SegmentWorkspace::createScatterPage(ChartWidget* widget) {
    auto* page = new QWidget;
    m_componentX = new QComboBox;
    m_componentX->setObjectName(QStringLiteral("componentX"));
    m_componentX->setToolTip(
        tr("The summary direction shown across. Component 1 separates customers the "
           "most, component 2 the most of what is left, and so on."));
    m_componentY = new QComboBox;
    m_componentY->setObjectName(QStringLiteral("componentY"));
    m_componentY->setToolTip(tr("The summary direction shown upwards."));
    const auto changeComponents = [this] {
        if (m_syncing || m_componentX->currentIndex() < 0 || m_componentY->currentIndex() < 0) return;
        if (auto* map = scatter()) {
            map->setComponents(m_componentX->currentIndex(), m_componentY->currentIndex());
            chartWidget(QStringLiteral("pca-scatter"))->refresh();
        }
    };
    connect(m_componentX, &QComboBox::currentIndexChanged, this, changeComponents);
    connect(m_componentY, &QComboBox::currentIndexChanged, this, changeComponents);

    m_loadings = new QCheckBox(tr("Feature arrows"));
    m_loadings->setObjectName(QStringLiteral("showLoadings"));
    m_loadings->setToolTip(
        tr("Draw an arrow per feature: customers towards an arrow's tip have more of "
           "that feature (a biplot)."));
    connect(m_loadings, &QCheckBox::toggled, this, [this](bool on) {
        if (auto* map = scatter()) {
            map->setShowLoadings(on);
            chartWidget(QStringLiteral("pca-scatter"))->refresh();
        }
    });

    auto* reset = new QToolButton;
    reset->setObjectName(QStringLiteral("resetZoom"));
    reset->setText(tr("Reset Zoom"));
    reset->setToolTip(tr("Show every customer again (or double-click the map)."));
    connect(reset, &QToolButton::clicked, this, [this] {
        if (auto* map = scatter()) {
            map->resetView();
            chartWidget(QStringLiteral("pca-scatter"))->refresh();
        }
    });

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
    layout->addWidget(widget, 1);
    return page;
}

QWidget* SegmentWorkspace::createProfilesPage(ChartWidget* widget) {
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
    profiles->addWidget(widget);
    profiles->addWidget(m_profileTable);
    profiles->setStretchFactor(0, 3);
    profiles->setStretchFactor(1, 2);
    return profiles;
}

QWidget* SegmentWorkspace::createElbowPage(ChartWidget* widget) {
    auto* placeholder = new QWidget;
    auto* text =
        new QLabel(tr("Not sure how many segments to ask for? SegmentLab can try every number from 2 "
                      "to 10 with the chosen features and method, score each, and recommend one."));
    text->setObjectName(QStringLiteral("elbowIntro"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // Wide enough for a few lines, never wider than the tab: the label wraps instead of being cut.
    text->setMinimumWidth(240);
    text->setMaximumWidth(560);
    text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
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

    m_elbowStack = new QStackedWidget;
    m_elbowStack->addWidget(placeholder);
    m_elbowStack->addWidget(widget);
    return m_elbowStack;
}

QWidget* SegmentWorkspace::createSizesPage(ChartWidget* widget) {
    auto* page = new QWidget;
    m_sizesByCount = new QCheckBox(tr("Largest first"));
    m_sizesByCount->setObjectName(QStringLiteral("sizesLargestFirst"));
    m_sizesByCount->setToolTip(tr("List the segments from the largest to the smallest instead of in order."));
    m_sizesByCount->setChecked(
        QSettings().value(QStringLiteral("workspace/sizesLargestFirst"), false).toBool());
    connect(m_sizesByCount, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("workspace/sizesLargestFirst"), on);
        if (auto* chart = sizes()) {
            chart->setOrder(on ? seg::chart::SizesChart::Order::Largest
                               : seg::chart::SizesChart::Order::Segment);
            chartWidget(QStringLiteral("sizes"))->refresh();
        }
    });
    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(8, 4, 8, 0);
    controls->addStretch();
    controls->addWidget(m_sizesByCount);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(widget, 1);
    return page;
}

const SegmentWorkspace::Page* SegmentWorkspace::pageOf(const QString& name) const {
    for (const Page& page : m_pages)
        if (page.name == name) return &page;
    return nullptr;
}

const SegmentWorkspace::Page* SegmentWorkspace::pageAt(int tab) const {
    QWidget* widget = tab >= 0 ? m_tabs->widget(tab) : nullptr;
    for (const Page& page : m_pages)
        if (page.page == widget) return &page;
    return nullptr;
}

ChartWidget* SegmentWorkspace::chartWidget(const QString& name) const {
    const Page* page = pageOf(name);
    return page ? page->widget : nullptr;
}

std::shared_ptr<seg::chart::Chart> SegmentWorkspace::screenChart(const QString& name) const {
    ensureChart(name);
    return m_charts.value(name);
}

void SegmentWorkspace::offerChart(const QString& name, std::shared_ptr<seg::chart::Chart> chart,
                                  std::shared_ptr<const seg::doc::SegmentationRun> run) {
    m_offer = Offer{name, std::move(chart), std::move(run)};
}

seg::chart::ScatterChart* SegmentWorkspace::scatter() const {
    return typed<seg::chart::ScatterChart>(screenChart(QStringLiteral("pca-scatter")));
}
seg::chart::HeatmapChart* SegmentWorkspace::heatmap() const {
    return typed<seg::chart::HeatmapChart>(screenChart(QStringLiteral("profile-heatmap")));
}
seg::chart::ElbowChart* SegmentWorkspace::elbow() const {
    return typed<seg::chart::ElbowChart>(screenChart(QStringLiteral("elbow")));
}
seg::chart::DendrogramChart* SegmentWorkspace::dendrogram() const {
    return typed<seg::chart::DendrogramChart>(screenChart(QStringLiteral("dendrogram")));
}
seg::chart::SilhouetteChart* SegmentWorkspace::silhouette() const {
    return typed<seg::chart::SilhouetteChart>(screenChart(QStringLiteral("silhouette")));
}
seg::chart::SizesChart* SegmentWorkspace::sizes() const {
    return typed<seg::chart::SizesChart>(screenChart(QStringLiteral("sizes")));
}
seg::chart::KDistanceChart* SegmentWorkspace::kDistance() const {
    return typed<seg::chart::KDistanceChart>(screenChart(QStringLiteral("k-distance")));
}

void SegmentWorkspace::ensureChart(const QString& name) const {
    const bool stale = m_stale.contains(name);
    if (m_charts.contains(name) && !stale) return;
    const Page* page = pageOf(name);
    if (!page) return;
    std::shared_ptr<seg::chart::Chart> previous = m_charts.value(name);
    seg::doc::ChartOptions options = outputOptions(true);
    // The map keeps its zoom over a recut (the dots stay where they were and change colour); a new fit is a
    // new projection and starts with every customer in view.
    options.mapRange = QRectF();
    auto* previousMap = typed<seg::chart::ScatterChart>(previous);
    if (previousMap && m_document->run() && m_document->run()->recut)
        options.mapRange = previousMap->visibleRange();
    std::shared_ptr<seg::chart::Chart> chart;
    if (m_offer.chart && m_offer.name == name && m_offer.run == m_document->run()) {
        // Made on the worker for this run: only the screen's names, colours and choices are left to apply.
        chart = std::move(m_offer.chart);
        chart->setSegments(m_document->look());
        chart->setHighlight(options.highlight);
        if (auto* map = typed<seg::chart::ScatterChart>(chart)) {
            if (map->componentX() != options.componentX || map->componentY() != options.componentY)
                map->setComponents(options.componentX, options.componentY);
            map->setShowLoadings(options.showLoadings);
            if (!options.mapRange.isEmpty()) map->setVisibleRange(options.mapRange);
        }
    } else {
        chart = seg::doc::chartFor(m_document->snapshot(), name, options);
    }
    if (m_offer.name == name || m_offer.run != m_document->run()) m_offer = {};
    m_stale.removeAll(name);
    if (chart) configureScreenChart(name, *chart);
    m_charts.insert(name, chart);
    page->widget->setChart(chart);
}

void SegmentWorkspace::configureScreenChart(const QString& name, seg::chart::Chart& chart) const {
    if (name == QLatin1String("pca-scatter")) {
        auto& map = static_cast<seg::chart::ScatterChart&>(chart);
        map.setRowDescriber([this](int row) { return describeRow(row); });
        map.setSelectedRows(m_document->selectedRows());
    } else if (name == QLatin1String("sizes")) {
        static_cast<seg::chart::SizesChart&>(chart).setOrder(m_sizesByCount->isChecked()
                                                                 ? seg::chart::SizesChart::Order::Largest
                                                                 : seg::chart::SizesChart::Order::Segment);
    }
}

seg::doc::ChartOptions SegmentWorkspace::outputOptions(bool asOnScreen) const {
    seg::doc::ChartOptions options;
    options.componentX = std::max(0, m_componentX->currentIndex());
    options.componentY = std::max(0, m_componentY->currentIndex() >= 0 ? m_componentY->currentIndex() : 1);
    options.showLoadings = m_loadings->isChecked();
    options.sizesLargestFirst = m_sizesByCount->isChecked();
    if (asOnScreen) {
        const int selected = m_document->selectedSegment();
        options.highlight = selected >= 0 ? selected : seg::doc::Document::kNoSegment;
        if (auto* map = typed<seg::chart::ScatterChart>(m_charts.value(QStringLiteral("pca-scatter"))))
            options.mapRange = map->visibleRange();
    }
    return options;
}

std::vector<std::shared_ptr<seg::chart::Chart>> SegmentWorkspace::outputCharts(bool asOnScreen) const {
    return seg::doc::chartsFor(m_document->snapshot(), outputOptions(asOnScreen));
}

std::shared_ptr<seg::chart::Chart> SegmentWorkspace::outputChart(const QString& name, bool asOnScreen) const {
    return seg::doc::chartFor(m_document->snapshot(), name, outputOptions(asOnScreen));
}

QStringList SegmentWorkspace::availableCharts() const {
    return seg::doc::availableCharts(m_document->snapshot());
}

QString SegmentWorkspace::currentChartName() const {
    const Page* page = pageAt(m_tabs->currentIndex());
    if (!page || !availableCharts().contains(page->name)) return {};
    if (page->name == QLatin1String("elbow") && m_elbowStack->currentIndex() == 0) return {};
    return page->name;
}

bool SegmentWorkspace::showChart(const QString& name) {
    const Page* page = pageOf(name);
    if (!page) return false;
    const int index = m_tabs->indexOf(page->page);
    if (index < 0 || !m_tabs->isTabVisible(index)) return false;
    m_tabs->setCurrentIndex(index);
    ensureChart(name);
    return true;
}

void SegmentWorkspace::updateTabs() {
    const QStringList available = availableCharts();
    for (const Page& page : m_pages) {
        // The elbow tab is always there once segments are: its page offers the sweep.
        const bool shown = page.name == QLatin1String("elbow")
                               ? m_document->hasRun() || available.contains(page.name)
                               : page.name == QLatin1String("pca-scatter") ||
                                     page.name == QLatin1String("profile-heatmap") ||
                                     page.name == QLatin1String("sizes") || available.contains(page.name);
        const int index = m_tabs->indexOf(page.page);
        if (index >= 0) m_tabs->setTabVisible(index, shown);
    }
    m_elbowStack->setCurrentIndex(available.contains(QStringLiteral("elbow")) ? 1 : 0);
    m_tabs->setVisible(m_document->hasRun() || available.contains(QStringLiteral("elbow")));
}

void SegmentWorkspace::onTableChanged() {
    for (const Page& page : m_pages)
        page.widget->setChart(nullptr);
    m_charts.clear();
    m_stale.clear();
    m_profileModel->clear();
    m_descriptions->clear();
    {
        const QSignalBlocker bx(m_componentX), by(m_componentY);
        m_componentX->clear();
        m_componentY->clear();
    }
    // A new file starts at its first row and column, not where the last one was scrolled to.
    m_tableView->scrollToTop();
    m_tableView->horizontalScrollBar()->setValue(0);
    m_tableView->clearSelection();
    updateTabs();
    updateFilterBanner();
}

void SegmentWorkspace::fillComponentChoices() {
    const QSignalBlocker bx(m_componentX), by(m_componentY);
    m_syncing = true;
    m_componentX->clear();
    m_componentY->clear();
    const auto& r = *m_document->run()->result;
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
    m_syncing = false;
}

void SegmentWorkspace::onRunChanged(bool recut) {
    if (!m_document->hasRun()) return;
    const bool firstRun = !m_tabs->isVisible();
    if (!recut) fillComponentChoices();
    // Every chart is re-made from the new run when it is next shown (a million-row profile or silhouette
    // takes tens of milliseconds, which need not all land in one event). A recut came from the tree
    // itself: it already shows that tree and the cut the user is holding, so it keeps it.
    m_stale = seg::doc::chartNames();
    if (recut) {
        if (auto* tree = typed<seg::chart::DendrogramChart>(m_charts.value(QStringLiteral("dendrogram")))) {
            m_stale.removeAll(QStringLiteral("dendrogram"));
            if (!tree->isDragging()) tree->setK(m_document->run()->result->k);
        }
    }
    // The elbow only moves its current-k mark.
    if (auto* elbowChart = typed<seg::chart::ElbowChart>(m_charts.value(QStringLiteral("elbow")))) {
        m_stale.removeAll(QStringLiteral("elbow"));
        const auto& r = *m_document->run()->result;
        elbowChart->setCurrentK(r.algorithm == seg::run::Algorithm::Dbscan ? 0 : r.k);
    }
    m_tableView->clearSelection();
    // The table's Segment column: each row's segment, named and coloured as the document says.
    m_model->setSegments(m_document->run()->result->rowLabels, m_document->segmentNames());
    m_model->setColors(m_document->look().colors);
    updateTabs();
    if (firstRun &&
        !m_splitter->restoreState(QSettings().value(QStringLiteral("workspace/splitter")).toByteArray())) {
        const int total = std::max(2, m_splitter->height());
        m_splitter->setSizes({total * 62 / 100, total * 38 / 100});
    }
    if (const Page* page = pageAt(m_tabs->currentIndex())) ensureChart(page->name);
    const seg::run::SegmentationResult& r = *m_document->run()->result;
    m_profileModel->setProfile(m_document->run()->profile, m_document->segmentNames());
    m_profileTable->resizeColumnsToContents();
    if (!recut) m_tableView->resizeColumnToContents(0);
    (void)r;
}

void SegmentWorkspace::onSweepChanged() {
    m_stale.removeAll(QStringLiteral("elbow"));
    m_charts.remove(QStringLiteral("elbow"));
    updateTabs();
    ensureChart(QStringLiteral("elbow"));
}

void SegmentWorkspace::onSegmentsChanged() {
    const seg::chart::SegmentLook look = m_document->look();
    for (auto it = m_charts.begin(); it != m_charts.end(); ++it) {
        if (!it.value()) continue;
        it.value()->setSegments(look);
        if (ChartWidget* widget = chartWidget(it.key())) widget->refresh();
    }
    m_model->setNames(look.names);
    m_model->setColors(look.colors);
    m_profileModel->setNames(look.names);
    updateDescriptions();
    updateFilterBanner();
}

void SegmentWorkspace::onSelectionChanged() {
    const int segment = m_document->selectedSegment();
    const QVector<int>& rows = m_document->selectedRows();
    m_syncing = true;
    for (auto it = m_charts.begin(); it != m_charts.end(); ++it) {
        if (!it.value()) continue;
        // Charts know segments 0..k-1 only: outliers, rows left out and no choice all clear the highlight.
        it.value()->setHighlight(segment >= 0 ? segment : seg::chart::kNoSegment);
        if (auto* map = typed<seg::chart::ScatterChart>(it.value())) map->setSelectedRows(rows);
        if (ChartWidget* widget = chartWidget(it.key())) widget->refresh();
    }
    if (m_document->hasRun() && segment != kNoSegment) {
        const std::vector<int>& labels = m_document->run()->result->rowLabels;
        std::vector<int> shown;
        for (std::size_t i = 0; i < labels.size(); ++i)
            if (labels[i] == segment) shown.push_back(static_cast<int>(i));
        m_model->setRowFilter(std::move(shown));
    } else if (!rows.isEmpty()) {
        m_model->setRowFilter(std::vector<int>(rows.begin(), rows.end()));
    } else if (m_model->isFiltered()) {
        m_model->setRowFilter(std::nullopt);
    }
    m_syncing = false;
    updateFilterBanner();
}

QString SegmentWorkspace::filterText() const {
    const int segment = m_document->selectedSegment();
    if (m_document->hasRun() && segment != kNoSegment)
        return tr("Showing the %n customer(s) of %1.", nullptr, int(m_document->segmentSize(segment)))
            .arg(m_document->segmentName(segment));
    if (!m_document->selectedRows().isEmpty())
        return tr("Showing the %n customer(s) chosen on the map.", nullptr,
                  int(m_document->selectedRows().size()));
    return {};
}

void SegmentWorkspace::updateFilterBanner() {
    const QString text = filterText();
    m_filterLabel->setText(text);
    m_filterBar->setVisible(!text.isEmpty());
}

void SegmentWorkspace::updateDescriptions() {
    if (!m_document->hasRun()) {
        m_descriptions->clear();
        return;
    }
    const QLocale locale;
    QString html;
    for (int s = 0; s < m_document->segmentCount(); ++s) {
        const std::size_t size = m_document->segmentSize(s);
        html += QStringLiteral(
                    "<p style='margin-bottom:8px'><span style='color:%1;font-size:large'>&#9632;</span> "
                    "<b>%2</b> <span style='color:#666'>%3</span><br>%4</p>")
                    .arg(m_document->segmentColor(s).name(), m_document->segmentName(s).toHtmlEscaped(),
                         tr("%n customer(s), %1 of all", nullptr, int(size))
                             .arg(m_document->shareText(s))
                             .toHtmlEscaped(),
                         m_document->description(s).toHtmlEscaped());
    }
    m_descriptions->setHtml(html);
}

void SegmentWorkspace::onHit(const seg::chart::Hit& hit) {
    using Kind = seg::chart::Hit::Kind;
    switch (hit.kind) {
        case Kind::Segment: {
            if (!m_document->hasRun()) return;
            // A click on the segment already chosen clears the choice, as in a toggle; -1 chooses the
            // outliers.
            const int segment = hit.segment;
            m_document->selectSegment(segment < -1 || segment == m_document->selectedSegment() ? kNoSegment
                                                                                               : segment);
            return;
        }
        case Kind::K:
            emit kRequested(hit.k);
            return;
        case Kind::Cut:
            emit cutRequested(hit.k);
            return;
        case Kind::Value:
            emit epsPicked(hit.value);
            return;
        case Kind::Rows:
            if (hit.rows.isEmpty())
                m_document->clearSelection();
            else
                m_document->selectRows(hit.rows);
            return;
        case Kind::Sort:
        case Kind::None:
            return;
    }
}

void SegmentWorkspace::onTableSelectionChanged() {
    if (m_syncing || !m_document->hasRun()) return;
    auto* map = typed<seg::chart::ScatterChart>(m_charts.value(QStringLiteral("pca-scatter")));
    if (!map) return;
    // Ranges, not selectedRows(): a select-all over a million rows is one range, not a million indexes.
    QVector<int> rows;
    const QItemSelection selection = m_tableView->selectionModel()->selection();
    for (const QItemSelectionRange& range : selection) {
        for (int row = range.top(); row <= range.bottom() && rows.size() < kMaxLinkedRows; ++row)
            rows.push_back(m_model->tableRow(row));
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    map->setSelectedRows(rows);
    chartWidget(QStringLiteral("pca-scatter"))->refresh();
}

QString SegmentWorkspace::describeRow(int row) const {
    const auto& run = m_document->run();
    if (!run || row < 0 || static_cast<std::size_t>(row) >= run->table->rowCount()) return {};
    const seg::data::Table& table = *run->table;
    const auto r = static_cast<std::size_t>(row);
    QStringList lines;
    for (const auto& column : table.columns()) {
        if (column.type() == seg::data::ColumnType::Id) {
            lines << QStringLiteral("%1: %2").arg(QString::fromStdString(column.name()), cellText(column, r));
            break;
        }
    }
    const auto& features = run->result->prep.pipeline.features();
    for (std::size_t f = 0; f < features.size() && f < kDescribedFeatures; ++f) {
        const std::ptrdiff_t index = table.indexOf(features[f].column);
        if (index < 0) continue;
        const auto& column = table.column(static_cast<std::size_t>(index));
        lines << QStringLiteral("%1: %2").arg(QString::fromStdString(column.name()), cellText(column, r));
    }
    const int segment = run->result->rowLabels[r];
    lines << tr("Segment: %1").arg(m_document->segmentName(segment));
    return lines.join(QLatin1Char('\n'));
}

}  // namespace seg::ui
