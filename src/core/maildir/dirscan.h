// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private helpers for the maildir scanners: descriptor-relative directory reading with
// POSIX calls (readdir's d_type saves a stat per entry on a host with millions of
// files), entry classification that never follows symlinks, and finding construction.
// Not part of the core API.

#include "../finding.h"

#include <dirent.h>
#include <string>
#include <string_view>

namespace mailstore::core::maildir::detail {

class UniqueFd {
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : m_fd(fd) {}
    UniqueFd(UniqueFd &&other) noexcept : m_fd(other.release()) {}
    UniqueFd &operator=(UniqueFd &&other) noexcept;
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;
    ~UniqueFd();

    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    int release();

private:
    int m_fd = -1;
};

// Opens a directory below `parentFd` (AT_FDCWD for an absolute or relative path) without
// following a symlink in the last component unless `followLast`. Sets errno on failure.
UniqueFd openDirectoryAt(int parentFd, const char *name, bool followLast = false);

// Iterates the entries of a directory descriptor (the descriptor stays owned by the caller).
class DirReader {
public:
    explicit DirReader(int dirFd);
    DirReader(const DirReader &) = delete;
    DirReader &operator=(const DirReader &) = delete;
    ~DirReader();

    bool ok() const { return m_dir != nullptr; }
    int openError() const { return m_openError; }
    // Next entry other than "." and ".."; nullptr at the end.
    const dirent *next();

private:
    DIR *m_dir = nullptr;
    int m_openError = 0;
};

enum class EntryType { Regular, Directory, Symlink, Other, Missing };

// Uses d_type, or fstatat without following links when the filesystem does not fill it.
EntryType entryType(int dirFd, const dirent &entry);

std::string errnoText(int err);

// "dir/name" for a finding: every non-UTF-8 byte escaped.
std::string displayPath(std::string_view dir, std::string_view name = {});

Finding makeFinding(const char *code, Severity severity, std::string path,
                    std::string detail = {});

// DanglingSymlink when the link's target does not exist, SymlinkSkipped otherwise.
Finding symlinkFinding(int dirFd, const char *name, std::string path);

} // namespace mailstore::core::maildir::detail
