// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

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

void Dispatcher::dispatch(const api::Request &request, std::function<void(const Reply &)> done)
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
    auto run = [this, route, params, done = std::move(done)]() mutable {
        if (route.thread == Route::Thread::Main) {
            done(route.handler(params));
            return;
        }
        QThreadPool::globalInstance()->start([this, route, params, done = std::move(done)]() mutable {
            Reply reply = route.handler(params);
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
