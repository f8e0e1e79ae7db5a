// Where the bundled sample spreadsheet lives: next to an installed program, in a build tree, or wherever
// $SEGMENTLAB_SAMPLE_DIR points (packagers, tests).
#pragma once

#include <QString>
#include <QStringList>

namespace seg::ui {

// The folders searched, in order.
[[nodiscard]] QStringList sampleSearchDirs();
// The first existing customers.csv in those folders, or an empty string.
[[nodiscard]] QString findSampleFile();

}  // namespace seg::ui
