// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BatchCommitter: makes restore batches durable and visible on a thread of its own, so
// the next batch is read, written and hashed while this one waits for the disk. A commit:
// syncfs() of each file system the batch wrote to, then per mailbox under the uidlist
// dotlock: UIDs, journal, rename into new/ or cur/ (never over a file), fsync the folders,
// uidlist replaced atomically. Batches commit one at a time, in the order handed over
// (the journal records one pending batch).

#include "../result.h"
#include "restorejournal.h"
#include "restoretarget.h"
#include "restorework.h"

#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace mailstore::core::archive::detail {

// A message file in a mailbox's tmp/, checked against the manifest.
struct StagedFile {
    std::size_t message;  // into WorkPlan::messages
    std::string tmpName;  // emptied once renamed into place
    int fd = -1;          // open while its member is written
};

struct StagedBatch {
    std::vector<StagedFile> files;
    // mailbox -> its tmp/ folder, opened before the batch's first file there: syncfs()
    // reports the write-back errors since that fd was opened (Linux >= 5.8).
    std::map<std::size_t, int> syncFds;
};

std::filesystem::path tmpPathOf(const WorkPlan &work, const StagedFile &file);

class BatchCommitter {
public:
    // The committer updates `report` (restored, bytes, UID counts) and the journal; the
    // caller must not touch those while batches are in hand.
    BatchCommitter(WorkPlan &work, RestoreJournal &journal, const Owner &owner, RestoreReport &report);
    ~BatchCommitter(); // finishes the batch in hand
    BatchCommitter(const BatchCommitter &) = delete;
    BatchCommitter &operator=(const BatchCommitter &) = delete;

    // Hands a batch over, after waiting for the one before. An earlier commit failed: that
    // error, and `batch` is left with the caller (to remove).
    Result<void> submit(StagedBatch &batch);
    // Waits until the batch in hand is committed; its error, if it failed.
    Result<void> drain();

private:
    void run();
    Result<void> commit(StagedBatch &batch);
    Result<void> commitMailbox(std::size_t mailbox, const std::vector<StagedFile *> &files);

    WorkPlan &m_work;
    RestoreJournal &m_journal;
    Owner m_owner;
    RestoreReport &m_report;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<StagedBatch> m_batch; // handed over, not yet committed
    std::optional<Error> m_error;       // the first failed commit; no later batch is taken
    bool m_stop = false;
    std::thread m_thread; // last: started once everything above exists
};

// Closes the fds and removes the tmp files of a batch that will not be committed.
void discardBatch(const WorkPlan &work, StagedBatch &batch);

} // namespace mailstore::core::archive::detail
