#include "Share.h"

#include <QCoreApplication>
#include <QLocale>

namespace seg::chart {

double shareOfAll(std::size_t count, std::size_t total) {
    return total > 0 ? double(count) / double(total) : 0.0;
}

QString shareText(std::size_t count, std::size_t total) {
    const QLocale locale;
    if (count == 0 || total == 0)
        return QCoreApplication::translate("seg::chart::Share", "%1%").arg(locale.toString(0.0, 'f', 1));
    if (count >= total)
        return QCoreApplication::translate("seg::chart::Share", "%1%").arg(locale.toString(100.0, 'f', 1));
    const double percent = 100.0 * shareOfAll(count, total);
    if (percent < 0.05)
        return QCoreApplication::translate("seg::chart::Share", "<%1%").arg(locale.toString(0.1, 'f', 1));
    // Never "100.0%" for a part: 99.96% reads "99.9%".
    const double shown = std::min(percent, 99.9);
    return QCoreApplication::translate("seg::chart::Share", "%1%").arg(locale.toString(shown, 'f', 1));
}

QString shareOfAllText(std::size_t count, std::size_t total) {
    return QCoreApplication::translate("seg::chart::Share", "%1 of all customers")
        .arg(shareText(count, total));
}

}  // namespace seg::chart
