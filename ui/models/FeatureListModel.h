// The columns a marketer can segment on: one row per table column with a checkbox, its type, missing share, a
// small picture of its distribution and whether it is log-transformed first (suggested for skewed amounts).
#pragma once

// Everything shown is computed once in setTable, one pass over each column (plus seg::prep::skewness's two
// for non-negative numbers), so a million-row table costs tens of milliseconds on the GUI thread. The log
// histogram of a column is computed the first time it is shown.

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "data/ColumnSummary.h"
#include "data/Table.h"

namespace seg::ui {

class FeatureListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Field { Name, Type, Missing, Distribution, Transform, FieldCount };
    enum class DistributionKind { None, Histogram, Categories };

    // Distribution column: the bar heights, QList<double> scaled so the tallest is 1.
    static constexpr int BarsRole = Qt::UserRole + 1;
    // Distribution column: DistributionKind as int (a histogram's bars touch, category bars stand apart).
    static constexpr int DistributionKindRole = Qt::UserRole + 2;
    // Any column: the seg::data::ColumnType as int.
    static constexpr int ColumnTypeRole = Qt::UserRole + 3;
    // Any column: whether the column can be a feature at all (numeric or categorical, not constant).
    static constexpr int UsableRole = Qt::UserRole + 4;
    // Transform column: whether a log transform is possible (numbers, none below zero).
    static constexpr int LogAllowedRole = Qt::UserRole + 5;
    // Transform column: whether log was suggested (skewed, non-negative).
    static constexpr int LogSuggestedRole = Qt::UserRole + 6;
    // Missing column: the missing fraction (0..1).
    static constexpr int MissingFractionRole = Qt::UserRole + 7;

    static constexpr int kHistogramBins = static_cast<int>(seg::data::kSummaryHistogramBins);
    static constexpr int kMaxCategoryBars = 8;

    explicit FeatureListModel(QObject* parent = nullptr);
    ~FeatureListModel() override;

    // Summaries are matched to columns by name (the load job's seg::data::summarize); a column without one is
    // summarised here.
    void setTable(std::shared_ptr<const seg::data::Table> table,
                  const std::vector<seg::data::ColumnSummary>& summaries);
    [[nodiscard]] const std::shared_ptr<const seg::data::Table>& table() const noexcept { return m_table; }

    // Checked usable columns, in table order.
    [[nodiscard]] std::vector<std::string> checkedFeatures() const;
    // Checked columns to log-transform first (seg::prep::PrepParams::log1p), in table order.
    [[nodiscard]] std::vector<std::string> logFeatures() const;
    [[nodiscard]] int checkedCount() const;
    [[nodiscard]] int usableCount() const;
    [[nodiscard]] bool isUsable(const std::string& name) const;
    [[nodiscard]] bool isChecked(const std::string& name) const;
    [[nodiscard]] bool isLog(const std::string& name) const;
    // The row of a column, or -1.
    [[nodiscard]] int rowOf(const std::string& name) const;
    // Every column name, in table order (usable or not).
    [[nodiscard]] QStringList columnNames() const;

    // Each returns false (and changes nothing) for an unknown or unusable column, or a log on a column that
    // cannot take one.
    bool setChecked(const std::string& name, bool checked);
    bool setLog(const std::string& name, bool log);
    void checkAll();
    void uncheckAll();
    // Checks exactly these usable columns (unknown names are ignored).
    void setCheckedFeatures(const QStringList& names);
    // Log on exactly these columns (where allowed).
    void setLogFeatures(const QStringList& names);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

signals:
    // A checkbox or a transform changed (not emitted by setTable, which resets the model).
    void featuresChanged();

private:
    struct Entry {
        std::string name;
        seg::data::ColumnType type = seg::data::ColumnType::Numeric;
        std::size_t columnIndex = 0;
        double missingFraction = 0.0;
        bool usable = false;
        bool constant = false;
        bool checked = false;
        bool logAllowed = false;
        bool logSuggested = false;
        bool log = false;
        double skewness = 0.0;
        double min = 0.0;
        double max = 0.0;
        bool hasRange = false;
        DistributionKind kind = DistributionKind::None;
        QList<double> bars;
        mutable std::optional<QList<double>> logBars;  // computed when first shown
        QStringList topLevels;                         // categories: "North (40%)" for the tooltip
    };

    [[nodiscard]] QString disabledReason(const Entry& e) const;
    [[nodiscard]] QString distributionToolTip(const Entry& e) const;
    [[nodiscard]] const QList<double>& shownBars(const Entry& e) const;
    [[nodiscard]] Entry* find(const std::string& name);
    [[nodiscard]] const Entry* find(const std::string& name) const;
    void emitRowChanged(int row, int firstField, int lastField);

    std::shared_ptr<const seg::data::Table> m_table;
    std::vector<Entry> m_entries;
};

}  // namespace seg::ui
