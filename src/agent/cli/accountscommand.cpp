// SPDX-License-Identifier: GPL-3.0-or-later
// `accounts` and `account show`: the runbook view of a store, straight from the core.
#include "../../api/corejson.h"
#include "../../core/catalog/accountcatalog.h"
#include "../../core/integrity/accounthealth.h"
#include "../../core/maildir/account.h"
#include "cliout.h"
#include "commands.h"
#include "parse.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mailstore::agent::cli {

namespace {

const QString kJson = QStringLiteral("json");

std::optional<core::catalog::SortKey> sortKey(const QString &s)
{
    if (s == QLatin1String("name")) return core::catalog::SortKey::Name;
    if (s == QLatin1String("size")) return core::catalog::SortKey::Size;
    if (s == QLatin1String("messages")) return core::catalog::SortKey::Messages;
    if (s == QLatin1String("unseen")) return core::catalog::SortKey::Unseen;
    if (s == QLatin1String("last-delivery")) return core::catalog::SortKey::LastDelivery;
    if (s == QLatin1String("mailboxes")) return core::catalog::SortKey::Mailboxes;
    if (s == QLatin1String("problems")) return core::catalog::SortKey::Problems;
    return std::nullopt;
}

QString u8(const std::string &s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

} // namespace

int runAccountsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("accounts"), QStringLiteral("List the accounts of the store."));
    parser.addOption({QStringLiteral("filter"), QStringLiteral("Only accounts whose name contains TEXT (any case)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("problems"), QStringLiteral("Only accounts with findings.")});
    parser.addOption({QStringLiteral("sort"), QStringLiteral("name, size, messages, unseen, last-delivery, mailboxes or problems."),
                      QStringLiteral("KEY"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("desc"), QStringLiteral("Sort descending.")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N accounts (default: all)."), QStringLiteral("N")});
    parser.addOption({kJson, QStringLiteral("Print JSON (the shape of the API's accounts.list).")});
    if (auto code = parseArgs(parser, args, QStringLiteral("List the accounts of a store.")))
        return *code;
    auto cfg = configOrReport(parser);
    if (!cfg)
        return ExitError;
    const auto key = sortKey(parser.value(QStringLiteral("sort")));
    if (!key) {
        printError(QStringLiteral("--sort must be name, size, messages, unseen, last-delivery, mailboxes or problems"));
        return ExitError;
    }
    bool ok = true;
    const qint64 limit = parser.isSet(QStringLiteral("limit")) ? parser.value(QStringLiteral("limit")).toLongLong(&ok) : -1;
    if (!ok || (parser.isSet(QStringLiteral("limit")) && limit < 1)) {
        printError(QStringLiteral("--limit must be a positive number"));
        return ExitError;
    }

    auto layout = core::maildir::MailLayout::parse(cfg->layout.toStdString());
    core::catalog::AccountCatalog catalog(cfg->root.toStdString(), *layout);
    if (auto built = catalog.build(); !built) {
        printError(QStringLiteral("cannot read the store %1: %2").arg(cfg->root, u8(built.error().detail)));
        return ExitError;
    }
    core::catalog::Query q;
    q.filter = parser.value(QStringLiteral("filter")).toStdString();
    q.problemsOnly = parser.isSet(QStringLiteral("problems"));
    q.sort = *key;
    q.descending = parser.isSet(QStringLiteral("desc"));
    q.limit = limit > 0 ? std::size_t(limit) : catalog.size();
    const auto page = catalog.query(q);

    if (parser.isSet(kJson)) {
        QJsonArray accounts;
        for (const auto &a : page.accounts)
            accounts.append(api::toJson(a));
        printJson(QJsonObject{{QStringLiteral("total"), qint64(page.total)},
                              {QStringLiteral("offset"), 0},
                              {QStringLiteral("accounts"), accounts}});
        return ExitOk;
    }
    std::vector<QStringList> rows;
    rows.reserve(page.accounts.size());
    for (const auto &a : page.accounts)
        rows.push_back({u8(a.name), QString::number(a.messages), QString::number(a.unseen), humanBytes(a.bytes),
                        humanTime(a.lastDelivery), a.findings ? QString::number(a.findings) : QStringLiteral("-")});
    printTable({QStringLiteral("ACCOUNT"), QStringLiteral("MESSAGES"), QStringLiteral("UNSEEN"), QStringLiteral("SIZE"),
                QStringLiteral("LAST DELIVERY (UTC)"), QStringLiteral("PROBLEMS")},
               rows, {1, 2, 3, 5});
    if (page.total != page.accounts.size())
        printLine(QStringLiteral("(%1 of %2 matching accounts shown)").arg(page.accounts.size()).arg(page.total));
    return ExitOk;
}

int runAccountCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("account"), QStringLiteral("account show NAME"));
    parser.addOption({kJson, QStringLiteral("Print JSON (the shape of the API's account.get).")});
    if (auto code = parseArgs(parser, args, QStringLiteral("Show one account: mailboxes, counts, findings.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 3 || pos.at(1) != QLatin1String("show")) {
        printError(QStringLiteral("usage: mailstore-agent account show NAME [--json]"));
        return ExitError;
    }
    auto cfg = configOrReport(parser);
    if (!cfg)
        return ExitError;
    const QString name = pos.at(2);
    auto layout = core::maildir::MailLayout::parse(cfg->layout.toStdString());
    auto placed = layout->placeAccount(cfg->root.toStdString(), name.toStdString());
    if (!placed) {
        printError(QStringLiteral("'%1' is not an account name for layout %2: %3")
                       .arg(name, cfg->layout, u8(placed.error().detail)));
        return ExitError;
    }
    const core::maildir::AccountLocation &loc = *placed;
    std::error_code ec;
    if (!std::filesystem::is_directory(loc.maildir, ec)) {
        printError(QStringLiteral("no account '%1' in %2").arg(name, cfg->root));
        return ExitNotFound;
    }
    auto detail = core::integrity::scanAccountHealth(loc);
    if (!detail) {
        printError(QStringLiteral("cannot read account '%1': %2").arg(name, u8(detail.error().detail)));
        return ExitError;
    }

    if (parser.isSet(kJson)) {
        QJsonArray boxes;
        for (const auto &m : detail->mailboxes)
            boxes.append(api::toJson(m));
        printJson(QJsonObject{{QStringLiteral("account"), api::toJson(detail->summary)},
                              {QStringLiteral("maildir"), u8(loc.maildir.string())},
                              {QStringLiteral("mailboxes"), boxes},
                              {QStringLiteral("findings"), api::toJson(detail->findings)}});
        return ExitOk;
    }
    const auto &s = detail->summary;
    printLine(QStringLiteral("Account:       %1").arg(u8(s.name)));
    printLine(QStringLiteral("Maildir:       %1").arg(u8(loc.maildir.string())));
    printLine(QStringLiteral("Messages:      %1 (%2 unseen)").arg(s.messages).arg(s.unseen));
    printLine(QStringLiteral("Size:          %1").arg(humanBytes(s.bytes)));
    printLine(QStringLiteral("Last delivery: %1 UTC").arg(humanTime(s.lastDelivery)));
    printLine(QStringLiteral("Health:        %1").arg(s.findings ? QStringLiteral("%1 finding(s)").arg(s.findings)
                                                                  : QStringLiteral("healthy")));
    printLine({});
    std::vector<QStringList> rows;
    for (const auto &m : detail->mailboxes)
        rows.push_back({u8(m.info.name), QString::number(m.stats.messages), QString::number(m.stats.unseen),
                        humanBytes(m.stats.bytes), humanTime(m.stats.newestDelivery)});
    printTable({QStringLiteral("MAILBOX"), QStringLiteral("MESSAGES"), QStringLiteral("UNSEEN"), QStringLiteral("SIZE"),
                QStringLiteral("LAST DELIVERY (UTC)")},
               rows, {1, 2, 3});
    if (!detail->findings.empty()) {
        printLine({});
        for (const auto &f : detail->findings)
            printLine(QStringLiteral("%1 %2: %3 %4")
                          .arg(QString::fromLatin1(core::severityName(f.severity)), u8(f.code), u8(f.path), u8(f.detail)));
    }
    return ExitOk;
}

} // namespace mailstore::agent::cli
