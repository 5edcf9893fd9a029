// SPDX-License-Identifier: GPL-3.0-or-later
// `index verify` and `index rebuild`: find and repair damaged Dovecot index state from a
// runbook, in-process on the core (works when the daemon is down).
#include "../../api/corejson.h"
#include "../../core/integrity/integrityscan.h"
#include "../doveadm.h"
#include "../indexrepair.h"
#include "cliout.h"
#include "commands.h"
#include "parse.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace mailstore::agent::cli {

namespace {

const QString kJson = QStringLiteral("json");

void printFindings(const QString &account, const QJsonArray &findings)
{
    for (const auto &v : findings) {
        const auto f = v.toObject();
        printLine(QStringLiteral("%1  %2  %3  %4  %5")
                      .arg(account, f.value(QStringLiteral("severity")).toString(), f.value(QStringLiteral("code")).toString(),
                           f.value(QStringLiteral("path")).toString(), f.value(QStringLiteral("detail")).toString()));
    }
}

int verifyAll(const AgentConfig &cfg, bool deep, bool json)
{
    auto layout = core::maildir::MailLayout::parse(cfg.layout.toStdString());
    core::integrity::ScanOptions options;
    options.deep = deep;
    const bool tty = ::isatty(2);
    auto results = core::integrity::scanHost(cfg.root.toStdString(), *layout, options, 0, [tty](const auto &p) {
        if (tty && (p.accountsDone % 100 == 0 || p.accountsDone == p.accountsTotal))
            std::fprintf(stderr, "\rscanning: %zu/%zu accounts, %zu with problems", p.accountsDone, p.accountsTotal,
                         p.withProblems);
    });
    if (tty)
        std::fputc('\n', stderr);
    if (!results) {
        printError(QStringLiteral("cannot scan %1: %2").arg(cfg.root, QString::fromStdString(results.error().detail)));
        return ExitError;
    }
    qint64 withProblems = 0;
    QJsonArray list;
    for (const auto &a : *results) {
        const auto problems = std::count_if(a.findings.begin(), a.findings.end(), core::isProblem);
        withProblems += problems > 0 ? 1 : 0;
        list.append(QJsonObject{{QStringLiteral("account"), QString::fromStdString(a.account)},
                                {QStringLiteral("problems"), qint64(problems)},
                                {QStringLiteral("findings"), api::toJson(a.findings)}});
    }
    if (json) {
        printJson(QJsonObject{{QStringLiteral("withProblems"), withProblems}, {QStringLiteral("results"), list}});
    } else {
        for (const auto &v : list)
            printFindings(v.toObject().value(QStringLiteral("account")).toString(),
                          v.toObject().value(QStringLiteral("findings")).toArray());
        printLine(QStringLiteral("%1 accounts with problems").arg(withProblems));
    }
    return withProblems ? ExitNotFound : ExitOk;
}

} // namespace

int runIndexCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("index"), QStringLiteral("index verify|rebuild"));
    parser.addOption({QStringLiteral("account"), QStringLiteral("The account."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("all"), QStringLiteral("verify: every account of the store.")});
    parser.addOption({QStringLiteral("mailbox"), QStringLiteral("Only this mailbox (e.g. INBOX, Archive/2024)."),
                      QStringLiteral("BOX")});
    parser.addOption({QStringLiteral("deep"), QStringLiteral("verify: also read every message to check its size.")});
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("rebuild: show what would change, change nothing.")});
    parser.addOption({QStringLiteral("kick"), QStringLiteral("rebuild: doveadm kick the user first.")});
    parser.addOption({QStringLiteral("no-resync"), QStringLiteral("rebuild: do not run doveadm force-resync afterwards.")});
    parser.addOption({kJson, QStringLiteral("Print JSON (the API's shapes).")});
    if (auto code = parseArgs(parser, args, QStringLiteral("Verify or rebuild Dovecot index state, keeping UIDs.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString verb = pos.value(1);
    if (pos.size() != 2 || (verb != QLatin1String("verify") && verb != QLatin1String("rebuild"))) {
        printError(QStringLiteral("usage: mailstore-agent index verify (--account NAME | --all) [--deep] [--json] | "
                                  "index rebuild --account NAME [--mailbox BOX] [--dry-run] [--json]"));
        return ExitError;
    }
    auto cfg = configOrReport(parser);
    if (!cfg)
        return ExitError;
    const bool json = parser.isSet(kJson);
    const QString account = parser.value(QStringLiteral("account"));
    const QString mailbox = parser.value(QStringLiteral("mailbox"));

    if (verb == QLatin1String("verify")) {
        if (account.isEmpty() == !parser.isSet(QStringLiteral("all"))) {
            printError(QStringLiteral("index verify needs --account NAME or --all (not both)"));
            return ExitError;
        }
        if (parser.isSet(QStringLiteral("all")))
            return verifyAll(*cfg, parser.isSet(QStringLiteral("deep")), json);
        auto loc = locateAccount(*cfg, account);
        if (!loc)
            return ExitError;
        auto result = verifyAccount(*loc, mailbox, parser.isSet(QStringLiteral("deep")));
        if (!result) {
            printError(result.error().message);
            return ExitError;
        }
        if (json)
            printJson(*result);
        else if (result->value(QStringLiteral("healthy")).toBool())
            printLine(QStringLiteral("%1: healthy").arg(account));
        else
            printFindings(account, result->value(QStringLiteral("findings")).toArray());
        return result->value(QStringLiteral("healthy")).toBool() ? ExitOk : ExitNotFound;
    }

    if (account.isEmpty()) {
        printError(QStringLiteral("index rebuild needs --account NAME"));
        return ExitError;
    }
    auto loc = locateAccount(*cfg, account);
    if (!loc)
        return ExitError;
    const RepairOptions options{parser.isSet(QStringLiteral("dry-run")), parser.isSet(QStringLiteral("kick")),
                                !parser.isSet(QStringLiteral("no-resync"))};
    auto report = repairAccount(*loc, mailbox, options, Doveadm(cfg->doveadmConfig));
    if (!report) {
        printError(QStringLiteral("cannot rebuild '%1': %2").arg(account, report.error().message));
        return ExitError;
    }
    if (json) {
        printJson(*report);
        return ExitOk;
    }
    const auto boxes = report->value(QStringLiteral("mailboxes")).toArray();
    if (boxes.isEmpty())
        printLine(QStringLiteral("%1: nothing to rebuild").arg(account));
    for (const auto &v : boxes) {
        const auto m = v.toObject();
        printLine(QStringLiteral("%1%2: %3 messages, %4 UIDs kept, %5 new, %6 stale entries dropped, %7 files to quarantine%8")
                      .arg(options.dryRun ? QStringLiteral("[dry run] ") : QString(), m.value(QStringLiteral("mailbox")).toString())
                      .arg(m.value(QStringLiteral("messages")).toInteger())
                      .arg(m.value(QStringLiteral("uidsKept")).toInteger())
                      .arg(m.value(QStringLiteral("uidsNew")).toInteger())
                      .arg(m.value(QStringLiteral("entriesDropped")).toInteger())
                      .arg(m.value(QStringLiteral("quarantined")).toArray().size())
                      .arg(m.value(QStringLiteral("uidValidityKept")).toBool() ? QString()
                                                                              : QStringLiteral(" (NEW UIDVALIDITY: clients re-download)")));
    }
    const bool moved = std::any_of(boxes.begin(), boxes.end(), [](const QJsonValue &v) {
        return !v.toObject().value(QStringLiteral("quarantined")).toArray().isEmpty();
    });
    if (!options.dryRun && moved)
        printLine(QStringLiteral("replaced files moved to %1").arg(report->value(QStringLiteral("quarantineDir")).toString()));
    if (const QString said = report->value(QStringLiteral("doveadm")).toString(); !said.isEmpty())
        printLine(QStringLiteral("doveadm: ") + said);
    return ExitOk;
}

} // namespace mailstore::agent::cli
