// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RestoreBatch: messages on their way from an archive into their mailboxes. Each member's
// bytes go to files in the mailbox's tmp/ (no fsync per file), hashed while written and
// compared with the manifest at the member's end. A full batch is handed to the
// BatchCommitter (restorecommit.h), which makes it durable and renames it into place while
// the next batch is written.

#include "../result.h"
#include "restorecommit.h"
#include "restorejournal.h"
#include "restoretarget.h"
#include "restorework.h"
#include "sha256.h"

#include <cstdint>
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
    std::size_t stagedCount() const { return m_staged.files.size(); }

    // Hands the staged files to the committer (after the batch before them is committed)
    // and returns; an earlier commit's error, if one failed.
    Result<void> commitInBackground();
    // Hands them over and waits until everything handed over is committed.
    Result<void> commit();
    // Waits for the batch being committed, then removes every tmp file of the batch being
    // staged and of the open member.
    void abandon();

private:
    std::filesystem::path tmpPath(const StagedFile &s) const { return tmpPathOf(m_work, s); }

    WorkPlan &m_work;
    RestoreReport &m_report;
    Owner m_owner;
    BatchCommitter m_committer;
    std::vector<StagedFile> m_open; // files of the member being written
    StagedBatch m_staged;           // checked files waiting for the commit
    Sha256 m_sha;
    std::uint64_t m_memberBytes = 0, m_stagedBytes = 0, m_counter = 0;
};

} // namespace mailstore::core::archive::detail
