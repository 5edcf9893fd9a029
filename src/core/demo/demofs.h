// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Minimal POSIX writing for the demo store: directories are opened once and files
// written relative to them (openat), which saves path walks when a benchmark creates
// hundreds of thousands of folders. No fsync anywhere: a demo store is regenerable
// from its seed, so durability would only cost time.

#include "../result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace mailstore::core::demo {

class DemoDir {
public:
    DemoDir() = default;
    DemoDir(const DemoDir &) = delete;
    DemoDir &operator=(const DemoDir &) = delete;
    DemoDir(DemoDir &&other) noexcept;
    DemoDir &operator=(DemoDir &&other) noexcept;
    ~DemoDir();

    // Opens an existing directory.
    static Result<DemoDir> open(const std::string &path);
    // Creates `name` inside this directory (it must not exist yet) and opens it.
    Result<DemoDir> create(std::string_view name, mode_t mode) const;
    // Creates `name` without opening it (cheaper for tmp/).
    Result<void> createLeaf(std::string_view name, mode_t mode) const;
    // Writes a new file (O_EXCL) and sets its atime and mtime to `mtime`.
    Result<void> writeFile(std::string_view name, std::string_view content, mode_t mode, std::int64_t mtime) const;

    const std::string &path() const { return m_path; }

private:
    DemoDir(int fd, std::string path) : m_fd(fd), m_path(std::move(path)) {}
    std::string child(std::string_view name) const;

    int m_fd = -1;
    std::string m_path;
};


} // namespace mailstore::core::demo
