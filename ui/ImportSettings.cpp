#include "ImportSettings.h"

#include <QSettings>

namespace seg::ui {

using seg::data::DecimalMark;
using seg::data::Encoding;

namespace {

template <typename Enum>
Enum readEnum(const QSettings& settings, const QString& key, Enum fallback, Enum last) {
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    // A settings file from another version may hold anything: only known values are trusted.
    if (!ok || value < 0 || value > static_cast<int>(last)) return fallback;
    return static_cast<Enum>(value);
}

}  // namespace

seg::data::ImportOptions loadImportOptions() {
    const QSettings settings;
    seg::data::ImportOptions options;
    const int delimiter = settings.value(QStringLiteral("import/csv/delimiter"), 0).toInt();
    if (delimiter == ',' || delimiter == ';' || delimiter == '\t' || delimiter == '|')
        options.csv.delimiter = static_cast<char>(delimiter);
    options.csv.encoding =
        readEnum(settings, QStringLiteral("import/csv/encoding"), Encoding::Auto, Encoding::Latin1);
    options.csv.decimal =
        readEnum(settings, QStringLiteral("import/csv/decimal"), DecimalMark::Auto, DecimalMark::Comma);
    options.csv.headerRow = qMax(-1, settings.value(QStringLiteral("import/csv/headerRow"), -1).toInt());
    options.xlsx.headerRow = qMax(-1, settings.value(QStringLiteral("import/xlsx/headerRow"), -1).toInt());
    return options;
}

void saveImportOptions(seg::data::FileFormat format, const seg::data::ImportOptions& options) {
    QSettings settings;
    if (format == seg::data::FileFormat::Csv) {
        settings.setValue(QStringLiteral("import/csv/delimiter"), static_cast<int>(options.csv.delimiter));
        settings.setValue(QStringLiteral("import/csv/encoding"), static_cast<int>(options.csv.encoding));
        settings.setValue(QStringLiteral("import/csv/decimal"), static_cast<int>(options.csv.decimal));
        settings.setValue(QStringLiteral("import/csv/headerRow"), options.csv.headerRow);
    } else {
        settings.setValue(QStringLiteral("import/xlsx/headerRow"), options.xlsx.headerRow);
    }
}

}  // namespace seg::ui
