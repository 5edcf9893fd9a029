// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Dispatcher: the agent's explicit route table from method name to handler. Handlers
// that touch the store run on the thread pool so a slow disk never stalls other
// clients; the reply always comes back on the dispatcher's thread. Mutating routes
// are refused to support principals and recorded in the audit log, here in one place,
// so no transport or controller can forget either.

#include "../api/corejson.h"
#include "../api/jsonrpc.h"
#include "principal.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>

#include <expected>
#include <functional>

namespace mailstore::agent {

class AuditLog;
class CatalogService;

using Reply = std::expected<QJsonValue, api::RpcError>;

struct Route {
    enum class Thread { Main, Pool };
    std::function<Reply(const api::Params &)> handler;
    Thread thread = Thread::Pool;
    bool needsCatalog = false; // held back until the first catalog build is done
    bool mutating = false;     // changes the store or the daemon: admin only, audited
    // Instead of handler, for the few answers that depend on who asks (api.version's
    // "caller", so a console can hide what the caller's role may not do).
    std::function<Reply(const api::Params &, const Principal &)> callerHandler = nullptr;
};

// Marks a route as mutating (reads stay the default).
inline Route mutatingRoute(Route route)
{
    route.mutating = true;
    return route;
}

class Dispatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)
public:
    explicit Dispatcher(CatalogService &catalog, QObject *parent = nullptr);

    void add(QLatin1StringView method, Route route);
    QStringList methods() const;
    QStringList mutatingMethods() const;
    void setAuditLog(AuditLog *audit) { m_audit = audit; }

    // Runs the request for `who`; `done` is called exactly once, on this object's thread.
    void dispatch(const api::Request &request, const Principal &who,
                  std::function<void(const Reply &)> done);

private:
    CatalogService &m_catalog;
    QHash<QString, Route> m_routes;
    AuditLog *m_audit = nullptr;
};

} // namespace mailstore::agent
