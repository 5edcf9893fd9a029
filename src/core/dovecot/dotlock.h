// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Dovecot's dotlock for dovecot-uidlist (storage-formats.md section 2): a file
// "dovecot-uidlist.lock" created with O_EXCL whose content is "<pid>:<hostname>".
// We always write our pid (an empty lock stalls Dovecot for ~2 minutes) and remove it
// when done. A lock held by a dead pid on this host is stale and may be replaced.

#include "../result.h"

#include <chrono>
#include <filesystem>
#include <string>

namespace mailstore::core::dovecot {

class UidlistLock {
public:
    UidlistLock() = default;
    ~UidlistLock(); // releases
    UidlistLock(UidlistLock &&other) noexcept;
    UidlistLock &operator=(UidlistLock &&other) noexcept;
    UidlistLock(const UidlistLock &) = delete;
    UidlistLock &operator=(const UidlistLock &) = delete;

    // Takes <mailboxDir>/dovecot-uidlist.lock, waiting up to `timeout` for a live holder
    // (Conflict when it does not let go). Stale locks (dead pid on this host, or older
    // than staleAfter with no readable pid) are replaced.
    static Result<UidlistLock> acquire(const std::filesystem::path &mailboxDir,
                                       std::chrono::milliseconds timeout = std::chrono::seconds(10),
                                       std::chrono::seconds staleAfter = std::chrono::seconds(120));

    bool held() const { return !m_path.empty(); }
    const std::filesystem::path &path() const { return m_path; }
    void release();

private:
    std::filesystem::path m_path;
    // What we wrote and which inode we created: release() removes the lock only when
    // both still match, so a lock somebody else took over is never deleted.
    std::string m_token;
    unsigned long long m_dev = 0, m_ino = 0;
};

} // namespace mailstore::core::dovecot
