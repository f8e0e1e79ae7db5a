// Turning cell text into values: missing-value tokens, numbers in the common locales, and calendar dates.
// The rules here are the documented type-inference rules (see README "How column types are inferred").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace seg::data {

// How numbers are written in a file. thousands == 0 means no grouping separator is accepted.
struct NumberFormat {
    char decimal = '.';
    char thousands = ',';
    static NumberFormat dot() { return {'.', ','}; }
    static NumberFormat comma() { return {',', '.'}; }
};

// Strips ASCII spaces and tabs at both ends.
[[nodiscard]] std::string_view trimmed(std::string_view s) noexcept;

// "", "NA", "N/A", "null", "-", "NaN", "#N/A", "None" (case-insensitive, after trimming) mean missing.
[[nodiscard]] bool isMissingToken(std::string_view s) noexcept;

// Parses a whole trimmed field as a number, or returns nullopt. Accepts a sign, digits grouped by the
// thousands separator in threes (also a space, no-break space or narrow no-break space when the decimal mark
// is a comma), a decimal part and an exponent. Rejects codes with a leading zero ("007", "01234":
// identifiers, postcodes), "inf" and "nan" words, and anything with other characters.
[[nodiscard]] std::optional<double> parseNumber(std::string_view s, NumberFormat format = {}) noexcept;

// Field order of a date written with numbers only.
enum class DateOrder { YMD, DMY, MDY };

// Parses "2024-01-31", "31/01/2024", "01/31/2024", "31.01.2024", "31-01-2024" (by order; 4-digit years),
// optionally followed by " HH:MM[:SS[.fff]]" (or "T..."), an AM/PM marker and "Z". Returns days since
// 1970-01-01, with the time of day as the fraction; *hasTime says whether a time part was present.
[[nodiscard]] std::optional<double> parseDate(std::string_view s, DateOrder order,
                                              bool* hasTime = nullptr) noexcept;

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil), and back.
[[nodiscard]] std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) noexcept;
void civilFromDays(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) noexcept;

// "2024-01-31" or "2024-01-31 08:26:00".
[[nodiscard]] std::string formatDate(double days, bool withTime);
// The shortest text that reads back as the same double; integers without a decimal point.
[[nodiscard]] std::string formatNumber(double value);

// Whether a column name reads like an identifier: "ID", "CustomerID", "CUST_ID", "Customer Id", "client_no",
// "Member Number", "key".
[[nodiscard]] bool looksLikeIdName(std::string_view name) noexcept;

}  // namespace seg::data
