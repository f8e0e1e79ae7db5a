// Builds a Table row by row from cells, inferring each column's type as it goes; the CSV and XLSX
// readers both feed it, so every file format follows the same type rules (README "How column types are
// inferred").
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "data/Table.h"
#include "data/ValueParsing.h"

namespace seg::data {

struct BuilderOptions {
    NumberFormat number;
    // A string column with at most this many distinct labels (and at most half as many as values) is
    // categorical.
    std::size_t maxCategories = 100;
};

class TableBuilder {
public:
    explicit TableBuilder(std::vector<std::string> names, BuilderOptions options = {});
    ~TableBuilder();
    TableBuilder(TableBuilder&&) noexcept;
    TableBuilder& operator=(TableBuilder&&) noexcept;

    [[nodiscard]] std::size_t columnCount() const noexcept;
    [[nodiscard]] std::size_t rowCount() const noexcept { return m_rows; }
    // Capacity for this many rows: a reader that can estimate its row count saves the columns regrowing.
    void reserve(std::size_t rows);

    // One call per cell of the current row, in any column order; cells not given are missing.
    // Text as written in a file: missing tokens, numbers (in the builder's NumberFormat) and strings told
    // apart.
    void addText(std::size_t col, std::string_view text);
    // Typed cells, as XLSX stores them.
    void addNumber(std::size_t col, double value);
    void addDate(std::size_t col, double days, bool hasTime);
    void addString(std::size_t col, std::string_view text);  // kept as a string, never parsed
    void addMissing(std::size_t col);
    // Inserts a column before position (columnCount() appends) that is missing in every row so far: a sparse
    // XLSX sheet can reveal a column only after many rows.
    void insertColumn(std::size_t position, std::string name);
    // Closes the row: columns that got no cell in it are missing.
    void endRow();

    // Infers the semantic types and hands the table over. The builder is empty afterwards.
    [[nodiscard]] Table finish();

private:
    struct ColumnBuilder;
    std::vector<std::unique_ptr<ColumnBuilder>> m_columns;
    BuilderOptions m_options;
    std::size_t m_rows = 0;
};

// The type rules applied to a finished column (exposed for tests and for the import dialog's overrides).
// index is the column's position: a unique string column in first position is taken as an identifier.
[[nodiscard]] ColumnType inferType(const Column& column, std::size_t index,
                                   const BuilderOptions& options = {});

}  // namespace seg::data
