// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JobJournal: the daemon's record of its jobs on disk, <state dir>/jobs/<id>.json, one
// file per job replaced whole with core::fs::writeFileAtomic (temp, fsync, rename, fsync
// folder). One file per job rather than one appended log: a kill -9 at any point leaves
// every file as its old or its new complete version, a damaged file costs one job and
// not the journal, and bounding the journal is deleting files, not compacting a log.
// Files that do not parse are moved to jobs/corrupt/ and reported, never fatal.
// Not thread-safe per job id: the JobManager writes from one journal thread.

#include "job.h"

#include <QString>
#include <QStringList>

#include <expected>

namespace mailstore::agent {

class JobJournal {
public:
    explicit JobJournal(QString dir);

    QString dir() const { return m_dir; }
    std::expected<void, QString> save(const JobRecord &record) const;
    void remove(const QString &id) const;

    struct Loaded {
        QList<JobRecord> jobs;  // oldest first
        QStringList problems;   // one sentence per file that was moved aside
    };
    // Reads every job file; creates the folder when missing.
    Loaded load() const;

private:
    QString pathOf(const QString &id) const;
    QString m_dir;
};

} // namespace mailstore::agent
