// The zip container of an OOXML package (ECMA-376 Part 2, Open Packaging Conventions, and PKWARE
// APPNOTE 4.3): opens a file or a buffer, finds parts by name, and inflates one part at a time under the
// zip-bomb limits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "data/XlsxReader.h"

class QIODevice;
class QuaZip;
class QuaZipFile;

namespace seg::data::xlsx {

struct ZipEntry {
    std::string name;  // as stored
    std::uint64_t compressedSize = 0;
    std::uint64_t uncompressedSize = 0;  // as declared in the central directory: it can lie
    std::uint32_t crc = 0;
    std::uint16_t method = 0;
    bool encrypted = false;
};

class ZipPackage {
public:
    // Opens a file: FileNotFound, FileUnreadable, FileEmpty, UnsupportedFormat (OLE2), NotZip, CorruptZip.
    ZipPackage(const std::string& path, const XlsxLimits& limits);
    // Opens bytes in memory (tests, fuzzing); path only names the input in errors. The bytes must outlive
    // this.
    ZipPackage(const char* data, std::size_t size, const std::string& path, const XlsxLimits& limits);
    ~ZipPackage();
    ZipPackage(const ZipPackage&) = delete;
    ZipPackage& operator=(const ZipPackage&) = delete;

    [[nodiscard]] const std::string& path() const noexcept { return m_path; }
    [[nodiscard]] const XlsxLimits& limits() const noexcept { return m_limits; }
    // Part names compare case-insensitively (OPC, ECMA-376 Part 2 section 6.2.2.3); a leading '/' is ignored.
    [[nodiscard]] const ZipEntry* find(const std::string& partName) const;

    // Decompressed bytes of every part read so far, for the maxTotalBytes limit.
    std::uint64_t& totalRead() noexcept { return m_totalRead; }
    QuaZip& zip() noexcept { return *m_zip; }

private:
    void open(const std::uint8_t* head, std::size_t headSize);

    std::string m_path;
    XlsxLimits m_limits;
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<QuaZip> m_zip;
    std::vector<ZipEntry> m_entries;
    std::unordered_map<std::string, std::size_t> m_byLowerName;
    std::uint64_t m_totalRead = 0;
};

// Streams one part's decompressed bytes. It inflates the raw deflate data itself (zlib) so that it can count
// what is really produced against the limits, whatever the directory declared, and check the CRC at the end.
class ZipEntryReader {
public:
    // Throws ZipBomb when the declared sizes already break a limit, CorruptZip if the part cannot be opened.
    ZipEntryReader(ZipPackage& package, const ZipEntry& entry);
    ~ZipEntryReader();
    ZipEntryReader(const ZipEntryReader&) = delete;
    ZipEntryReader& operator=(const ZipEntryReader&) = delete;

    // Fills out with up to capacity bytes; returns 0 only at the end of the part (after the CRC check).
    std::size_t read(char* out, std::size_t capacity);
    [[nodiscard]] const ZipEntry& entry() const noexcept { return m_entry; }
    [[nodiscard]] std::uint64_t produced() const noexcept { return m_produced; }
    [[nodiscard]] const std::string& packagePath() const noexcept { return m_package.path(); }
    // Share of the part read so far, by compressed bytes consumed (the one size the directory cannot
    // inflate).
    [[nodiscard]] double fraction() const noexcept;

private:
    bool refillInput();
    void account(std::size_t n);
    [[noreturn]] void corrupt(const std::string& why) const;

    ZipPackage& m_package;
    ZipEntry m_entry;
    std::unique_ptr<QuaZipFile> m_file;
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater;
    std::vector<char> m_input;
    std::uint64_t m_consumed = 0;  // compressed bytes fetched
    std::uint64_t m_produced = 0;
    std::uint32_t m_crc = 0;
    bool m_inputEof = false;
    bool m_done = false;
};

// Reads a whole (small) part into memory, under the same limits.
[[nodiscard]] std::string readWholePart(ZipPackage& package, const ZipEntry& entry);

}  // namespace seg::data::xlsx
