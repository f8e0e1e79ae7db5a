// Loads SegmentLab's translations (embedded under :/i18n by qt_add_translations) and Qt's own for the
// system locale, so the GUI, the CLI and the core's error texts speak the user's language.
#pragma once

class QCoreApplication;

namespace seg {

// Installs the translators on the application; safe to call once at start-up. Returns whether
// SegmentLab's own translation for the locale was found (English needs none).
bool installTranslations(QCoreApplication& app);

}  // namespace seg
