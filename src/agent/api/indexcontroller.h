// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// IndexController: index.verify and index.rebuild. One account answers directly; the
// whole host, and every real rebuild, run as jobs in the daemon.

#include "../dispatcher.h"
#include "../doveadm.h"

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
    const AccountLocator &m_locator;
    CatalogService &m_catalog;
    JobManager &m_jobs;
    Doveadm m_doveadm;
};

} // namespace mailstore::agent
