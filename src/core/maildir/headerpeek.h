// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Header peek for message listings: reads only the header block of a message (up to the
// first empty line, capped) and returns the fields a listing shows, decoded to UTF-8.

#include "../result.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace mailstore::core::maildir {

struct MessageHeaders {
    std::string date;      // as written, unfolded
    std::optional<std::int64_t> dateUnix; // parsed Date, when it parses
    std::string from;      // decoded (RFC 2047), unfolded
    std::string to;
    std::string subject;
    std::string messageId;
};

inline constexpr std::size_t MaxHeaderBytes = 256 * 1024;

// Reads at most maxBytes; a header block longer than that is cut (fields seen so far are
// returned). A zero-byte file gives empty fields. Errors: NotFound, PermissionDenied, Io.
Result<MessageHeaders> peekHeaders(const std::filesystem::path &file,
                                   std::size_t maxBytes = MaxHeaderBytes);

// Parses a header block already in memory (the part before the empty line, or more).
MessageHeaders parseHeaderBlock(std::string_view block);

// RFC 2047 encoded words ("=?UTF-8?B?...?=", "=?iso-8859-1?Q?...?=") to UTF-8; text that
// is not an encoded word is kept; bytes that are not UTF-8 are read as Latin-1.
std::string decodeRfc2047(std::string_view value);

// RFC 5322 date-time ("Tue, 3 Nov 2026 10:15:00 +0100"), lenient about day names,
// seconds and obsolete zones. nullopt when it cannot be read.
std::optional<std::int64_t> parseRfc5322Date(std::string_view value);

} // namespace mailstore::core::maildir
