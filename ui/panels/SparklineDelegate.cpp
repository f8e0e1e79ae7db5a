#include "panels/SparklineDelegate.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

#include "models/FeatureListModel.h"

namespace seg::ui {

SparklineDelegate::SparklineDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    // The cell background and selection first, as for any item, without text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto bars = index.data(FeatureListModel::BarsRole).value<QList<double>>();
    if (bars.isEmpty()) return;
    const auto kind = static_cast<FeatureListModel::DistributionKind>(
        index.data(FeatureListModel::DistributionKindRole).toInt());
    const bool enabled =
        (option.state & QStyle::State_Enabled) && index.data(FeatureListModel::UsableRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;

    QColor colour = selected ? option.palette.color(QPalette::HighlightedText)
                             : option.palette.color(QPalette::Active, QPalette::Highlight);
    if (!enabled) colour = option.palette.color(QPalette::Disabled, QPalette::Text);
    // Numbers and categories in two tones, so a glance tells a histogram from label shares.
    if (enabled && !selected && kind == FeatureListModel::DistributionKind::Categories)
        colour = QColor(0x2f, 0x85, 0x5a);

    const QRectF area = QRectF(option.rect).adjusted(3, 3, -3, -3);
    if (area.width() < 4 || area.height() < 4) return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    const auto n = static_cast<double>(bars.size());
    const bool histogram = kind == FeatureListModel::DistributionKind::Histogram;
    // Categories get a fixed bar width (as many bars as kMaxCategoryBars would fill) so two labels do not
    // stretch into blocks; a histogram fills the cell.
    const double slot = histogram ? area.width() / n : area.width() / FeatureListModel::kMaxCategoryBars;
    const double gap = histogram ? (slot >= 3.0 ? 0.5 : 0.0) : std::max(1.0, slot * 0.25);
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const double v = std::clamp(bars[i], 0.0, 1.0);
        if (v <= 0.0) continue;
        // At least one pixel, so a bin with a handful of big spenders is still seen next to a tall one.
        const double h = std::max(1.0, v * area.height());
        painter->drawRect(
            QRectF(area.left() + static_cast<double>(i) * slot, area.bottom() - h, slot - gap, h));
    }
    // A baseline keeps empty bins readable as "none here" rather than as a gap in the picture.
    QColor base = colour;
    base.setAlphaF(0.35f);
    painter->setBrush(base);
    painter->drawRect(QRectF(area.left(), area.bottom(), histogram ? area.width() : slot * n - gap, 1.0));
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(base.width(), 64), std::max(base.height(), option.fontMetrics.height() + 6)};
}

}  // namespace seg::ui
