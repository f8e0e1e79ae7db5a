// SegmentationPanel: what params() and sweepParams() say for every control, the CLI's defaults, the settings
// kept between sessions, Run (click and keyboard) and when it is refused, and setK never starting a run.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>
#include <memory>

#include "data/ColumnSummary.h"
#include "data/Import.h"
#include "models/FeatureListModel.h"
#include "panels/SegmentationPanel.h"

using seg::cluster::CovarianceType;
using seg::cluster::Linkage;
using seg::data::Column;
using seg::data::ColumnType;
using seg::data::Table;
using seg::prep::MissingPolicy;
using seg::prep::Scaling;
using seg::run::Algorithm;
using seg::ui::FeatureListModel;
using seg::ui::SegmentationPanel;

Q_DECLARE_METATYPE(Algorithm)
Q_DECLARE_METATYPE(Linkage)
Q_DECLARE_METATYPE(CovarianceType)
Q_DECLARE_METATYPE(MissingPolicy)
Q_DECLARE_METATYPE(Scaling)

namespace {

std::shared_ptr<const Table> smallTable() {
    auto table = std::make_shared<Table>();
    table->addColumn(Column::numbers("customer_id", {1, 2, 3, 4, 5, 6, 7, 8}, ColumnType::Id));
    table->addColumn(Column::numbers("age", {21, 34, 45, 52, 28, 39, 61, 47}));
    table->addColumn(Column::numbers("spend", {1, 2, 2, 3, 5, 8, 60, 900}));
    table->addColumn(Column::strings("region", {0, 1, 0, 1, 2, 0, 1, 2}, {"North", "South", "East"}));
    return table;
}

void setTable(SegmentationPanel& panel, const std::shared_ptr<const Table>& table) {
    panel.setTable(table, seg::data::summarize(*table));
}

template <typename T>
T* child(const SegmentationPanel& panel, const char* name) {
    T* w = panel.findChild<T*>(QString::fromLatin1(name));
    if (!w) qFatal("no child %s", name);
    return w;
}

void choose(QComboBox* combo, int value) {
    const int i = combo->findData(value);
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
}

QPushButton* runButton(const SegmentationPanel& panel) {
    return child<QPushButton>(panel, "runButton");
}

}  // namespace

class TestSegmentationPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(
            QStringLiteral("SegmentLabPanelTest-%1").arg(QCoreApplication::applicationPid()));
        QCoreApplication::setApplicationName(QStringLiteral("tst_segmentationpanel"));
    }

    void init() { QSettings().remove(QStringLiteral("segmentation")); }

    void cleanupTestCase() {
        const QString file = QSettings().fileName();
        QSettings().clear();
        QFile::remove(file);
        QDir().rmdir(QFileInfo(file).path());  // the per-run organisation folder, now empty
    }

    void objectNames() {
        SegmentationPanel panel;
        QCOMPARE(panel.objectName(), QStringLiteral("segmentationPanel"));
        QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("runButton")));
        QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("sweepButton")));
        QVERIFY(runButton(panel)->isDefault());
        // Ctrl+R belongs to the main window's Segments > Find Segments, which works with the panel hidden
        // too.
        QVERIFY(runButton(panel)->shortcut().isEmpty());
        QVERIFY(runButton(panel)->toolTip().isEmpty() == false);
    }

    // The same defaults as `segmentlab-cli cluster` (app/CliCluster.cpp).
    void defaultsMatchTheCli() {
        SegmentationPanel panel;
        setTable(panel, smallTable());
        const auto p = panel.params();
        const seg::run::SegmentationParams cli;
        QCOMPARE(p.algorithm, Algorithm::KMeans);
        QCOMPARE(p.k, 4);
        QCOMPARE(p.seed, std::uint64_t{0});
        QCOMPARE(p.kmeans.nInit, cli.kmeans.nInit);
        QCOMPARE(p.kmeans.nInit, 10);
        QCOMPARE(p.hierarchical.linkage, Linkage::Ward);
        QCOMPARE(p.dbscan.minSamples, 5);
        QCOMPARE(p.dbscan.eps, cli.dbscan.eps);
        QVERIFY(panel.epsAutomatic());
        QCOMPARE(p.gmm.covariance, CovarianceType::Full);
        QCOMPARE(p.gmm.nInit, cli.gmm.nInit);
        QCOMPARE(p.prep.missing, MissingPolicy::Median);
        QCOMPARE(p.prep.scaling, Scaling::ZScore);
        QCOMPARE(p.silhouette, cli.silhouette);
        QCOMPARE(p.prep.features, (std::vector<std::string>{"age", "spend"}));
        QCOMPARE(p.prep.log1p, (std::vector<std::string>{"spend"}));
        const auto s = panel.sweepParams();
        QCOMPARE(s.algorithm, Algorithm::KMeans);
        QCOMPARE(s.kMin, 2);
        QCOMPARE(s.kMax, 10);
        QCOMPARE(s.nInit, seg::run::SweepParams{}.nInit);
    }

    void paramsMapping_data() {
        QTest::addColumn<Algorithm>("algorithm");
        QTest::addColumn<int>("k");
        QTest::addColumn<Linkage>("linkage");
        QTest::addColumn<CovarianceType>("covariance");
        QTest::addColumn<MissingPolicy>("missing");
        QTest::addColumn<Scaling>("scaling");
        QTest::addColumn<int>("restarts");
        QTest::addColumn<int>("gmmRestarts");
        QTest::addColumn<int>("minSamples");
        QTest::addColumn<double>("eps");  // <= 0: automatic
        QTest::addColumn<int>("seed");
        QTest::newRow("hierarchical average k6")
            << Algorithm::Hierarchical << 6 << Linkage::Average << CovarianceType::Full
            << MissingPolicy::Median << Scaling::ZScore << 10 << 1 << 5 << 0.0 << 0;
        QTest::newRow("k-means, 25 restarts, robust, drop")
            << Algorithm::KMeans << 7 << Linkage::Ward << CovarianceType::Full << MissingPolicy::DropRows
            << Scaling::Robust << 25 << 1 << 5 << 0.0 << 17;
        QTest::newRow("dbscan eps 0.8 min 12, min-max, mean")
            << Algorithm::Dbscan << 4 << Linkage::Ward << CovarianceType::Full << MissingPolicy::Mean
            << Scaling::MinMax << 10 << 1 << 12 << 0.8 << 0;
        QTest::newRow("dbscan automatic")
            << Algorithm::Dbscan << 4 << Linkage::Ward << CovarianceType::Full << MissingPolicy::Median
            << Scaling::ZScore << 10 << 1 << 3 << 0.0 << 0;
        QTest::newRow("gmm diag k3, most frequent, none")
            << Algorithm::Gmm << 3 << Linkage::Ward << CovarianceType::Diag << MissingPolicy::MostFrequent
            << Scaling::None << 10 << 4 << 5 << 0.0 << 99;
        QTest::newRow("gmm spherical")
            << Algorithm::Gmm << 5 << Linkage::Ward << CovarianceType::Spherical << MissingPolicy::Median
            << Scaling::ZScore << 10 << 1 << 5 << 0.0 << 0;
        for (Linkage l : {Linkage::Ward, Linkage::Complete, Linkage::Single, Linkage::Weighted,
                          Linkage::Centroid, Linkage::Median})
            QTest::addRow("hierarchical %s", seg::cluster::linkageName(l))
                << Algorithm::Hierarchical << 9 << l << CovarianceType::Full << MissingPolicy::Median
                << Scaling::ZScore << 10 << 1 << 5 << 0.0 << 0;
    }

    void paramsMapping() {
        QFETCH(Algorithm, algorithm);
        QFETCH(int, k);
        QFETCH(Linkage, linkage);
        QFETCH(CovarianceType, covariance);
        QFETCH(MissingPolicy, missing);
        QFETCH(Scaling, scaling);
        QFETCH(int, restarts);
        QFETCH(int, gmmRestarts);
        QFETCH(int, minSamples);
        QFETCH(double, eps);
        QFETCH(int, seed);

        SegmentationPanel panel;
        setTable(panel, smallTable());
        QSignalSpy changed(&panel, &SegmentationPanel::paramsChanged);
        QSignalSpy run(&panel, &SegmentationPanel::runRequested);
        // Through the widgets, as a user would.
        choose(child<QComboBox>(panel, "algorithmCombo"), static_cast<int>(algorithm));
        child<QSpinBox>(panel, "kSpin")->setValue(k);
        choose(child<QComboBox>(panel, "linkageCombo"), static_cast<int>(linkage));
        choose(child<QComboBox>(panel, "covarianceCombo"), static_cast<int>(covariance));
        choose(child<QComboBox>(panel, "missingCombo"), static_cast<int>(missing));
        choose(child<QComboBox>(panel, "scalingCombo"), static_cast<int>(scaling));
        child<QSpinBox>(panel, "restartsSpin")->setValue(restarts);
        child<QSpinBox>(panel, "gmmRestartsSpin")->setValue(gmmRestarts);
        child<QSpinBox>(panel, "minSamplesSpin")->setValue(minSamples);
        child<QSpinBox>(panel, "seedSpin")->setValue(seed);
        if (eps > 0.0) {
            child<QCheckBox>(panel, "epsAutoCheck")->setChecked(false);
            child<QDoubleSpinBox>(panel, "epsSpin")->setValue(eps);
        }

        const auto p = panel.params();
        QCOMPARE(p.algorithm, algorithm);
        QCOMPARE(panel.algorithm(), algorithm);
        QCOMPARE(p.k, k);
        QCOMPARE(p.kmeans.k, k);
        QCOMPARE(p.gmm.k, k);
        QCOMPARE(p.hierarchical.linkage, linkage);
        QCOMPARE(p.gmm.covariance, covariance);
        QCOMPARE(p.prep.missing, missing);
        QCOMPARE(p.prep.scaling, scaling);
        QCOMPARE(p.kmeans.nInit, restarts);
        QCOMPARE(p.gmm.nInit, gmmRestarts);
        QCOMPARE(p.dbscan.minSamples, minSamples);
        QCOMPARE(p.seed, std::uint64_t(seed));
        QCOMPARE(p.kmeans.seed, std::uint64_t(seed));
        QCOMPARE(panel.epsAutomatic(), eps <= 0.0);
        if (eps > 0.0) QCOMPARE(p.dbscan.eps, eps);
        QVERIFY(!changed.isEmpty());
        QVERIFY(run.isEmpty());

        const auto s = panel.sweepParams();
        QCOMPARE(s.algorithm, algorithm == Algorithm::Dbscan ? Algorithm::KMeans : algorithm);
        QCOMPARE(s.linkage, linkage);
        QCOMPARE(s.covariance, covariance);
        QCOMPARE(s.seed, std::uint64_t(seed));
        QCOMPARE(child<QPushButton>(panel, "sweepButton")->isEnabled(), algorithm != Algorithm::Dbscan);

        // The page shown is the algorithm's, and DBSCAN has no number of segments to ask for.
        QCOMPARE(child<QStackedWidget>(panel, "algorithmPages")->currentIndex(), static_cast<int>(algorithm));
        QCOMPARE(child<QSpinBox>(panel, "kSpin")->isVisibleTo(&panel), algorithm != Algorithm::Dbscan);
        QCOMPARE(child<QDoubleSpinBox>(panel, "epsSpin")->isEnabled(), eps > 0.0);
    }

    void algorithmsExplainThemselves() {
        SegmentationPanel panel;
        auto* combo = child<QComboBox>(panel, "algorithmCombo");
        auto* description = child<QLabel>(panel, "algorithmDescription");
        QCOMPARE(combo->count(), 4);
        QSet<QString> seen;
        for (int i = 0; i < combo->count(); ++i) {
            QVERIFY(!combo->itemData(i, Qt::ToolTipRole).toString().isEmpty());
            combo->setCurrentIndex(i);
            QVERIFY(!description->text().isEmpty());
            seen.insert(description->text());
        }
        QCOMPARE(seen.size(), 4);
        for (const char* name : {"missingCombo", "scalingCombo", "linkageCombo", "covarianceCombo"}) {
            auto* c = child<QComboBox>(panel, name);
            for (int i = 0; i < c->count(); ++i)
                QVERIFY2(!c->itemData(i, Qt::ToolTipRole).toString().isEmpty(), name);
        }
        QCOMPARE(child<QComboBox>(panel, "linkageCombo")->count(), 7);
        QVERIFY(child<QComboBox>(panel, "linkageCombo")->itemText(0).startsWith(QStringLiteral("Ward")));
        QCOMPARE(child<QComboBox>(panel, "missingCombo")->count(), 4);
        QCOMPARE(child<QComboBox>(panel, "scalingCombo")->count(), 4);
    }

    void settingsRoundTrip() {
        {
            SegmentationPanel panel;
            panel.setAlgorithm(Algorithm::Gmm);
            panel.setK(7);
            choose(child<QComboBox>(panel, "linkageCombo"), static_cast<int>(Linkage::Complete));
            choose(child<QComboBox>(panel, "covarianceCombo"), static_cast<int>(CovarianceType::Spherical));
            choose(child<QComboBox>(panel, "missingCombo"), static_cast<int>(MissingPolicy::DropRows));
            choose(child<QComboBox>(panel, "scalingCombo"), static_cast<int>(Scaling::MinMax));
            child<QSpinBox>(panel, "restartsSpin")->setValue(3);
            child<QSpinBox>(panel, "gmmRestartsSpin")->setValue(2);
            child<QSpinBox>(panel, "minSamplesSpin")->setValue(9);
            child<QSpinBox>(panel, "seedSpin")->setValue(1234);
            panel.setEps(1.25);
        }
        QCOMPARE(QSettings().value(QStringLiteral("segmentation/algorithm")).toString(),
                 QStringLiteral("gmm"));
        SegmentationPanel panel;
        const auto p = panel.params();
        QCOMPARE(p.algorithm, Algorithm::Gmm);
        QCOMPARE(p.k, 7);
        QCOMPARE(p.hierarchical.linkage, Linkage::Complete);
        QCOMPARE(p.gmm.covariance, CovarianceType::Spherical);
        QCOMPARE(p.prep.missing, MissingPolicy::DropRows);
        QCOMPARE(p.prep.scaling, Scaling::MinMax);
        QCOMPARE(p.kmeans.nInit, 3);
        QCOMPARE(p.gmm.nInit, 2);
        QCOMPARE(p.dbscan.minSamples, 9);
        QCOMPARE(p.seed, std::uint64_t{1234});
        QVERIFY(!panel.epsAutomatic());
        QCOMPARE(p.dbscan.eps, 1.25);
    }

    void settingsFromAnotherVersionAreIgnored() {
        QSettings s;
        s.setValue(QStringLiteral("segmentation/algorithm"), QStringLiteral("spectral"));
        s.setValue(QStringLiteral("segmentation/k"), 999);
        s.setValue(QStringLiteral("segmentation/linkage"), 42);
        s.setValue(QStringLiteral("segmentation/scaling"), QStringLiteral("quantile"));
        s.setValue(QStringLiteral("segmentation/eps"), -3);
        s.setValue(QStringLiteral("segmentation/missing"), QStringLiteral("constant"));  // CLI only
        s.sync();
        SegmentationPanel panel;
        const auto p = panel.params();
        QCOMPARE(p.algorithm, Algorithm::KMeans);
        QCOMPARE(p.k, 4);
        QCOMPARE(p.hierarchical.linkage, Linkage::Ward);
        QCOMPARE(p.prep.scaling, Scaling::ZScore);
        QCOMPARE(p.dbscan.eps, 0.5);
        QCOMPARE(p.prep.missing, MissingPolicy::Median);
    }

    void featureChoiceRememberedPerColumnSet() {
        const auto table = smallTable();
        {
            SegmentationPanel panel;
            setTable(panel, table);
            panel.setFeatures({QStringLiteral("age"), QStringLiteral("region")});
            QVERIFY(panel.featureModel()->setLog("age", true));
        }
        SegmentationPanel panel;
        setTable(panel, table);
        QCOMPARE(panel.params().prep.features, (std::vector<std::string>{"age", "region"}));
        QCOMPARE(panel.params().prep.log1p, (std::vector<std::string>{"age"}));

        // Other columns: the defaults, not the remembered choice.
        auto other = std::make_shared<Table>();
        other->addColumn(Column::numbers("age", {1, 2, 3}));
        other->addColumn(Column::numbers("visits", {3, 1, 2}));
        setTable(panel, other);
        QCOMPARE(panel.params().prep.features, (std::vector<std::string>{"age", "visits"}));
    }

    void setFeaturesChecksExactlyThese() {
        SegmentationPanel panel;
        setTable(panel, smallTable());
        QSignalSpy changed(&panel, &SegmentationPanel::paramsChanged);
        panel.setFeatures(
            {QStringLiteral("region"), QStringLiteral("customer_id"), QStringLiteral("unknown")});
        QCOMPARE(panel.params().prep.features, (std::vector<std::string>{"region"}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(child<QLabel>(panel, "featureCount")->text(), QStringLiteral("1 of 3 columns chosen"));
        QTest::mouseClick(child<QAbstractButton>(panel, "allFeaturesButton"), Qt::LeftButton);
        QCOMPARE(panel.params().prep.features, (std::vector<std::string>{"age", "spend", "region"}));
        QTest::mouseClick(child<QAbstractButton>(panel, "noFeaturesButton"), Qt::LeftButton);
        QVERIFY(panel.params().prep.features.empty());
    }

    void runOnClickAndShortcut() {
        SegmentationPanel panel;
        setTable(panel, smallTable());
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QSignalSpy run(&panel, &SegmentationPanel::runRequested);
        QVERIFY(runButton(panel)->isEnabled());
        QVERIFY(runButton(panel)->toolTip().contains(
            QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText)));
        QTest::mouseClick(runButton(panel), Qt::LeftButton);
        QCOMPARE(run.count(), 1);
        QTest::keyClick(runButton(panel), Qt::Key_Space);
        QCOMPARE(run.count(), 2);

        QSignalSpy sweep(&panel, &SegmentationPanel::sweepRequested);
        QTest::mouseClick(child<QPushButton>(panel, "sweepButton"), Qt::LeftButton);
        QCOMPARE(sweep.count(), 1);
        QCOMPARE(run.count(), 2);
    }

    void runRefusedWithoutFeaturesOrTable() {
        SegmentationPanel panel;
        QVERIFY(!panel.canRun());
        QVERIFY(!runButton(panel)->isEnabled());
        QVERIFY(runButton(panel)->toolTip().contains(QStringLiteral("Open")));

        setTable(panel, smallTable());
        QVERIFY(runButton(panel)->isEnabled());
        panel.featureModel()->uncheckAll();
        QVERIFY(!panel.canRun());
        QVERIFY(!runButton(panel)->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "sweepButton")->isEnabled());
        QVERIFY(runButton(panel)->toolTip().contains(QStringLiteral("at least one column")));
        QVERIFY(child<QLabel>(panel, "runStatus")->isVisibleTo(&panel));

        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QSignalSpy run(&panel, &SegmentationPanel::runRequested);
        QTest::mouseClick(runButton(panel), Qt::LeftButton);
        QCOMPARE(run.count(), 0);

        QVERIFY(panel.featureModel()->setData(
            panel.featureModel()->index(panel.featureModel()->rowOf("age"), FeatureListModel::Name),
            Qt::Checked, Qt::CheckStateRole));
        QVERIFY(runButton(panel)->isEnabled());
    }

    void setKNeverRuns() {
        SegmentationPanel panel;
        setTable(panel, smallTable());
        QSignalSpy run(&panel, &SegmentationPanel::runRequested);
        QSignalSpy changed(&panel, &SegmentationPanel::paramsChanged);
        panel.setK(6);
        QCOMPARE(panel.k(), 6);
        QCOMPARE(panel.params().k, 6);
        QCOMPARE(changed.count(), 1);
        panel.setK(6);
        QCOMPARE(changed.count(), 1);
        panel.setK(1);  // a dendrogram cut above the root
        QCOMPARE(panel.k(), SegmentationPanel::kMinK);
        panel.setK(500);
        QCOMPARE(panel.k(), SegmentationPanel::kMaxK);
        QCOMPARE(run.count(), 0);
    }

    void runningKeepsRunEnabled() {
        SegmentationPanel panel;
        setTable(panel, smallTable());
        panel.setRunning(true);
        QVERIFY(panel.isRunning());
        QVERIFY(runButton(panel)->isEnabled());
        QVERIFY(child<QLabel>(panel, "runStatus")->isVisibleTo(&panel));
        QSignalSpy run(&panel, &SegmentationPanel::runRequested);
        QTest::mouseClick(runButton(panel), Qt::LeftButton);
        QCOMPARE(run.count(), 1);
        panel.setRunning(false);
        QVERIFY(!child<QLabel>(panel, "runStatus")->isVisibleTo(&panel));
    }

    void epsFromTheChart() {
        SegmentationPanel panel;
        setTable(panel, smallTable());
        panel.setAlgorithm(Algorithm::Dbscan);
        QSignalSpy changed(&panel, &SegmentationPanel::paramsChanged);
        panel.setSuggestedEps(0.37);  // shown while automatic; not a change of settings
        QCOMPARE(changed.count(), 0);
        QVERIFY(panel.epsAutomatic());
        QCOMPARE(panel.params().dbscan.eps, 0.37);
        panel.setEps(0.9);  // clicked on the k-distance chart
        QVERIFY(!panel.epsAutomatic());
        QCOMPARE(panel.params().dbscan.eps, 0.9);
        QVERIFY(changed.count() >= 1);
        panel.setSuggestedEps(0.2);  // ignored once the user chose
        QCOMPARE(panel.params().dbscan.eps, 0.9);
    }

    // The sample customers in a dock-sized panel: everything fits without a horizontal scroll bar, and a
    // picture is saved when SEGMENTLAB_SCREENSHOT_DIR is set.
    void sampleTableFitsADock() {
        const auto imported = seg::data::importTable(SEGMENTLAB_SOURCE_DIR "/resources/sample/customers.csv");
        auto table = std::make_shared<const Table>(imported.table);
        SegmentationPanel panel;
        panel.setTable(table, seg::data::summarize(*table));
        QVERIFY(panel.canRun());
        QVERIFY(panel.params().prep.features.size() >= 6);
        panel.resize(320, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        if (const QByteArray dir = qgetenv("SEGMENTLAB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            for (Algorithm a :
                 {Algorithm::KMeans, Algorithm::Hierarchical, Algorithm::Dbscan, Algorithm::Gmm}) {
                panel.setAlgorithm(a);
                QCoreApplication::processEvents();
                QVERIFY(panel.grab().save(QString::fromLocal8Bit(dir) +
                                          QStringLiteral("/segmentation_panel_%1.png")
                                              .arg(QLatin1String(seg::run::algorithmName(a)))));
            }
        }
        auto* scroll = child<QScrollArea>(panel, "segmentationScroll");
        QVERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("content needs %1 px, has %2")
                                .arg(scroll->widget()->minimumSizeHint().width())
                                .arg(scroll->viewport()->width())));
        auto* view = child<QTableView>(panel, "featureView");
        QVERIFY(view->columnWidth(FeatureListModel::Name) >= 80);
        QVERIFY(runButton(panel)->isVisible());
    }
};

QTEST_MAIN(TestSegmentationPanel)
#include "tst_segmentationpanel.moc"
