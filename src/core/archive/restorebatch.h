// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RestoreBatch: messages on their way from an archive into their mailboxes. Each member's
// bytes go to files in the mailbox's tmp/ (no fsync per file), hashed while written and
// compared with the manifest at the member's end. A commit makes the batch durable in
// one go: syncfs() of each file system it wrote to, then per mailbox under the
// uidlist dotlock: UIDs, journal, rename into new/ or cur/ (never over a file), fsync
// the folders, uidlist replaced atomically.

#include "../result.h"
#include "restorejournal.h"
#include "restoretarget.h"
#include "restorework.h"
#include "sha256.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace mailstore::core::archive::detail {

class RestoreBatch {
public:
    RestoreBatch(WorkPlan &work, RestoreJournal &journal, const Owner &owner, RestoreReport &report);
    ~RestoreBatch(); // abandons what was not committed
    RestoreBatch(const RestoreBatch &) = delete;
    RestoreBatch &operator=(const RestoreBatch &) = delete;

    // Opens one tmp file per message made from the member (duplicates share a member).
    Result<void> beginMember(const std::vector<std::size_t> &messages);
    Result<void> write(const void *data, std::size_t size);
    // Ends the member. Its bytes match the manifest: the files join the batch. They do
    // not (or the stream broke inside it): the files are removed and a problem recorded.
    Result<void> endMember(bool complete, const std::string &member);

    std::uint64_t stagedBytes() const { return m_stagedBytes; }
    std::size_t stagedCount() const { return m_staged.size(); }

    Result<void> commit();
    // Removes every tmp file of the batch and of the open member.
    void abandon();

private:
    struct Staged {
        std::size_t message;
        std::string tmpName;
        int fd = -1; // open while its member is written
    };
    Result<void> commitMailbox(std::size_t mailbox, const std::vector<Staged *> &files);
    Result<void> syncFileSystems();
    void closeSyncFds();
    std::filesystem::path tmpPath(const Staged &s) const;

    WorkPlan &m_work;
    RestoreJournal &m_journal;
    Owner m_owner;
    RestoreReport &m_report;
    std::vector<Staged> m_open;   // files of the member being written
    std::vector<Staged> m_staged; // checked files waiting for the commit
    std::map<std::size_t, int> m_syncFds; // mailbox -> its tmp/, opened before the batch wrote there
    Sha256 m_sha;
    std::uint64_t m_memberBytes = 0, m_stagedBytes = 0, m_counter = 0;
};

} // namespace mailstore::core::archive::detail
