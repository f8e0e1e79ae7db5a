// Which number formats make a cell a date (ECMA-376 Part 1, 18.8.30 numFmt and 18.8.31 numFmts) and how date
// serials become days since 1970-01-01 in the 1900 and 1904 date systems (18.17.4 "Dates and Times").
#pragma once

#include <cstdint>
#include <string_view>

namespace seg::data::xlsx {

enum class DateKind : std::uint8_t { None, Date, DateTime };

// The built-in formats (18.8.30): 14-17 and 27-31, 34-36, 50-58 (East Asian) and 71-76 (Thai) are dates;
// 18-22, 32-33, 45-47 and 77-81 carry times.
[[nodiscard]] DateKind builtinDateKind(int numFmtId) noexcept;

// A custom format code is a date when its first section has date or time tokens (y m d h s, e and g for
// eras) outside quoted text, [brackets], backslash escapes and the _x / *x spacing and fill codes, and no
// digit placeholders (0 # ?) except fractional seconds ("ss.0"). Elapsed durations ("[h]:mm") are numbers,
// and so is "General" (whose letters would otherwise pass for era tokens).
[[nodiscard]] DateKind classifyFormatCode(std::string_view code) noexcept;

// Days since 1970-01-01 (fraction = time of day). In the 1900 system serial 1 is 1900-01-01 and serial 60 is
// the fictitious 1900-02-29 that Excel keeps for Lotus 1-2-3 compatibility; it is read as 1900-02-28, as
// openpyxl does, and serials below 60 are shifted by the missing day. In the 1904 system serial 0 is
// 1904-01-01.
[[nodiscard]] double serialToDays(double serial, bool date1904) noexcept;

}  // namespace seg::data::xlsx
