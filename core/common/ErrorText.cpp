#include "common/ErrorText.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace seg {

// The translation context for every message below (lupdate reads the ErrorTextTr::tr() calls through it).
class ErrorTextTr {
    Q_DECLARE_TR_FUNCTIONS(seg::ErrorText)
};

namespace {

QString fileName(const ErrorContext& c) {
    return c.path.empty() ? ErrorTextTr::tr("The input")
                          : QFileInfo(QString::fromStdString(c.path)).fileName();
}

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

}  // namespace

QString errorText(const Error& error) {
    const ErrorContext& c = error.context();
    const QString file = fileName(c);
    switch (error.code()) {
        case ErrorCode::FileNotFound:
            return ErrorTextTr::tr("%1 does not exist.").arg(file);
        case ErrorCode::FileUnreadable:
            return ErrorTextTr::tr("%1 could not be read: %2.")
                .arg(file, c.detail.empty() ? ErrorTextTr::tr("unknown reason") : str(c.detail));
        case ErrorCode::FileEmpty:
            return ErrorTextTr::tr("%1 is empty: there is nothing to import.").arg(file);
        case ErrorCode::FileTooLarge:
            return ErrorTextTr::tr("%1 is too large to open (%2 bytes; the limit is %3 bytes).")
                .arg(file)
                .arg(c.count)
                .arg(c.limit);
        case ErrorCode::FileNotWritable:
            return ErrorTextTr::tr("%1 could not be written: %2. Nothing was changed.")
                .arg(file, c.detail.empty() ? ErrorTextTr::tr("unknown reason") : str(c.detail));
        case ErrorCode::FileExists:
            return ErrorTextTr::tr("%1 already exists and was not replaced.").arg(file);
        case ErrorCode::SheetTooLarge:
            return ErrorTextTr::tr(
                       "%1: the sheet \"%2\" would have %3 rows, more than the %4 a worksheet can hold. "
                       "Export it as CSV instead.")
                .arg(file, str(c.detail))
                .arg(c.count)
                .arg(c.limit);
        case ErrorCode::UnsupportedFormat:
            return ErrorTextTr::tr(
                       "%1 is not a file SegmentLab can read (%2). Save it as CSV or as an Excel workbook "
                       "(.xlsx).")
                .arg(file, c.detail.empty() ? ErrorTextTr::tr("unknown format") : str(c.detail));
        case ErrorCode::BinaryFile:
            return ErrorTextTr::tr("%1 does not look like a text spreadsheet: line %2 holds binary data.")
                .arg(file)
                .arg(c.line);
        case ErrorCode::UnknownEncoding:
            return ErrorTextTr::tr("%1: the text encoding %2 is not supported.").arg(file, str(c.detail));
        case ErrorCode::InvalidEncoding:
            return ErrorTextTr::tr(
                       "%1, line %2: the text is not valid in the chosen encoding. Try another encoding.")
                .arg(file)
                .arg(c.line);
        case ErrorCode::UnterminatedQuote:
            return ErrorTextTr::tr(
                       "%1, line %2: a quoted value starts here but its closing quote is missing.")
                .arg(file)
                .arg(c.line);
        case ErrorCode::RaggedRow:
            return ErrorTextTr::tr(
                       "%1, line %2: this row has %3 values but the header has %4. Check the delimiter or "
                       "the quoting "
                       "on that line.")
                .arg(file)
                .arg(c.line)
                .arg(c.count)
                .arg(c.limit);
        case ErrorCode::BadDelimiter:
            return ErrorTextTr::tr(
                       "\"%1\" cannot be used as a delimiter: choose a comma, semicolon, tab or pipe.")
                .arg(str(c.detail));
        case ErrorCode::NoData:
            return ErrorTextTr::tr("%1 has column names but no rows of data.").arg(file);
        case ErrorCode::HeaderRowOutOfRange:
            return ErrorTextTr::tr("Row %1 cannot be the header: the file has only %2 rows.")
                .arg(c.count)
                .arg(c.limit);
        case ErrorCode::DuplicateColumnName:
            return ErrorTextTr::tr("%1: the column name \"%2\" appears more than once.")
                .arg(file, str(c.detail));
        case ErrorCode::NotZip:
            return ErrorTextTr::tr("%1 is not a valid Excel workbook (.xlsx): it is not a zip archive.")
                .arg(file);
        case ErrorCode::CorruptZip:
            return ErrorTextTr::tr("%1 is damaged: the part %2 of the workbook cannot be unpacked.")
                .arg(file, str(c.detail));
        case ErrorCode::ZipBomb:
            return ErrorTextTr::
                tr("%1 was not opened: its part %2 unpacks to more than %3 bytes, which is far more than a "
                   "spreadsheet needs (a possible zip bomb).")
                    .arg(file, str(c.detail))
                    .arg(c.limit);
        case ErrorCode::TooManyCells:
            return ErrorTextTr::tr("%1 has more than %2 cells, more than SegmentLab can hold.")
                .arg(file)
                .arg(c.limit);
        case ErrorCode::MalformedXml:
            return ErrorTextTr::tr("%1 is damaged: the part %2 is not well-formed XML (line %3).")
                .arg(file, str(c.detail))
                .arg(c.line);
        case ErrorCode::MissingWorkbookPart:
            return ErrorTextTr::tr("%1 is not a complete Excel workbook: the part %2 is missing.")
                .arg(file, str(c.detail));
        case ErrorCode::NoSheets:
            return ErrorTextTr::tr("%1 holds no worksheets.").arg(file);
        case ErrorCode::SheetNotFound:
            return ErrorTextTr::tr("%1 has no sheet named \"%2\".").arg(file, str(c.detail));
        case ErrorCode::BadCellReference:
            return ErrorTextTr::tr("%1 is damaged: the cell reference \"%2\" is not valid.")
                .arg(file, str(c.detail));
        case ErrorCode::EncryptedWorkbook:
            return ErrorTextTr::tr("%1 is protected with a password. Save an unprotected copy and open that.")
                .arg(file);
        case ErrorCode::ColumnNotFound:
            return ErrorTextTr::tr("There is no column named \"%1\".").arg(str(c.detail));
        case ErrorCode::InvalidTypeConversion:
            return ErrorTextTr::tr("The column \"%1\" cannot be given that type.").arg(str(c.detail));
        case ErrorCode::InvalidParameter:
            return ErrorTextTr::tr("The setting %1 is not valid: %2.")
                .arg(str(c.detail), c.limit ? ErrorTextTr::tr("the limit is %1").arg(c.limit)
                                            : ErrorTextTr::tr("see the option's help"));
        case ErrorCode::TooFewRows:
            return ErrorTextTr::tr("There are %1 usable rows, but at least %2 are needed.")
                .arg(c.count)
                .arg(c.limit);
        case ErrorCode::NonFiniteValue:
            return ErrorTextTr::tr("Row %1, column \"%2\": the value is not a finite number.")
                .arg(c.line)
                .arg(str(c.detail));
        case ErrorCode::NoFeatures:
            return ErrorTextTr::tr(
                "No usable feature is left: choose at least one column with varying values.");
        case ErrorCode::NegativeForLog:
            return ErrorTextTr::tr(
                       "Row %1, column \"%2\": a log transform needs values above -1, and this row's "
                       "value is -1 or below.")
                .arg(c.line)
                .arg(str(c.detail));
        case ErrorCode::NotFitted:
            return ErrorTextTr::tr("%1 needs a fitted model; run the clustering first.").arg(str(c.detail));
        case ErrorCode::Internal:
            return ErrorTextTr::tr("An internal error occurred (%1). Please report it.").arg(str(c.detail));
    }
    return QString::fromUtf8(error.what());
}

QString warningText(const Warning& warning) {
    const ErrorContext& c = warning.context;
    switch (warning.code) {
        case WarningCode::EncodingFallback:
            return ErrorTextTr::tr("The file is not valid UTF-8; it was read as %1.").arg(str(c.detail));
        case WarningCode::ColumnRenamed:
            return ErrorTextTr::tr("Column %1 had an empty or repeated name and was named \"%2\".")
                .arg(c.column)
                .arg(str(c.detail));
        case WarningCode::BlankRowsSkipped:
            return ErrorTextTr::tr("%n blank row(s) were skipped.", nullptr, static_cast<int>(c.count));
        case WarningCode::RowsTruncated:
            return ErrorTextTr::tr("Only the first %1 rows are shown.").arg(c.count);
        case WarningCode::TypeConversionLost:
            return ErrorTextTr::tr("%n value(s) in \"%1\" could not be converted and are now missing.",
                                   nullptr, static_cast<int>(c.count))
                .arg(str(c.detail));
        case WarningCode::ErrorCellsAsMissing:
            return ErrorTextTr::tr(
                       "%n cell(s) with spreadsheet errors (such as #DIV/0!) in sheet \"%1\" are treated as "
                       "missing.",
                       nullptr, static_cast<int>(c.count))
                .arg(str(c.detail));
        case WarningCode::FormulaWithoutValue:
            return ErrorTextTr::tr(
                       "%n formula cell(s) in sheet \"%1\" have no saved result and are treated as missing. "
                       "Open and "
                       "save the workbook in a spreadsheet program to store the results.",
                       nullptr, static_cast<int>(c.count))
                .arg(str(c.detail));
        case WarningCode::LineEndingsMixed:
            return ErrorTextTr::tr("The file mixes Windows and Unix line endings (%n line(s)).", nullptr,
                                   static_cast<int>(c.count));
        case WarningCode::ColumnExcludedConstant:
            return ErrorTextTr::tr("\"%1\" has the same value in every row and was left out.")
                .arg(str(c.detail));
        case WarningCode::ColumnExcludedAllMissing:
            return ErrorTextTr::tr("\"%1\" has no values and was left out.").arg(str(c.detail));
        case WarningCode::RowsDroppedMissing:
            return ErrorTextTr::tr("%1 of %2 rows had missing values and were left out.")
                .arg(c.count)
                .arg(c.limit);
        case WarningCode::ValuesImputed:
            return ErrorTextTr::tr("%n missing value(s) in \"%1\" were filled in.", nullptr,
                                   static_cast<int>(c.count))
                .arg(str(c.detail));
        case WarningCode::SkewSuggestsLog:
            return ErrorTextTr::tr(
                       "\"%1\" is very skewed (a few very large values); a log transform may help.")
                .arg(str(c.detail));
        case WarningCode::LevelsCapped:
            return ErrorTextTr::tr(
                       "\"%1\" has %2 categories; the %3 most common were kept and the rest grouped as "
                       "\"Other\".")
                .arg(str(c.detail))
                .arg(c.limit)
                .arg(c.count);
        case WarningCode::EmptyClusterReseeded:
            return ErrorTextTr::tr(
                "A segment became empty %n time(s) and was restarted from a distant customer.", nullptr,
                static_cast<int>(c.count));
        case WarningCode::NotConverged:
            return ErrorTextTr::tr(
                       "The algorithm had not settled after %1 iterations; the result may improve with "
                       "more iterations.")
                .arg(c.count);
        case WarningCode::FewerDistinctPointsThanK:
            return ErrorTextTr::tr(
                       "Only %1 different customers exist for %2 segments; some segments are duplicates.")
                .arg(c.count)
                .arg(c.limit);
        case WarningCode::SilhouetteSampled:
            return ErrorTextTr::tr("The silhouette was estimated from a sample of %1 of %2 rows.")
                .arg(c.count)
                .arg(c.limit);
        case WarningCode::SilhouetteSegmentOfOne:
            return ErrorTextTr::tr("%n segment(s) hold a single customer; the silhouette counts them as 0.",
                                   nullptr, static_cast<int>(c.count));
        case WarningCode::SilhouetteSkipped:
            return ErrorTextTr::tr("The silhouette could not be computed for this result and was left out.");
        case WarningCode::TwoStageHierarchical:
            return ErrorTextTr::tr(
                       "With %1 rows, the tree was built on %2 small groups of similar customers "
                       "(two-stage mode).")
                .arg(c.limit)
                .arg(c.count);
        case WarningCode::CovarianceRegularised:
            return ErrorTextTr::tr("%n segment shape(s) were nearly flat and were regularised.", nullptr,
                                   static_cast<int>(c.count));
    }
    return ErrorTextTr::tr("Warning");
}

}  // namespace seg
