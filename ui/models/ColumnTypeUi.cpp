#include "models/ColumnTypeUi.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace seg::ui {

using seg::data::ColumnType;

QString columnTypeLabel(ColumnType type) {
    switch (type) {
        case ColumnType::Numeric:
            return QCoreApplication::translate("seg::ui::ColumnType", "Numeric");
        case ColumnType::Categorical:
            return QCoreApplication::translate("seg::ui::ColumnType", "Categorical");
        case ColumnType::Date:
            return QCoreApplication::translate("seg::ui::ColumnType", "Date");
        case ColumnType::Text:
            return QCoreApplication::translate("seg::ui::ColumnType", "Text");
        case ColumnType::Id:
            return QCoreApplication::translate("seg::ui::ColumnType", "Identifier");
    }
    return {};
}

QString columnTypeDescription(ColumnType type) {
    switch (type) {
        case ColumnType::Numeric:
            return QCoreApplication::translate(
                "seg::ui::ColumnType", "Numbers you can compare and average, like age or yearly spend.");
        case ColumnType::Categorical:
            return QCoreApplication::translate("seg::ui::ColumnType",
                                               "A few repeating labels, like gender, region or plan.");
        case ColumnType::Date:
            return QCoreApplication::translate("seg::ui::ColumnType",
                                               "Calendar dates, like a sign-up or last-purchase date.");
        case ColumnType::Text:
            return QCoreApplication::translate("seg::ui::ColumnType",
                                               "Free text or labels that rarely repeat, like comments. "
                                               "Not used to find segments.");
        case ColumnType::Id:
            return QCoreApplication::translate("seg::ui::ColumnType",
                                               "A code unique to each row, like a customer number. "
                                               "Kept with the results but not used to find segments.");
    }
    return {};
}

QIcon columnTypeIcon(ColumnType type) {
    // Drawn rather than shipped as files so the badges follow the font and stay crisp at any scale; cached
    // because header views ask for decorations on every repaint.
    static QHash<int, QIcon> cache;
    const auto key = static_cast<int>(type);
    if (auto it = cache.constFind(key); it != cache.constEnd()) return *it;

    struct Look {
        const char* glyph;
        QColor colour;
    };
    Look look{"#", QColor(0x2b, 0x6c, 0xb0)};
    switch (type) {
        case ColumnType::Numeric:
            look = {"#", QColor(0x2b, 0x6c, 0xb0)};
            break;
        case ColumnType::Categorical:
            look = {"A", QColor(0x2f, 0x85, 0x5a)};
            break;
        case ColumnType::Date:
            look = {"D", QColor(0xb7, 0x79, 0x1f)};
            break;
        case ColumnType::Text:
            look = {"T", QColor(0x71, 0x80, 0x96)};
            break;
        case ColumnType::Id:
            look = {"ID", QColor(0x80, 0x5a, 0xd5)};
            break;
    }
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(look.colour);
        const qreal inset = size / 16.0;
        painter.drawRoundedRect(QRectF(inset, inset, size - 2 * inset, size - 2 * inset), size / 5.0,
                                size / 5.0);
        QFont font;
        font.setBold(true);
        font.setPixelSize(qRound(size * (qstrlen(look.glyph) > 1 ? 0.45 : 0.62)));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QString::fromLatin1(look.glyph));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

}  // namespace seg::ui
