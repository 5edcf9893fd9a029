// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to core/dovecot: bounded POSIX reads of the small Dovecot state files, so no
// parser ever pulls an unexpectedly huge file into memory.

#include "../result.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace mailstore::core::dovecot::detail {

struct FileBytes {
    std::string bytes;       // at most `limit` bytes from the start of the file
    std::uint64_t fileSize = 0; // st_size at open time
};

// Reads up to `limit` bytes from the start of `file` (stops early at EOF).
// NotFound when absent; other errors mapped with errorCodeFromErrno, path set.
Result<FileBytes> readFilePrefix(const std::filesystem::path &file, std::uint64_t limit);

// Reads the whole file; TooLarge when it is bigger than `cap`.
Result<std::string> readWholeFile(const std::filesystem::path &file, std::uint64_t cap);


} // namespace mailstore::core::dovecot::detail
