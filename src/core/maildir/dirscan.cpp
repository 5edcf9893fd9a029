// SPDX-License-Identifier: GPL-3.0-or-later
#include "dirscan.h"

#include "../fs/pathtext.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace mailstore::core::maildir::detail {

UniqueFd &UniqueFd::operator=(UniqueFd &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.release();
    }
    return *this;
}

UniqueFd::~UniqueFd()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

int UniqueFd::release()
{
    const int fd = m_fd;
    m_fd = -1;
    return fd;
}

UniqueFd openDirectoryAt(int parentFd, const char *name, bool followLast)
{
    // O_NONBLOCK: should a fifo sit where a folder is expected, open() must not wait on it.
    int flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK;
    if (!followLast)
        flags |= O_NOFOLLOW;
    int fd = -1;
    do {
        fd = ::openat(parentFd, name, flags);
    } while (fd < 0 && errno == EINTR);
    return UniqueFd(fd);
}

DirReader::DirReader(int dirFd)
{
    // fdopendir takes ownership of its descriptor; the caller keeps using its own.
    const int dup = ::fcntl(dirFd, F_DUPFD_CLOEXEC, 0);
    if (dup < 0) {
        m_openError = errno;
        return;
    }
    m_dir = ::fdopendir(dup);
    if (!m_dir) {
        m_openError = errno;
        ::close(dup);
        return;
    }
    // The duplicate shares the file offset; start from the first entry in any case.
    ::rewinddir(m_dir);
}

DirReader::~DirReader()
{
    if (m_dir)
        ::closedir(m_dir);
}

const dirent *DirReader::next()
{
    if (!m_dir)
        return nullptr;
    while (const dirent *e = ::readdir(m_dir)) {
        const std::string_view name(e->d_name);
        if (name != "." && name != "..")
            return e;
    }
    return nullptr;
}

EntryType entryType(int dirFd, const dirent &entry)
{
    switch (entry.d_type) {
    case DT_REG: return EntryType::Regular;
    case DT_DIR: return EntryType::Directory;
    case DT_LNK: return EntryType::Symlink;
    case DT_UNKNOWN: break;
    default: return EntryType::Other;
    }
    struct stat st {};
    if (::fstatat(dirFd, entry.d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
        return EntryType::Missing;
    if (S_ISREG(st.st_mode))
        return EntryType::Regular;
    if (S_ISDIR(st.st_mode))
        return EntryType::Directory;
    if (S_ISLNK(st.st_mode))
        return EntryType::Symlink;
    return EntryType::Other;
}

std::string errnoText(int err) { return std::generic_category().message(err); }

std::string displayPath(std::string_view dir, std::string_view name)
{
    std::string joined(dir);
    if (!name.empty()) {
        if (!joined.empty() && joined.back() != '/')
            joined += '/';
        joined.append(name);
    }
    return fs::escapeForDisplay(joined);
}

Finding makeFinding(const char *code, Severity severity, std::string path, std::string detail)
{
    return Finding{code, severity, std::move(path), std::move(detail)};
}

Finding symlinkFinding(int dirFd, const char *name, std::string path)
{
    // Only the existence of the target is checked (a stat, never an open or a read).
    char target[4096];
    const ssize_t len = ::readlinkat(dirFd, name, target, sizeof target);
    std::string detail = "-> " + fs::escapeForDisplay(
        len > 0 ? std::string_view(target, static_cast<std::size_t>(len)) : std::string_view());
    struct stat st {};
    if (::fstatat(dirFd, name, &st, 0) < 0 && (errno == ENOENT || errno == ENOTDIR))
        return makeFinding(findingcode::DanglingSymlink, Severity::Warning, std::move(path),
                           std::move(detail));
    return makeFinding(findingcode::SymlinkSkipped, Severity::Warning, std::move(path),
                       std::move(detail) + " (symlinks are not followed)");
}

} // namespace mailstore::core::maildir::detail
