// SPDX-License-Identifier: GPL-3.0-or-later
// `backup create|list|verify`: per-account tar+zstd backups into a target folder, the
// target's catalog, and a full read of an archive with every checksum and the chain.
// Exit codes: 0 good, 1 corrupt (verify) , 2 error (bad arguments, unreadable input).
#include "../../core/archive/backupcatalog.h"
#include "../../core/archive/backupverifier.h"
#include "../../core/archive/backupwriter.h"
#include "../../api/corejson.h"
#include "../../core/fs/pathtext.h"
#include "cliout.h"
#include "commands.h"
#include "parse.h"

#include <QJsonArray>
#include <QJsonObject>

#include <filesystem>

namespace mailstore::agent::cli {

namespace {

namespace ar = core::archive;

QString text(const std::string &bytes) { return QString::fromStdString(core::fs::escapeForDisplay(bytes)); }

QJsonObject entryJson(const ar::CatalogEntry &e)
{
    return QJsonObject{{QStringLiteral("id"), text(e.id)},
                       {QStringLiteral("account"), text(e.account)},
                       {QStringLiteral("created"), qint64(e.created)},
                       {QStringLiteral("parent"), e.parent.empty() ? QJsonValue() : QJsonValue(text(e.parent))},
                       {QStringLiteral("kind"), e.parent.empty() ? QStringLiteral("full") : QStringLiteral("incremental")},
                       {QStringLiteral("messages"), qint64(e.messages)},
                       {QStringLiteral("stored"), qint64(e.stored)},
                       {QStringLiteral("bytes"), qint64(e.bytes)},
                       {QStringLiteral("archiveBytes"), qint64(e.archiveBytes)},
                       {QStringLiteral("lastVerified"), qint64(e.lastVerified)},
                       {QStringLiteral("verify"), QString::fromUtf8(ar::verifyStateName(e.verifyState).data())},
                       {QStringLiteral("warning"), e.needsAttention()}};
}

int create(const QCommandLineParser &parser, bool json)
{
    const QString account = parser.value(QStringLiteral("account"));
    const QString to = parser.value(QStringLiteral("to"));
    if (account.isEmpty() || to.isEmpty()) {
        printError(QStringLiteral("backup create needs --account NAME and --to DIR"));
        return ExitError;
    }
    auto cfg = configOrReport(parser);
    if (!cfg)
        return ExitError;
    auto loc = locateAccount(*cfg, account);
    if (!loc)
        return ExitError;
    ar::BackupOptions options;
    options.incremental = parser.isSet(QStringLiteral("incremental"));
    auto made = ar::createBackup(*loc, to.toStdString(), options);
    if (!made) {
        printError(QStringLiteral("cannot back up '%1' to %2: %3").arg(account, to, api::errorText(made.error())));
        return ExitError;
    }
    QJsonArray skipped;
    for (const auto &s : made->skipped)
        skipped.append(QJsonObject{{QStringLiteral("file"), text(s.fileName)}, {QStringLiteral("reason"), text(s.reason)}});
    QJsonObject o = entryJson(made->entry);
    o.insert(QStringLiteral("archive"), text(made->archive.string()));
    o.insert(QStringLiteral("referenced"), qint64(made->referenced));
    o.insert(QStringLiteral("skipped"), skipped);
    if (json) {
        printJson(o);
        return ExitOk;
    }
    if (options.incremental && !made->incremental)
        printLine(QStringLiteral("no earlier backup of %1 in %2: made a full backup").arg(account, to));
    printLine(QStringLiteral("%1: %2 backup %3, %4 messages (%5 stored, %6 in earlier backups), %7 written to %8")
                  .arg(account, made->incremental ? QStringLiteral("incremental") : QStringLiteral("full"),
                       text(made->entry.id))
                  .arg(made->entry.messages)
                  .arg(made->entry.stored)
                  .arg(made->referenced)
                  .arg(humanBytes(made->entry.archiveBytes), text(made->archive.string())));
    for (const auto &s : made->skipped)
        printLine(QStringLiteral("skipped %1: %2").arg(text(s.fileName), text(s.reason)));
    return ExitOk;
}

int list(const QString &dir, bool json)
{
    auto catalog = ar::readCatalog(dir.toStdString());
    if (!catalog) {
        printError(QStringLiteral("cannot read the catalog of %1: %2").arg(dir, api::errorText(catalog.error())));
        return ExitError;
    }
    if (!std::filesystem::is_directory(dir.toStdString())) {
        printError(QStringLiteral("%1 is not a folder").arg(dir));
        return ExitError;
    }
    QJsonArray backups;
    QJsonObject chains;
    std::vector<QStringList> rows;
    for (const auto &e : catalog->entries) {
        backups.append(entryJson(e));
        rows.push_back({text(e.id), text(e.account), humanTime(e.created),
                        e.parent.empty() ? QStringLiteral("full") : QStringLiteral("incr"), QString::number(e.messages),
                        humanBytes(e.archiveBytes), humanTime(e.lastVerified),
                        e.verifyState == ar::VerifyState::Good  ? QStringLiteral("good")
                        : e.verifyState == ar::VerifyState::Corrupt ? QStringLiteral("CORRUPT (warning)")
                                                                    : QStringLiteral("never verified (warning)")});
        if (const auto *latest = catalog->latestFor(e.account); latest == &e) {
            QJsonArray ids;
            if (auto chain = catalog->chain(e.id))
                for (const auto *c : *chain)
                    ids.append(text(c->id));
            chains.insert(text(e.account), ids);
        }
    }
    if (json) {
        printJson(QJsonObject{{QStringLiteral("target"), dir}, {QStringLiteral("backups"), backups},
                              {QStringLiteral("chains"), chains}});
        return ExitOk;
    }
    printTable({QStringLiteral("ID"), QStringLiteral("ACCOUNT"), QStringLiteral("CREATED"), QStringLiteral("KIND"),
                QStringLiteral("MESSAGES"), QStringLiteral("SIZE"), QStringLiteral("VERIFIED"), QStringLiteral("STATE")},
               rows, {4, 5});
    return ExitOk;
}

QJsonObject reportJson(const ar::VerifyReport &r)
{
    QJsonArray problems;
    for (const auto &p : r.problems)
        problems.append(QJsonObject{{QStringLiteral("problem"), QString::fromUtf8(ar::problemName(p.problem).data())},
                                    {QStringLiteral("member"), QString::fromStdString(p.member)},
                                    {QStringLiteral("detail"), text(p.detail)}});
    return QJsonObject{{QStringLiteral("archive"), text(r.archive.string())},
                       {QStringLiteral("id"), text(r.backupId)},
                       {QStringLiteral("account"), text(r.account)},
                       {QStringLiteral("good"), r.good()},
                       {QStringLiteral("messages"), qint64(r.messages)},
                       {QStringLiteral("membersChecked"), qint64(r.membersChecked)},
                       {QStringLiteral("bytesRead"), qint64(r.bytesRead)},
                       {QStringLiteral("chainChecked"), r.chainChecked},
                       {QStringLiteral("recorded"), r.recorded},
                       {QStringLiteral("problems"), problems}};
}

int verify(const QString &path, bool json)
{
    std::vector<std::filesystem::path> archives;
    const std::filesystem::path p = path.toStdString();
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
        auto catalog = ar::readCatalog(p);
        if (!catalog) {
            printError(QStringLiteral("cannot read the catalog of %1: %2").arg(path, api::errorText(catalog.error())));
            return ExitError;
        }
        for (const auto &e : catalog->entries)
            archives.push_back(ar::archivePath(p, e.id));
    } else {
        archives.push_back(p);
    }
    QJsonArray results;
    bool corrupt = false;
    for (const auto &a : archives) {
        auto r = ar::verifyBackup(a);
        if (!r) {
            printError(QStringLiteral("cannot verify %1: %2").arg(text(a.string()), api::errorText(r.error())));
            return ExitError;
        }
        corrupt = corrupt || !r->good();
        results.append(reportJson(*r));
        if (json)
            continue;
        if (r->good())
            printLine(QStringLiteral("%1: good (%2 messages, %3 members checked, %4 read%5)")
                          .arg(text(a.string()))
                          .arg(r->messages)
                          .arg(r->membersChecked)
                          .arg(humanBytes(r->bytesRead), r->chainChecked ? QStringLiteral(", chain checked")
                                                                         : QStringLiteral(", not in a catalog")));
        else
            for (const auto &pr : r->problems)
                printLine(QStringLiteral("%1: CORRUPT %2 %3: %4")
                              .arg(text(a.string()), QString::fromUtf8(ar::problemName(pr.problem).data()),
                                   QString::fromStdString(pr.member), text(pr.detail)));
    }
    if (json)
        printJson(QJsonObject{{QStringLiteral("good"), !corrupt}, {QStringLiteral("results"), results}});
    return corrupt ? ExitNotFound : ExitOk;
}

} // namespace

int runBackupCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("backup"), QStringLiteral("backup create|list DIR|verify PATH"));
    parser.addOption({QStringLiteral("account"), QStringLiteral("create: the account."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("create: the target folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("incremental"), QStringLiteral("create: store only what changed since the "
                                                                    "account's newest backup in the target.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (auto code = parseArgs(parser, args, QStringLiteral("Create, list and verify per-account backups.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString verb = pos.value(1);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (verb == QLatin1String("create") && pos.size() == 2)
        return create(parser, json);
    if (verb == QLatin1String("list") && pos.size() == 3)
        return list(pos.at(2), json);
    if (verb == QLatin1String("verify") && pos.size() == 3)
        return verify(pos.at(2), json);
    printError(QStringLiteral("usage: mailstore-agent backup create --account NAME --to DIR [--incremental] [--json] | "
                              "backup list DIR [--json] | backup verify PATH [--json]"));
    return ExitError;
}

} // namespace mailstore::agent::cli
