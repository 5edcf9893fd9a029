// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// IndexController: index.verify and index.rebuild. One account answers directly; the
// whole host, and every real rebuild, run as jobs in the daemon. Both jobs resume: a
// host-wide verify starts over (heavy: it waits for an I/O slot and a deep one reads
// through the host's MB/s cap), a rebuild goes on with the accounts not yet done.

#include "../../core/maildir/maillayout.h"
#include "../dispatcher.h"
#include "../doveadm.h"
#include "../indexrepair.h"

#include <vector>

namespace mailstore::agent {

class AccountLocator;
class CatalogService;
class JobManager;

class IndexController final {
public:
    IndexController(const AccountLocator &locator, CatalogService &catalog, JobManager &jobs, Doveadm doveadm);
    void registerRoutes(Dispatcher &dispatcher);

    Reply verify(const api::Params &params);
    Reply rebuild(const api::Params &params);

private:
    // The jobs, shared by the routes and job.resume; each returns the new job's id.
    QString startVerifyAll(bool deep);
    QString startRebuild(const std::vector<core::maildir::AccountLocation> &locations, const QString &box,
                         const RepairOptions &options);
    void registerResumers();

    const AccountLocator &m_locator;
    CatalogService &m_catalog;
    JobManager &m_jobs;
    Doveadm m_doveadm;
};

} // namespace mailstore::agent
