// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountscontroller.h"

#include "../../api/methods.h"
#include "../../core/integrity/accounthealth.h"
#include "../../core/maildir/account.h"
#include "../../core/maildir/headerpeek.h"
#include "../catalogservice.h"

#include <QJsonArray>

#include <algorithm>

namespace mailstore::agent {

namespace {

api::RpcError notFound(const QString &what, QJsonObject data)
{
    return api::RpcError{api::rpccode::NotFound, what, std::move(data)};
}

std::optional<core::catalog::SortKey> sortKey(const QString &s)
{
    if (s == QLatin1StringView("name"))
        return core::catalog::SortKey::Name;
    if (s == QLatin1StringView("size"))
        return core::catalog::SortKey::Size;
    if (s == QLatin1StringView("messages"))
        return core::catalog::SortKey::Messages;
    if (s == QLatin1StringView("unseen"))
        return core::catalog::SortKey::Unseen;
    if (s == QLatin1StringView("lastDelivery"))
        return core::catalog::SortKey::LastDelivery;
    if (s == QLatin1StringView("mailboxes"))
        return core::catalog::SortKey::Mailboxes;
    if (s == QLatin1StringView("problems"))
        return core::catalog::SortKey::Problems;
    return std::nullopt;
}

} // namespace

AccountsController::AccountsController(const CatalogService &catalog, const AccountLocator &locator)
    : m_catalog(catalog)
    , m_locator(locator)
{
}

void AccountsController::registerRoutes(Dispatcher &dispatcher)
{
    dispatcher.add(api::method::AccountsList,
                   {[this](const api::Params &p) { return list(p); }, Route::Thread::Pool, true});
    dispatcher.add(api::method::AccountGet,
                   {[this](const api::Params &p) { return get(p); }, Route::Thread::Pool, false});
    dispatcher.add(api::method::MailboxMessages,
                   {[this](const api::Params &p) { return messages(p); }, Route::Thread::Pool, false});
}

Reply AccountsController::list(const api::Params &params) const
{
    core::catalog::Query q;
    auto filter = params.string(QStringLiteral("filter"));
    if (!filter)
        return std::unexpected(filter.error());
    auto problems = params.boolean(QStringLiteral("problemsOnly"), false);
    if (!problems)
        return std::unexpected(problems.error());
    auto sort = params.string(QStringLiteral("sort"), QStringLiteral("name"));
    if (!sort)
        return std::unexpected(sort.error());
    auto key = sortKey(*sort);
    if (!key)
        return std::unexpected(api::invalidParam(QStringLiteral("sort"),
                                                 QStringLiteral("must be name, size, messages, unseen, lastDelivery, mailboxes or problems")));
    auto order = params.string(QStringLiteral("order"), QStringLiteral("asc"));
    if (!order)
        return std::unexpected(order.error());
    if (*order != QLatin1StringView("asc") && *order != QLatin1StringView("desc"))
        return std::unexpected(api::invalidParam(QStringLiteral("order"), QStringLiteral("must be asc or desc")));
    auto offset = params.integer(QStringLiteral("offset"), 0, 0, std::numeric_limits<qint32>::max());
    if (!offset)
        return std::unexpected(offset.error());
    auto limit = params.integer(QStringLiteral("limit"), 100, 1, api::AccountsPageMax);
    if (!limit)
        return std::unexpected(limit.error());

    q.filter = filter->toStdString();
    q.problemsOnly = *problems;
    q.sort = *key;
    q.descending = *order == QLatin1StringView("desc");
    q.offset = std::size_t(*offset);
    q.limit = std::size_t(*limit);
    const auto page = m_catalog.catalog().query(q);
    QJsonArray accounts;
    for (const auto &a : page.accounts)
        accounts.append(api::toJson(a));
    return QJsonObject{{QStringLiteral("total"), qint64(page.total)},
                       {QStringLiteral("offset"), *offset},
                       {QStringLiteral("accounts"), accounts}};
}

std::expected<core::maildir::AccountLocation, api::RpcError>
AccountsController::locate(const QString &name) const
{
    return m_locator.locate(name);
}

Reply AccountsController::get(const api::Params &params) const
{
    auto name = params.string(QStringLiteral("name"), {}, true);
    if (!name)
        return std::unexpected(name.error());
    auto loc = locate(*name);
    if (!loc)
        return std::unexpected(loc.error());
    auto detail = core::integrity::scanAccountHealth(*loc);
    if (!detail)
        return std::unexpected(api::rpcErrorFromCore(detail.error()));
    QJsonArray boxes;
    for (const auto &m : detail->mailboxes)
        boxes.append(api::toJson(m));
    return QJsonObject{{QStringLiteral("account"), api::toJson(detail->summary)},
                       {QStringLiteral("maildir"), QString::fromStdString(loc->maildir.string())},
                       {QStringLiteral("mailboxes"), boxes},
                       {QStringLiteral("findings"), api::toJson(detail->findings)}};
}

Reply AccountsController::messages(const api::Params &params) const
{
    auto account = params.string(QStringLiteral("account"), {}, true);
    if (!account)
        return std::unexpected(account.error());
    auto mailbox = params.string(QStringLiteral("mailbox"), QStringLiteral("INBOX"));
    if (!mailbox)
        return std::unexpected(mailbox.error());
    auto offset = params.integer(QStringLiteral("offset"), 0, 0, std::numeric_limits<qint32>::max());
    if (!offset)
        return std::unexpected(offset.error());
    auto limit = params.integer(QStringLiteral("limit"), 100, 1, api::MessagesPageMax);
    if (!limit)
        return std::unexpected(limit.error());

    auto loc = locate(*account);
    if (!loc)
        return std::unexpected(loc.error());
    auto boxes = core::maildir::listMailboxes(loc->maildir);
    if (!boxes)
        return std::unexpected(api::rpcErrorFromCore(boxes.error()));
    const std::string wanted = mailbox->toStdString();
    const auto box = std::find_if(boxes->begin(), boxes->end(),
                                  [&](const auto &b) { return b.name == wanted; });
    if (box == boxes->end())
        return std::unexpected(notFound(QStringLiteral("no mailbox '%1' in account '%2'").arg(*mailbox, *account),
                                        QJsonObject{{QStringLiteral("account"), *account},
                                                    {QStringLiteral("mailbox"), *mailbox}}));
    auto files = core::maildir::listMessageFiles(*box);
    if (!files)
        return std::unexpected(api::rpcErrorFromCore(files.error()));

    // Newest first; the file name breaks ties so pages are stable between calls.
    auto &list = *files;
    const std::size_t total = list.size();
    const std::size_t from = std::min(total, std::size_t(*offset));
    const std::size_t to = std::min(total, from + std::size_t(*limit));
    auto newer = [](const core::maildir::MessageFile &a, const core::maildir::MessageFile &b) {
        if (a.deliveredAt != b.deliveredAt)
            return a.deliveredAt > b.deliveredAt;
        return a.fileName > b.fileName;
    };
    std::partial_sort(list.begin(), list.begin() + std::ptrdiff_t(to), list.end(), newer);

    QJsonArray out;
    for (std::size_t i = from; i < to; ++i) {
        const auto &f = list[i];
        const auto path = box->path / (f.inNew ? "new" : "cur") / f.fileName;
        auto headers = core::maildir::peekHeaders(path);
        // A message that vanished or cannot be read still gets its row: the listing shows
        // what the directory holds; the empty header fields say the rest.
        out.append(api::messageToJson(f, headers ? *headers : core::maildir::MessageHeaders{}));
    }
    return QJsonObject{{QStringLiteral("total"), qint64(total)},
                       {QStringLiteral("offset"), qint64(from)},
                       {QStringLiteral("messages"), out}};
}

} // namespace mailstore::agent
