#include "models/FeatureListModel.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "models/ColumnTypeUi.h"
#include "models/LocalNumber.h"
#include "prep/Pipeline.h"

namespace seg::ui {

using seg::data::Column;
using seg::data::ColumnSummary;
using seg::data::ColumnType;

namespace {

// Bars scaled so the tallest is 1; all zero stays all zero.
QList<double> normalised(const std::vector<std::size_t>& counts) {
    QList<double> bars;
    bars.reserve(static_cast<qsizetype>(counts.size()));
    const std::size_t top = counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
    for (std::size_t c : counts)
        bars.append(top ? static_cast<double>(c) / static_cast<double>(top) : 0.0);
    return bars;
}

// One pass: equal-width bins over [lo, hi]; `log` bins log(1 + x) instead (lo and hi given in that space).
QList<double> histogram(const std::vector<double>& values, double lo, double hi, bool log) {
    std::vector<std::size_t> counts(FeatureListModel::kHistogramBins, 0);
    const double width = hi - lo;
    if (!(width > 0.0) || !std::isfinite(width)) return {};
    const double perBin = FeatureListModel::kHistogramBins / width;
    constexpr int last = FeatureListModel::kHistogramBins - 1;
    for (double v : values) {
        if (std::isnan(v)) continue;
        if (log) v = std::log1p(v);
        const int bin = static_cast<int>((v - lo) * perBin);
        ++counts[static_cast<std::size_t>(std::clamp(bin, 0, last))];
    }
    return normalised(counts);
}

void minMax(const std::vector<double>& values, double& lo, double& hi, bool& any) {
    lo = HUGE_VAL;
    hi = -HUGE_VAL;
    for (double v : values) {
        if (std::isnan(v)) continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    any = lo <= hi;
}

QString percentText(double fraction) {
    if (fraction <= 0.0) return FeatureListModel::tr("0%");
    const double percent = 100.0 * fraction;
    // Never round a few missing cells down to "0%": that reads as none.
    if (percent < 0.1) return FeatureListModel::tr("<0.1%");
    return FeatureListModel::tr("%1%").arg(QLocale().toString(percent, 'f', percent < 10.0 ? 1 : 0));
}

}  // namespace

FeatureListModel::FeatureListModel(QObject* parent) : QAbstractTableModel(parent) {}

FeatureListModel::~FeatureListModel() = default;

void FeatureListModel::setTable(std::shared_ptr<const seg::data::Table> table,
                                const std::vector<ColumnSummary>& summaries) {
    beginResetModel();
    m_table = std::move(table);
    m_entries.clear();
    if (m_table) {
        std::unordered_map<std::string, const ColumnSummary*> byName;
        for (const auto& s : summaries)
            byName.emplace(s.name, &s);
        const std::size_t rows = m_table->rowCount();
        const double suggestAbove = seg::prep::PrepParams{}.skewSuggestLog;
        m_entries.reserve(m_table->columnCount());
        for (std::size_t ci = 0; ci < m_table->columnCount(); ++ci) {
            const Column& column = m_table->column(ci);
            ColumnSummary own;
            const ColumnSummary* summary = nullptr;
            if (auto it = byName.find(column.name()); it != byName.end() && it->second->type == column.type())
                summary = it->second;
            else
                summary = &(own = seg::data::summarize(column));

            Entry e;
            e.name = column.name();
            e.type = column.type();
            e.columnIndex = ci;
            e.missingFraction =
                rows ? static_cast<double>(summary->missing) / static_cast<double>(rows) : 0.0;
            const bool featureType = e.type == ColumnType::Numeric || e.type == ColumnType::Categorical;
            e.constant = summary->distinct <= 1;
            e.usable = featureType && !e.constant;
            e.checked = e.usable && e.type == ColumnType::Numeric;

            if (e.type == ColumnType::Numeric && column.storage() == seg::data::Storage::Numbers) {
                const auto& values = column.numbers();
                e.hasRange = summary->hasRange;
                e.min = summary->min;
                e.max = summary->max;
                if (!e.hasRange) minMax(values, e.min, e.max, e.hasRange);
                // The load job's summary brings the bars and the skewness; a summary made here (none was
                // given) has them too.
                const bool binned = summary->histogram.size() == std::size_t(kHistogramBins);
                if (e.hasRange) {
                    e.kind = DistributionKind::Histogram;
                    e.bars = binned ? normalised(summary->histogram) : histogram(values, e.min, e.max, false);
                }
                // log1p needs x > -1; only non-negative amounts are offered it, as the pipeline suggests.
                e.logAllowed = e.usable && e.hasRange && e.min >= 0.0;
                if (e.logAllowed) {
                    e.skewness = summary->hasRange ? summary->skewness : seg::prep::skewness(values);
                    e.logSuggested = e.skewness > suggestAbove;
                    e.log = e.logSuggested;
                }
            } else if (column.storage() == seg::data::Storage::Strings &&
                       (e.type == ColumnType::Categorical || e.type == ColumnType::Text)) {
                std::vector<std::size_t> counts(column.levels().size(), 0);
                std::size_t present = 0;
                for (std::int32_t code : column.codes())
                    if (code >= 0) ++counts[static_cast<std::size_t>(code)], ++present;
                std::vector<std::size_t> order(counts.size());
                std::iota(order.begin(), order.end(), std::size_t{0});
                const std::size_t shown = std::min<std::size_t>(order.size(), kMaxCategoryBars);
                std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(shown),
                                  order.end(), [&](std::size_t a, std::size_t b) {
                                      return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
                                  });
                std::vector<std::size_t> top;
                for (std::size_t i = 0; i < shown; ++i) {
                    top.push_back(counts[order[i]]);
                    if (i < 4 && present)
                        e.topLevels << tr("%1 (%2)").arg(QString::fromStdString(column.levels()[order[i]]),
                                                         percentText(static_cast<double>(counts[order[i]]) /
                                                                     static_cast<double>(present)));
                }
                if (present) {
                    e.kind = DistributionKind::Categories;
                    // Shares of all present values, so a label held by half the customers reaches half
                    // height.
                    e.bars.reserve(static_cast<qsizetype>(top.size()));
                    for (std::size_t c : top)
                        e.bars.append(static_cast<double>(c) / static_cast<double>(present));
                }
            }
            m_entries.push_back(std::move(e));
        }
    }
    endResetModel();
}

const QList<double>& FeatureListModel::shownBars(const Entry& e) const {
    if (!e.log || !m_table) return e.bars;
    if (!e.logBars) {
        const auto& values = m_table->column(e.columnIndex).numbers();
        e.logBars = histogram(values, std::log1p(e.min), std::log1p(e.max), true);
    }
    return *e.logBars;
}

std::vector<std::string> FeatureListModel::checkedFeatures() const {
    std::vector<std::string> out;
    for (const auto& e : m_entries)
        if (e.usable && e.checked) out.push_back(e.name);
    return out;
}

std::vector<std::string> FeatureListModel::logFeatures() const {
    std::vector<std::string> out;
    for (const auto& e : m_entries)
        if (e.usable && e.checked && e.log) out.push_back(e.name);
    return out;
}

int FeatureListModel::checkedCount() const {
    return static_cast<int>(std::count_if(m_entries.begin(), m_entries.end(),
                                          [](const Entry& e) { return e.usable && e.checked; }));
}

int FeatureListModel::usableCount() const {
    return static_cast<int>(
        std::count_if(m_entries.begin(), m_entries.end(), [](const Entry& e) { return e.usable; }));
}

FeatureListModel::Entry* FeatureListModel::find(const std::string& name) {
    auto it =
        std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.name == name; });
    return it == m_entries.end() ? nullptr : &*it;
}

const FeatureListModel::Entry* FeatureListModel::find(const std::string& name) const {
    return const_cast<FeatureListModel*>(this)->find(name);
}

int FeatureListModel::rowOf(const std::string& name) const {
    const Entry* e = find(name);
    return e ? static_cast<int>(e - m_entries.data()) : -1;
}

bool FeatureListModel::isUsable(const std::string& name) const {
    const Entry* e = find(name);
    return e && e->usable;
}

bool FeatureListModel::isChecked(const std::string& name) const {
    const Entry* e = find(name);
    return e && e->usable && e->checked;
}

bool FeatureListModel::isLog(const std::string& name) const {
    const Entry* e = find(name);
    return e && e->log;
}

QStringList FeatureListModel::columnNames() const {
    QStringList names;
    for (const auto& e : m_entries)
        names << QString::fromStdString(e.name);
    return names;
}

void FeatureListModel::emitRowChanged(int row, int firstField, int lastField) {
    emit dataChanged(index(row, firstField), index(row, lastField));
    emit featuresChanged();
}

bool FeatureListModel::setChecked(const std::string& name, bool checked) {
    Entry* e = find(name);
    if (!e || !e->usable) return false;
    if (e->checked != checked) {
        e->checked = checked;
        emitRowChanged(static_cast<int>(e - m_entries.data()), Name, FieldCount - 1);
    }
    return true;
}

bool FeatureListModel::setLog(const std::string& name, bool log) {
    Entry* e = find(name);
    if (!e || !e->logAllowed) return false;
    if (e->log != log) {
        e->log = log;
        emitRowChanged(static_cast<int>(e - m_entries.data()), Distribution, Transform);
    }
    return true;
}

void FeatureListModel::setCheckedFeatures(const QStringList& names) {
    bool changed = false;
    for (auto& e : m_entries) {
        const bool want = e.usable && names.contains(QString::fromStdString(e.name));
        if (e.usable && e.checked != want) e.checked = want, changed = true;
    }
    if (changed && !m_entries.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, FieldCount - 1));
        emit featuresChanged();
    }
}

void FeatureListModel::setLogFeatures(const QStringList& names) {
    bool changed = false;
    for (auto& e : m_entries) {
        const bool want = e.logAllowed && names.contains(QString::fromStdString(e.name));
        if (e.logAllowed && e.log != want) e.log = want, changed = true;
    }
    if (changed && !m_entries.empty()) {
        emit dataChanged(index(0, Distribution), index(rowCount() - 1, Transform));
        emit featuresChanged();
    }
}

void FeatureListModel::checkAll() {
    QStringList all;
    for (const auto& e : m_entries)
        if (e.usable) all << QString::fromStdString(e.name);
    setCheckedFeatures(all);
}

void FeatureListModel::uncheckAll() {
    setCheckedFeatures({});
}

int FeatureListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int FeatureListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FieldCount;
}

QString FeatureListModel::disabledReason(const Entry& e) const {
    switch (e.type) {
        case ColumnType::Id:
            return tr(
                "Identifiers such as customer numbers say nothing about behaviour, so they cannot be used "
                "to form segments.");
        case ColumnType::Text:
            return tr(
                "Free text and labels that rarely repeat cannot be compared between customers, so they "
                "cannot be used to form segments.");
        case ColumnType::Date:
            return tr(
                "Dates cannot be used as they are. A number made from them, such as days since the last "
                "purchase, can.");
        case ColumnType::Numeric:
        case ColumnType::Categorical:
            break;
    }
    if (e.constant && e.missingFraction >= 1.0)
        return tr("Every value is missing, so this column cannot tell customers apart.");
    if (e.constant)
        return tr("Every customer has the same value, so this column cannot tell segments apart.");
    return {};
}

QString FeatureListModel::distributionToolTip(const Entry& e) const {
    if (e.kind == DistributionKind::Categories)
        return tr("Most common: %1").arg(e.topLevels.join(QLatin1String(", ")));
    if (e.kind != DistributionKind::Histogram) return {};
    QString text =
        tr("How the values spread from %1 to %2.").arg(localNumber(e.min, true), localNumber(e.max, true));
    if (e.log) text += QLatin1Char(' ') + tr("Shown after the logarithm, as the segments will see them.");
    return text;
}

QVariant FeatureListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Entry& e = m_entries[static_cast<std::size_t>(index.row())];
    const int field = index.column();
    switch (role) {
        case ColumnTypeRole:
            return static_cast<int>(e.type);
        case UsableRole:
            return e.usable;
        default:
            break;
    }
    switch (field) {
        case Name:
            switch (role) {
                case Qt::DisplayRole:
                case Qt::EditRole:
                    return QString::fromStdString(e.name);
                case Qt::CheckStateRole:
                    return e.usable && e.checked ? Qt::Checked : Qt::Unchecked;
                case Qt::DecorationRole:
                    return columnTypeIcon(e.type);
                case Qt::ToolTipRole:
                    if (!e.usable) return disabledReason(e);
                    return tr("%1 (%2). %3")
                        .arg(QString::fromStdString(e.name), columnTypeLabel(e.type),
                             columnTypeDescription(e.type));
            }
            break;
        case Type:
            switch (role) {
                case Qt::DisplayRole:
                    return columnTypeLabel(e.type);
                case Qt::DecorationRole:
                    return columnTypeIcon(e.type);
                case Qt::ToolTipRole:
                    return e.usable ? columnTypeDescription(e.type) : disabledReason(e);
            }
            break;
        case Missing:
            switch (role) {
                case Qt::DisplayRole:
                    return percentText(e.missingFraction);
                case MissingFractionRole:
                    return e.missingFraction;
                case Qt::TextAlignmentRole:
                    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
                case Qt::ToolTipRole:
                    return e.missingFraction > 0.0 ? tr("%1 of the customers have no value here.")
                                                         .arg(percentText(e.missingFraction))
                                                   : tr("No missing values.");
            }
            break;
        case Distribution:
            switch (role) {
                case BarsRole:
                    return QVariant::fromValue(shownBars(e));
                case DistributionKindRole:
                    return static_cast<int>(e.kind);
                case Qt::ToolTipRole:
                    return distributionToolTip(e);
            }
            break;
        case Transform:
            if (e.type != ColumnType::Numeric || !e.usable) {
                if (role == Qt::ToolTipRole && e.usable)
                    return tr("Categories are compared label by label and are not transformed.");
                break;
            }
            switch (role) {
                case Qt::DisplayRole:
                case Qt::EditRole:
                    return e.log ? tr("Log") : tr("None");
                case Qt::CheckStateRole:
                    if (!e.logAllowed) break;
                    return e.log ? Qt::Checked : Qt::Unchecked;
                case LogAllowedRole:
                    return e.logAllowed;
                case LogSuggestedRole:
                    return e.logSuggested;
                case Qt::ToolTipRole: {
                    if (!e.logAllowed)
                        return tr("This column has values below zero, so a logarithm does not apply.");
                    QString text =
                        tr("Spend-like columns with a few very large values are squeezed with a "
                           "logarithm so the big spenders do not dominate.");
                    if (e.logSuggested)
                        text +=
                            QLatin1Char(' ') + tr("Suggested here: a few customers have much larger values "
                                                  "than most (skewness %1).")
                                                   .arg(QLocale().toString(e.skewness, 'f', 1));
                    return text;
                }
            }
            break;
        default:
            break;
    }
    return {};
}

bool FeatureListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return false;
    const Entry& e = m_entries[static_cast<std::size_t>(index.row())];
    if (index.column() == Name && role == Qt::CheckStateRole) {
        if (!e.usable) return false;
        return setChecked(e.name, value.toInt() == Qt::Checked);
    }
    if (index.column() == Transform && e.logAllowed) {
        if (role == Qt::CheckStateRole) return setLog(e.name, value.toInt() == Qt::Checked);
        if (role == Qt::EditRole) {
            if (value.typeId() == QMetaType::Bool) return setLog(e.name, value.toBool());
            const QString text = value.toString();
            if (text == tr("Log") || text.compare(QLatin1String("log"), Qt::CaseInsensitive) == 0)
                return setLog(e.name, true);
            if (text == tr("None") || text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
                return setLog(e.name, false);
        }
    }
    return false;
}

Qt::ItemFlags FeatureListModel::flags(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Entry& e = m_entries[static_cast<std::size_t>(index.row())];
    if (!e.usable) return Qt::ItemNeverHasChildren;  // shown, greyed, with the reason in the tooltip
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Name) f |= Qt::ItemIsUserCheckable;
    if (index.column() == Transform && e.logAllowed) f |= Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    return f;
}

QVariant FeatureListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= FieldCount) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
            case Name:
                return tr("Column");
            case Type:
                return tr("Type");
            case Missing:
                return tr("Missing");
            case Distribution:
                return tr("Spread");
            case Transform:
                return tr("Log");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case Name:
                return tr("Tick the columns that should decide which segment a customer belongs to.");
            case Type:
                return tr("What kind of values the column holds, which decides whether it can be used.");
            case Missing:
                return tr("The share of customers with no value in this column.");
            case Distribution:
                return tr(
                    "A small picture of how the values spread: for numbers, how many customers have "
                    "low to high values; for categories, the most common labels.");
            case Transform:
                return tr(
                    "Transform: tick to take the logarithm first. Spend-like columns with a few very "
                    "large values are squeezed with a logarithm so the big spenders do not dominate.");
        }
    }
    return {};
}

}  // namespace seg::ui
