// SPDX-License-Identifier: GPL-3.0-or-later
// mailstore-agent: the host agent. One binary, several faces:
//   daemon                the long-lived process owning the catalog (and later jobs)
//   --stdio               the bridge a console or SSH session runs
//   accounts, account, demo-init   the CLI for runbooks and scripts

#include "cli/cliout.h"
#include "cli/commands.h"

#include <QCoreApplication>

namespace {

const char *const kUsage =
    "Usage: mailstore-agent <command> [options]\n"
    "\n"
    "Host agent of Mailstore Admin: serves one Maildir store to the console and scripts.\n"
    "\n"
    "Commands:\n"
    "  --stdio                   relay JSON-RPC between stdin/stdout and the store's daemon,\n"
    "                            starting the daemon if needed (what the console runs)\n"
    "  daemon                    run the daemon in the foreground (systemd: never idles out)\n"
    "  daemon stop | status      stop the store's daemon, or say whether one runs\n"
    "  daemon --listen ADDR:PORT --tokens F [--tls-cert F --tls-key F]\n"
    "                            also serve the API over HTTPS (plain HTTP on loopback only)\n"
    "  token add|list|revoke     manage HTTPS bearer tokens (--tokens F, --role, --name)\n"
    "  accounts                  list accounts (--filter, --problems, --sort, --json)\n"
    "  account show NAME         one account's mailboxes and findings (--json)\n"
    "  demo-init DIR             write a realistic demo store (--accounts N, --seed S)\n"
    "  index verify              find damaged Dovecot index state (--account NAME | --all,\n"
    "                            --deep, --json); exit 0 healthy, 1 problems, 2 error\n"
    "  index rebuild             rebuild it keeping UIDs (--account NAME, --mailbox BOX,\n"
    "                            --dry-run, --kick, --no-resync, --json)\n"
    "  backup create             back up one account as tar+zstd (--account NAME --to DIR,\n"
    "                            --incremental, --json)\n"
    "  backup list DIR           the backups in a target folder and their last verify (--json)\n"
    "  backup verify PATH        read an archive (or every backup of a folder) and check every\n"
    "                            checksum and the chain; exit 0 good, 1 corrupt, 2 error\n"
    "  restore                   restore a backup into an account (--from PATH --account NAME,\n"
    "                            --backup ID, --mailbox BOX, --to-folder NAME, --since DATE,\n"
    "                            --until DATE, --into ACCOUNT, --json); exit 0 done,\n"
    "                            1 refused/corrupt backup, 2 error, 3 no space\n"
    "  metrics                   storage metrics history (--series S, --since 15m|1h|24h|7d|30d,\n"
    "                            --points N, --json); without --series: the series list\n"
    "  alerts                    storage alerts from the history (--json); exit 0 none,\n"
    "                            1 warnings/critical, 2 error\n"
    "\n"
    "Global options (every command): --root DIR, --layout PATTERN (default %d/%n/Maildir),\n"
    "--config FILE, --state-dir DIR. 'mailstore-agent <command> --help' for details.\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailstore-agent"));
    QCoreApplication::setOrganizationName(QStringLiteral("MailstoreAdmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILSTORE_VERSION));
    const QStringList args = QCoreApplication::arguments();
    using namespace mailstore::agent::cli;

    if (args.contains(QLatin1String("--stdio")))
        return runBridgeCommand(args);
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == QLatin1String("daemon"))
        return runDaemonCommand(args);
    if (command == QLatin1String("accounts"))
        return runAccountsCommand(args);
    if (command == QLatin1String("account"))
        return runAccountCommand(args);
    if (command == QLatin1String("demo-init"))
        return runDemoInitCommand(args);
    if (command == QLatin1String("index"))
        return runIndexCommand(args);
    if (command == QLatin1String("token"))
        return runTokenCommand(args);
    if (command == QLatin1String("backup"))
        return runBackupCommand(args);
    if (command == QLatin1String("restore"))
        return runRestoreCommand(args);
    if (command == QLatin1String("metrics"))
        return runMetricsCommand(args);
    if (command == QLatin1String("alerts"))
        return runAlertsCommand(args);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printLine(QStringLiteral("mailstore-agent " MAILSTORE_VERSION));
        return ExitOk;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        std::fputs(kUsage, stdout);
        return command.isEmpty() ? ExitError : ExitOk;
    }
    printError(QStringLiteral("unknown command '%1' (try --help)").arg(command));
    return ExitError;
}
