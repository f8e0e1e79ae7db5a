// One row per table column with the facts a marketer checks before segmenting: type, missing cells,
// distinct values and, for numbers and dates, range and mean (seg::data::summarize, computed by the load
// job).
#pragma once

#include <QAbstractTableModel>
#include <cstddef>
#include <vector>

#include "data/ColumnSummary.h"

namespace seg::ui {

class ColumnSummaryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Field { Name, Type, Missing, Distinct, Min, Max, Mean, FieldCount };
    // Qt::UserRole: the raw value (count, fraction or number) for sorting and tests; null where not
    // applicable.
    static constexpr int ValueRole = Qt::UserRole;

    explicit ColumnSummaryModel(QObject* parent = nullptr);

    // rowCount is the table's row count, needed for the missing percentage.
    void setSummaries(std::vector<seg::data::ColumnSummary> summaries, std::size_t tableRows);
    [[nodiscard]] const std::vector<seg::data::ColumnSummary>& summaries() const noexcept {
        return m_summaries;
    }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString displayText(const seg::data::ColumnSummary& s, int field) const;
    [[nodiscard]] QVariant rawValue(const seg::data::ColumnSummary& s, int field) const;

    std::vector<seg::data::ColumnSummary> m_summaries;
    std::size_t m_tableRows = 0;
};

}  // namespace seg::ui
