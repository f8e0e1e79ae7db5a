// The import options last chosen for each kind of file, remembered in QSettings so that a user whose exports
// always use semicolons picks them once. The sheet is per file and never remembered.
#pragma once

#include "data/Import.h"

namespace seg::ui {

[[nodiscard]] seg::data::ImportOptions loadImportOptions();
void saveImportOptions(seg::data::FileFormat format, const seg::data::ImportOptions& options);

}  // namespace seg::ui
