#include "data/ValueParsing.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace seg::data {

namespace {

bool isDigit(char c) noexcept {
    return c >= '0' && c <= '9';
}

char lower(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

// Reads 1..maxDigits digits at s[pos]; returns false if none.
bool readInt(std::string_view s, std::size_t& pos, int maxDigits, int& out, int* digits = nullptr) noexcept {
    int n = 0;
    int v = 0;
    while (pos < s.size() && n < maxDigits && isDigit(s[pos])) {
        v = v * 10 + (s[pos] - '0');
        ++pos;
        ++n;
    }
    if (digits) *digits = n;
    out = v;
    return n > 0;
}

bool validDay(std::int64_t y, int m, int d) noexcept {
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1) return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[static_cast<std::size_t>(m - 1)] + ((m == 2 && leap) ? 1 : 0);
}

}  // namespace

std::string_view trimmed(std::string_view s) noexcept {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t'))
        ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        --e;
    return s.substr(b, e - b);
}

bool isMissingToken(std::string_view s) noexcept {
    s = trimmed(s);
    switch (s.size()) {
        case 0:
            return true;
        case 1:
            return s[0] == '-';
        case 2:
            return equalsIgnoreCase(s, "na");
        case 3:
            return equalsIgnoreCase(s, "n/a") || equalsIgnoreCase(s, "nan");
        case 4:
            return equalsIgnoreCase(s, "null") || equalsIgnoreCase(s, "#n/a") || equalsIgnoreCase(s, "none");
        default:
            return false;
    }
}

std::optional<double> parseNumber(std::string_view s, NumberFormat format) noexcept {
    if (s.empty()) return std::nullopt;
    std::size_t i = 0;
    bool negative = false;
    if (s[0] == '+' || s[0] == '-') {
        negative = s[0] == '-';
        ++i;
    }
    if (i >= s.size()) return std::nullopt;
    // The common cell, [-]digits[.digits] with at most 15 digits and no grouping, is read in one loop here;
    // everything else (grouping, exponents, long mantissas, codes like "007") takes the general path below.
    {
        std::size_t k = i;
        std::uint64_t m = 0;
        std::size_t digits = 0;
        while (k < s.size() && isDigit(s[k]) && digits < 15)
            m = m * 10 + static_cast<std::uint64_t>(s[k++] - '0'), ++digits;
        const std::size_t intDigits = digits;
        if (intDigits > 0 && !(intDigits > 1 && s[i] == '0')) {
            std::size_t frac = 0;
            if (k < s.size() && s[k] == format.decimal) {
                ++k;
                while (k < s.size() && isDigit(s[k]) && digits < 15)
                    m = m * 10 + static_cast<std::uint64_t>(s[k++] - '0'), ++digits, ++frac;
            }
            if (k == s.size()) {
                static constexpr std::array<double, 16> kPow10{1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                               1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
                const double value = static_cast<double>(m) / kPow10[frac];  // Clinger's fast path, below
                return negative ? -value : value;
            }
        }
    }
    // Copy into a buffer in C form ("-1234.5e6"), checking the grammar as we go, and accumulate the digits:
    // long but plain mantissas take the exact path below and never reach from_chars. The buffer is left
    // uninitialised on purpose (zeroing it was a tenth of a CSV import).
    std::array<char, 128> buf;
    std::size_t n = 0;
    if (negative) buf[n++] = '-';
    if (s.size() - i >= buf.size() - 2) return std::nullopt;
    std::uint64_t mantissa = 0;
    bool mantissaExact = true;
    auto accumulate = [&](char c) {
        if (mantissa > (std::uint64_t{1} << 53) / 10) mantissaExact = false;
        else mantissa = mantissa * 10 + static_cast<std::uint64_t>(c - '0');
    };

    // Integer part, possibly grouped.
    std::size_t intDigits = 0;
    std::size_t groupDigits = 0;
    bool grouped = false;
    const char firstDigit = s[i];
    // Bytes of a UTF-8 grouping space at s[k] (accepted with the decimal comma): no-break space U+00A0 and
    // the narrow no-break space U+202F that French number formatting uses (CLDR fr "group" symbol).
    auto groupingSpace = [&](std::size_t k) -> std::size_t {
        if (format.decimal != ',') return 0;
        const auto c0 = static_cast<unsigned char>(s[k]);
        if (c0 == 0xC2 && k + 1 < s.size() && static_cast<unsigned char>(s[k + 1]) == 0xA0) return 2;
        if (c0 == 0xE2 && k + 2 < s.size() && static_cast<unsigned char>(s[k + 1]) == 0x80 &&
            static_cast<unsigned char>(s[k + 2]) == 0xAF)
            return 3;
        return 0;
    };
    while (i < s.size()) {
        const char c = s[i];
        if (isDigit(c)) {
            buf[n++] = c;
            accumulate(c);
            ++intDigits;
            ++groupDigits;
            ++i;
            continue;
        }
        if (intDigits == 0) break;
        std::size_t width = 0;
        if ((format.thousands && c == format.thousands) || (format.decimal == ',' && c == ' ')) width = 1;
        else width = groupingSpace(i);
        if (width == 0) break;
        if ((!grouped && groupDigits > 3) || (grouped && groupDigits != 3)) return std::nullopt;
        grouped = true;
        groupDigits = 0;
        i += width;
    }
    if (grouped && groupDigits != 3) return std::nullopt;
    if (intDigits > 1 && firstDigit == '0' && !grouped) return std::nullopt;  // "007": a code, not a number
    std::size_t fracDigits = 0;
    if (i < s.size() && s[i] == format.decimal) {
        buf[n++] = '.';
        ++i;
        while (i < s.size() && isDigit(s[i])) {
            accumulate(s[i]);
            buf[n++] = s[i++];
            ++fracDigits;
        }
    }
    if (intDigits == 0 && fracDigits == 0) return std::nullopt;
    bool exponent = false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        exponent = true;
        buf[n++] = 'e';
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) buf[n++] = s[i++];
        std::size_t expDigits = 0;
        while (i < s.size() && isDigit(s[i])) {
            buf[n++] = s[i++];
            ++expDigits;
        }
        if (expDigits == 0) return std::nullopt;
    }
    if (i != s.size()) return std::nullopt;
    // Clinger's fast path (W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990): a
    // mantissa below 2^53 and a power of ten up to 10^22 are both exact doubles, so one IEEE division is
    // correctly rounded, the same value from_chars returns.
    static constexpr std::array<double, 23> kPow10{1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (!exponent && mantissaExact && mantissa <= (std::uint64_t{1} << 53) && fracDigits < kPow10.size()) {
        const double value = static_cast<double>(mantissa) / kPow10[fracDigits];
        return negative ? -value : value;
    }
    double value = 0.0;
    const auto res = std::from_chars(buf.data(), buf.data() + n, value);
    if (res.ec != std::errc() || res.ptr != buf.data() + n) return std::nullopt;
    return value;
}

std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) noexcept {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) noexcept {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

std::optional<double> parseDate(std::string_view s, DateOrder order, bool* hasTime) noexcept {
    s = trimmed(s);
    if (s.size() < 8) return std::nullopt;
    std::size_t pos = 0;
    int a = 0, b = 0, c = 0, da = 0, db = 0, dc = 0;
    if (!readInt(s, pos, 4, a, &da)) return std::nullopt;
    if (pos >= s.size()) return std::nullopt;
    const char sep = s[pos];
    if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
    ++pos;
    if (!readInt(s, pos, 2, b, &db) || pos >= s.size() || s[pos] != sep) return std::nullopt;
    ++pos;
    if (!readInt(s, pos, 4, c, &dc)) return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (order == DateOrder::YMD) {
        if (da != 4 || dc > 2) return std::nullopt;
        y = a, m = b, d = c;
    } else {
        if (da > 2 || dc != 4) return std::nullopt;
        y = c;
        if (order == DateOrder::DMY)
            d = a, m = b;
        else
            m = a, d = b;
    }
    if (!validDay(y, m, d)) return std::nullopt;
    double days = static_cast<double>(daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)));
    bool timePresent = false;
    if (pos < s.size()) {
        if (s[pos] != ' ' && s[pos] != 'T') return std::nullopt;
        ++pos;
        while (pos < s.size() && s[pos] == ' ')
            ++pos;
        int hh = 0, mm = 0, ss = 0, dh = 0;
        if (!readInt(s, pos, 2, hh, &dh) || pos >= s.size() || s[pos] != ':') return std::nullopt;
        ++pos;
        int dm = 0;
        if (!readInt(s, pos, 2, mm, &dm) || dm != 2) return std::nullopt;
        double frac = 0.0;
        if (pos < s.size() && s[pos] == ':') {
            ++pos;
            int ds = 0;
            if (!readInt(s, pos, 2, ss, &ds) || ds != 2) return std::nullopt;
            if (pos < s.size() && s[pos] == '.') {
                ++pos;
                double scale = 0.1;
                bool any = false;
                while (pos < s.size() && isDigit(s[pos])) {
                    frac += scale * (s[pos] - '0');
                    scale /= 10;
                    ++pos;
                    any = true;
                }
                if (!any) return std::nullopt;
            }
        }
        while (pos < s.size() && s[pos] == ' ')
            ++pos;
        if (pos + 1 < s.size() + 1 && pos < s.size() &&
            (s[pos] == 'A' || s[pos] == 'a' || s[pos] == 'P' || s[pos] == 'p')) {
            if (pos + 1 >= s.size() || (s[pos + 1] != 'M' && s[pos + 1] != 'm')) return std::nullopt;
            if (hh < 1 || hh > 12) return std::nullopt;
            const bool pm = s[pos] == 'P' || s[pos] == 'p';
            if (hh == 12) hh = 0;
            if (pm) hh += 12;
            pos += 2;
        }
        if (pos < s.size() && s[pos] == 'Z') ++pos;
        if (pos != s.size()) return std::nullopt;
        if (hh > 23 || mm > 59 || ss > 60) return std::nullopt;
        days += (hh * 3600.0 + mm * 60.0 + ss + frac) / 86400.0;
        timePresent = true;
    }
    if (hasTime) *hasTime = timePresent;
    return days;
}

std::string formatDate(double days, bool withTime) {
    if (std::isnan(days)) return {};
    const double whole = std::floor(days);
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(static_cast<std::int64_t>(whole), y, m, d);
    char out[48];
    if (!withTime) {
        std::snprintf(out, sizeof out, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
        return out;
    }
    auto secs = static_cast<long long>(std::llround((days - whole) * 86400.0));
    if (secs >= 86400) secs = 86399;
    std::snprintf(out, sizeof out, "%04lld-%02u-%02u %02lld:%02lld:%02lld", static_cast<long long>(y), m, d,
                  secs / 3600, (secs / 60) % 60, secs % 60);
    return out;
}

std::string formatNumber(double value) {
    if (std::isnan(value)) return {};
    char out[64];
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 1e15) {
        const auto r = std::to_chars(out, out + sizeof out, static_cast<long long>(value));
        return std::string(out, r.ptr);
    }
    const auto r = std::to_chars(out, out + sizeof out, value);
    return std::string(out, r.ptr);
}

bool looksLikeIdName(std::string_view name) noexcept {
    name = trimmed(name);
    std::string lowerName;
    lowerName.reserve(name.size());
    for (char c : name)
        lowerName += lower(c);
    auto endsWithWord = [&](std::string_view word) {
        if (lowerName.size() < word.size()) return false;
        if (lowerName.compare(lowerName.size() - word.size(), word.size(), word) != 0) return false;
        if (lowerName.size() == word.size()) return true;
        const char before = lowerName[lowerName.size() - word.size() - 1];
        const char orig = name[name.size() - word.size()];
        // "CustomerID" (camel case: the word starts with a capital) or "cust_id" / "Customer Id"
        return before == '_' || before == ' ' || before == '-' || before == '.' ||
               (orig >= 'A' && orig <= 'Z');
    };
    return endsWithWord("id") || endsWithWord("key") || endsWithWord("no") || endsWithWord("number") ||
           endsWithWord("code") || endsWithWord("uuid") || lowerName == "#";
}

}  // namespace seg::data
