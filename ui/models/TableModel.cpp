#include "models/TableModel.h"

#include "models/LocalNumber.h"

#include <QGuiApplication>
#include <QPalette>
#include <limits>

#include "models/ColumnTypeUi.h"

namespace seg::ui {

using seg::data::Column;
using seg::data::ColumnType;
using seg::data::Storage;

QString TableModel::missingText() {
    return QStringLiteral("\u2014");
}

TableModel::TableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TableModel::setTable(std::shared_ptr<const seg::data::Table> table) {
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int TableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_table) return 0;
    // Qt models count rows in int; a table beyond that is shown up to the limit rather than wrapping around.
    return static_cast<int>(std::min<std::size_t>(m_table->rowCount(), std::numeric_limits<int>::max()));
}

int TableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_table) return 0;
    return static_cast<int>(m_table->columnCount());
}

QVariant TableModel::data(const QModelIndex& index, int role) const {
    if (!m_table || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column& column = m_table->column(static_cast<std::size_t>(index.column()));
    const auto row = static_cast<std::size_t>(index.row());
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
        if (role == Qt::DisplayRole) return section + 1;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
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
