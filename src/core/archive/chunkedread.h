// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads exactly `size` bytes of an open message file in buffer-sized chunks, handing each
// to `chunk`. A live Maildir file can change under us: one that ends early was rewritten
// in place (Maildir never does that to a delivered message), which is a Conflict, not
// an I/O error, so the caller can report it as a skipped message.

#include "../result.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace mailstore::core::archive {

using ChunkSink = std::function<Result<void>(const char *data, std::size_t size)>;

Result<void> readChunks(int fd, std::uint64_t size, std::vector<char> &buffer, const ChunkSink &chunk);

} // namespace mailstore::core::archive
