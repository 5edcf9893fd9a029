// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RestoreJournal: what a restore that may be killed at any point must remember for the
// re-run (docs/backup-format.md, "Restore", journal): which mailboxes it created (their
// UIDs stay the planned ones although they exist now) and the batch whose files are
// being renamed into place with their UIDs (so the re-run adds to the uidlist what a
// kill between rename and uidlist update left out). Everything else a re-run finds by
// content. Replaced atomically at each change; removed when the restore is done.

#include "../result.h"

#include <cstdint>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace mailstore::core::archive::detail {

inline constexpr std::string_view JournalMagic = "MSRESTORE-JOURNAL";

struct PendingFile {
    std::string mailbox;  // target mailbox name
    bool inNew = false;
    std::string fileName; // final name
    std::uint32_t uid = 0;
};

class RestoreJournal {
public:
    // Reads <dir>/<key>.journal when it exists (resumed() then says so); writes nothing
    // (the folder is made at the first save). An empty dir
    // means no journal: every call succeeds and records nothing.
    static Result<RestoreJournal> open(const std::filesystem::path &dir, const std::string &key,
                                       const std::string &backupId, const std::string &maildir);

    bool resumed() const { return m_resumed; }
    const std::set<std::string> &created() const { return m_created; }
    const std::vector<PendingFile> &pending() const { return m_pending; }

    Result<void> addCreated(const std::string &mailbox);
    Result<void> setPending(std::vector<PendingFile> files);
    Result<void> clearPending() { return setPending({}); }
    Result<void> remove();

private:
    Result<void> save();

    std::filesystem::path m_file;
    std::string m_backupId, m_maildir;
    bool m_resumed = false;
    std::set<std::string> m_created;
    std::vector<PendingFile> m_pending;
};

} // namespace mailstore::core::archive::detail
