// SPDX-License-Identifier: GPL-3.0-or-later
#include "livemessage.h"

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mailstore::core::archive {

Result<OpenedMessage> LiveMailbox::openExact(bool inNew, const std::string &fileName)
{
    const auto path = m_dir / (inNew ? "new" : "cur") / fileName;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ELOOP)
            return fail(ErrorCode::Unsupported, "symlink", path.string());
        return failErrno(errno, "open message", path);
    }
    struct stat st {};
    if (::fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(ErrorCode::Unsupported, "not a regular file", path.string());
    }
    ::fcntl(fd, F_SETFL, O_RDONLY);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    return OpenedMessage{fd, inNew, fileName, static_cast<std::uint64_t>(st.st_size), st.st_mtime};
}

void LiveMailbox::rescanCur()
{
    m_curByBase.clear();
    m_scanned = true;
    DIR *d = ::opendir((m_dir / "cur").c_str());
    if (!d)
        return;
    while (const dirent *e = ::readdir(d)) {
        const std::string name = e->d_name;
        if (name.empty() || name[0] == '.')
            continue;
        m_curByBase[name.substr(0, name.find(':'))] = name;
    }
    ::closedir(d);
}

Result<OpenedMessage> LiveMailbox::open(bool inNew, const std::string &fileName, const std::string &baseName)
{
    auto first = openExact(inNew, fileName);
    if (first || first.error().code != ErrorCode::NotFound)
        return first;
    // Renamed since the listing: look for the base name in cur/, with a fresh listing
    // when the cached one is stale (a message renamed twice is still found).
    bool fresh = false;
    if (!m_scanned) {
        rescanCur();
        fresh = true;
    }
    for (;;) {
        if (const auto it = m_curByBase.find(baseName); it != m_curByBase.end()) {
            auto again = openExact(false, it->second);
            if (again || again.error().code != ErrorCode::NotFound)
                return again;
        }
        if (fresh)
            break;
        rescanCur();
        fresh = true;
    }
    return fail(ErrorCode::NotFound, "message vanished during the backup", (m_dir / fileName).string());
}

} // namespace mailstore::core::archive
