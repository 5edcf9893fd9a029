// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BackupJobs: backup.create and backup.verify as daemon jobs. Both are heavy (bulk reads
// of the store or of archives) and resumable: a resumed run goes on with the accounts,
// or backup ids, the interrupted one had not finished, and its result lists the earlier
// run's outcomes too. Items stay accounts (create) and backups (verify), but the core
// calls report bytes as they read, so rate and ETA are per byte; they take the job's
// cancel flag (a cancel stops mid-account, mid-archive) and pay every read into the
// host's I/O budget as it happens, so the cap holds within one big account too.

#include "../../core/maildir/maillayout.h"
#include "../agentconfig.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace mailstore::agent {

class AccountLocator;
class BackupTargets;
class CatalogService;
class JobManager;

class BackupJobs final {
public:
    BackupJobs(const BackupTargets &targets, const AccountLocator &locator, const CatalogService &catalog,
               JobManager &jobs);

    // `earlier` carries what an interrupted run already did: {"backups": [...], "failed": [...]}.
    QString startCreate(const BackupTarget &target, const std::vector<core::maildir::AccountLocation> &accounts,
                        bool incremental, const QJsonObject &earlier = {});
    QString startVerify(const BackupTarget &target, const QStringList &ids, const QJsonObject &earlier = {});
    void registerResumers();

private:
    // A full backup reads every message: the catalog's byte counts, by account, estimate
    // what accounts not yet started will read (the core gives the exact figure per account).
    QHash<QString, qint64> messageBytes() const;

    const BackupTargets &m_targets;
    const AccountLocator &m_locator;
    const CatalogService &m_catalog;
    JobManager &m_jobs;
};

} // namespace mailstore::agent
