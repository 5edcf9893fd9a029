// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogservice.h"

#include <QLoggingCategory>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcCatalog, "mailstore.catalog")

namespace mailstore::agent {

CatalogService::CatalogService(std::unique_ptr<core::catalog::AccountCatalog> catalog,
                               int refreshSec, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
{
    connect(&m_watcher, &QFutureWatcher<core::Result<core::catalog::BuildStats>>::finished, this,
            &CatalogService::onFinished);
    m_refreshTimer.setInterval(std::max(1, refreshSec) * 1000);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (!m_watcher.isRunning())
            runBuild(true);
    });
}

void CatalogService::start()
{
    runBuild(false);
    m_refreshTimer.start();
}

void CatalogService::refreshNow(const QStringList &changed)
{
    m_changed += changed;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    for (const QString &name : std::exchange(m_changed, {}))
        m_catalog->invalidate(name.toStdString());
    runBuild(true);
}

void CatalogService::whenReady(std::function<void()> fn)
{
    if (m_catalog->ready() || m_firstDone)
        fn();
    else
        m_waiting.push_back(std::move(fn));
}

void CatalogService::runBuild(bool refresh)
{
    auto *catalog = m_catalog.get();
    m_watcher.setFuture(QtConcurrent::run([catalog, refresh] {
        return refresh ? catalog->refresh() : catalog->build();
    }));
}

void CatalogService::onFinished()
{
    const auto result = m_watcher.result();
    if (result) {
        m_lastError.clear();
        if (result->rescanned > 0)
            qCInfo(lcCatalog, "catalog: %zu accounts, %zu scanned in %.2f s", result->accounts,
                   result->rescanned, result->seconds);
        Q_EMIT built(qsizetype(result->accounts), result->seconds);
    } else {
        m_lastError = QString::fromStdString(result.error().detail);
        qCWarning(lcCatalog, "catalog build failed: %s (%s)", result.error().detail.c_str(),
                  result.error().path.c_str());
    }
    // Callers waiting for the first build are answered even when it failed: they then
    // see an empty catalog plus the error in host.info rather than hanging.
    m_firstDone = true;
    if (std::exchange(m_again, false))
        QTimer::singleShot(0, this, [this] { refreshNow(); });
    {
        auto waiting = std::move(m_waiting);
        m_waiting.clear();
        for (auto &fn : waiting)
            fn();
    }
}

} // namespace mailstore::agent
