// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BackupJobs: backup.create and backup.verify as daemon jobs. Both are heavy (bulk reads
// of the store or of archives) and resumable: a resumed run goes on with the accounts,
// or backup ids, the interrupted one had not finished, and its result lists the earlier
// run's outcomes too. The core calls take no throttle or cancel flag yet, so an account
// (or an archive) is the unit: cancel is seen between them, and its bytes are paid into
// the host's I/O budget after it is done, which keeps the average under the cap.

#include "../../core/maildir/maillayout.h"
#include "../agentconfig.h"

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
    // A full backup reads every message: the catalog's byte counts are its total.
    qint64 messageBytes(const std::vector<core::maildir::AccountLocation> &accounts) const;

    const BackupTargets &m_targets;
    const AccountLocator &m_locator;
    const CatalogService &m_catalog;
    JobManager &m_jobs;
};

} // namespace mailstore::agent
