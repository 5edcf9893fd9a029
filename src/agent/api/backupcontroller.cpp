// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcontroller.h"

#include "../../api/methods.h"
#include "../accountlocator.h"
#include "../backup/backupjobs.h"
#include "../backup/backuptargets.h"
#include "../catalogservice.h"

#include <QJsonArray>

#include <algorithm>

namespace mailstore::agent {

using api::failed;

namespace ar = core::archive;

namespace {
// Exactly one way of naming what to work on (a list, one name, an account, all).
std::expected<void, api::RpcError> exactlyOne(std::initializer_list<bool> given, const QString &first,
                                              const QString &others)
{
    if (std::count(given.begin(), given.end(), true) != 1)
        return std::unexpected(api::invalidParam(first, QStringLiteral("or %1 is required (exactly one)").arg(others)));
    return {};
}
} // namespace

BackupController::BackupController(const BackupTargets &targets, BackupJobs &jobs, const AccountLocator &locator,
                                   const CatalogService &catalog)
    : m_targets(targets)
    , m_jobs(jobs)
    , m_locator(locator)
    , m_catalog(catalog)
{
}

void BackupController::registerRoutes(Dispatcher &dispatcher)
{
    dispatcher.add(api::method::BackupTargets, {[this](const api::Params &p) { return targets(p); }, Route::Thread::Pool});
    dispatcher.add(api::method::BackupList, {[this](const api::Params &p) { return list(p); }, Route::Thread::Pool});
    Route create{[this](const api::Params &p) { return this->create(p); }, Route::Thread::Pool};
    create.needsCatalog = true; // "all" means the catalog's accounts
    dispatcher.add(api::method::BackupCreate, mutatingRoute(create));
    dispatcher.add(api::method::BackupVerify,
                   mutatingRoute({[this](const api::Params &p) { return verify(p); }, Route::Thread::Pool}));
    m_jobs.registerResumers();
}

Reply BackupController::targets(const api::Params &) const
{
    QJsonArray out;
    for (const auto &t : m_targets.all())
        out.append(m_targets.targetJson(t));
    return QJsonObject{{QStringLiteral("targets"), out}};
}

Reply BackupController::list(const api::Params &params) const
{
    auto name = params.string(QStringLiteral("target"), {}, true);
    auto account = params.string(QStringLiteral("account"));
    if (!name) return failed(name);
    if (!account) return failed(account);
    auto target = m_targets.find(*name);
    if (!target)
        return failed(target);
    auto catalog = m_targets.catalog(*target);
    if (!catalog)
        return std::unexpected(api::rpcErrorFromCore(catalog.error()));
    std::vector<const ar::CatalogEntry *> entries;
    const std::string wanted = account->toStdString();
    for (const auto &e : (*catalog)->entries)
        if (wanted.empty() || e.account == wanted)
            entries.push_back(&e);
    // Newest first; the catalog is in creation order, which breaks ties within a second.
    std::reverse(entries.begin(), entries.end());
    std::stable_sort(entries.begin(), entries.end(), [](const auto *a, const auto *b) { return a->created > b->created; });
    QJsonArray backups;
    for (const auto *e : entries)
        backups.append(backupEntryJson(*e));
    return QJsonObject{{QStringLiteral("target"), target->name}, {QStringLiteral("backups"), backups}};
}

Reply BackupController::create(const api::Params &params)
{
    auto name = params.string(QStringLiteral("target"), {}, true);
    auto names = params.stringList(QStringLiteral("accounts"));
    auto account = params.string(QStringLiteral("account"));
    auto all = params.boolean(QStringLiteral("all"), false);
    auto incremental = params.boolean(QStringLiteral("incremental"), false);
    if (!name) return failed(name);
    if (!names) return failed(names);
    if (!account) return failed(account);
    if (!all) return failed(all);
    if (!incremental) return failed(incremental);
    if (auto one = exactlyOne({!names->isEmpty(), !account->isEmpty(), *all}, QStringLiteral("accounts"),
                              QStringLiteral("account or all:true"));
        !one)
        return failed(one);
    auto target = m_targets.find(*name);
    if (!target)
        return failed(target);
    // A target that is not mounted fails here, not as one failed account after another.
    if (auto catalog = m_targets.catalog(*target); !catalog)
        return std::unexpected(api::rpcErrorFromCore(catalog.error()));
    if (!account->isEmpty())
        names->append(*account);
    if (*all) {
        const auto &catalog = m_catalog.catalog();
        core::catalog::Query q;
        q.limit = catalog.size();
        for (const auto &a : catalog.query(q).accounts)
            names->append(QString::fromStdString(a.name));
        if (names->isEmpty())
            return std::unexpected(api::RpcError{api::rpccode::NotFound, QStringLiteral("the host has no accounts"),
                                                 QJsonObject{{QStringLiteral("account"), QString()}}});
    }
    names->removeDuplicates();
    std::vector<core::maildir::AccountLocation> locations;
    for (const QString &n : std::as_const(*names)) {
        auto loc = m_locator.locate(n);
        if (!loc)
            return failed(loc);
        locations.push_back(*loc);
    }
    return QJsonObject{{QStringLiteral("jobId"), m_jobs.startCreate(*target, locations, *incremental)}};
}

Reply BackupController::verify(const api::Params &params)
{
    auto name = params.string(QStringLiteral("target"), {}, true);
    auto ids = params.stringList(QStringLiteral("ids"));
    auto id = params.string(QStringLiteral("id"));
    auto account = params.string(QStringLiteral("account"));
    auto all = params.boolean(QStringLiteral("all"), false);
    if (!name) return failed(name);
    if (!ids) return failed(ids);
    if (!id) return failed(id);
    if (!account) return failed(account);
    if (!all) return failed(all);
    if (auto one = exactlyOne({!ids->isEmpty(), !id->isEmpty(), !account->isEmpty(), *all}, QStringLiteral("ids"),
                              QStringLiteral("id or account or all:true"));
        !one)
        return failed(one);
    auto target = m_targets.find(*name);
    if (!target)
        return failed(target);
    auto catalog = m_targets.catalog(*target);
    if (!catalog)
        return std::unexpected(api::rpcErrorFromCore(catalog.error()));
    if (!id->isEmpty())
        ids->append(*id);
    for (const QString &i : std::as_const(*ids))
        if (!(*catalog)->find(i.toStdString()))
            return std::unexpected(api::RpcError{api::rpccode::NotFound,
                                                 QStringLiteral("no backup '%1' in target %2").arg(i, target->name),
                                                 QJsonObject{{QStringLiteral("backup"), i}}});
    if (*all || !account->isEmpty()) {
        for (const auto &e : (*catalog)->entries)
            if (*all || e.account == account->toStdString())
                ids->append(QString::fromStdString(e.id));
        if (ids->isEmpty())
            return std::unexpected(api::RpcError{
                api::rpccode::NotFound,
                QStringLiteral("no backups%1 in target %2")
                    .arg(account->isEmpty() ? QString() : QStringLiteral(" of '%1'").arg(*account), target->name),
                QJsonObject{{QStringLiteral("account"), *account}}});
    }
    ids->removeDuplicates();
    return QJsonObject{{QStringLiteral("jobId"), m_jobs.startVerify(*target, *ids)}};
}

} // namespace mailstore::agent
