// libFuzzer target for the XLSX reader: any bytes go through readXlsxBuffer with small limits; a seg::Error
// is the expected answer to a broken file, anything else (a crash, a sanitizer report, a hang) is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/Error.h"
#include "data/XlsxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    seg::data::XlsxOptions options;
    // Small limits keep every input fast; the seeds are stored (not deflated) zips, so mutations reach the
    // XML.
    options.limits.maxEntryBytes = 4u << 20;
    options.limits.maxTotalBytes = 8u << 20;
    options.limits.maxCells = 200'000;
    try {
        const auto result = seg::data::readXlsxBuffer(
            std::string_view(reinterpret_cast<const char*>(data), size), options, {}, "fuzz");
        // Touch every cell so that inconsistent columns would show up under the sanitizers.
        std::size_t chars = 0;
        for (const auto& column : result.table.columns())
            for (std::size_t i = 0; i < column.size(); ++i)
                chars += column.display(i).size();
        (void)chars;
    } catch (const seg::Error&) {
    }
    return 0;
}
