// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunkedread.h"

#include <algorithm>
#include <cerrno>
#include <unistd.h>

namespace mailstore::core::archive {

Result<void> readChunks(int fd, std::uint64_t size, std::vector<char> &buffer, const ChunkSink &chunk)
{
    std::uint64_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, buffer.data(), std::min<std::uint64_t>(buffer.size(), size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return failErrno(errno, "read message");
        if (n == 0)
            return fail(ErrorCode::Conflict, "message shrank while it was read (changed in place)");
        if (auto r = chunk(buffer.data(), static_cast<std::size_t>(n)); !r)
            return r;
        done += static_cast<std::uint64_t>(n);
    }
    return ok();
}

} // namespace mailstore::core::archive
