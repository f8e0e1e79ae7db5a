#include "data/xlsx/DateFormats.h"

namespace seg::data::xlsx {

DateKind builtinDateKind(int id) noexcept {
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58) || (id >= 71 && id <= 76))
        return DateKind::Date;
    if ((id >= 18 && id <= 22) || id == 32 || id == 33 || (id >= 45 && id <= 47) || (id >= 77 && id <= 81))
        return DateKind::DateTime;
    return DateKind::None;
}

DateKind classifyFormatCode(std::string_view code) noexcept {
    bool date = false;
    bool time = false;
    bool digits = false;
    bool afterSeconds = false;  // "ss." : the 0s that follow are fractions of a second
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        switch (c) {
            case ';':
                i = code.size();
                continue;  // only the first (positive numbers) section
            case '"': {
                const auto close = code.find('"', i + 1);
                i = close == std::string_view::npos ? code.size() : close;
                continue;
            }
            case '\\':
            case '_':
            case '*':
                ++i;
                continue;
            case '[': {
                const auto close = code.find(']', i + 1);
                const std::string_view inside =
                    code.substr(i + 1, (close == std::string_view::npos ? code.size() : close) - i - 1);
                // [h], [mm], [ss]: elapsed time, a duration and not a point in time.
                if (!inside.empty() && (inside[0] == 'h' || inside[0] == 'H' || inside[0] == 'm' ||
                                        inside[0] == 'M' || inside[0] == 's' || inside[0] == 'S'))
                    return DateKind::None;
                i = close == std::string_view::npos ? code.size() : close;
                continue;
            }
            default:
                break;
        }
        if ((c | 0x20) == 'g' && code.size() - i >= 7) {
            // "General" is the default format, not an era token followed by an elapsed-day one.
            std::string_view word = code.substr(i, 7);
            bool general = true;
            for (std::size_t k = 0; k < 7; ++k)
                general = general && (word[k] | 0x20) == "general"[k];
            if (general) {
                i += 6;
                continue;
            }
        }
        switch (c | 0x20) {
            case 'y':
            case 'd':
            case 'e':
            case 'g':
                date = true;
                afterSeconds = false;
                break;
            case 'm':
                date = true;
                afterSeconds = false;
                break;
            case 'h':
                time = true;
                afterSeconds = false;
                break;
            case 's':
                time = true;
                afterSeconds = true;
                break;
            case 'a':
                // AM/PM and A/P markers go with hours; skip them so their 'm' and 'p' are not tokens.
                if (code.substr(i, 5) == "AM/PM" || code.substr(i, 5) == "am/pm")
                    i += 4;
                else if (code.substr(i, 3) == "A/P" || code.substr(i, 3) == "a/p")
                    i += 2;
                break;
            default:
                if (c == '0' && afterSeconds) break;
                if (c == '.' && afterSeconds) break;
                if (c == '0' || c == '#' || c == '?') digits = true;
                break;
        }
    }
    if (digits || (!date && !time)) return DateKind::None;
    return time ? DateKind::DateTime : DateKind::Date;
}

double serialToDays(double serial, bool date1904) noexcept {
    // 1904-01-01 and 1899-12-30 are 24107 and 25569 days before 1970-01-01. Below serial 60 Excel's 1900
    // serials run one day ahead of the real calendar; 60 itself then lands on 1900-02-28.
    if (date1904) return serial - 24107.0;
    return serial < 60.0 ? serial - 25568.0 : serial - 25569.0;
}

}  // namespace seg::data::xlsx
