#include "models/SegmentListModel.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <algorithm>
#include <numeric>

#include "ChartStyle.h"
#include "Share.h"

namespace seg::ui {

namespace {

Qt::Alignment alignmentFor(int column) {
    if (column == SegmentListModel::NameColumn) return Qt::AlignLeft | Qt::AlignVCenter;
    return Qt::AlignRight | Qt::AlignVCenter;
}

}  // namespace

QIcon SegmentListModel::swatchIcon(int segment, const QList<QColor>& colors) {
    seg::chart::SegmentLook look;
    look.colors = colors;
    return swatchIcon(look.color(segment), segment <= LeftOutSegment);
}

QIcon SegmentListModel::swatchIcon(const QColor& color, bool hollow) {
    QIcon icon;
    // One pixmap per common size, so the icon engine never scales a swatch and its edges stay sharp at any
    // device pixel ratio.
    for (const int size : {12, 16, 20, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal margin = size / 8.0;
        const qreal radius = size / 6.0;
        if (hollow) {
            const qreal pen = std::max(1.0, size / 10.0);
            painter.setPen(QPen(color, pen));
            painter.setBrush(Qt::NoBrush);
            const qreal inset = margin + pen / 2;
            painter.drawRoundedRect(QRectF(inset, inset, size - 2 * inset, size - 2 * inset), radius, radius);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin), radius,
                                    radius);
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

SegmentListModel::SegmentListModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentListModel::setSegments(std::vector<std::size_t> sizes, std::size_t noise, std::size_t leftOut,
                                   QStringList names) {
    beginResetModel();
    m_sizes = std::move(sizes);
    m_noise = noise;
    m_leftOut = leftOut;
    m_names = std::move(names);
    m_total = std::accumulate(m_sizes.begin(), m_sizes.end(), m_noise + m_leftOut);
    endResetModel();
}

void SegmentListModel::setNames(const QStringList& names) {
    m_names = names;
    if (m_sizes.empty()) return;
    // Outliers and left out keep their fixed names, so only the segment rows change.
    emit dataChanged(index(0, NameColumn), index(segmentCount() - 1, NameColumn), {Qt::DisplayRole});
}

void SegmentListModel::setColors(const QList<QColor>& colors) {
    m_colors = colors;
    m_icons.clear();
    if (rowCount() == 0) return;
    emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::DecorationRole});
}

Qt::ItemFlags SegmentListModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return QAbstractTableModel::flags(index);
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemNeverHasChildren;
    if (index.isValid() && index.column() == NameColumn && segmentAt(index.row()) >= 0)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SegmentListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.column() != NameColumn) return false;
    const int segment = segmentAt(index.row());
    if (segment < 0) return false;
    // The owner renames (with undo) and calls setNames; the model itself does not change here.
    emit renameRequested(segment, value.toString().trimmed());
    return true;
}

void SegmentListModel::clear() {
    beginResetModel();
    m_sizes.clear();
    m_noise = 0;
    m_leftOut = 0;
    m_total = 0;
    m_names.clear();
    endResetModel();
}

int SegmentListModel::segmentAt(int row) const {
    if (row < 0) return NoSegment;
    if (row < segmentCount()) return row;
    int extra = row - segmentCount();
    if (m_noise > 0) {
        if (extra == 0) return OutlierSegment;
        --extra;
    }
    if (m_leftOut > 0 && extra == 0) return LeftOutSegment;
    return NoSegment;
}

int SegmentListModel::rowOfSegment(int segment) const {
    if (segment >= 0) return segment < segmentCount() ? segment : -1;
    if (segment == OutlierSegment) return m_noise > 0 ? segmentCount() : -1;
    if (segment == LeftOutSegment) return m_leftOut > 0 ? segmentCount() + (m_noise > 0 ? 1 : 0) : -1;
    return -1;
}

QString SegmentListModel::segmentName(int segment) const {
    if (segment == OutlierSegment) return tr("Outliers");
    if (segment == LeftOutSegment) return tr("Left out (missing values)");
    if (segment < 0) return {};
    if (segment < m_names.size() && !m_names.at(segment).isEmpty()) return m_names.at(segment);
    return tr("Segment %1").arg(segment + 1);
}

std::size_t SegmentListModel::countAt(int segment) const {
    if (segment == OutlierSegment) return m_noise;
    if (segment == LeftOutSegment) return m_leftOut;
    return m_sizes[static_cast<std::size_t>(segment)];
}

const QIcon& SegmentListModel::icon(int segment) const {
    const auto slot = static_cast<std::size_t>(segment - LeftOutSegment);
    if (m_icons.size() <= slot) m_icons.resize(slot + 1);
    if (m_icons[slot].isNull()) m_icons[slot] = swatchIcon(segment, m_colors);
    return m_icons[slot];
}

int SegmentListModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid()) return 0;
    return segmentCount() + (m_noise > 0 ? 1 : 0) + (m_leftOut > 0 ? 1 : 0);
}

int SegmentListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const int segment = segmentAt(index.row());
    const int column = index.column();
    const std::size_t count = countAt(segment);
    const std::size_t all = m_total;
    const double fraction = all > 0 ? static_cast<double>(count) / static_cast<double>(all) : 0.0;
    switch (role) {
        case Qt::EditRole:
            return column == NameColumn ? QVariant(segmentName(segment)) : QVariant();
        case Qt::DisplayRole:
            switch (column) {
                case NameColumn:
                    return segmentName(segment);
                case CountColumn:
                    return QLocale().toString(static_cast<qulonglong>(count));
                case ShareColumn: {
                    // The one share rule (charts/Share.h): of all customers, "<0.1%" when tiny.
                    return seg::chart::shareText(count, all);
                }
                default:
                    return {};
            }
        case ValueRole:
            switch (column) {
                case NameColumn:
                    return index.row();
                case CountColumn:
                    return static_cast<qulonglong>(count);
                case ShareColumn:
                    return fraction;
                default:
                    return {};
            }
        case SegmentRole:
            return segment;
        case Qt::DecorationRole:
            if (column == NameColumn) return icon(segment);
            return {};
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(alignmentFor(column));
        case Qt::ToolTipRole:
            if (column != NameColumn) return {};
            if (segment == OutlierSegment)
                return tr(
                    "Customers DBSCAN found in no dense group: unusual customers worth a look on their own.");
            if (segment == LeftOutSegment)
                return tr(
                    "Customers with a missing value in a chosen feature. They were left out of the run, "
                    "so they belong to no segment.");
            return {};
        default:
            return {};
    }
}

QVariant SegmentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) return {};
    switch (role) {
        case Qt::DisplayRole:
            switch (section) {
                case NameColumn:
                    return tr("Segment");
                case CountColumn:
                    return tr("Customers");
                case ShareColumn:
                    return tr("Share of all");
                default:
                    return {};
            }
        case Qt::ToolTipRole:
            switch (section) {
                case NameColumn:
                    return tr(
                        "Groups of similar customers found by the last run. Outliers and customers left "
                        "out are listed after the segments.");
                case CountColumn:
                    return tr("How many customers (spreadsheet rows) are in the group.");
                case ShareColumn:
                    return tr(
                        "The group's part of all rows in the spreadsheet, counting outliers and customers "
                        "left out too.");
                default:
                    return {};
            }
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(alignmentFor(section));
        default:
            return {};
    }
}

}  // namespace seg::ui
