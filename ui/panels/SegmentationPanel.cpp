#include "panels/SegmentationPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

#include "models/FeatureListModel.h"
#include "panels/SparklineDelegate.h"

namespace seg::ui {

using seg::cluster::CovarianceType;
using seg::cluster::Linkage;
using seg::prep::MissingPolicy;
using seg::prep::Scaling;
using seg::run::Algorithm;

namespace {

const QString kGroup = QStringLiteral("segmentation/");

// The CLI's defaults (app/CliCluster.cpp), so the window and `segmentlab-cli cluster` agree out of the box.
constexpr int kDefaultK = 4;
constexpr int kDefaultRestarts = 10;    // k-means n_init
constexpr int kDefaultGmmRestarts = 1;  // mixtures: each restart already starts from the best of 10 k-means
constexpr int kDefaultMinSamples = 5;
constexpr double kDefaultEps = 0.5;
constexpr int kFeatureRowsShown = 12;  // rows before the feature list scrolls (the panel scrolls too)

// The transform cell as a bare checkbox: the narrow dock has no room for "Log"/"None" beside it, and the
// column's header says what the box means.
class CheckOnlyDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (option->features & QStyleOptionViewItem::HasCheckIndicator) option->text.clear();
    }
};

// A combo item with a value and a tooltip.
void addItem(QComboBox* combo, const QString& text, int value, const QString& toolTip) {
    combo->addItem(text, value);
    combo->setItemData(combo->count() - 1, toolTip, Qt::ToolTipRole);
}

int currentValue(const QComboBox* combo) {
    return combo->currentData().toInt();
}

void selectValue(QComboBox* combo, int value) {
    const int i = combo->findData(value);
    if (i >= 0) combo->setCurrentIndex(i);
}

// The combo's tooltip follows its current item, so hovering the closed combo explains the current choice.
void followItemToolTip(QComboBox* combo, const QString& lead) {
    auto update = [combo, lead] {
        const QString item = combo->currentData(Qt::ToolTipRole).toString();
        combo->setToolTip(item.isEmpty() ? lead : lead + QStringLiteral("\n\n") + item);
    };
    QObject::connect(combo, &QComboBox::currentIndexChanged, combo, update);
    update();
}

// Combos whose longest item would otherwise set the panel's width.
void narrow(QComboBox* combo) {
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QLabel* hintLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

QFormLayout* formLayout(QWidget* page) {
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return form;
}

template <typename Enum, typename Parse>
int readName(const QSettings& settings, const QString& key, Enum fallback, Parse parse) {
    Enum value = fallback;
    const QString text = settings.value(kGroup + key).toString();
    // A settings file from another version may hold anything: only known names are trusted.
    if (!text.isEmpty() && !parse(text.toStdString(), value)) value = fallback;
    return static_cast<int>(value);
}

int readInt(const QSettings& settings, const QString& key, int fallback, int lo, int hi) {
    bool ok = false;
    const int v = settings.value(kGroup + key).toInt(&ok);
    return ok && v >= lo && v <= hi ? v : fallback;
}

}  // namespace

SegmentationPanel::SegmentationPanel(QWidget* parent)
    : QWidget(parent), m_features(new FeatureListModel(this)) {
    setObjectName(QStringLiteral("segmentationPanel"));

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 6, 6, 6);
    contentLayout->addWidget(createFeaturesGroup());
    contentLayout->addWidget(createPreparationGroup());
    contentLayout->addWidget(createMethodGroup());
    contentLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("segmentationScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Run stays in view below the scrolling settings, however small the dock.
    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    m_runButton->setMinimumHeight(m_runButton->sizeHint().height() + 4);
    QFont bold = m_runButton->font();
    bold.setBold(true);
    m_runButton->setFont(bold);
    m_sweepButton = new QPushButton(tr("Find the best number of segments"), this);
    m_sweepButton->setObjectName(QStringLiteral("sweepButton"));
    m_status = hintLabel(QString(), this);
    m_status->setObjectName(QStringLiteral("runStatus"));

    auto* buttons = new QVBoxLayout;
    buttons->setContentsMargins(12, 6, 12, 10);
    buttons->setSpacing(6);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_sweepButton);
    buttons->addWidget(m_status);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll, 1);
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addLayout(buttons);

    connect(m_runButton, &QPushButton::clicked, this, [this] {
        if (canRun()) emit runRequested();
    });
    connect(m_sweepButton, &QPushButton::clicked, this, [this] {
        if (canRun() && algorithm() != Algorithm::Dbscan) emit sweepRequested();
    });

    m_loading = true;
    loadSettings();
    m_loading = false;
    connectChanges();
    onAlgorithmChanged();
    updateState();
}

SegmentationPanel::~SegmentationPanel() = default;

QWidget* SegmentationPanel::createFeaturesGroup() {
    auto* group = new QGroupBox(tr("Features"));
    group->setObjectName(QStringLiteral("featuresGroup"));
    group->setToolTip(tr("The columns that decide which segment a customer belongs to."));
    auto* layout = new QVBoxLayout(group);

    m_featureView = new QTableView(group);
    m_featureView->setObjectName(QStringLiteral("featureView"));
    m_featureView->setModel(m_features);
    m_featureView->setItemDelegateForColumn(FeatureListModel::Distribution,
                                            new SparklineDelegate(m_featureView));
    m_featureView->setItemDelegateForColumn(FeatureListModel::Transform,
                                            new CheckOnlyDelegate(m_featureView));
    // The dock decides the width; the name column gives way (names elide, with the full name in the tooltip).
    m_featureView->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_featureView->setMinimumWidth(220);
    m_featureView->verticalHeader()->hide();
    m_featureView->setShowGrid(false);
    m_featureView->setAlternatingRowColors(true);
    m_featureView->setSelectionMode(QAbstractItemView::NoSelection);
    m_featureView->setEditTriggers(QAbstractItemView::NoEditTriggers);  // checkboxes toggle on click
    m_featureView->setWordWrap(false);
    m_featureView->setTextElideMode(Qt::ElideRight);
    m_featureView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_featureView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    const int rowHeight = fontMetrics().height() + 8;
    m_featureView->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_featureView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_featureView->horizontalHeader();
    header->setHighlightSections(false);
    header->setMinimumSectionSize(20);
    header->setSectionResizeMode(FeatureListModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(FeatureListModel::Missing, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FeatureListModel::Distribution, QHeaderView::Fixed);
    header->setSectionResizeMode(FeatureListModel::Transform, QHeaderView::ResizeToContents);
    header->resizeSection(FeatureListModel::Distribution, 56);
    // The type shows as the badge beside the name; the text column is for wider views of the same model.
    m_featureView->setColumnHidden(FeatureListModel::Type, true);
    layout->addWidget(m_featureView);

    // Tool buttons: two push buttons and the count would not fit a 320-pixel dock side by side.
    m_allButton = new QToolButton(group);
    m_allButton->setText(tr("All"));
    m_allButton->setObjectName(QStringLiteral("allFeaturesButton"));
    m_allButton->setToolTip(tr("Use every column that can form segments."));
    m_noneButton = new QToolButton(group);
    m_noneButton->setText(tr("None"));
    m_noneButton->setObjectName(QStringLiteral("noFeaturesButton"));
    m_noneButton->setToolTip(tr("Clear the choice, to tick a few columns yourself."));
    m_featureCount = new QLabel(group);
    m_featureCount->setWordWrap(true);
    m_featureCount->setObjectName(QStringLiteral("featureCount"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_featureCount, 1);
    row->addWidget(m_allButton);
    row->addWidget(m_noneButton);
    layout->addLayout(row);

    for (QToolButton* b : {m_allButton, m_noneButton})
        b->setMinimumWidth(b->sizeHint().width() + 12);
    connect(m_allButton, &QToolButton::clicked, m_features, &FeatureListModel::checkAll);
    connect(m_noneButton, &QToolButton::clicked, m_features, &FeatureListModel::uncheckAll);
    updateFeatureViewHeight();
    return group;
}

QWidget* SegmentationPanel::createPreparationGroup() {
    auto* group = new QGroupBox(tr("Preparation"));
    group->setObjectName(QStringLiteral("preparationGroup"));
    auto* form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);  // long choices get the panel's whole width

    m_missing = new QComboBox(group);
    m_missing->setObjectName(QStringLiteral("missingCombo"));
    addItem(m_missing, tr("Leave out the customer"), static_cast<int>(MissingPolicy::DropRows),
            tr("Customers with a gap in any chosen column get no segment. Pick this when few customers have "
               "gaps, so nothing is made up."));
    addItem(
        m_missing, tr("Fill with the median"), static_cast<int>(MissingPolicy::Median),
        tr("A gap gets the middle value of the column (categories: the most common label). A safe default: "
           "a few very large values do not pull it."));
    addItem(m_missing, tr("Fill with the mean"), static_cast<int>(MissingPolicy::Mean),
            tr("A gap gets the column's average (categories: the most common label). Fine for evenly spread "
               "values such as age; big spenders pull it up."));
    addItem(m_missing, tr("Fill with the most frequent value"), static_cast<int>(MissingPolicy::MostFrequent),
            tr("A gap gets the value seen most often. Suits columns with a few repeating values, such as "
               "number of children."));
    followItemToolTip(m_missing, tr("What to do when a customer has no value in a chosen column."));
    narrow(m_missing);
    form->addRow(tr("&Missing values"), m_missing);

    m_scaling = new QComboBox(group);
    m_scaling->setObjectName(QStringLiteral("scalingCombo"));
    addItem(m_scaling, tr("Put on the same scale (z-score)"), static_cast<int>(Scaling::ZScore),
            tr("Each column is measured in standard deviations from its average, so income in thousands and "
               "age in years count equally. The usual choice."));
    addItem(
        m_scaling, tr("Squeeze to 0–1"), static_cast<int>(Scaling::MinMax),
        tr("The smallest value becomes 0 and the largest 1. Good for scores and rates with fixed ends; one "
           "extreme value squeezes everyone else together."));
    addItem(m_scaling, tr("Robust to outliers"), static_cast<int>(Scaling::Robust),
            tr("Centred on the median and measured by the spread of the middle half of customers, so a few "
               "extreme values do not set the scale. Pick it when some customers are far out."));
    addItem(m_scaling, tr("Keep as is"), static_cast<int>(Scaling::None),
            tr("Values are used in their own units: the column with the biggest numbers dominates. Only when "
               "all columns already share one unit."));
    followItemToolTip(m_scaling, tr("How columns measured in different units are made comparable."));
    narrow(m_scaling);
    form->addRow(tr("&Scaling"), m_scaling);
    return group;
}

QWidget* SegmentationPanel::createKMeansPage() {
    auto* page = new QWidget;
    auto* form = formLayout(page);
    m_restarts = new QSpinBox(page);
    m_restarts->setObjectName(QStringLiteral("restartsSpin"));
    m_restarts->setRange(1, 100);
    m_restarts->setValue(kDefaultRestarts);
    m_restarts->setToolTip(
        tr("k-means starts from randomly chosen customers. It tries this many starts and keeps "
           "the best; more is slower but more reliable."));
    form->addRow(tr("Restarts"), m_restarts);
    return page;
}

QWidget* SegmentationPanel::createHierarchicalPage() {
    auto* page = new QWidget;
    auto* form = formLayout(page);
    m_linkage = new QComboBox(page);
    m_linkage->setObjectName(QStringLiteral("linkageCombo"));
    addItem(
        m_linkage, tr("Ward (compact, similar-sized groups)"), static_cast<int>(Linkage::Ward),
        tr("Joins the two groups that keep segments tightest. Gives compact segments of similar size; the "
           "usual choice."));
    addItem(m_linkage, tr("Average (balanced)"), static_cast<int>(Linkage::Average),
            tr("Joins the groups whose customers are closest on average. A middle way between compact and "
               "stretched segments."));
    addItem(m_linkage, tr("Complete (tight, even spread)"), static_cast<int>(Linkage::Complete),
            tr("Joins groups whose farthest customers are still close. Gives tight segments; sensitive to "
               "outliers."));
    addItem(m_linkage, tr("Single (follows chains)"), static_cast<int>(Linkage::Single),
            tr("Joins groups through their two closest customers. Finds long, winding shapes but often gives "
               "one big segment and a few tiny ones."));
    addItem(m_linkage, tr("Centroid (group centres)"), static_cast<int>(Linkage::Centroid),
            tr("Joins the groups whose centres are closest."));
    addItem(m_linkage, tr("Median (centres, size ignored)"), static_cast<int>(Linkage::Median),
            tr("Like centroid, but a small group counts as much as a big one when centres are updated."));
    addItem(m_linkage, tr("Weighted (average, size ignored)"), static_cast<int>(Linkage::Weighted),
            tr("Like average, but a small group counts as much as a big one."));
    followItemToolTip(m_linkage, tr("How the distance between two groups of customers is measured when "
                                    "deciding which to join next."));
    narrow(m_linkage);
    form->setRowWrapPolicy(
        QFormLayout::WrapAllRows);  // long names: the label goes above, the combo gets the width
    form->addRow(tr("Linkage"), m_linkage);
    return page;
}

QWidget* SegmentationPanel::createDbscanPage() {
    auto* page = new QWidget;
    auto* form = formLayout(page);
    m_epsAuto = new QCheckBox(tr("Automatic"), page);
    m_epsAuto->setObjectName(QStringLiteral("epsAutoCheck"));
    m_epsAuto->setChecked(true);
    m_epsAuto->setToolTip(
        tr("Take the radius at the bend of the k-distance curve, where dense groups end and "
           "scattered customers begin."));
    m_eps = new QDoubleSpinBox(page);
    m_eps->setObjectName(QStringLiteral("epsSpin"));
    m_eps->setDecimals(3);
    m_eps->setRange(0.001, 1000.0);
    m_eps->setSingleStep(0.05);
    m_eps->setValue(kDefaultEps);
    m_eps->setToolTip(
        tr("How close two customers must be, on the prepared scale, to count as neighbours. "
           "Smaller gives smaller segments and more outliers."));
    form->addRow(tr("Radius"), m_eps);
    form->addRow(QString(), m_epsAuto);
    m_minSamples = new QSpinBox(page);
    m_minSamples->setObjectName(QStringLiteral("minSamplesSpin"));
    m_minSamples->setRange(1, 1000);
    m_minSamples->setValue(kDefaultMinSamples);
    m_minSamples->setToolTip(
        tr("How many customers, the customer itself included, must be within the radius to "
           "form the dense heart of a segment. More gives fewer, denser segments and more "
           "outliers."));
    form->addRow(tr("Min. neighbours"), m_minSamples);
    return page;
}

QWidget* SegmentationPanel::createGmmPage() {
    auto* page = new QWidget;
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    // Label above a full-width combo (the names are long), then the restarts in the usual two columns.
    auto* shape = new QWidget(page);
    auto* form = formLayout(shape);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_covariance = new QComboBox(shape);
    m_covariance->setObjectName(QStringLiteral("covarianceCombo"));
    addItem(m_covariance, tr("Any oval (full)"), static_cast<int>(CovarianceType::Full),
            tr("Segments may be stretched ovals in any direction, e.g. income rising with age. The most "
               "flexible; needs more customers per segment."));
    addItem(m_covariance, tr("Ovals along the columns (diagonal)"), static_cast<int>(CovarianceType::Diag),
            tr("Segments may be wider in one column than another, but not tilted. A good choice with many "
               "columns."));
    addItem(m_covariance, tr("Round (spherical)"), static_cast<int>(CovarianceType::Spherical),
            tr("Every segment is round, each with its own size. Closest to k-means."));
    followItemToolTip(m_covariance, tr("The shapes segments may take."));
    narrow(m_covariance);
    form->addRow(tr("Segment shape"), m_covariance);
    column->addWidget(shape);
    auto* rest = new QWidget(page);
    auto* restForm = formLayout(rest);
    m_gmmRestarts = new QSpinBox(rest);
    m_gmmRestarts->setObjectName(QStringLiteral("gmmRestartsSpin"));
    m_gmmRestarts->setRange(1, 20);
    m_gmmRestarts->setValue(kDefaultGmmRestarts);
    m_gmmRestarts->setToolTip(
        tr("Fits from this many starting points and keeps the best. Each start is already "
           "the best of ten k-means runs, so one is usually enough."));
    restForm->addRow(tr("Restarts"), m_gmmRestarts);
    column->addWidget(rest);
    return page;
}

QWidget* SegmentationPanel::createMethodGroup() {
    auto* group = new QGroupBox(tr("Method"));
    group->setObjectName(QStringLiteral("methodGroup"));
    auto* layout = new QVBoxLayout(group);

    m_algorithm = new QComboBox(group);
    m_algorithm->setObjectName(QStringLiteral("algorithmCombo"));
    addItem(m_algorithm, tr("k-means"), static_cast<int>(Algorithm::KMeans),
            tr("Splits customers into the number of segments you ask for, each gathered round an average "
               "customer. Fast, even with a million customers, and the best first try."));
    addItem(m_algorithm, tr("Hierarchical"), static_cast<int>(Algorithm::Hierarchical),
            tr("Joins the most similar customers step by step into a family tree. Cut the tree at any height "
               "to get more or fewer segments without running again. Good for seeing how segments nest."));
    addItem(m_algorithm, tr("DBSCAN (density)"), static_cast<int>(Algorithm::Dbscan),
            tr("Finds crowded areas of customers, of any shape, and leaves customers who fit nowhere as "
               "outliers. It decides the number of segments itself."));
    addItem(
        m_algorithm, tr("Gaussian mixture"), static_cast<int>(Algorithm::Gmm),
        tr("Like k-means, but segments may be ovals that overlap, and each customer gets a probability of "
           "belonging to each segment. Pick it for borderline customers."));
    followItemToolTip(m_algorithm, tr("The way customers are grouped."));
    m_algorithm->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* algorithmRow = new QFormLayout;
    algorithmRow->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    algorithmRow->addRow(tr("&Algorithm"), m_algorithm);
    layout->addLayout(algorithmRow);

    m_algorithmDescription = hintLabel(QString(), group);
    m_algorithmDescription->setObjectName(QStringLiteral("algorithmDescription"));
    layout->addWidget(m_algorithmDescription);

    auto* common = new QWidget(group);
    common->setObjectName(QStringLiteral("segmentsRow"));
    auto* commonForm = formLayout(common);
    m_k = new QSpinBox(common);
    m_k->setObjectName(QStringLiteral("kSpin"));
    m_k->setRange(kMinK, kMaxK);
    m_k->setValue(kDefaultK);
    m_k->setToolTip(
        tr("How many segments to split the customers into. Not sure? Try \"Find the best number of "
           "segments\" below."));
    m_kLabel = new QLabel(tr("Segments"), common);
    m_kLabel->setBuddy(m_k);
    commonForm->addRow(m_kLabel, m_k);
    layout->addWidget(common);

    m_pages = new QStackedWidget(group);
    m_pages->setObjectName(QStringLiteral("algorithmPages"));
    // In Algorithm's order, so the page index is the enum value.
    m_pages->addWidget(createKMeansPage());
    m_pages->addWidget(createHierarchicalPage());
    m_pages->addWidget(createDbscanPage());
    m_pages->addWidget(createGmmPage());
    layout->addWidget(m_pages);

    auto* advanced = new QWidget(group);
    auto* advancedForm = formLayout(advanced);
    m_seed = new QSpinBox(advanced);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(0);
    m_seed->setToolTip(
        tr("Random seed — the same seed gives the same segments. Change it to see whether the "
           "segments hold up when the random starting points differ."));
    advancedForm->addRow(tr("Random seed"), m_seed);
    layout->addWidget(advanced);

    // Every field label column as wide as the widest, so the three forms line up as one.
    const int labelWidth = std::max({fontMetrics().horizontalAdvance(tr("Min. neighbours")),
                                     fontMetrics().horizontalAdvance(tr("Random seed")),
                                     fontMetrics().horizontalAdvance(tr("&Algorithm"))}) +
                           8;
    for (QFormLayout* form : group->findChildren<QFormLayout*>())
        for (int r = 0; r < form->rowCount(); ++r)
            if (QLayoutItem* item = form->itemAt(r, QFormLayout::LabelRole); item && item->widget())
                item->widget()->setMinimumWidth(labelWidth);
    return group;
}

void SegmentationPanel::connectChanges() {
    for (QComboBox* combo : {m_missing, m_scaling, m_linkage, m_covariance})
        connect(combo, &QComboBox::currentIndexChanged, this, &SegmentationPanel::onChanged);
    connect(m_algorithm, &QComboBox::currentIndexChanged, this, [this] {
        onAlgorithmChanged();
        onChanged();
    });
    for (QSpinBox* spin : {m_k, m_restarts, m_minSamples, m_gmmRestarts, m_seed})
        connect(spin, &QSpinBox::valueChanged, this, &SegmentationPanel::onChanged);
    connect(m_eps, &QDoubleSpinBox::valueChanged, this, &SegmentationPanel::onChanged);
    connect(m_epsAuto, &QCheckBox::toggled, this, [this] {
        m_eps->setEnabled(!m_epsAuto->isChecked());
        onChanged();
    });
    connect(m_features, &FeatureListModel::featuresChanged, this, [this] {
        if (!m_loading) saveFeatureChoice();
        onChanged();
    });
}

void SegmentationPanel::onAlgorithmChanged() {
    const Algorithm a = algorithm();
    m_pages->setCurrentIndex(static_cast<int>(a));
    // Only the current page asks for room; the others would keep the stack as tall as the tallest.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == m_pages->currentIndex()
                                                                      ? QSizePolicy::Preferred
                                                                      : QSizePolicy::Ignored);
    m_pages->adjustSize();
    const bool hasK = a != Algorithm::Dbscan;
    // The whole row, so DBSCAN's page does not sit below an empty gap.
    m_k->parentWidget()->setVisible(hasK);
    m_eps->setEnabled(!m_epsAuto->isChecked());
    QString text;
    switch (a) {
        case Algorithm::KMeans:
            text = tr("Round segments of similar spread around an average customer. Fast; a good first try.");
            break;
        case Algorithm::Hierarchical:
            text =
                tr("A family tree of customers, cut into segments. Drag the cut on the tree to change the "
                   "number without running again.");
            if (auto t = m_features->table();
                t && t->rowCount() > seg::cluster::HierarchicalParams{}.twoStageThreshold)
                text += QLatin1Char(' ') +
                        tr("With this many customers, similar ones are first gathered into "
                           "%1 small groups, joined with Ward's method.")
                            .arg(QLocale().toString(
                                static_cast<qulonglong>(seg::cluster::HierarchicalParams{}.microClusters)));
            break;
        case Algorithm::Dbscan:
            text =
                tr("Crowded areas of any shape become segments; customers in sparse areas are left out as "
                   "outliers. It finds the number of segments itself.");
            break;
        case Algorithm::Gmm:
            text =
                tr("Overlapping oval segments; each customer gets a probability of belonging to each one.");
            break;
    }
    m_algorithmDescription->setText(text);
    updateState();
}

void SegmentationPanel::onChanged() {
    if (m_loading) return;
    updateState();
    saveSettings();
    emit paramsChanged();
}

bool SegmentationPanel::canRun() const {
    return m_features->table() && m_features->checkedCount() > 0;
}

void SegmentationPanel::updateState() {
    const bool hasTable = m_features->table() != nullptr;
    const int checked = m_features->checkedCount();
    const int usable = m_features->usableCount();
    if (!hasTable)
        m_featureCount->setText(tr("No table open"));
    else
        m_featureCount->setText(tr("%1 of %2 columns chosen", nullptr, usable).arg(checked).arg(usable));
    m_allButton->setEnabled(hasTable && checked < usable);
    m_noneButton->setEnabled(hasTable && checked > 0);

    // The main window's Segments > Find Segments owns the shortcut, so it also works with this panel hidden.
    const QString shortcut = QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText);
    const bool ok = canRun();
    m_runButton->setEnabled(ok);
    QString blocked;
    if (!hasTable)
        blocked = tr("Open a spreadsheet first (File ▸ Open).");
    else if (checked == 0)
        blocked = tr("Tick at least one column under Features to segment on.");
    if (!ok)
        m_runButton->setToolTip(blocked);
    else if (m_running)
        m_runButton->setToolTip(
            tr("Start again with these settings; the run in progress is dropped (%1).").arg(shortcut));
    else
        m_runButton->setToolTip(tr("Find segments with these settings (%1).").arg(shortcut));

    const bool dbscan = algorithm() == Algorithm::Dbscan;
    m_sweepButton->setEnabled(ok && !dbscan);
    if (!ok)
        m_sweepButton->setToolTip(blocked);
    else if (dbscan)
        m_sweepButton->setToolTip(
            tr("DBSCAN decides the number of segments itself, so there is nothing to try. "
               "Choose another method to compare numbers of segments."));
    else
        m_sweepButton->setToolTip(tr("Tries %1 to %2 segments and recommends the number that separates "
                                     "customers best, saying why.")
                                      .arg(kSweepMin)
                                      .arg(kSweepMax));

    if (m_running)
        m_status->setText(tr("Finding segments… Press Run again to start over with new settings."));
    else
        m_status->setText(ok ? QString() : blocked);
    m_status->setVisible(!m_status->text().isEmpty());
}

void SegmentationPanel::updateFeatureViewHeight() {
    const int rows = std::clamp(m_features->rowCount(), 3, kFeatureRowsShown);
    const int height = m_featureView->horizontalHeader()->sizeHint().height() +
                       rows * m_featureView->verticalHeader()->defaultSectionSize() +
                       2 * m_featureView->frameWidth();
    m_featureView->setFixedHeight(height);
}

void SegmentationPanel::setTable(std::shared_ptr<const seg::data::Table> table,
                                 const std::vector<seg::data::ColumnSummary>& summaries) {
    m_loading = true;
    m_features->setTable(std::move(table), summaries);
    restoreFeatureChoice();
    m_loading = false;
    updateFeatureViewHeight();
    onAlgorithmChanged();  // the hierarchical description depends on the size
    onChanged();
}

Algorithm SegmentationPanel::algorithm() const {
    return static_cast<Algorithm>(currentValue(m_algorithm));
}

int SegmentationPanel::k() const {
    return m_k->value();
}

bool SegmentationPanel::epsAutomatic() const {
    return m_epsAuto->isChecked();
}

seg::run::SegmentationParams SegmentationPanel::params() const {
    seg::run::SegmentationParams p;
    p.prep.features = m_features->checkedFeatures();
    p.prep.log1p = m_features->logFeatures();
    p.prep.missing = static_cast<MissingPolicy>(currentValue(m_missing));
    p.prep.scaling = static_cast<Scaling>(currentValue(m_scaling));
    p.algorithm = algorithm();
    p.k = m_k->value();
    p.seed = static_cast<std::uint64_t>(m_seed->value());
    p.kmeans.k = p.k;
    p.kmeans.seed = p.seed;
    p.kmeans.nInit = m_restarts->value();
    p.hierarchical.linkage = static_cast<Linkage>(currentValue(m_linkage));
    p.hierarchical.seed = p.seed;
    p.dbscan.eps = m_eps->value();
    p.suggestEps = m_epsAuto->isChecked();
    p.dbscan.minSamples = m_minSamples->value();
    p.gmm.k = p.k;
    p.gmm.seed = p.seed;
    p.gmm.covariance = static_cast<CovarianceType>(currentValue(m_covariance));
    p.gmm.nInit = m_gmmRestarts->value();
    return p;
}

seg::run::SweepParams SegmentationPanel::sweepParams() const {
    seg::run::SweepParams p;
    p.algorithm = algorithm() == Algorithm::Dbscan ? Algorithm::KMeans : algorithm();
    p.kMin = kSweepMin;
    p.kMax = kSweepMax;
    p.seed = static_cast<std::uint64_t>(m_seed->value());
    p.linkage = static_cast<Linkage>(currentValue(m_linkage));
    p.covariance = static_cast<CovarianceType>(currentValue(m_covariance));
    return p;  // nInit stays the sweep's own default (3 per k), as `segmentlab-cli sweep`
}

void SegmentationPanel::setK(int k) {
    m_k->setValue(std::clamp(k, kMinK, kMaxK));
}

void SegmentationPanel::setAlgorithm(Algorithm algorithm) {
    selectValue(m_algorithm, static_cast<int>(algorithm));
}

void SegmentationPanel::setLinkage(Linkage linkage) {
    selectValue(m_linkage, static_cast<int>(linkage));
}

void SegmentationPanel::setFeatures(const QStringList& names) {
    m_features->setCheckedFeatures(names);
}

void SegmentationPanel::setRunning(bool running) {
    if (m_running == running) return;
    m_running = running;
    updateState();
}

void SegmentationPanel::setEps(double eps) {
    if (!(eps > 0.0)) return;
    m_epsAuto->setChecked(false);
    m_eps->setValue(eps);
}

void SegmentationPanel::setSuggestedEps(double eps) {
    if (!(eps > 0.0) || !m_epsAuto->isChecked()) return;
    // Shown, not chosen: while automatic, the value is the caller's to compute, so no paramsChanged.
    const bool was = m_loading;
    m_loading = true;
    m_eps->setValue(eps);
    m_loading = was;
    saveSettings();
}

void SegmentationPanel::loadSettings() {
    const QSettings s;
    selectValue(m_algorithm,
                readName(s, QStringLiteral("algorithm"), Algorithm::KMeans,
                         [](const std::string& n, Algorithm& a) { return seg::run::parseAlgorithm(n, a); }));
    m_k->setValue(readInt(s, QStringLiteral("k"), kDefaultK, kMinK, kMaxK));
    selectValue(m_linkage,
                readName(s, QStringLiteral("linkage"), Linkage::Ward, [](const std::string& n, Linkage& l) {
                    return seg::cluster::parseLinkage(n.c_str(), l);
                }));
    m_restarts->setValue(readInt(s, QStringLiteral("restarts"), kDefaultRestarts, 1, m_restarts->maximum()));
    m_gmmRestarts->setValue(
        readInt(s, QStringLiteral("gmmRestarts"), kDefaultGmmRestarts, 1, m_gmmRestarts->maximum()));
    m_epsAuto->setChecked(s.value(kGroup + QStringLiteral("epsAuto"), true).toBool());
    bool ok = false;
    const double eps = s.value(kGroup + QStringLiteral("eps")).toDouble(&ok);
    m_eps->setValue(ok && eps > 0.0 ? eps : kDefaultEps);
    m_minSamples->setValue(
        readInt(s, QStringLiteral("minSamples"), kDefaultMinSamples, 1, m_minSamples->maximum()));
    selectValue(m_covariance, readName(s, QStringLiteral("covariance"), CovarianceType::Full,
                                       [](const std::string& n, CovarianceType& c) {
                                           return seg::run::parseCovariance(n, c);
                                       }));
    // The CLI's "constant" policy is not offered here; a settings file naming it gets the default.
    const int missing =
        readName(s, QStringLiteral("missing"), MissingPolicy::Median,
                 [](const std::string& n, MissingPolicy& m) { return seg::prep::parseMissingPolicy(n, m); });
    selectValue(m_missing,
                m_missing->findData(missing) >= 0 ? missing : static_cast<int>(MissingPolicy::Median));
    selectValue(m_scaling,
                readName(s, QStringLiteral("scaling"), Scaling::ZScore,
                         [](const std::string& n, Scaling& sc) { return seg::prep::parseScaling(n, sc); }));
    m_seed->setValue(readInt(s, QStringLiteral("seed"), 0, 0, m_seed->maximum()));
}

void SegmentationPanel::saveSettings() const {
    QSettings s;
    s.setValue(kGroup + QStringLiteral("algorithm"),
               QString::fromLatin1(seg::run::algorithmName(algorithm())));
    s.setValue(kGroup + QStringLiteral("k"), m_k->value());
    s.setValue(kGroup + QStringLiteral("linkage"),
               QString::fromLatin1(seg::cluster::linkageName(static_cast<Linkage>(currentValue(m_linkage)))));
    s.setValue(kGroup + QStringLiteral("restarts"), m_restarts->value());
    s.setValue(kGroup + QStringLiteral("gmmRestarts"), m_gmmRestarts->value());
    s.setValue(kGroup + QStringLiteral("epsAuto"), m_epsAuto->isChecked());
    s.setValue(kGroup + QStringLiteral("eps"), m_eps->value());
    s.setValue(kGroup + QStringLiteral("minSamples"), m_minSamples->value());
    s.setValue(kGroup + QStringLiteral("covariance"),
               QString::fromLatin1(
                   seg::run::covarianceName(static_cast<CovarianceType>(currentValue(m_covariance)))));
    s.setValue(kGroup + QStringLiteral("missing"), QString::fromLatin1(seg::prep::missingPolicyName(
                                                       static_cast<MissingPolicy>(currentValue(m_missing)))));
    s.setValue(kGroup + QStringLiteral("scaling"),
               QString::fromLatin1(seg::prep::scalingName(static_cast<Scaling>(currentValue(m_scaling)))));
    s.setValue(kGroup + QStringLiteral("seed"), m_seed->value());
}

// The same columns (say, every month's export of one CRM) get the same choice back; names are hashed so
// the key stays short whatever the headers hold.
QString SegmentationPanel::featureSettingsKey() const {
    const QStringList names = m_features->columnNames();
    if (names.isEmpty()) return {};
    const QByteArray hash =
        QCryptographicHash::hash(names.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return kGroup + QStringLiteral("features/") + QString::fromLatin1(hash);
}

void SegmentationPanel::restoreFeatureChoice() {
    const QString key = featureSettingsKey();
    if (key.isEmpty()) return;
    const QSettings s;
    const QStringList checked = s.value(key + QStringLiteral("/checked")).toStringList();
    // An empty choice is not worth restoring: it would only greet the user with a disabled Run.
    if (checked.isEmpty()) return;
    m_features->setCheckedFeatures(checked);
    m_features->setLogFeatures(s.value(key + QStringLiteral("/log")).toStringList());
}

void SegmentationPanel::saveFeatureChoice() const {
    const QString key = featureSettingsKey();
    if (key.isEmpty()) return;
    QStringList checked, log;
    for (const auto& n : m_features->checkedFeatures())
        checked << QString::fromStdString(n);
    for (const QString& n : m_features->columnNames())
        if (m_features->isLog(n.toStdString())) log << n;
    QSettings s;
    s.setValue(key + QStringLiteral("/checked"), checked);
    s.setValue(key + QStringLiteral("/log"), log);
}

}  // namespace seg::ui
