// A read-only Qt model over an immutable seg::data::Table, shared (never copied) with the job that made it.
// data() is O(1) per cell and allocates only the string it returns, so a million-row table scrolls smoothly.
// After a run it can lead with each row's segment and show only some rows (linked views).
#pragma once

#include <QAbstractTableModel>
#include <QIcon>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

#include "data/Table.h"

namespace seg::ui {

class TableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Qt::UserRole: the cell as a number (numbers storage) or as text, for sorting and tests; null when
    // missing. In the Segment column: the segment number (int), so sorting groups each segment's rows.
    static constexpr int ValueRole = Qt::UserRole;
    // Any column: the row's segment (0-based; -1 outlier/noise; -2 left out of the run for missing values);
    // null when no run is shown.
    static constexpr int SegmentRole = Qt::UserRole + 1;
    // Shown for a missing cell (greyed), so an empty-looking cell is never mistaken for an empty string.
    static QString missingText();

    explicit TableModel(QObject* parent = nullptr);

    // Also clears the segments and the row filter: both described the previous table's rows.
    void setTable(std::shared_ptr<const seg::data::Table> table);
    [[nodiscard]] const std::shared_ptr<const seg::data::Table>& table() const noexcept { return m_table; }

    // Shows a leading "Segment" column (the segment's name with a colour swatch decoration from
    // the segment's colour (setColors); "Outlier" in the noise grey for -1; "Left out" greyed, with a tooltip
    // saying why, for -2) for one label per table row. names[i] names segment i (empty or missing entry:
    // "Segment i+1"). Empty labels remove the column. Labels whose count is not the table's row count, or
    // with a label below -2 or not below the row count, are ignored with a qWarning; the model stays as it
    // was. Inserts or removes the column (no reset), so views keep their scroll position.
    void setSegments(std::vector<int> rowLabels, QStringList names = {});
    // The segments' colours (the document's; missing or invalid: the palette's): the swatches follow.
    void setColors(const QList<QColor>& colors);
    // New names for the segments shown (the labels stay): the Segment column follows.
    void setNames(const QStringList& names);
    [[nodiscard]] bool hasSegments() const noexcept { return !m_labels.empty(); }
    // Shows only these table rows, in this order; std::nullopt shows every row again. A list with a row out
    // of range or a row twice is ignored with a qWarning and the model is left as it was. Resets the model.
    void setRowFilter(std::optional<std::vector<int>> rows);
    [[nodiscard]] bool isFiltered() const noexcept { return m_filtered; }
    // Model row <-> table row, both O(1); -1 when out of range, and modelRow gives -1 for a table row that
    // the filter hides. The vertical header shows tableRow + 1, the spreadsheet's own row number.
    [[nodiscard]] int tableRow(int modelRow) const;
    [[nodiscard]] int modelRow(int tableRow) const;
    // 1 when the Segment column is shown (table column c is model column c + columnOffset()), else 0.
    [[nodiscard]] int columnOffset() const noexcept { return hasSegments() ? 1 : 0; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] int tableRowCount() const noexcept;
    [[nodiscard]] QVariant segmentData(int segment, int role) const;
    [[nodiscard]] const QIcon& segmentIcon(int segment) const;

    std::shared_ptr<const seg::data::Table> m_table;
    // One label per table row when a run is shown, else empty.
    std::vector<int> m_labels;
    // Display names of segments -2..max label, indexed by segment + 2, made once per setSegments so data()
    // returns a shared string.
    std::vector<QString> m_segmentNames;
    // Swatches by segment + 2, made on first use.
    mutable std::vector<QIcon> m_icons;
    QList<QColor> m_colors;
    bool m_filtered = false;
    std::vector<int> m_rows;  // filtered: model row -> table row
    // Table row -> model row, -1 when hidden; kept (all -1) when the filter is cleared, dropped by setTable.
    std::vector<int> m_inverse;
};

}  // namespace seg::ui
