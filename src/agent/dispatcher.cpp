// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include "auditlog.h"
#include "catalogservice.h"

#include <QJsonObject>
#include <QPointer>
#include <QThreadPool>

namespace mailstore::agent {

Dispatcher::Dispatcher(CatalogService &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
{
}

void Dispatcher::add(QLatin1StringView method, Route route)
{
    m_routes.insert(QString(method), std::move(route));
}

QStringList Dispatcher::methods() const
{
    QStringList names = m_routes.keys();
    names.sort();
    return names;
}

QStringList Dispatcher::mutatingMethods() const
{
    QStringList names;
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it)
        if (it.value().mutating)
            names << it.key();
    names.sort();
    return names;
}

void Dispatcher::dispatch(const api::Request &request, const Principal &who,
                          std::function<void(const Reply &)> done)
{
    const auto it = m_routes.constFind(request.method);
    if (it == m_routes.cend()) {
        done(std::unexpected(api::RpcError{api::rpccode::MethodNotFound,
                                           QStringLiteral("method '%1' not found").arg(request.method),
                                           QJsonObject{{QStringLiteral("method"), request.method}}}));
        return;
    }
    const api::Params params(request.params);
    if (!params.valid()) {
        done(std::unexpected(api::RpcError{api::rpccode::InvalidParams,
                                           QStringLiteral("params must be an object"),
                                           QJsonValue(QJsonValue::Undefined)}));
        return;
    }
    const Route route = it.value();
    if (route.mutating) {
        if (m_audit) {
            // Recorded after the outcome is known; refused attempts are recorded too.
            done = [audit = m_audit, who, method = request.method, raw = request.params,
                    done = std::move(done)](const Reply &reply) {
                audit->append(who, method, raw, reply ? 0 : reply.error().code);
                done(reply);
            };
        }
        if (who.role != Role::Admin) {
            done(std::unexpected(api::RpcError{
                api::rpccode::Forbidden,
                QStringLiteral("forbidden: '%1' changes the store and needs the admin role; %2 has role %3")
                    .arg(request.method, who.name, roleName(who.role)),
                QJsonObject{{QStringLiteral("method"), request.method},
                            {QStringLiteral("role"), roleName(who.role)}}}));
            return;
        }
    }
    auto call = [route, who](const api::Params &p) {
        return route.callerHandler ? route.callerHandler(p, who) : route.handler(p);
    };
    auto run = [this, route, call, params, done = std::move(done)]() mutable {
        if (route.thread == Route::Thread::Main) {
            done(call(params));
            return;
        }
        QThreadPool::globalInstance()->start([this, call, params, done = std::move(done)]() mutable {
            Reply reply = call(params);
            QMetaObject::invokeMethod(this, [done = std::move(done), reply = std::move(reply)] { done(reply); },
                                      Qt::QueuedConnection);
        });
    };
    if (route.needsCatalog)
        m_catalog.whenReady(std::move(run));
    else
        run();
}

} // namespace mailstore::agent
