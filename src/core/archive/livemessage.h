// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opening a message of a live Maildir for a backup. Between listing and reading, Dovecot
// may rename a file (flags change: new/ -> cur/, or ":2,S" -> ":2,RS") or expunge it. A
// renamed message is found again under its base name in cur/; an expunged one is
// reported as vanished. Never follows symlinks; never blocks on a FIFO.

#include "../result.h"

#include <filesystem>
#include <map>
#include <string>

namespace mailstore::core::archive {

struct OpenedMessage {
    int fd = -1;           // owned by the caller
    bool inNew = false;    // where it was found
    std::string fileName;  // the name it was found under
    std::uint64_t size = 0;
    std::int64_t mtime = 0;
};

class LiveMailbox {
public:
    explicit LiveMailbox(std::filesystem::path dir) : m_dir(std::move(dir)) {}

    // NotFound: vanished (expunged). Unsupported: not a regular file. Other errors: I/O.
    Result<OpenedMessage> open(bool inNew, const std::string &fileName, const std::string &baseName);

private:
    Result<OpenedMessage> openExact(bool inNew, const std::string &fileName);
    void rescanCur();

    std::filesystem::path m_dir;
    std::map<std::string, std::string> m_curByBase; // base name -> current file name in cur/
    bool m_scanned = false;
};

} // namespace mailstore::core::archive
