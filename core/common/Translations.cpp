#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace seg {

bool installTranslations(QCoreApplication& app) {
    const QLocale locale;
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("segmentlab"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    // No translation for this locale (or the C locale of scripts and CI): English, whose file holds the plural
    // forms of messages such as "%n value(s)".
    if (own->load(QStringLiteral("segmentlab_en"), QStringLiteral(":/i18n"))) QCoreApplication::installTranslator(own);
    return false;
}

}  // namespace seg
