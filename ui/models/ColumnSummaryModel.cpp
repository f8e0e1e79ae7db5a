#include "models/ColumnSummaryModel.h"

#include "models/LocalNumber.h"

#include <QLocale>
#include <cmath>

#include "data/ValueParsing.h"
#include "models/ColumnTypeUi.h"

namespace seg::ui {

using seg::data::ColumnSummary;
using seg::data::ColumnType;

namespace {

// Range and mean only mean something for numbers and dates; an identifier's average is noise.
bool showsRange(const ColumnSummary& s) {
    return s.hasRange && s.type != ColumnType::Id;
}

QString formatValue(const ColumnSummary& s, double v) {
    if (s.type == ColumnType::Date) return QString::fromStdString(seg::data::formatDate(v, false));
    return localNumber(v, true);
}

// A mean is a summary, not a cell: two decimals (four significant digits below one) are enough to read it,
// and the exact value stays available through ValueRole.
QString formatMean(const ColumnSummary& s) {
    if (s.type == ColumnType::Date) return QString::fromStdString(seg::data::formatDate(s.mean, false));
    double v = s.mean;
    if (std::abs(v) >= 1.0) {
        v = std::round(v * 100.0) / 100.0;
    } else if (v != 0.0) {
        v = QString::number(v, 'g', 4).toDouble();
    }
    return localNumber(v, true);
}

}  // namespace

ColumnSummaryModel::ColumnSummaryModel(QObject* parent) : QAbstractTableModel(parent) {}

void ColumnSummaryModel::setSummaries(std::vector<ColumnSummary> summaries, std::size_t tableRows) {
    beginResetModel();
    m_summaries = std::move(summaries);
    m_tableRows = tableRows;
    endResetModel();
}

int ColumnSummaryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_summaries.size());
}

int ColumnSummaryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FieldCount;
}

QString ColumnSummaryModel::displayText(const ColumnSummary& s, int field) const {
    const QLocale locale;
    switch (field) {
        case Name:
            return QString::fromStdString(s.name);
        case Type:
            return columnTypeLabel(s.type);
        case Missing: {
            if (s.missing == 0) return locale.toString(0);
            const double percent = m_tableRows ? 100.0 * static_cast<double>(s.missing) / m_tableRows : 0.0;
            // Never round a few missing cells down to "0.0%": that reads as none.
            const QString pct = percent < 0.1 ? tr("<0.1%") : tr("%1%").arg(locale.toString(percent, 'f', 1));
            return tr("%1 (%2)").arg(locale.toString(static_cast<qulonglong>(s.missing)), pct);
        }
        case Distinct:
            return locale.toString(static_cast<qulonglong>(s.distinct));
        case Min:
            return showsRange(s) ? formatValue(s, s.min) : QString();
        case Max:
            return showsRange(s) ? formatValue(s, s.max) : QString();
        case Mean:
            return showsRange(s) ? formatMean(s) : QString();
        default:
            return {};
    }
}

QVariant ColumnSummaryModel::rawValue(const ColumnSummary& s, int field) const {
    switch (field) {
        case Name:
            return QString::fromStdString(s.name);
        case Type:
            return static_cast<int>(s.type);
        case Missing:
            return static_cast<qulonglong>(s.missing);
        case Distinct:
            return static_cast<qulonglong>(s.distinct);
        case Min:
            return showsRange(s) ? QVariant(s.min) : QVariant();
        case Max:
            return showsRange(s) ? QVariant(s.max) : QVariant();
        case Mean:
            return showsRange(s) ? QVariant(s.mean) : QVariant();
        default:
            return {};
    }
}

QVariant ColumnSummaryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const ColumnSummary& s = m_summaries[static_cast<std::size_t>(index.row())];
    const int field = index.column();
    switch (role) {
        case Qt::DisplayRole:
            return displayText(s, field);
        case ValueRole:
            return rawValue(s, field);
        case Qt::DecorationRole:
            if (field == Type) return columnTypeIcon(s.type);
            return {};
        case Qt::TextAlignmentRole:
            if (field == Name || field == Type)
                return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        case Qt::ToolTipRole:
            if (field == Type) return columnTypeDescription(s.type);
            if (field == Missing && s.missing > 0)
                return tr("Cells with no value: %1 of %2.")
                    .arg(QLocale().toString(static_cast<qulonglong>(s.missing)),
                         QLocale().toString(static_cast<qulonglong>(m_tableRows)));
            return {};
        default:
            return {};
    }
}

QVariant ColumnSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= FieldCount) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
            case Name:
                return tr("Column");
            case Type:
                return tr("Type");
            case Missing:
                return tr("Missing");
            case Distinct:
                return tr("Distinct");
            case Min:
                return tr("Minimum");
            case Max:
                return tr("Maximum");
            case Mean:
                return tr("Average");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case Name:
                return tr("The column's name in the file.");
            case Type:
                return tr("What kind of values the column holds, which decides how it can be used.");
            case Missing:
                return tr(
                    "How many cells are empty or say things like \"N/A\", and what share of rows "
                    "that is.");
            case Distinct:
                return tr("How many different values the column holds.");
            case Min:
                return tr("The smallest value (numbers and dates only).");
            case Max:
                return tr("The largest value (numbers and dates only).");
            case Mean:
                return tr("The average value (numbers and dates only).");
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::Alignment(
            (section == Name || section == Type ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    }
    return {};
}

}  // namespace seg::ui
