#include "common/Error.h"

namespace seg {

namespace {

std::string describe(ErrorCode code, const ErrorContext& c) {
    std::string s = errorCodeName(code);
    auto add = [&s](const char* key, const std::string& value) {
        s += s.find(':') == std::string::npos ? ": " : ", ";
        s += key;
        s += '=';
        s += value;
    };
    if (!c.path.empty()) add("path", c.path);
    if (!c.detail.empty()) add("detail", c.detail);
    if (c.line) add("line", std::to_string(c.line));
    if (c.column) add("column", std::to_string(c.column));
    if (c.count) add("count", std::to_string(c.count));
    if (c.limit) add("limit", std::to_string(c.limit));
    return s;
}

}  // namespace

Error::Error(ErrorCode code, ErrorContext context)
    : m_code(code), m_context(std::move(context)), m_what(describe(m_code, m_context)) {}

const char* errorCodeName(ErrorCode code) noexcept {
    switch (code) {
        case ErrorCode::FileNotFound:
            return "FileNotFound";
        case ErrorCode::FileUnreadable:
            return "FileUnreadable";
        case ErrorCode::FileEmpty:
            return "FileEmpty";
        case ErrorCode::FileTooLarge:
            return "FileTooLarge";
        case ErrorCode::FileNotWritable:
            return "FileNotWritable";
        case ErrorCode::FileExists:
            return "FileExists";
        case ErrorCode::SheetTooLarge:
            return "SheetTooLarge";
        case ErrorCode::UnsupportedFormat:
            return "UnsupportedFormat";
        case ErrorCode::BinaryFile:
            return "BinaryFile";
        case ErrorCode::UnknownEncoding:
            return "UnknownEncoding";
        case ErrorCode::InvalidEncoding:
            return "InvalidEncoding";
        case ErrorCode::UnterminatedQuote:
            return "UnterminatedQuote";
        case ErrorCode::RaggedRow:
            return "RaggedRow";
        case ErrorCode::BadDelimiter:
            return "BadDelimiter";
        case ErrorCode::NoData:
            return "NoData";
        case ErrorCode::HeaderRowOutOfRange:
            return "HeaderRowOutOfRange";
        case ErrorCode::DuplicateColumnName:
            return "DuplicateColumnName";
        case ErrorCode::NotZip:
            return "NotZip";
        case ErrorCode::CorruptZip:
            return "CorruptZip";
        case ErrorCode::ZipBomb:
            return "ZipBomb";
        case ErrorCode::TooManyCells:
            return "TooManyCells";
        case ErrorCode::MalformedXml:
            return "MalformedXml";
        case ErrorCode::MissingWorkbookPart:
            return "MissingWorkbookPart";
        case ErrorCode::NoSheets:
            return "NoSheets";
        case ErrorCode::SheetNotFound:
            return "SheetNotFound";
        case ErrorCode::BadCellReference:
            return "BadCellReference";
        case ErrorCode::EncryptedWorkbook:
            return "EncryptedWorkbook";
        case ErrorCode::ColumnNotFound:
            return "ColumnNotFound";
        case ErrorCode::InvalidTypeConversion:
            return "InvalidTypeConversion";
        case ErrorCode::InvalidParameter:
            return "InvalidParameter";
        case ErrorCode::TooFewRows:
            return "TooFewRows";
        case ErrorCode::NonFiniteValue:
            return "NonFiniteValue";
        case ErrorCode::NoFeatures:
            return "NoFeatures";
        case ErrorCode::NegativeForLog:
            return "NegativeForLog";
        case ErrorCode::NotFitted:
            return "NotFitted";
        case ErrorCode::Internal:
            return "Internal";
    }
    return "Unknown";
}

}  // namespace seg
