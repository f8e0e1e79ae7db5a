// The segment profile as a table beside the heatmap: one row per column of the spreadsheet (those used to
// form the segments and those that were not, most telling first), the overall value and each segment's, and
// how strongly the column separates the segments. Numbers show the mean (tooltip: median, difference in
// standard deviations, index); categories the most common label and its share.
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <memory>

#include "profile/SegmentProfile.h"

namespace seg::ui {

class ProfileTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Qt::UserRole: the cell as a number for sorting (mean, top share or effect size).
    static constexpr int ValueRole = Qt::UserRole;

    explicit ProfileTableModel(QObject* parent = nullptr);

    void setProfile(std::shared_ptr<const seg::profile::SegmentProfile> profile, QStringList names);
    void setNames(const QStringList& names);
    void clear();
    [[nodiscard]] const std::shared_ptr<const seg::profile::SegmentProfile>& profile() const noexcept {
        return m_profile;
    }
    // Columns: feature, overall, one per segment, then the effect size.
    [[nodiscard]] int segmentColumn(int segment) const noexcept { return 2 + segment; }
    [[nodiscard]] int effectColumn() const noexcept;
    // The profile feature shown in a row.
    [[nodiscard]] const seg::profile::FeatureProfile* featureAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant cellData(const seg::profile::FeatureProfile& f, int segment, int role) const;

    std::shared_ptr<const seg::profile::SegmentProfile> m_profile;
    QStringList m_names;
};

}  // namespace seg::ui
