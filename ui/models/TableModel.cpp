#include "models/TableModel.h"

#include "models/LocalNumber.h"

#include <QDebug>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>
#include <limits>

#include "models/ColumnTypeUi.h"
#include "models/SegmentListModel.h"

namespace seg::ui {

using seg::data::Column;
using seg::data::ColumnType;
using seg::data::Storage;

QString TableModel::missingText() {
    return QStringLiteral("\u2014");
}

TableModel::TableModel(QObject* parent) : QAbstractTableModel(parent) {}

namespace {

constexpr int kOutlier = -1;
constexpr int kLeftOut = -2;

QVariant leftAligned() {
    return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
}

}  // namespace

void TableModel::setTable(std::shared_ptr<const seg::data::Table> table) {
    beginResetModel();
    m_table = std::move(table);
    m_labels.clear();
    m_segmentNames.clear();
    m_filtered = false;
    m_rows = {};
    m_inverse = {};
    endResetModel();
}

int TableModel::tableRowCount() const noexcept {
    if (!m_table) return 0;
    // Qt models count rows in int; a table beyond that is shown up to the limit rather than wrapping around.
    return static_cast<int>(std::min<std::size_t>(m_table->rowCount(), std::numeric_limits<int>::max()));
}

void TableModel::setSegments(std::vector<int> rowLabels, QStringList names) {
    if (rowLabels.empty()) {
        if (!hasSegments()) return;
        beginRemoveColumns({}, 0, 0);
        m_labels.clear();
        m_segmentNames.clear();
        endRemoveColumns();
        return;
    }
    const std::size_t rows = m_table ? m_table->rowCount() : 0;
    if (rowLabels.size() != rows) {
        qWarning().nospace() << "TableModel::setSegments: " << rowLabels.size() << " labels for a table of "
                             << rows << " rows; ignored";
        return;
    }
    const auto [lowest, highest] = std::minmax_element(rowLabels.begin(), rowLabels.end());
    // A clustering of n rows has fewer than n segments; a larger label is corrupt and would make the name
    // table below huge.
    if (*lowest < kLeftOut || static_cast<std::size_t>(*highest) >= rows) {
        qWarning().nospace() << "TableModel::setSegments: label " << (*lowest < kLeftOut ? *lowest : *highest)
                             << " is outside -2.." << rows - 1 << "; ignored";
        return;
    }
    // Indexed by segment + 2, so data() hands out a shared string instead of formatting one per cell.
    std::vector<QString> segmentNames(static_cast<std::size_t>(std::max(*highest, kOutlier) + 3));
    segmentNames[0] = tr("Left out");
    segmentNames[1] = tr("Outlier");
    for (std::size_t i = 2; i < segmentNames.size(); ++i) {
        const auto segment = static_cast<qsizetype>(i - 2);
        segmentNames[i] = segment < names.size() && !names.at(segment).isEmpty()
                              ? names.at(segment)
                              : tr("Segment %1").arg(segment + 1);
    }

    const bool inserting = !hasSegments();
    if (inserting) beginInsertColumns({}, 0, 0);
    m_labels = std::move(rowLabels);
    m_segmentNames = std::move(segmentNames);
    if (inserting) {
        endInsertColumns();
    } else if (rowCount() > 0) {
        // The Segment column changes, and so does SegmentRole in every column.
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::DisplayRole, Qt::DecorationRole, Qt::ForegroundRole, Qt::ToolTipRole, ValueRole,
                          SegmentRole});
    }
}

void TableModel::setColors(const QList<QColor>& colors) {
    m_colors = colors;
    m_icons.clear();
    if (hasSegments() && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole});
}

void TableModel::setNames(const QStringList& names) {
    if (!hasSegments()) return;
    for (std::size_t i = 2; i < m_segmentNames.size(); ++i) {
        const auto segment = static_cast<qsizetype>(i - 2);
        m_segmentNames[i] = segment < names.size() && !names.at(segment).isEmpty()
                                ? names.at(segment)
                                : tr("Segment %1").arg(segment + 1);
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DisplayRole, Qt::ToolTipRole});
}

void TableModel::setRowFilter(std::optional<std::vector<int>> rows) {
    if (!rows) {
        if (!m_filtered) return;
        beginResetModel();
        for (const int row : m_rows)
            m_inverse[static_cast<std::size_t>(row)] = -1;
        m_filtered = false;
        m_rows = {};
        endResetModel();
        return;
    }
    const int count = tableRowCount();
    // Checked before anything changes, so a bad list leaves the model as it was. One bit per table row.
    std::vector<bool> seen(static_cast<std::size_t>(count), false);
    for (const int row : *rows) {
        if (row < 0 || row >= count) {
            qWarning("TableModel::setRowFilter: row %d is outside 0..%d; ignored", row, count - 1);
            return;
        }
        if (seen[static_cast<std::size_t>(row)]) {
            qWarning("TableModel::setRowFilter: row %d is listed twice; ignored", row);
            return;
        }
        seen[static_cast<std::size_t>(row)] = true;
    }
    beginResetModel();
    // The inverse index outlives the filter (all -1 but the filtered rows) until the next table: the first
    // filter pays for its pages, later ones only undo the previous filter's entries, so clicking from segment
    // to segment stays proportional to the rows shown.
    if (m_inverse.size() != static_cast<std::size_t>(count)) {
        m_inverse.assign(static_cast<std::size_t>(count), -1);
    } else if (m_filtered) {
        for (const int row : m_rows)
            m_inverse[static_cast<std::size_t>(row)] = -1;
    }
    // Fits in int: the rows are distinct and below count.
    for (std::size_t i = 0; i < rows->size(); ++i)
        m_inverse[static_cast<std::size_t>((*rows)[i])] = static_cast<int>(i);
    m_filtered = true;
    m_rows = std::move(*rows);
    endResetModel();
}

int TableModel::tableRow(int modelRow) const {
    if (modelRow < 0 || modelRow >= rowCount()) return -1;
    return m_filtered ? m_rows[static_cast<std::size_t>(modelRow)] : modelRow;
}

int TableModel::modelRow(int tableRow) const {
    if (tableRow < 0 || tableRow >= tableRowCount()) return -1;
    return m_filtered ? m_inverse[static_cast<std::size_t>(tableRow)] : tableRow;
}

const QIcon& TableModel::segmentIcon(int segment) const {
    const auto slot = static_cast<std::size_t>(segment - kLeftOut);
    if (m_icons.size() <= slot) m_icons.resize(slot + 1);
    if (m_icons[slot].isNull()) m_icons[slot] = SegmentListModel::swatchIcon(segment, m_colors);
    return m_icons[slot];
}

QVariant TableModel::segmentData(int segment, int role) const {
    switch (role) {
        case Qt::DisplayRole:
            return m_segmentNames[static_cast<std::size_t>(segment - kLeftOut)];
        case ValueRole:
            return segment;
        case Qt::DecorationRole:
            return segmentIcon(segment);
        case Qt::TextAlignmentRole:
            return leftAligned();
        case Qt::ForegroundRole:
            if (segment == kLeftOut) return QGuiApplication::palette().color(QPalette::PlaceholderText);
            return {};
        case Qt::ToolTipRole:
            if (segment == kLeftOut)
                return tr("This customer has missing values in a chosen feature, so it was left out");
            if (segment == kOutlier)
                return tr("An outlier: DBSCAN found this customer in no dense group of similar customers");
            return {};
        default:
            return {};
    }
}

int TableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_table) return 0;
    return m_filtered ? static_cast<int>(m_rows.size()) : tableRowCount();
}

int TableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_table) return 0;
    return static_cast<int>(m_table->columnCount()) + columnOffset();
}

QVariant TableModel::data(const QModelIndex& index, int role) const {
    if (!m_table || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row =
        static_cast<std::size_t>(m_filtered ? m_rows[static_cast<std::size_t>(index.row())] : index.row());
    if (role == SegmentRole) return hasSegments() ? QVariant(m_labels[row]) : QVariant();
    const int offset = columnOffset();
    if (index.column() < offset) return segmentData(m_labels[row], role);
    const Column& column = m_table->column(static_cast<std::size_t>(index.column() - offset));
    const bool missing = column.isMissing(row);
    switch (role) {
        case Qt::DisplayRole:
            if (missing) return missingText();
            if (column.storage() == Storage::Strings) {
                const std::string_view s = column.string(row);
                return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
            }
            // Identifiers and dates as written; measurements with the user's decimal mark.
            if (column.type() == ColumnType::Numeric) return localNumber(column.number(row), false);
            return QString::fromStdString(column.display(row));
        case ValueRole:
            if (missing) return {};
            if (column.storage() == Storage::Numbers) return column.number(row);
            return QString::fromUtf8(column.string(row).data(),
                                     static_cast<qsizetype>(column.string(row).size()));
        case Qt::TextAlignmentRole:
            // Numbers (and dates, stored as numbers) line up on their last digit, as in a spreadsheet.
            if (column.storage() == Storage::Numbers)
                return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        case Qt::ForegroundRole:
            if (missing) return QGuiApplication::palette().color(QPalette::PlaceholderText);
            return {};
        case Qt::ToolTipRole:
            if (missing) return tr("Missing value");
            return {};
        default:
            return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!m_table || section < 0) return {};
    if (orientation == Qt::Vertical) {
        // The spreadsheet's own row number, so a filtered view still says which row a customer is.
        if (role == Qt::DisplayRole) {
            const int row = tableRow(section);
            return row < 0 ? QVariant() : QVariant(row + 1);
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    const int offset = columnOffset();
    if (section < offset) {
        switch (role) {
            case Qt::DisplayRole:
                return tr("Segment");
            case Qt::ToolTipRole:
                return tr(
                    "<b>Segment</b><br>The group of similar customers the last run put this customer in. "
                    "Sort by it to see each segment's customers together.");
            default:
                return {};
        }
    }
    section -= offset;
    if (static_cast<std::size_t>(section) >= m_table->columnCount()) return {};
    const Column& column = m_table->column(static_cast<std::size_t>(section));
    switch (role) {
        case Qt::DisplayRole:
            return QString::fromStdString(column.name());
        case Qt::DecorationRole:
            return columnTypeIcon(column.type());
        case Qt::ToolTipRole:
            return tr("<b>%1</b><br>Type: %2<br>%3")
                .arg(QString::fromStdString(column.name()).toHtmlEscaped(), columnTypeLabel(column.type()),
                     columnTypeDescription(column.type()));
        default:
            return {};
    }
}

}  // namespace seg::ui
