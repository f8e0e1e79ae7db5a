// How a column type is shown to people: a translated name, a one-line plain-words explanation and a small
// coloured badge, shared by the data table header, the column summary and the import dialog.
#pragma once

#include <QIcon>
#include <QString>

#include "data/Table.h"

namespace seg::ui {

inline constexpr seg::data::ColumnType kAllColumnTypes[] = {
    seg::data::ColumnType::Numeric, seg::data::ColumnType::Categorical, seg::data::ColumnType::Date,
    seg::data::ColumnType::Text, seg::data::ColumnType::Id};

[[nodiscard]] QString columnTypeLabel(seg::data::ColumnType type);        // "Numeric", "Identifier", ...
[[nodiscard]] QString columnTypeDescription(seg::data::ColumnType type);  // what it means for the analysis
[[nodiscard]] QIcon columnTypeIcon(seg::data::ColumnType type);

}  // namespace seg::ui
