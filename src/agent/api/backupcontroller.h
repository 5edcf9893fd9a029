// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BackupController: backup.targets, backup.list (reads: from the targets' catalogs),
// backup.create and backup.verify (mutating: they start BackupJobs). Parameters are
// checked and every account and backup id resolved before a job starts, so a typo is an
// error to the caller, not a failed job.

#include "../dispatcher.h"

namespace mailstore::agent {

class AccountLocator;
class BackupJobs;
class BackupTargets;
class CatalogService;

class BackupController final {
public:
    BackupController(const BackupTargets &targets, BackupJobs &jobs, const AccountLocator &locator,
                     const CatalogService &catalog);
    void registerRoutes(Dispatcher &dispatcher);

    Reply targets(const api::Params &params) const;
    Reply list(const api::Params &params) const;
    Reply create(const api::Params &params);
    Reply verify(const api::Params &params);

private:
    const BackupTargets &m_targets;
    BackupJobs &m_jobs;
    const AccountLocator &m_locator;
    const CatalogService &m_catalog;
};

} // namespace mailstore::agent
