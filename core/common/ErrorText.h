// Translated, one-sentence messages for seg::Error and seg::Warning codes, shared by the GUI and the CLI.
// Every sentence names the problem and where (file, line, column, sheet), and says what to do where that
// helps.
#pragma once

#include <QString>

#include "common/Error.h"
#include "common/Warning.h"

namespace seg {

[[nodiscard]] QString errorText(const Error& error);
[[nodiscard]] QString warningText(const Warning& warning);

}  // namespace seg
