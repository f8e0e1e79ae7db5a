// libFuzzer target for the CSV reader: any bytes, under a few option sets, must give a table or a seg::Error,
// never a crash, a hang, a sanitizer report or another exception.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/Error.h"
#include "data/CsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    seg::data::CsvOptions variants[5];
    variants[1].maxRows = 3;  // previews take the growing-prefix path
    variants[2].delimiter = ';';
    variants[2].decimal = seg::data::DecimalMark::Comma;
    variants[2].headerRow = 0;
    variants[3].encoding = seg::data::Encoding::Utf16LE;  // odd lengths, lone surrogates
    variants[3].headerRow = 2;
    variants[4].encoding = seg::data::Encoding::Latin1;
    variants[4].delimiter = '\t';
    variants[4].maxRows = 1;
    for (const auto& options : variants) {
        try {
            const auto result = seg::data::readCsvBuffer(bytes, options);
            // Every column has every row.
            for (const auto& column : result.table.columns())
                if (column.size() != result.table.rowCount()) __builtin_trap();
        } catch (const seg::Error&) {
            // bad input is expected to be reported this way
        }
    }
    return 0;
}
