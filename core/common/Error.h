// Typed errors thrown by the core, and the cancellation signal thrown from progress checkpoints.
// The core never builds user-facing prose: it throws a code plus numbers, and the UI/CLI translate
// (ErrorText.h).
#pragma once

#include <cstdint>
#include <exception>
#include <string>

namespace seg {

enum class ErrorCode {
    // Files
    FileNotFound,       // path
    FileUnreadable,     // path, detail = OS reason
    FileEmpty,          // path
    FileTooLarge,       // path, count = size, limit
    FileNotWritable,    // path, detail = OS reason
    FileExists,         // path: an export would replace it and replacing was not allowed
    SheetTooLarge,      // path, detail = sheet name, count = rows, limit = rows a worksheet holds
    UnsupportedFormat,  // path, detail = what was seen
    BinaryFile,         // path, line, column
    // Text and CSV
    UnknownEncoding,      // path, detail
    InvalidEncoding,      // path, line (bytes that are valid in no supported encoding)
    UnterminatedQuote,    // path, line (where the quoted field opened)
    RaggedRow,            // path, line, count = fields found, limit = fields expected
    BadDelimiter,         // detail = delimiter given
    NoData,               // path: a header but no data rows
    HeaderRowOutOfRange,  // count = asked, limit = rows available
    DuplicateColumnName,  // detail = name, column
    // XLSX
    NotZip,               // path
    CorruptZip,           // path, detail = entry
    ZipBomb,              // path, detail = entry, count = bytes, limit
    TooManyCells,         // path, count, limit
    MalformedXml,         // path, detail = entry: xml message, line
    MissingWorkbookPart,  // path, detail = entry name
    NoSheets,             // path
    SheetNotFound,        // path, detail = sheet name
    BadCellReference,     // path, detail = reference, line
    EncryptedWorkbook,    // path
    // Column operations
    ColumnNotFound,         // detail = column name
    InvalidTypeConversion,  // detail = column name, column
    // Parameters and data for the clustering core
    InvalidParameter,  // detail = "name=value" text, limit = the bound it broke (see ErrorText)
    TooFewRows,        // count = rows, limit = rows needed (e.g. k)
    NonFiniteValue,    // line = row (1-based), column (1-based), detail = feature name
    NoFeatures,        // no usable feature column remains
    NegativeForLog,    // line = row (1-based), detail = column name, count = the value (rounded)
    NotFitted,         // detail = what (predict before fit)
    Internal,          // detail
};

// Where and what: every field is optional; 0 / empty means "not applicable".
struct ErrorContext {
    std::string path;         // file being read
    std::string detail;       // entry name, column name, sheet name, OS reason...
    std::int64_t line = 0;    // 1-based line (CSV) or row (XLSX)
    std::int64_t column = 0;  // 1-based column
    std::int64_t count = 0;   // a measured number
    std::int64_t limit = 0;   // the limit or expectation it broke
};

class Error : public std::exception {
public:
    Error(ErrorCode code, ErrorContext context);
    [[nodiscard]] ErrorCode code() const noexcept { return m_code; }
    [[nodiscard]] const ErrorContext& context() const noexcept { return m_context; }
    // Untranslated English, for logs and tests; users see ErrorText's translated message.
    [[nodiscard]] const char* what() const noexcept override { return m_what.c_str(); }

private:
    ErrorCode m_code;
    ErrorContext m_context;
    std::string m_what;
};

// Thrown from a progress checkpoint when the user cancelled; never an error to report.
class Cancelled : public std::exception {
public:
    [[nodiscard]] const char* what() const noexcept override { return "cancelled"; }
};

[[nodiscard]] const char* errorCodeName(ErrorCode code) noexcept;

}  // namespace seg
