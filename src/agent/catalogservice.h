// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CatalogService: the daemon's owner of the account catalog. Builds it on a worker
// thread at start, refreshes it periodically (only changed accounts are rescanned), and
// holds back callers that need it until the first build is done, so a client's first
// accounts.list simply answers a little later instead of failing.

#include "../core/catalog/accountcatalog.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace mailstore::agent {

class CatalogService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogService)
public:
    CatalogService(std::unique_ptr<core::catalog::AccountCatalog> catalog, int refreshSec,
                   QObject *parent = nullptr);

    void start();
    // Refreshes now (or right after the refresh that is running), rescanning `changed`.
    void refreshNow(const QStringList &changed = {});
    // Runs fn on this object's thread once the catalog is ready (at once if it is).
    void whenReady(std::function<void()> fn);
    const core::catalog::AccountCatalog &catalog() const { return *m_catalog; }
    bool busy() const { return m_watcher.isRunning(); }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void built(qsizetype accounts, double seconds);

private:
    void runBuild(bool refresh);
    void onFinished();

    std::unique_ptr<core::catalog::AccountCatalog> m_catalog;
    QFutureWatcher<core::Result<core::catalog::BuildStats>> m_watcher;
    QTimer m_refreshTimer;
    std::vector<std::function<void()>> m_waiting;
    QString m_lastError;
    bool m_firstDone = false;
    bool m_again = false;
    QStringList m_changed;
};

} // namespace mailstore::agent
