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
#include <QThread>

#include <thread>

#include <algorithm>

namespace mailstore::agent {

using api::failed;

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
    registerResumers();
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

    return QJsonObject{{QStringLiteral("jobId"), startVerifyAll(*deep)}};
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

    return QJsonObject{{QStringLiteral("jobId"), startRebuild(locations, *mailbox, options)}};
}

QString IndexController::startVerifyAll(bool deep)
{
    const auto root = m_locator.root();
    const auto layout = m_locator.layout();
    QPointer<CatalogService> catalog(&m_catalog);
    const core::catalog::AccountCatalog *counts = &m_catalog.catalog();
    const JobOptions jobOptions{.heavy = true, .resumable = true,
                                .resumeParams = QJsonObject{{QStringLiteral("deep"), deep}}};
    return m_jobs.start(QString(api::method::IndexVerify), deep ? QStringLiteral("all accounts, deep") : QStringLiteral("all accounts"),
        [root, layout, deep, catalog, counts](JobContext &ctx) -> std::expected<QJsonValue, api::RpcError> {
            std::atomic<std::uint64_t> bytesRead{0}, messagesRead{0};
            core::integrity::ScanOptions options;
            options.deep = deep;
            options.cancel = &ctx.cancelFlag();
            options.throttle = ctx.throttle();
            options.bytesRead = &bytesRead;
            options.messagesRead = &messagesRead;
            qint64 accounts = 0;
            std::atomic<qint64> accountsDone{0};
            core::catalog::Totals totals;
            std::unique_ptr<std::jthread> ticker; // after what it reads: it ends first
            if (deep) {
                // A deep scan's work is messages and bytes; their totals come from the
                // catalog, so the first build has to be done (it is, but right after start).
                ctx.setProgress(0, 0, QStringLiteral("messages"), QStringLiteral("waiting for the account catalog"));
                while (!counts->ready() && !ctx.cancelled())
                    QThread::msleep(100);
                totals = counts->totals();
                ctx.setBytes(0, qint64(totals.bytes));
                ctx.setProgress(0, qint64(totals.messages), QStringLiteral("messages"), QStringLiteral("reading messages"));
                // Accounts end in lumps; bytes move all the time: report them a few times a second.
                ticker = std::make_unique<std::jthread>([&](std::stop_token stop) {
                    while (!stop.stop_requested()) {
                        const auto m = qint64(messagesRead.load());
                        ctx.setBytes(qint64(bytesRead.load()), std::max<qint64>(qint64(totals.bytes), qint64(bytesRead.load())));
                        ctx.setProgress(m, std::max<qint64>(qint64(totals.messages), m), QStringLiteral("messages"),
                                        QStringLiteral("reading messages (%1 accounts done)").arg(accountsDone.load()));
                        QThread::msleep(250);
                    }
                });
            } else {
                ctx.setProgress(0, 0, QStringLiteral("accounts"), QStringLiteral("finding accounts"));
            }
            // Two threads: with the heavy-job slots and the MB/s cap, the host's I/O budget.
            auto results = core::integrity::scanHost(root, layout, options, 2, [&](const auto &p) {
                accounts = qint64(p.accountsTotal);
                accountsDone = qint64(p.accountsDone);
                if (!deep)
                    ctx.setProgress(qint64(p.accountsDone), qint64(p.accountsTotal), QStringLiteral("accounts"),
                                    QStringLiteral("scanning"));
            });
            ticker.reset();
            if (deep) {
                const auto m = qint64(messagesRead.load()), b = qint64(bytesRead.load());
                // The end is exact: what was read is the whole.
                if (results) {
                    ctx.setBytes(b, b);
                    ctx.setProgress(m, m, QStringLiteral("messages"), QStringLiteral("done"));
                }
                ctx.log(QStringLiteral("read %1 messages, %2 bytes in %3 accounts").arg(m).arg(b).arg(accountsDone.load()));
            }
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
            ctx.log(QStringLiteral("%1 accounts checked, %2 with problems").arg(accounts).arg(withProblems));
            // The scan saw the truth; let the catalog (and the problems filter) catch up.
            QMetaObject::invokeMethod(catalog, [catalog, names] { if (catalog) catalog->refreshNow(names); });
            return QJsonObject{{QStringLiteral("accounts"), accounts},
                               {QStringLiteral("withProblems"), withProblems},
                               {QStringLiteral("results"), list}};
        }, jobOptions);
}

QString IndexController::startRebuild(const std::vector<core::maildir::AccountLocation> &locations, const QString &box,
                                      const RepairOptions &options)
{
    QStringList all;
    for (const auto &loc : locations)
        all << QString::fromStdString(loc.name);
    // What a resumed run needs: the same options and the accounts not yet done.
    auto resumeParams = [box, options](const QStringList &left) {
        return QJsonObject{{QStringLiteral("accounts"), QJsonArray::fromStringList(left)},
                           {QStringLiteral("mailbox"), box},
                           {QStringLiteral("kick"), options.kick},
                           {QStringLiteral("resync"), options.resync}};
    };
    const Doveadm doveadm = m_doveadm;
    QPointer<CatalogService> catalog(&m_catalog);
    const QString summary = all.size() == 1 ? all.first() : QStringLiteral("%1 accounts").arg(all.size());
    const JobOptions jobOptions{.heavy = false, .resumable = true, .resumeParams = resumeParams(all)};
    return m_jobs.start(QString(api::method::IndexRebuild), summary,
        [locations, box, options, doveadm, catalog, all, resumeParams](JobContext &ctx) -> std::expected<QJsonValue, api::RpcError> {
            QJsonArray reports;
            qint64 done = 0;
            QStringList left = all;
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
                left.removeOne(name);
                ctx.setResumeParams(resumeParams(left));
                ctx.setProgress(++done, qint64(locations.size()), QStringLiteral("accounts"), QStringLiteral("rebuilding"));
            }
            QMetaObject::invokeMethod(catalog, [catalog, all] { if (catalog) catalog->refreshNow(all); });
            return QJsonObject{{QStringLiteral("reports"), reports}};
        }, jobOptions);
}

void IndexController::registerResumers()
{
    m_jobs.setResumer(QString(api::method::IndexVerify), [this](const JobRecord &old) -> std::expected<QString, api::RpcError> {
        // A host-wide verify keeps no partial state worth trusting: it starts over.
        return startVerifyAll(old.resumeParams.value(QStringLiteral("deep")).toBool());
    });
    m_jobs.setResumer(QString(api::method::IndexRebuild), [this](const JobRecord &old) -> std::expected<QString, api::RpcError> {
        const QJsonObject p = old.resumeParams;
        std::vector<core::maildir::AccountLocation> locations;
        for (const auto &v : p.value(QStringLiteral("accounts")).toArray()) {
            auto loc = m_locator.locate(v.toString());
            if (!loc)
                return std::unexpected(loc.error());
            locations.push_back(*loc);
        }
        if (locations.empty())
            return std::unexpected(api::RpcError{api::rpccode::NotResumable,
                                                 QStringLiteral("job '%1' has no accounts left to rebuild").arg(old.id),
                                                 QJsonObject{{QStringLiteral("job"), old.id}}});
        RepairOptions options;
        options.kick = p.value(QStringLiteral("kick")).toBool();
        options.resync = p.value(QStringLiteral("resync")).toBool(true);
        return startRebuild(locations, p.value(QStringLiteral("mailbox")).toString(), options);
    });
}

} // namespace mailstore::agent
