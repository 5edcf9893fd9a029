// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexfiles.h"

#include "filebytes.h"

#include <algorithm>

namespace mailstore::core::dovecot {

namespace {

constexpr std::uint64_t MaxLogBytes = 64ull * 1024 * 1024;
constexpr std::uint32_t IndexHeaderMinSize = 120; // MAIL_INDEX_HEADER_MIN_SIZE
constexpr std::uint32_t IndexRecordMinSize = 8;   // sizeof(struct mail_index_record)
constexpr std::uint32_t LogHeaderMinSize = 24;    // MAIL_TRANSACTION_LOG_HEADER_MIN_SIZE
constexpr std::uint32_t LogHeaderSize = 40;       // sizeof(struct mail_transaction_log_header)
constexpr std::uint32_t LogRecordHeaderSize = 8;  // {u32 size, u32 type}
constexpr std::uint32_t CacheHeaderSize = 32;

// The files are little-endian (compat flag checked separately); decode byte by byte so
// the code neither depends on the host order nor reads unaligned.
std::uint16_t le16(std::string_view b, std::size_t off)
{
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[off])
                                      | static_cast<unsigned char>(b[off + 1]) << 8);
}

std::uint32_t le32(std::string_view b, std::size_t off)
{
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i)
        v |= static_cast<std::uint32_t>(static_cast<unsigned char>(b[off + i])) << (8 * i);
    return v;
}

std::uint8_t u8(std::string_view b, std::size_t off) { return static_cast<unsigned char>(b[off]); }

// mail_index_offset_to_uint32(): 4 bytes, most significant first, each with bit 7 set,
// 7 payload bits each; the 28-bit result counts 4-byte units. Missing marker bits = 0.
std::uint32_t offsetDecode(std::string_view b, std::size_t off)
{
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const auto byte = u8(b, off + i);
        if ((byte & 0x80) == 0)
            return 0;
        v = (v << 7) | (byte & 0x7f);
    }
    return v << 2;
}

void add(IndexFileCheck &c, IndexProblem p, std::string detail)
{
    c.issues.push_back({p, std::move(detail)});
}

std::string num(std::uint64_t v) { return std::to_string(v); }

void checkIndex(IndexFileCheck &c, std::string_view b)
{
    if (c.fileSize < 8 || b.size() < 8)
        return add(c, IndexProblem::Truncated, "file too small (" + num(c.fileSize) + " bytes)");
    // Dovecot identifies the file by its major version alone and recreates it otherwise.
    if (u8(b, 0) != 7)
        return add(c, IndexProblem::BadVersion, "major version " + num(u8(b, 0)) + ", expected 7");
    if (b.size() < IndexHeaderMinSize)
        return add(c, IndexProblem::Truncated,
                   "file too small for the base header (" + num(c.fileSize) + " bytes)");
    IndexHeader h;
    h.major = u8(b, 0);
    h.minor = u8(b, 1);
    const std::uint16_t baseSize = le16(b, 2);
    h.headerSize = le32(b, 4);
    h.recordSize = le32(b, 8);
    h.indexId = le32(b, 16);
    h.flags = le32(b, 20);
    h.uidValidity = le32(b, 24);
    h.nextUid = le32(b, 28);
    h.messagesCount = le32(b, 32);
    h.seenCount = le32(b, 40);
    h.deletedCount = le32(b, 44);
    h.logFileSeq = le32(b, 60);
    h.logHeadOffset = le32(b, 68);
    c.index = h;

    // Every other field would be byte-swapped garbage: stop at a foreign byte order.
    if ((u8(b, 12) & 0x01) == 0)
        return add(c, IndexProblem::ForeignEndian, "compat_flags say big-endian");
    if (baseSize < IndexHeaderMinSize || h.headerSize < baseSize)
        add(c, IndexProblem::BadHeader,
            "corrupted header sizes (base " + num(baseSize) + ", full " + num(h.headerSize) + ")");
    if (h.recordSize < IndexRecordMinSize)
        add(c, IndexProblem::BadHeader, "record_size " + num(h.recordSize) + " < 8");
    const bool headerFits = c.fileSize >= baseSize && c.fileSize >= h.headerSize;
    if (!headerFits)
        add(c, IndexProblem::Truncated,
            "header size " + num(h.headerSize) + " > file size " + num(c.fileSize));
    if (h.flags & 0x1)
        add(c, IndexProblem::MarkedCorrupted, "header's corrupted flag is set");
    if (h.nextUid == 0)
        add(c, IndexProblem::BadHeader, "next_uid is 0");
    else if (h.uidValidity == 0 && h.nextUid != 1)
        add(c, IndexProblem::BadHeader, "uid_validity 0 with next_uid " + num(h.nextUid));
    if (headerFits && h.recordSize >= IndexRecordMinSize
        && std::uint64_t(h.headerSize) + std::uint64_t(h.messagesCount) * h.recordSize > c.fileSize)
        add(c, IndexProblem::Truncated,
            "messages_count " + num(h.messagesCount) + " too large for file size " + num(c.fileSize));
    if (h.seenCount > h.messagesCount || h.deletedCount > h.messagesCount)
        add(c, IndexProblem::CountsDisagree,
            "seen " + num(h.seenCount) + " / deleted " + num(h.deletedCount) + " > messages "
                + num(h.messagesCount));
}

void walkLog(IndexFileCheck &c, std::string_view b, std::uint64_t start)
{
    std::uint64_t off = start;
    while (off < c.fileSize) {
        if (c.fileSize - off < LogRecordHeaderSize)
            return add(c, IndexProblem::LogChainBroken,
                       "record header cut off by EOF at offset " + num(off));
        const std::uint32_t size = offsetDecode(b, static_cast<std::size_t>(off));
        if (size == 0)
            return add(c, IndexProblem::LogChainBroken,
                       "record size 0 (unfinished or garbage) at offset " + num(off));
        if (size < LogRecordHeaderSize)
            return add(c, IndexProblem::LogChainBroken,
                       "record size " + num(size) + " too small at offset " + num(off));
        if (size > c.fileSize - off)
            return add(c, IndexProblem::LogChainBroken,
                       "record of " + num(size) + " bytes at offset " + num(off)
                           + " runs past EOF (" + num(c.fileSize) + ")");
        off += size;
    }
    c.logChainWalked = true;
}

void checkLog(IndexFileCheck &c, std::string_view b)
{
    if (c.fileSize < LogHeaderMinSize || b.size() < LogHeaderMinSize)
        return add(c, IndexProblem::Truncated,
                   "unexpected end of file while reading header (" + num(c.fileSize) + " bytes)");
    if (u8(b, 0) != 1)
        return add(c, IndexProblem::BadVersion, "major version " + num(u8(b, 0)) + ", expected 1");
    LogHeader h;
    h.major = u8(b, 0);
    h.minor = u8(b, 1);
    h.headerSize = le16(b, 2);
    h.indexId = le32(b, 4);
    h.fileSeq = le32(b, 8);
    c.log = h;
    if (h.headerSize < LogHeaderMinSize)
        return add(c, IndexProblem::BadHeader, "header size " + num(h.headerSize) + " too small");
    if (h.headerSize > c.fileSize)
        return add(c, IndexProblem::Truncated,
                   "header size " + num(h.headerSize) + " > file size " + num(c.fileSize));
    // compat_flags exist from 1.2 on and only when the header is big enough to hold them.
    if (h.minor >= 2 && h.headerSize >= LogHeaderSize && b.size() > 32 && (u8(b, 32) & 0x01) == 0)
        return add(c, IndexProblem::ForeignEndian, "compat_flags say big-endian");
    if (h.indexId == 0)
        add(c, IndexProblem::MarkedCorrupted, "indexid 0: log was marked corrupted");
    // Walking needs every byte; a partial read (huge log) leaves the chain unjudged.
    if (b.size() >= c.fileSize)
        walkLog(c, b, h.headerSize);
}

void checkCache(IndexFileCheck &c, std::string_view b)
{
    if (c.fileSize < CacheHeaderSize || b.size() < CacheHeaderSize)
        return add(c, IndexProblem::Truncated, "file too small (" + num(c.fileSize) + " bytes)");
    if (u8(b, 0) != 1)
        return add(c, IndexProblem::BadVersion,
                   "unsupported major version " + num(u8(b, 0)) + ", expected 1");
    CacheHeader h;
    h.major = u8(b, 0);
    h.minor = u8(b, 2);
    h.indexId = le32(b, 4);
    h.fileSeq = le32(b, 8);
    c.cache = h;
    if (u8(b, 1) != 8)
        add(c, IndexProblem::BadHeader, "unsupported uoff_t size " + num(u8(b, 1)));
    if (h.fileSeq == 0)
        add(c, IndexProblem::BadHeader, "file_seq is 0");
}

} // namespace

IndexFileCheck checkIndexBytes(IndexFileKind kind, std::string_view bytes, std::uint64_t fileSize)
{
    IndexFileCheck c;
    c.kind = kind;
    c.fileSize = fileSize;
    // Bytes beyond the declared size are not part of the file.
    if (bytes.size() > fileSize)
        bytes = bytes.substr(0, static_cast<std::size_t>(fileSize));
    switch (kind) {
    case IndexFileKind::Index: checkIndex(c, bytes); break;
    case IndexFileKind::Log: checkLog(c, bytes); break;
    case IndexFileKind::Cache: checkCache(c, bytes); break;
    }
    return c;
}

Result<IndexFileCheck> checkIndexFile(IndexFileKind kind, const std::filesystem::path &file)
{
    std::uint64_t limit = IndexHeaderMinSize;
    if (kind == IndexFileKind::Cache)
        limit = CacheHeaderSize;
    else if (kind == IndexFileKind::Log)
        limit = MaxLogBytes;
    auto read = detail::readFilePrefix(file, limit);
    if (!read)
        return std::unexpected(read.error());
    std::uint64_t size = read->fileSize;
    // A log read whole but shorter than st_size was truncated meanwhile: judge what is there.
    if (kind == IndexFileKind::Log && size <= MaxLogBytes && read->bytes.size() < size)
        size = read->bytes.size();
    // A log bigger than the cap: only its header is judged.
    if (kind == IndexFileKind::Log && size > MaxLogBytes)
        read->bytes.resize(std::min<std::size_t>(read->bytes.size(), LogHeaderSize));
    return checkIndexBytes(kind, read->bytes, size);
}

} // namespace mailstore::core::dovecot
