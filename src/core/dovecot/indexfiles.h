// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Header checks of Dovecot's derived index files (storage-formats.md sections 4-6):
// dovecot.index (also dovecot.list.index), dovecot.index.log, dovecot.index.cache.
// Only headers and sizes are read, never whole files. Everything little-endian.

#include "../result.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mailstore::core::dovecot {

enum class IndexFileKind { Index, Log, Cache };

enum class IndexProblem {
    Truncated,       // shorter than its header, or than header + records it declares
    BadVersion,      // major version not the one Dovecot reads (no magic exists: version is the magic)
    BadHeader,       // sizes/fields out of range (header_size, record_size, next_uid 0, ...)
    MarkedCorrupted, // index flag CORRUPTED, or log indexid 0
    ForeignEndian,   // compat flag says another byte order
    IndexIdMismatch, // log/cache indexid differs from the index's
    CountsDisagree,  // seen/deleted counts > messages, records beyond file, ...
    LogChainBroken,  // a record size of 0 or running past EOF before the end
};

struct IndexIssue {
    IndexProblem problem;
    std::string detail;
};

struct IndexHeader {
    std::uint8_t major = 0, minor = 0;
    std::uint32_t headerSize = 0, recordSize = 0;
    std::uint32_t indexId = 0, flags = 0;
    std::uint32_t uidValidity = 0, nextUid = 0, messagesCount = 0;
    std::uint32_t seenCount = 0, deletedCount = 0;
    std::uint32_t logFileSeq = 0, logHeadOffset = 0;
};

struct LogHeader {
    std::uint8_t major = 0, minor = 0;
    std::uint16_t headerSize = 0;
    std::uint32_t indexId = 0, fileSeq = 0;
};

struct CacheHeader {
    std::uint8_t major = 0, minor = 0;
    std::uint32_t indexId = 0, fileSeq = 0;
};

struct IndexFileCheck {
    IndexFileKind kind;
    std::uint64_t fileSize = 0;
    std::optional<IndexHeader> index; // set for Index when the header could be read
    std::optional<LogHeader> log;
    std::optional<CacheHeader> cache;
    std::vector<IndexIssue> issues;   // empty = healthy as far as headers tell
    // Log only: true when the record chain was walked to EOF. False when the header was
    // unusable or only part of the file was given (a log above 64 MiB): then the chain
    // is simply not judged, no issue is raised for it.
    bool logChainWalked = false;
};

// Checks a file's content (the whole file for Log, so the record chain can be walked;
// the first bytes for Index/Cache are enough but the whole file is accepted).
IndexFileCheck checkIndexBytes(IndexFileKind kind, std::string_view bytes, std::uint64_t fileSize);

// Reads the file (at most 64 MiB for a log; headers only for the others) and checks it.
// NotFound when it does not exist.
Result<IndexFileCheck> checkIndexFile(IndexFileKind kind, const std::filesystem::path &file);

} // namespace mailstore::core::dovecot
