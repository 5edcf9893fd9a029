// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofs.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace mailstore::core::demo {

DemoDir::DemoDir(DemoDir &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)), m_path(std::move(other.m_path))
{
}

DemoDir &DemoDir::operator=(DemoDir &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
    }
    return *this;
}

DemoDir::~DemoDir()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::string DemoDir::child(std::string_view name) const
{
    std::string p = m_path;
    if (!p.empty() && p.back() != '/')
        p += '/';
    p += name;
    return p;
}

Result<DemoDir> DemoDir::open(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return failErrno(errno, "open directory", path);
    return DemoDir(fd, path);
}

Result<DemoDir> DemoDir::create(std::string_view name, mode_t mode) const
{
    const std::string n(name);
    if (::mkdirat(m_fd, n.c_str(), mode) != 0)
        return failErrno(errno, "mkdir", child(name));
    const int fd = ::openat(m_fd, n.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return failErrno(errno, "open directory", child(name));
    return DemoDir(fd, child(name));
}

Result<void> DemoDir::createLeaf(std::string_view name, mode_t mode) const
{
    const std::string n(name);
    if (::mkdirat(m_fd, n.c_str(), mode) != 0)
        return failErrno(errno, "mkdir", child(name));
    return ok();
}

Result<void> DemoDir::writeFile(std::string_view name, std::string_view content, mode_t mode, std::int64_t mtime) const
{
    const std::string n(name);
    const int fd = ::openat(m_fd, n.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return failErrno(errno, "create", child(name));
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t w = ::write(fd, content.data() + done, content.size() - done);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            return failErrno(err, "write", child(name));
        }
        done += static_cast<std::size_t>(w);
    }
    // The mtime is the message's INTERNALDATE; both times are set so the tree is
    // identical from run to run.
    const timespec times[2] = {{static_cast<time_t>(mtime), 0}, {static_cast<time_t>(mtime), 0}};
    if (::futimens(fd, times) != 0) {
        const int err = errno;
        ::close(fd);
        return failErrno(err, "set times", child(name));
    }
    // close() can report a delayed write error (NFS, quota), so it is checked.
    if (::close(fd) != 0)
        return failErrno(errno, "close", child(name));
    return ok();
}

} // namespace mailstore::core::demo
