#include "data/xlsx/ZipPackage.h"

#include <zlib.h>

#include <quazip.h>
#include <quazipfile.h>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstring>

#include "common/Error.h"

namespace seg::data::xlsx {

namespace {

constexpr std::size_t kInputChunk = 256 * 1024;
// The compression-ratio guard only applies to parts over 1 MiB: small parts of repeated XML compress far.
constexpr std::uint64_t kRatioFloor = 1u << 20;

std::string lowerAscii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::int64_t clampCount(std::uint64_t v) {
    return static_cast<std::int64_t>(std::min<std::uint64_t>(v, INT64_MAX));
}

}  // namespace

ZipPackage::ZipPackage(const std::string& path, const XlsxLimits& limits) : m_path(path), m_limits(limits) {
    const QString qpath = QString::fromStdString(path);
    const QFileInfo info(qpath);
    if (!info.exists()) throw Error(ErrorCode::FileNotFound, {.path = path});
    auto file = std::make_unique<QFile>(qpath);
    if (info.isDir() || !file->open(QIODevice::ReadOnly))
        throw Error(ErrorCode::FileUnreadable, {.path = path, .detail = file->errorString().toStdString()});
    if (file->size() == 0) throw Error(ErrorCode::FileEmpty, {.path = path});
    std::uint8_t head[8] = {};
    const qint64 got = file->peek(reinterpret_cast<char*>(head), sizeof head);
    m_device = std::move(file);
    open(head, got > 0 ? static_cast<std::size_t>(got) : 0);
}

ZipPackage::ZipPackage(const char* data, std::size_t size, const std::string& path, const XlsxLimits& limits)
    : m_path(path), m_limits(limits) {
    if (size == 0) throw Error(ErrorCode::FileEmpty, {.path = path});
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(QByteArray::fromRawData(data, static_cast<qsizetype>(size)));
    buffer->open(QIODevice::ReadOnly);
    m_device = std::move(buffer);
    open(reinterpret_cast<const std::uint8_t*>(data), std::min<std::size_t>(size, 8));
}

ZipPackage::~ZipPackage() {
    if (m_zip) m_zip->close();
}

void ZipPackage::open(const std::uint8_t* head, std::size_t headSize) {
    // Encrypted OOXML (ECMA-376 Part 2 / MS-OFFCRYPTO) and legacy BIFF .xls are both OLE2 compound files;
    // from the outside they cannot be told apart without parsing the compound file, so one error covers both.
    static constexpr std::uint8_t kOle2[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    if (headSize >= 8 && std::memcmp(head, kOle2, 8) == 0)
        throw Error(ErrorCode::UnsupportedFormat,
                    {.path = m_path, .detail = "legacy .xls or encrypted workbook"});
    // A zip starts with a local file header (PK 3 4) or, when empty, the end of central directory (PK 5 6).
    const bool zipMagic = headSize >= 4 && head[0] == 'P' && head[1] == 'K' &&
                          ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    if (!zipMagic) throw Error(ErrorCode::NotZip, {.path = m_path});

    m_zip = std::make_unique<QuaZip>(m_device.get());
    if (!m_zip->open(QuaZip::mdUnzip))
        throw Error(ErrorCode::CorruptZip, {.path = m_path, .detail = "central directory"});
    const QList<QuaZipFileInfo64> infos = m_zip->getFileInfoList64();
    if (m_zip->getZipError() != UNZ_OK)
        throw Error(ErrorCode::CorruptZip, {.path = m_path, .detail = "central directory"});
    m_entries.reserve(static_cast<std::size_t>(infos.size()));
    for (const QuaZipFileInfo64& i : infos) {
        ZipEntry e;
        e.name = i.name.toStdString();
        e.compressedSize = i.compressedSize;
        e.uncompressedSize = i.uncompressedSize;
        e.crc = i.crc;
        e.method = i.method;
        e.encrypted = i.isEncrypted();
        // The first of two entries with one name wins, as in the zip's own lookup.
        m_byLowerName.emplace(lowerAscii(e.name), m_entries.size());
        m_entries.push_back(std::move(e));
    }
}

const ZipEntry* ZipPackage::find(const std::string& partName) const {
    std::string key = lowerAscii(partName);
    if (!key.empty() && key.front() == '/') key.erase(0, 1);
    const auto it = m_byLowerName.find(key);
    return it == m_byLowerName.end() ? nullptr : &m_entries[it->second];
}

struct ZipEntryReader::Inflater {
    z_stream z{};
    bool initialised = false;
    bool streamEnd = false;
    ~Inflater() {
        if (initialised) inflateEnd(&z);
    }
};

ZipEntryReader::ZipEntryReader(ZipPackage& package, const ZipEntry& entry)
    : m_package(package), m_entry(entry), m_inflater(std::make_unique<Inflater>()) {
    const XlsxLimits& lim = package.limits();
    const std::string& path = package.path();
    if (entry.encrypted) throw Error(ErrorCode::EncryptedWorkbook, {.path = path, .detail = entry.name});
    if (entry.method != 0 && entry.method != Z_DEFLATED)
        throw Error(
            ErrorCode::UnsupportedFormat,
            {.path = path, .detail = "zip compression method in " + entry.name, .count = entry.method});
    // The declared sizes first: refuse before inflating anything when they already break a limit.
    if (entry.uncompressedSize > lim.maxEntryBytes)
        throw Error(ErrorCode::ZipBomb, {.path = path,
                                         .detail = entry.name,
                                         .count = clampCount(entry.uncompressedSize),
                                         .limit = clampCount(lim.maxEntryBytes)});
    if (package.totalRead() + entry.uncompressedSize > lim.maxTotalBytes)
        throw Error(ErrorCode::ZipBomb, {.path = path,
                                         .detail = entry.name,
                                         .count = clampCount(package.totalRead() + entry.uncompressedSize),
                                         .limit = clampCount(lim.maxTotalBytes)});
    if (entry.uncompressedSize > kRatioFloor &&
        static_cast<double>(entry.uncompressedSize) >
            lim.maxCompressionRatio * static_cast<double>(std::max<std::uint64_t>(entry.compressedSize, 1)))
        throw Error(ErrorCode::ZipBomb,
                    {.path = path,
                     .detail = entry.name,
                     .count = clampCount(entry.uncompressedSize),
                     .limit = clampCount(static_cast<std::uint64_t>(
                         lim.maxCompressionRatio * static_cast<double>(entry.compressedSize)))});

    if (!package.zip().setCurrentFile(QString::fromStdString(entry.name), QuaZip::csSensitive))
        corrupt("entry not found");
    m_file = std::make_unique<QuaZipFile>(&package.zip());
    int method = 0;
    int level = 0;
    if (!m_file->open(QIODevice::ReadOnly, &method, &level, true)) corrupt("cannot open entry");
    if (entry.method == Z_DEFLATED) {
        m_input.resize(kInputChunk);
        if (inflateInit2(&m_inflater->z, -MAX_WBITS) != Z_OK) corrupt("zlib init");
        m_inflater->initialised = true;
    }
    m_crc = static_cast<std::uint32_t>(crc32(0L, Z_NULL, 0));
}

ZipEntryReader::~ZipEntryReader() {
    if (m_file) m_file->close();
}

void ZipEntryReader::corrupt(const std::string& why) const {
    throw Error(ErrorCode::CorruptZip, {.path = m_package.path(), .detail = m_entry.name + ": " + why});
}

double ZipEntryReader::fraction() const noexcept {
    if (m_entry.compressedSize == 0) return m_done ? 1.0 : 0.0;
    return std::min(1.0, static_cast<double>(m_consumed) / static_cast<double>(m_entry.compressedSize));
}

bool ZipEntryReader::refillInput() {
    const qint64 n = m_file->read(m_input.data(), static_cast<qint64>(m_input.size()));
    if (n < 0) corrupt("read error");
    if (n == 0) {
        m_inputEof = true;
        return false;
    }
    m_consumed += static_cast<std::uint64_t>(n);
    m_inflater->z.next_in = reinterpret_cast<Bytef*>(m_input.data());
    m_inflater->z.avail_in = static_cast<uInt>(n);
    return true;
}

void ZipEntryReader::account(std::size_t n) {
    const XlsxLimits& lim = m_package.limits();
    m_produced += n;
    m_package.totalRead() += n;
    // Counted as produced: the directory's sizes are only a claim (APPNOTE 4.4.8-4.4.9), and a crafted one
    // understates them so that the checks above pass.
    if (m_produced > lim.maxEntryBytes)
        throw Error(ErrorCode::ZipBomb, {.path = m_package.path(),
                                         .detail = m_entry.name,
                                         .count = clampCount(m_produced),
                                         .limit = clampCount(lim.maxEntryBytes)});
    if (m_package.totalRead() > lim.maxTotalBytes)
        throw Error(ErrorCode::ZipBomb, {.path = m_package.path(),
                                         .detail = m_entry.name,
                                         .count = clampCount(m_package.totalRead()),
                                         .limit = clampCount(lim.maxTotalBytes)});
    const double allowed =
        lim.maxCompressionRatio * static_cast<double>(std::max<std::uint64_t>(m_consumed, 1));
    if (m_produced > kRatioFloor && static_cast<double>(m_produced) > allowed)
        throw Error(ErrorCode::ZipBomb, {.path = m_package.path(),
                                         .detail = m_entry.name,
                                         .count = clampCount(m_produced),
                                         .limit = clampCount(static_cast<std::uint64_t>(allowed))});
}

std::size_t ZipEntryReader::read(char* out, std::size_t capacity) {
    if (m_done || capacity == 0) return 0;
    std::size_t n = 0;
    if (m_entry.method == 0) {
        const qint64 got = m_file->read(out, static_cast<qint64>(capacity));
        if (got < 0) corrupt("read error");
        n = static_cast<std::size_t>(got);
        m_consumed += n;
    } else {
        z_stream& z = m_inflater->z;
        z.next_out = reinterpret_cast<Bytef*>(out);
        z.avail_out = static_cast<uInt>(std::min<std::size_t>(capacity, 1u << 30));
        const uInt start = z.avail_out;
        while (z.avail_out == start && !m_inflater->streamEnd) {
            if (z.avail_in == 0 && !refillInput()) corrupt("truncated data");
            const int rc = inflate(&z, Z_NO_FLUSH);
            if (rc == Z_STREAM_END)
                m_inflater->streamEnd = true;
            else if (rc != Z_OK && rc != Z_BUF_ERROR)
                corrupt(z.msg ? z.msg : "inflate error");
        }
        n = start - z.avail_out;
    }
    if (n > 0) {
        account(n);
        m_crc = static_cast<std::uint32_t>(
            crc32(m_crc, reinterpret_cast<const Bytef*>(out), static_cast<uInt>(n)));
        return n;
    }
    // End of the part: a mismatch means a damaged or doctored file.
    m_done = true;
    if (m_produced != m_entry.uncompressedSize) corrupt("size differs from the zip directory");
    if (m_crc != m_entry.crc) corrupt("CRC mismatch");
    return 0;
}

std::string readWholePart(ZipPackage& package, const ZipEntry& entry) {
    ZipEntryReader reader(package, entry);
    std::string out;
    out.resize(static_cast<std::size_t>(std::min<std::uint64_t>(entry.uncompressedSize, 1u << 20)) + 4096);
    std::size_t used = 0;
    for (;;) {
        if (used == out.size()) out.resize(out.size() * 2);
        const std::size_t n = reader.read(out.data() + used, out.size() - used);
        if (n == 0) break;
        used += n;
    }
    out.resize(used);
    return out;
}

}  // namespace seg::data::xlsx
