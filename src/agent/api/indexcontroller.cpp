// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexcontroller.h"

#include "../../api/corejson.h"
#include "../../api/methods.h"
#include "../../core/integrity/integrityscan.h"
#include "../accountlocator.h"
#include "../catalogservice.h"
#include "../indexrepair.h"
#include "../jobs/jobmanager.h"

#include <QJsonArray>
#include <QPointer>

#include <algorithm>

namespace mailstore::agent {

namespace {
template <typename T>
std::unexpected<api::RpcError> failed(const std::expected<T, api::RpcError> &e)
{
    return std::unexpected(e.error());
}
} // namespace

IndexController::IndexController(const AccountLocator &locator, CatalogService &catalog, JobManager &jobs,
                                 Doveadm doveadm)
    : m_locator(locator)
    , m_catalog(catalog)
    , m_jobs(jobs)
    , m_doveadm(std::move(doveadm))
{
}

void IndexController::registerRoutes(Dispatcher &dispatcher)
{
    dispatcher.add(api::method::IndexVerify, {[this](const api::Params &p) { return verify(p); }, Route::Thread::Pool});
    dispatcher.add(api::method::IndexRebuild,
                   mutatingRoute({[this](const api::Params &p) { return rebuild(p); }, Route::Thread::Pool}));
}

Reply IndexController::verify(const api::Params &params)
{
    auto account = params.string(QStringLiteral("account"));
    auto mailbox = params.string(QStringLiteral("mailbox"));
    auto all = params.boolean(QStringLiteral("all"), false);
    auto deep = params.boolean(QStringLiteral("deep"), false);
    if (!account) return failed(account);
    if (!mailbox) return failed(mailbox);
    if (!all) return failed(all);
    if (!deep) return failed(deep);
    if (account->isEmpty() == !*all)
        return std::unexpected(api::invalidParam(QStringLiteral("account"), QStringLiteral("or all:true is required (not both)")));

    if (!account->isEmpty()) {
        auto loc = m_locator.locate(*account);
        if (!loc)
            return std::unexpected(loc.error());
        auto result = verifyAccount(*loc, *mailbox, *deep);
        if (!result)
            return std::unexpected(result.error());
        return *result;
    }

    const auto root = m_locator.root();
    const auto layout = m_locator.layout();
    const bool isDeep = *deep;
    QPointer<CatalogService> catalog(&m_catalog);
    const QString id = m_jobs.start(QString(api::method::IndexVerify), isDeep ? QStringLiteral("all accounts, deep") : QStringLiteral("all accounts"),
        [root, layout, isDeep, catalog](JobContext &ctx) -> std::expected<QJsonValue, api::RpcError> {
            core::integrity::ScanOptions options;
            options.deep = isDeep;
            options.cancel = &ctx.cancelFlag();
            ctx.setProgress(0, 0, QStringLiteral("accounts"), QStringLiteral("finding accounts"));
            // Two threads: a host-wide scan must not become the load that breaks a
            // degraded disk (issue 5 turns this into a configurable I/O budget).
            qint64 accounts = 0;
            auto results = core::integrity::scanHost(root, layout, options, 2, [&ctx, &accounts](const auto &p) {
                accounts = qint64(p.accountsTotal);
                ctx.setProgress(qint64(p.accountsDone), qint64(p.accountsTotal), QStringLiteral("accounts"),
                                QStringLiteral("scanning"));
            });
            if (!results)
                return std::unexpected(api::rpcErrorFromCore(results.error()));
            QJsonArray list;
            QStringList names;
            qint64 withProblems = 0;
            for (const auto &a : *results) {
                const auto problems = std::count_if(a.findings.begin(), a.findings.end(), core::isProblem);
                withProblems += problems > 0 ? 1 : 0;
                names << QString::fromStdString(a.account);
                list.append(QJsonObject{{QStringLiteral("account"), QString::fromStdString(a.account)},
                                        {QStringLiteral("problems"), qint64(problems)},
                                        {QStringLiteral("findings"), api::toJson(a.findings)}});
            }
            // The scan saw the truth; let the catalog (and the problems filter) catch up.
            QMetaObject::invokeMethod(catalog, [catalog, names] { if (catalog) catalog->refreshNow(names); });
            return QJsonObject{{QStringLiteral("accounts"), accounts},
                               {QStringLiteral("withProblems"), withProblems},
                               {QStringLiteral("results"), list}};
        });
    return QJsonObject{{QStringLiteral("jobId"), id}};
}

Reply IndexController::rebuild(const api::Params &params)
{
    auto account = params.string(QStringLiteral("account"));
    auto mailbox = params.string(QStringLiteral("mailbox"));
    auto dryRun = params.boolean(QStringLiteral("dryRun"), false);
    auto kick = params.boolean(QStringLiteral("kick"), false);
    auto resync = params.boolean(QStringLiteral("resync"), true);
    auto names = params.stringList(QStringLiteral("accounts"));
    if (!account) return failed(account);
    if (!mailbox) return failed(mailbox);
    if (!dryRun) return failed(dryRun);
    if (!kick) return failed(kick);
    if (!resync) return failed(resync);
    if (!names) return failed(names);
    if (!account->isEmpty())
        names->prepend(*account);
    if (names->isEmpty())
        return std::unexpected(api::invalidParam(QStringLiteral("account"), QStringLiteral("or accounts is required")));
    if (!mailbox->isEmpty() && names->size() != 1)
        return std::unexpected(api::invalidParam(QStringLiteral("mailbox"), QStringLiteral("needs exactly one account")));

    std::vector<core::maildir::AccountLocation> locations;
    for (const QString &n : *names) {
        auto loc = m_locator.locate(n);
        if (!loc)
            return std::unexpected(loc.error());
        locations.push_back(*loc);
    }
    const RepairOptions options{*dryRun, *kick, *resync};
    if (options.dryRun) {
        QJsonArray reports;
        for (const auto &loc : locations) {
            auto r = repairAccount(loc, *mailbox, options, m_doveadm);
            if (!r)
                return std::unexpected(r.error());
            reports.append(*r);
        }
        return QJsonObject{{QStringLiteral("reports"), reports}};
    }

    const QString box = *mailbox;
    const Doveadm doveadm = m_doveadm;
    QPointer<CatalogService> catalog(&m_catalog);
    const QString summary = names->size() == 1 ? names->first() : QStringLiteral("%1 accounts").arg(names->size());
    const QString id = m_jobs.start(QString(api::method::IndexRebuild), summary,
        [locations, box, options, doveadm, catalog, all = *names](JobContext &ctx) -> std::expected<QJsonValue, api::RpcError> {
            QJsonArray reports;
            qint64 done = 0;
            for (const auto &loc : locations) {
                if (ctx.cancelled())
                    break;
                const QString name = QString::fromStdString(loc.name);
                ctx.setProgress(done, qint64(locations.size()), QStringLiteral("accounts"), QStringLiteral("rebuilding ") + name);
                auto r = repairAccount(loc, box, options, doveadm);
                if (r) {
                    ctx.log(name + QStringLiteral(": rebuilt"));
                    reports.append(*r);
                } else {
                    // One account that cannot be repaired (a lock Dovecot holds) does not stop the rest.
                    ctx.log(name + QStringLiteral(": ") + r.error().message);
                    reports.append(QJsonObject{{QStringLiteral("account"), name},
                                               {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), r.error().code},
                                                                                     {QStringLiteral("message"), r.error().message}}}});
                }
                ctx.setProgress(++done, qint64(locations.size()), QStringLiteral("accounts"), QStringLiteral("rebuilding"));
            }
            QMetaObject::invokeMethod(catalog, [catalog, all] { if (catalog) catalog->refreshNow(all); });
            return QJsonObject{{QStringLiteral("reports"), reports}};
        });
    return QJsonObject{{QStringLiteral("jobId"), id}};
}

} // namespace mailstore::agent
