#include "models/ProfileTableModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <cmath>

#include "Axis.h"
#include "models/SegmentListModel.h"
#include "profile/Describe.h"

namespace seg::ui {

using seg::profile::FeatureKind;
using seg::profile::FeatureProfile;

namespace {

QString percent(double share) {
    return ProfileTableModel::tr("%1%").arg(QLocale().toString(100.0 * share, 'f', share < 0.1 ? 1 : 0));
}

// The most common label among `shares` (index into levels), or -1 when there is none.
int topLevel(const std::vector<double>& shares) {
    int best = -1;
    for (std::size_t i = 0; i < shares.size(); ++i)
        if (shares[i] > 0.0 && (best < 0 || shares[i] > shares[std::size_t(best)])) best = int(i);
    return best;
}

// Above the average in orange, below in blue, as the heatmap; faint, so the text stays easy to read.
QColor tint(double difference) {
    if (!std::isfinite(difference) || std::fabs(difference) < 0.25) return {};
    const double strength = std::min(1.0, std::fabs(difference) / 2.0);
    const QColor base = difference > 0 ? QColor(0xE6, 0x9F, 0x00) : QColor(0x00, 0x72, 0xB2);
    QColor c = base;
    c.setAlphaF(0.10 + 0.25 * strength);
    return c;
}

}  // namespace

ProfileTableModel::ProfileTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProfileTableModel::setProfile(std::shared_ptr<const seg::profile::SegmentProfile> profile,
                                   QStringList names) {
    beginResetModel();
    m_profile = std::move(profile);
    m_names = std::move(names);
    endResetModel();
}

void ProfileTableModel::setNames(const QStringList& names) {
    m_names = names;
    if (m_profile && m_profile->k > 0)
        emit headerDataChanged(Qt::Horizontal, segmentColumn(0), segmentColumn(m_profile->k - 1));
}

void ProfileTableModel::clear() {
    setProfile(nullptr, {});
}

int ProfileTableModel::effectColumn() const noexcept {
    return m_profile ? 2 + m_profile->k : 2;
}

const FeatureProfile* ProfileTableModel::featureAt(int row) const {
    if (!m_profile || row < 0 || std::size_t(row) >= m_profile->ranking.size()) return nullptr;
    return &m_profile->features[m_profile->ranking[std::size_t(row)]];
}

int ProfileTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_profile ? 0 : int(m_profile->ranking.size());
}

int ProfileTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_profile ? 0 : 3 + m_profile->k;
}

QVariant ProfileTableModel::cellData(const FeatureProfile& f, int segment, int role) const {
    const QLocale locale;
    if (f.kind == FeatureKind::Numeric) {
        const auto& s = segment < 0 ? f.numeric.overall : f.numeric.segments[std::size_t(segment)];
        if (s.count == 0) return role == Qt::DisplayRole ? QVariant(QStringLiteral("\u2014")) : QVariant();
        switch (role) {
            case Qt::DisplayRole:
                return seg::chart::compactNumber(s.mean, locale);
            case ValueRole:
                return s.mean;
            case Qt::BackgroundRole: {
                // An invalid QColor would paint black: no tint is no value.
                const QColor c = segment < 0 ? QColor() : tint(s.difference);
                return c.isValid() ? QVariant(c) : QVariant();
            }
            case Qt::ToolTipRole: {
                QString text = tr("Average %1, median %2")
                                   .arg(locale.toString(s.mean, 'g', 4), locale.toString(s.median, 'g', 4));
                if (segment >= 0) {
                    text += QLatin1Char('\n') + tr("%1 standard deviations from the average customer")
                                                    .arg(locale.toString(s.difference, 'f', 2));
                    if (std::isfinite(s.index))
                        text += QLatin1Char('\n') +
                                tr("Index %1 (100 = average)").arg(locale.toString(s.index, 'f', 0));
                }
                if (s.missing > 0)
                    text += QLatin1Char('\n') + tr("%n customer(s) without a value", nullptr, int(s.missing));
                return text;
            }
            default:
                return {};
        }
    }
    const auto& c = f.categorical;
    const auto& counts = segment < 0 ? c.overall : c.segments[std::size_t(segment)];
    const int top = topLevel(counts.shares);
    if (top < 0) return role == Qt::DisplayRole ? QVariant(QStringLiteral("\u2014")) : QVariant();
    const QString level = QString::fromStdString(c.levels[std::size_t(top)]);
    switch (role) {
        case Qt::DisplayRole:
            return tr("%1 %2").arg(level, percent(counts.shares[std::size_t(top)]));
        case ValueRole:
            return counts.shares[std::size_t(top)];
        case Qt::ToolTipRole: {
            QStringList lines;
            for (std::size_t i = 0; i < c.levels.size() && lines.size() < 10; ++i)
                if (counts.shares[i] > 0.0)
                    lines << tr("%1: %2").arg(QString::fromStdString(c.levels[i]), percent(counts.shares[i]));
            return lines.join(QLatin1Char('\n'));
        }
        default:
            return {};
    }
}

QVariant ProfileTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const FeatureProfile* f = featureAt(index.row());
    if (!f) return {};
    const int column = index.column();
    if (column == 0) {
        switch (role) {
            case Qt::DisplayRole:
                return seg::profile::humaniseColumnName(f->name);
            case Qt::ToolTipRole:
                return f->usedForClustering
                           ? tr("%1: used to form the segments.").arg(QString::fromStdString(f->name))
                           : tr("%1: not used to form the segments, shown to compare them.")
                                 .arg(QString::fromStdString(f->name));
            case Qt::FontRole: {
                if (f->usedForClustering) return {};
                QFont font;
                font.setItalic(true);
                return font;
            }
            case ValueRole:
                return QString::fromStdString(f->name);
            default:
                return {};
        }
    }
    if (column == effectColumn()) {
        const double effect = f->effectSize;
        switch (role) {
            case Qt::DisplayRole:
                return QLocale().toString(effect, 'f', 2);
            case ValueRole:
                return effect;
            case Qt::TextAlignmentRole:
                return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
            case Qt::ToolTipRole:
                return f->kind == FeatureKind::Numeric
                           ? tr("Share of the differences between customers explained by their segment "
                                "(eta squared): 0 none, 1 all.")
                           : tr("How strongly the segment and this label go together (Cramér's V): 0 not at "
                                "all, 1 completely.");
            default:
                return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(
            (f->kind == FeatureKind::Numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    return cellData(*f, column == 1 ? -1 : column - 2, role);
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || !m_profile || section < 0 || section >= columnCount()) return {};
    const int segment = section - 2;
    if (section == 0) {
        if (role == Qt::DisplayRole) return tr("Column");
        if (role == Qt::ToolTipRole)
            return tr(
                "Every number and category column, the most telling first; those not used to form the "
                "segments are in italics.");
    } else if (section == 1) {
        if (role == Qt::DisplayRole) return tr("All customers");
        if (role == Qt::ToolTipRole)
            return tr("The average (numbers) or most common label (categories) overall.");
    } else if (section == effectColumn()) {
        if (role == Qt::DisplayRole) return tr("Separates");
        if (role == Qt::ToolTipRole)
            return tr("How strongly this column separates the segments, from 0 to 1.");
    } else {
        if (role == Qt::DisplayRole)
            return segment < m_names.size() && !m_names[segment].isEmpty()
                       ? m_names[segment]
                       : tr("Segment %1").arg(segment + 1);
        if (role == Qt::DecorationRole) return SegmentListModel::swatchIcon(segment);
        if (role == Qt::ToolTipRole && std::size_t(segment) < m_profile->segments.size())
            return tr("%n customer(s)", nullptr, int(m_profile->segments[std::size_t(segment)].size));
    }
    return {};
}

}  // namespace seg::ui
