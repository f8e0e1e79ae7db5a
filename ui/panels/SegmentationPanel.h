// The left-hand "Segmentation" panel: which columns become features, how they are prepared, which algorithm
// with which settings, and the Run and "find the best number of segments" buttons.
#pragma once

// The panel only describes a run (params(), sweepParams()); the window starts the job. The settings are
// remembered in QSettings under "segmentation/", and the feature choice per set of column names.

#include <QStringList>
#include <QWidget>
#include <memory>
#include <vector>

#include "data/ColumnSummary.h"
#include "data/Table.h"
#include "run/Segmentation.h"
#include "run/Sweep.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace seg::ui {

class FeatureListModel;

class SegmentationPanel : public QWidget {
    Q_OBJECT

public:
    static constexpr int kMinK = 2;
    static constexpr int kMaxK = 50;
    static constexpr int kSweepMin = 2;
    static constexpr int kSweepMax = 10;

    explicit SegmentationPanel(QWidget* parent = nullptr);
    ~SegmentationPanel() override;

    void setTable(std::shared_ptr<const seg::data::Table> table,
                  const std::vector<seg::data::ColumnSummary>& summaries);

    // The run as chosen. prep.features lists the checked columns (never empty while Run is enabled: the core
    // reads an empty list as "every numeric column"). For DBSCAN with epsAutomatic(), dbscan.eps is the last
    // suggested or typed radius and the caller takes the k-distance knee instead, as the CLI does without
    // --eps.
    [[nodiscard]] seg::run::SegmentationParams params() const;
    // "Find the best number of segments": k = 2..10 with the current algorithm (k-means when DBSCAN is
    // chosen, though the button is then disabled); prepare the rows with params().prep.
    [[nodiscard]] seg::run::SweepParams sweepParams() const;
    [[nodiscard]] bool epsAutomatic() const;
    [[nodiscard]] seg::run::Algorithm algorithm() const;
    [[nodiscard]] int k() const;
    // A table is set and at least one feature is checked.
    [[nodiscard]] bool canRun() const;
    [[nodiscard]] bool isRunning() const noexcept { return m_running; }
    [[nodiscard]] FeatureListModel* featureModel() const noexcept { return m_features; }

    QSize sizeHint() const override { return {340, 720}; }
    QSize minimumSizeHint() const override { return {300, 360}; }

public slots:
    // From the elbow chart or the dendrogram's cut: changes the number of segments (clamped to 2..50) and
    // emits paramsChanged, never runRequested.
    void setK(int k);
    void setAlgorithm(seg::run::Algorithm algorithm);
    void setLinkage(seg::cluster::Linkage linkage);
    // Checks exactly these columns (unknown or unusable names are ignored).
    void setFeatures(const QStringList& names);
    // Shows that a run is going on. Run stays enabled: a new run replaces the stale one.
    void setRunning(bool running);
    // A radius picked on the k-distance chart: turns "Automatic" off.
    void setEps(double eps);
    // The knee the last run took while "Automatic" is on, shown in the (disabled) radius box.
    void setSuggestedEps(double eps);

signals:
    void runRequested();
    void sweepRequested();
    // Any choice changed (features, preparation, algorithm or its settings), also through the setters.
    void paramsChanged();

private:
    [[nodiscard]] QWidget* createFeaturesGroup();
    [[nodiscard]] QWidget* createPreparationGroup();
    [[nodiscard]] QWidget* createMethodGroup();
    [[nodiscard]] QWidget* createKMeansPage();
    [[nodiscard]] QWidget* createHierarchicalPage();
    [[nodiscard]] QWidget* createDbscanPage();
    [[nodiscard]] QWidget* createGmmPage();
    void connectChanges();
    void onAlgorithmChanged();
    void onChanged();
    void updateState();
    void updateFeatureViewHeight();
    void loadSettings();
    void saveSettings() const;
    [[nodiscard]] QString featureSettingsKey() const;
    void restoreFeatureChoice();
    void saveFeatureChoice() const;

    FeatureListModel* m_features = nullptr;
    QTableView* m_featureView = nullptr;
    QLabel* m_featureCount = nullptr;
    QToolButton* m_allButton = nullptr;
    QToolButton* m_noneButton = nullptr;
    QComboBox* m_missing = nullptr;
    QComboBox* m_scaling = nullptr;
    QComboBox* m_algorithm = nullptr;
    QLabel* m_algorithmDescription = nullptr;
    QLabel* m_kLabel = nullptr;
    QSpinBox* m_k = nullptr;
    QStackedWidget* m_pages = nullptr;
    QSpinBox* m_restarts = nullptr;
    QComboBox* m_linkage = nullptr;
    QCheckBox* m_epsAuto = nullptr;
    QDoubleSpinBox* m_eps = nullptr;
    QSpinBox* m_minSamples = nullptr;
    QComboBox* m_covariance = nullptr;
    QSpinBox* m_gmmRestarts = nullptr;
    QSpinBox* m_seed = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_sweepButton = nullptr;
    QLabel* m_status = nullptr;
    bool m_running = false;
    bool m_loading = false;  // settings or a table being applied: no signals, no saving
};

}  // namespace seg::ui
