// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexrepair.h"

#include "../api/corejson.h"
#include "../core/integrity/accounthealth.h"
#include "../core/integrity/indexrebuild.h"

#include <QJsonArray>

#include <algorithm>

namespace mailstore::agent {

std::expected<QJsonObject, api::RpcError> verifyAccount(const core::maildir::AccountLocation &account,
                                                        const QString &mailbox, bool deep)
{
    core::integrity::ScanOptions options;
    options.deep = deep;
    core::Findings findings;
    if (mailbox.isEmpty()) {
        auto detail = core::integrity::scanAccountHealth(account, options);
        if (!detail)
            return std::unexpected(api::rpcErrorFromCore(detail.error()));
        findings = std::move(detail->findings);
    } else {
        auto boxes = core::maildir::listMailboxes(account.maildir);
        if (!boxes)
            return std::unexpected(api::rpcErrorFromCore(boxes.error()));
        const auto box = std::find_if(boxes->begin(), boxes->end(),
                                      [&](const auto &b) { return b.name == mailbox.toStdString(); });
        if (box == boxes->end())
            return std::unexpected(api::RpcError{api::rpccode::NotFound,
                                                 QStringLiteral("no mailbox '%1' in account '%2'")
                                                     .arg(mailbox, QString::fromStdString(account.name)),
                                                 QJsonObject{{QStringLiteral("mailbox"), mailbox}}});
        findings = core::integrity::scanMailboxHealth(*box, options);
    }
    const auto problems = std::count_if(findings.begin(), findings.end(), core::isProblem);
    return QJsonObject{{QStringLiteral("account"), QString::fromStdString(account.name)},
                       {QStringLiteral("healthy"), problems == 0},
                       {QStringLiteral("problems"), qint64(problems)},
                       {QStringLiteral("findings"), api::toJson(findings)}};
}

std::expected<QJsonObject, api::RpcError> repairAccount(const core::maildir::AccountLocation &account,
                                                        const QString &mailbox, const RepairOptions &options,
                                                        const Doveadm &doveadm)
{
    const QString user = QString::fromStdString(account.name);
    QStringList said;
    // A user's IMAP session would keep its in-memory view of the old state; kicking it
    // first makes the client reconnect to the repaired mailbox.
    if (!options.dryRun && options.kick && doveadm.available())
        said << QStringLiteral("kick: ") + doveadm.kick(user).summary();

    core::integrity::RebuildOptions rebuild;
    rebuild.dryRun = options.dryRun;
    auto report = core::integrity::rebuildAccountIndex(account, mailbox.toStdString(), rebuild);
    if (!report)
        return std::unexpected(api::rpcErrorFromCore(report.error()));
    QJsonObject json = api::toJson(*report);

    const bool changed = std::any_of(report->mailboxes.begin(), report->mailboxes.end(),
                                     [](const auto &m) { return m.changed(); });
    if (!options.dryRun && options.resync && changed) {
        if (doveadm.available())
            said << QStringLiteral("force-resync: ")
                    + doveadm.forceResync(user, mailbox.isEmpty() ? QStringLiteral("*") : mailbox).summary();
        else
            said << QStringLiteral("doveadm not installed: Dovecot finishes the repair at the next login");
    }
    json.insert(QStringLiteral("doveadm"), said.join(QStringLiteral("; ")));
    return json;
}

} // namespace mailstore::agent
