// SPDX-License-Identifier: GPL-3.0-or-later
// `restore`: messages of a backup back into an account (the backup's own or another), in
// process on the core, holding the store like the daemon does so no daemon job writes
// into the same mailboxes meanwhile. Exit codes: 0 done, 1 refused or corrupt backup,
// 2 other error (bad arguments, missing backup), 3 no space left.
#include "../../core/archive/backupcatalog.h"
#include "../../core/archive/restore.h"
#include "../../core/fs/pathtext.h"
#include "../storelock.h"
#include "cliout.h"
#include "commands.h"
#include "parse.h"

#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace mailstore::agent::cli {

namespace {

namespace ar = core::archive;

QString text(const std::string &bytes) { return QString::fromStdString(core::fs::escapeForDisplay(bytes)); }

// YYYY-MM-DD (UTC) or unix seconds. `endOfDay`: a date means up to the end of that day.
std::optional<std::int64_t> parseDate(const QString &value, bool endOfDay)
{
    bool isNumber = false;
    const qlonglong seconds = value.toLongLong(&isNumber);
    if (isNumber && seconds > 0)
        return seconds;
    const QDate day = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid())
        return std::nullopt;
    return day.startOfDay(Qt::UTC).toSecsSinceEpoch() + (endOfDay ? 86400 : 0);
}

QJsonObject reportJson(const ar::RestoreReport &r, const QString &into)
{
    QJsonArray boxes, archives;
    for (const auto &m : r.plan.mailboxes)
        boxes.append(QJsonObject{{QStringLiteral("source"), text(m.source)},
                                 {QStringLiteral("target"), text(m.target)},
                                 {QStringLiteral("targetExists"), m.targetExists},
                                 {QStringLiteral("messages"), qint64(m.messages)},
                                 {QStringLiteral("bytes"), qint64(m.bytes)},
                                 {QStringLiteral("alreadyPresent"), qint64(m.alreadyPresent)}});
    for (const auto &a : r.plan.archives)
        archives.append(text(a));
    return QJsonObject{{QStringLiteral("backup"), text(r.plan.backupId)},
                       {QStringLiteral("account"), text(r.plan.account)},
                       {QStringLiteral("into"), into},
                       {QStringLiteral("archives"), archives},
                       {QStringLiteral("live"), r.plan.live},
                       {QStringLiteral("restored"), qint64(r.restored)},
                       {QStringLiteral("alreadyPresent"), qint64(r.alreadyPresent)},
                       {QStringLiteral("bytes"), qint64(r.bytes)},
                       {QStringLiteral("uidsKept"), qint64(r.uidsKept)},
                       {QStringLiteral("uidsNew"), qint64(r.uidsNew)},
                       {QStringLiteral("resumed"), r.resumed},
                       {QStringLiteral("mailboxes"), boxes}};
}

int exitFor(const core::Error &e)
{
    switch (e.code) {
    case core::ErrorCode::NoSpace:
        return ExitNoSpace;
    case core::ErrorCode::Corrupted:
        return ExitNotFound;
    default:
        return ExitError;
    }
}

// Where the backup is: PATH is <target>/<id>.tar.zst, or the target folder with --backup
// ID (without it: the account's newest backup there).
bool locateBackup(const QString &from, const QString &backup, const QString &account, ar::RestoreRequest &r)
{
    const std::filesystem::path p = from.toStdString();
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
        r.target = p;
        if (!backup.isEmpty()) {
            r.backupId = backup.toStdString();
            return true;
        }
        auto catalog = ar::readCatalog(p);
        const ar::CatalogEntry *latest = catalog ? catalog->latestFor(account.toStdString()) : nullptr;
        if (!latest) {
            printError(QStringLiteral("no backup of '%1' in %2 (give --backup ID)").arg(account, from));
            return false;
        }
        r.backupId = latest->id;
        return true;
    }
    const std::string name = p.filename().string();
    constexpr std::string_view suffix = ".tar.zst";
    if (!name.ends_with(suffix) || !ar::isValidBackupId(name.substr(0, name.size() - suffix.size()))) {
        printError(QStringLiteral("--from %1 is neither a backup folder nor a <backup id>.tar.zst file").arg(from));
        return false;
    }
    r.target = p.has_parent_path() ? p.parent_path() : std::filesystem::path(".");
    r.backupId = name.substr(0, name.size() - suffix.size());
    if (!backup.isEmpty() && backup.toStdString() != r.backupId) {
        printError(QStringLiteral("--backup %1 does not match --from %2").arg(backup, from));
        return false;
    }
    return true;
}

} // namespace

int runRestoreCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("restore"), QStringLiteral("restore --from PATH --account NAME"));
    const auto opt = [&](const char *name, const char *help, const char *value = nullptr) {
        parser.addOption(value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value))
                               : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help)));
    };
    opt("from", "The backup archive <target>/<id>.tar.zst, or the target folder.", "PATH");
    opt("backup", "With a target folder: the backup id (default: the account's newest).", "ID");
    opt("account", "The account the backup is of.", "NAME");
    opt("into", "Restore into this account instead (created when it does not exist).", "ACCOUNT");
    opt("mailbox", "Only this mailbox of the backup (e.g. INBOX, Archive/2024).", "BOX");
    opt("to-folder", "Restore under this new folder (several mailboxes: NAME/<mailbox>).", "NAME");
    opt("since", "Only messages delivered on or after DATE (YYYY-MM-DD UTC, or unix seconds).", "DATE");
    opt("until", "Only messages delivered up to DATE (a day counts whole; unix seconds: before).", "DATE");
    opt("batch-messages", "Messages per durability batch (default 4000).", "N");
    opt("json", "Print the report as JSON.");
    if (auto code = parseArgs(parser, args, QStringLiteral("Restore messages of a backup into an account.")))
        return *code;
    const QString account = parser.value(QStringLiteral("account"));
    const QString from = parser.value(QStringLiteral("from"));
    if (parser.positionalArguments().size() != 1 || account.isEmpty() || from.isEmpty()) {
        printError(QStringLiteral("usage: mailstore-agent restore --from PATH --account NAME [--backup ID] "
                                  "[--mailbox BOX] [--to-folder NAME] [--since DATE] [--until DATE] [--into ACCOUNT] [--json]"));
        return ExitError;
    }
    ar::RestoreRequest request;
    if (!locateBackup(from, parser.value(QStringLiteral("backup")), account, request))
        return ExitError;
    for (const char *name : {"since", "until"}) {
        const QString value = parser.value(QString::fromLatin1(name));
        if (value.isEmpty())
            continue;
        const auto when = parseDate(value, std::string_view(name) == "until");
        if (!when) {
            printError(QStringLiteral("--%1 %2 is not a date (YYYY-MM-DD) or unix seconds").arg(QString::fromLatin1(name), value));
            return ExitError;
        }
        (std::string_view(name) == "since" ? request.select.since : request.select.until) = *when;
    }
    request.select.mailbox = parser.value(QStringLiteral("mailbox")).toStdString();
    request.toFolder = parser.value(QStringLiteral("to-folder")).toStdString();
    auto cfg = configOrReport(parser);
    if (!cfg)
        return ExitError;
    const QString into = parser.isSet(QStringLiteral("into")) ? parser.value(QStringLiteral("into")) : account;
    auto loc = placeAccount(*cfg, into);
    if (!loc)
        return ExitError;
    request.into = *loc;
    request.journalDir = std::filesystem::path(cfg->stateDir.toStdString()) / "restores";

    auto manifest = ar::readBackupManifest(request.target, request.backupId);
    if (manifest && manifest->account != account.toStdString()) {
        printError(QStringLiteral("backup %1 is of account '%2', not '%3'")
                       .arg(text(request.backupId), text(manifest->account), account));
        return ExitError;
    }
    if (!QDir().mkpath(cfg->stateDir)) {
        printError(QStringLiteral("cannot create the state folder %1").arg(cfg->stateDir));
        return ExitError;
    }
    StoreLock lock;
    if (auto held = lock.acquire(cfg->lockPath(), cfg->root); !held) {
        printError(QStringLiteral("cannot restore now: %1 (run it through the daemon, or stop the daemon)").arg(held.error()));
        return ExitError;
    }
    const bool tty = ::isatty(2);
    ar::RestoreOptions options;
    if (parser.isSet(QStringLiteral("batch-messages"))) {
        bool valid = false;
        const uint n = parser.value(QStringLiteral("batch-messages")).toUInt(&valid);
        if (!valid || n == 0) {
            printError(QStringLiteral("--batch-messages needs a number above 0"));
            return ExitError;
        }
        options.batchMessages = n;
    }
    if (tty)
        options.progress = [](const ar::RestoreProgress &p) {
            std::fprintf(stderr, "\r%s: %llu/%llu messages, %s/%s    ", p.phase.c_str(),
                         static_cast<unsigned long long>(p.messagesDone), static_cast<unsigned long long>(p.messagesTotal),
                         qPrintable(humanBytes(p.bytesDone)), qPrintable(humanBytes(p.bytesTotal)));
        };
    auto report = ar::restoreBackup(request, options);
    if (tty)
        std::fputc('\n', stderr);
    if (!report) {
        const auto &e = report.error();
        printError(QStringLiteral("cannot restore %1 into '%2': %3%4")
                       .arg(text(request.backupId), into, text(e.detail),
                            e.path.empty() ? QString() : QStringLiteral(" (%1)").arg(text(e.path))));
        return exitFor(e);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(reportJson(*report, into));
        return ExitOk;
    }
    for (const auto &m : report->plan.mailboxes)
        printLine(QStringLiteral("%1 -> %2: %3 messages (%4), %5 already present")
                      .arg(text(m.source), text(m.target))
                      .arg(m.messages)
                      .arg(humanBytes(m.bytes))
                      .arg(m.alreadyPresent));
    printLine(QStringLiteral("restored %1 messages (%2) of backup %3 into '%4', %5 already present; UIDs: %6 kept, %7 new%8")
                  .arg(report->restored)
                  .arg(humanBytes(report->bytes), text(request.backupId), into)
                  .arg(report->alreadyPresent)
                  .arg(report->uidsKept)
                  .arg(report->uidsNew)
                  .arg(report->resumed ? QStringLiteral(" (finished an interrupted restore)") : QString()));
    return ExitOk;
}

} // namespace mailstore::agent::cli
