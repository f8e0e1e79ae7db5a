// The "Segments" list beside the charts: one row per segment of a run with its size and share of all rows,
// then the DBSCAN outliers and the rows left out for missing values, each with the colour the charts use.
#pragma once

#include <QAbstractTableModel>
#include <QIcon>
#include <QStringList>
#include <cstddef>
#include <vector>

namespace seg::ui {

class SegmentListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, ShareColumn, ColumnCount };
    // Any column: the row's segment (int): 0..k-1, -1 outliers, -2 left out.
    static constexpr int SegmentRole = Qt::UserRole + 1;
    // The raw value for sorting: NameColumn the row's place in the list (segments by number, then outliers,
    // then left out), CountColumn the count (qulonglong), ShareColumn the fraction of all rows (0..1,
    // double).
    static constexpr int ValueRole = Qt::UserRole + 2;
    static constexpr int OutlierSegment = -1;
    static constexpr int LeftOutSegment = -2;
    // What segmentAt() returns for a row that is not in the list.
    static constexpr int NoSegment = -3;

    explicit SegmentListModel(QObject* parent = nullptr);

    // sizes[i]: customers in segment i; noise: DBSCAN outliers; leftOut: rows with missing values not
    // segmented. names[i] names segment i (an empty or missing entry gives "Segment i+1").
    void setSegments(std::vector<std::size_t> sizes, std::size_t noise, std::size_t leftOut,
                     QStringList names = {});
    // Renames the segments; emits dataChanged for the name column only.
    void setNames(const QStringList& names);
    // The segments' colours (the document's; a missing or invalid entry: the palette's); swatches are
    // redrawn.
    void setColors(const QList<QColor>& colors);
    void clear();

    [[nodiscard]] int segmentCount() const noexcept { return static_cast<int>(m_sizes.size()); }
    // SegmentRole of that row; NoSegment (-3) when the row is out of range.
    [[nodiscard]] int segmentAt(int row) const;
    // The row showing that segment (-1 outliers, -2 left out); -1 when it is not listed.
    [[nodiscard]] int rowOfSegment(int segment) const;
    // The shown name of a segment, outliers (-1) or left out (-2), listed or not; empty below -2.
    [[nodiscard]] QString segmentName(int segment) const;

    // A crisp rounded colour swatch: filled, or (hollow) an outline as for rows left out. Shared with
    // TableModel's Segment column so the list and the grid match. Needs a QGuiApplication.
    [[nodiscard]] static QIcon swatchIcon(const QColor& color, bool hollow = false);
    // The swatch of a segment in `colors` (-1 outliers' grey, -2 left out's outline).
    [[nodiscard]] static QIcon swatchIcon(int segment, const QList<QColor>& colors);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    // Segment names are editable (F2 or double click); an edit emits renameRequested.
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void renameRequested(int segment, const QString& name);

private:
    [[nodiscard]] std::size_t countAt(int segment) const;
    [[nodiscard]] const QIcon& icon(int segment) const;

    std::vector<std::size_t> m_sizes;
    std::size_t m_noise = 0;
    std::size_t m_leftOut = 0;
    std::size_t m_total = 0;  // every row of the table: the segments, the outliers and those left out
    QStringList m_names;
    QList<QColor> m_colors;
    // Swatches by segment + 2, made on first use: a view asks for them on every repaint.
    mutable std::vector<QIcon> m_icons;
};

}  // namespace seg::ui
