// A read-only Qt model over an immutable seg::data::Table, shared (never copied) with the job that made it.
// data() is O(1) per cell and allocates only the string it returns, so a million-row table scrolls smoothly.
#pragma once

#include <QAbstractTableModel>
#include <memory>

#include "data/Table.h"

namespace seg::ui {

class TableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Qt::UserRole: the cell as a number (numbers storage) or as text, for sorting and tests; null when
    // missing.
    static constexpr int ValueRole = Qt::UserRole;
    // Shown for a missing cell (greyed), so an empty-looking cell is never mistaken for an empty string.
    static QString missingText();

    explicit TableModel(QObject* parent = nullptr);

    void setTable(std::shared_ptr<const seg::data::Table> table);
    [[nodiscard]] const std::shared_ptr<const seg::data::Table>& table() const noexcept { return m_table; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const seg::data::Table> m_table;
};

}  // namespace seg::ui
