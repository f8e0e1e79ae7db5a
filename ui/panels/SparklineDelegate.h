// Draws FeatureListModel's distribution cell as a small bar chart: a histogram whose bars touch for numbers,
// separate bars for the most common labels of a category.
#pragma once

#include <QStyledItemDelegate>

namespace seg::ui {

class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit SparklineDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace seg::ui
