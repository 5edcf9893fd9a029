// SPDX-License-Identifier: GPL-3.0-or-later
// The daemon and bridge faces, and `daemon stop|status`.
#include "../../api/jsonrpc.h"
#include "../../api/methods.h"
#include "../bridge.h"
#include "../daemon.h"
#include "../storelock.h"
#include "cliout.h"
#include "commands.h"
#include "parse.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QThread>

namespace mailstore::agent::cli {

namespace {

const QString kIdle = QStringLiteral("idle-timeout");

int stopDaemon(const AgentConfig &cfg)
{
    QLocalSocket socket;
    socket.connectToServer(cfg.socketPath());
    if (!socket.waitForConnected(3000)) {
        printLine(QStringLiteral("no daemon is running for %1").arg(cfg.root));
        return ExitOk;
    }
    const qint64 pid = StoreLock::holderPid(cfg.lockPath());
    socket.write(api::encode(api::requestObject(1, QString(api::method::DaemonStop), {})) + '\n');
    socket.waitForBytesWritten(3000);
    // A refusal (a support user may not stop the daemon) must be said, not waited out.
    if (socket.waitForReadyRead(5000) || socket.canReadLine()) {
        const auto answer = api::decodeResponse(QJsonDocument::fromJson(socket.readLine()).object());
        if (answer && answer->error) {
            printError(QStringLiteral("the daemon refused to stop: %1").arg(answer->error->message));
            return ExitError;
        }
    }
    // The daemon answers, then closes every connection and exits (releasing its lock).
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && StoreLock::holderPid(cfg.lockPath()) != 0)
        QThread::msleep(20);
    if (StoreLock::holderPid(cfg.lockPath()) != 0) {
        printError(QStringLiteral("the daemon (pid %1) did not stop within 10 s").arg(pid));
        return ExitError;
    }
    printLine(QStringLiteral("stopped the daemon for %1 (pid %2)").arg(cfg.root).arg(pid));
    return ExitOk;
}

int daemonStatus(const AgentConfig &cfg)
{
    const qint64 pid = StoreLock::holderPid(cfg.lockPath());
    if (pid == 0) {
        printLine(QStringLiteral("not running for %1").arg(cfg.root));
        return 3; // LSB: program is not running
    }
    printLine(QStringLiteral("running for %1: pid %2, socket %3").arg(cfg.root).arg(pid).arg(cfg.socketPath()));
    return ExitOk;
}

} // namespace

int runDaemonCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("daemon"), QStringLiteral("daemon [stop|status]"));
    parser.addOption({kIdle, QStringLiteral("Exit after this many seconds without clients (0 = never)."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("refresh"),
                      QStringLiteral("Seconds between catalog refreshes (default 30)."), QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("listen"),
                      QStringLiteral("Also serve the API over HTTPS on IP:PORT (plain HTTP only on loopback)."),
                      QStringLiteral("ADDR:PORT")});
    parser.addOption({QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) for --listen."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tls-key"), QStringLiteral("PEM private key for --listen."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tokens"), QStringLiteral("Bearer tokens file for --listen (see 'token add')."),
                      QStringLiteral("FILE")});
    if (auto code = parseArgs(parser, args, QStringLiteral("Run, stop or query the store's daemon.")))
        return *code;
    auto cfg = configOrReport(parser);
    if (!cfg)
        return ExitError;
    const QStringList pos = parser.positionalArguments();
    const QString verb = pos.size() > 1 ? pos.at(1) : QString();
    if (verb == QLatin1String("stop"))
        return stopDaemon(*cfg);
    if (verb == QLatin1String("status"))
        return daemonStatus(*cfg);
    if (!verb.isEmpty()) {
        printError(QStringLiteral("unknown daemon command '%1' (stop, status)").arg(verb));
        return ExitError;
    }
    bool ok = true;
    if (parser.isSet(kIdle))
        cfg->idleTimeoutSec = parser.value(kIdle).toInt(&ok);
    if (!ok || cfg->idleTimeoutSec < 0) {
        printError(QStringLiteral("--idle-timeout must be a number of seconds"));
        return ExitError;
    }
    const int refresh = parser.isSet(QStringLiteral("refresh")) ? parser.value(QStringLiteral("refresh")).toInt(&ok) : 30;
    if (!ok || refresh < 1) {
        printError(QStringLiteral("--refresh must be a positive number of seconds"));
        return ExitError;
    }
    std::optional<HttpsOptions> https;
    if (parser.isSet(QStringLiteral("listen"))) {
        https = HttpsOptions{parser.value(QStringLiteral("listen")), parser.value(QStringLiteral("tls-cert")),
                             parser.value(QStringLiteral("tls-key")), parser.value(QStringLiteral("tokens"))};
        // Checked before the store is locked, so a wrong flag fails fast and clearly.
        if (auto checked = httpServerOptions(*https); !checked) {
            printError(checked.error());
            return ExitError;
        }
        // Automation may call at any time: a listening daemon never idles out.
        cfg->idleTimeoutSec = 0;
    }
    Daemon daemon(*cfg, refresh);
    if (https)
        daemon.setHttps(*https);
    if (auto started = daemon.start(); !started) {
        printError(started.error());
        return ExitError;
    }
    return QCoreApplication::exec();
}

int runBridgeCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("stdio"), QStringLiteral("Relay JSON-RPC on stdin/stdout.")});
    parser.addOption({kIdle, QStringLiteral("Idle timeout of a daemon this bridge starts (default 600)."),
                      QStringLiteral("SECONDS")});
    if (auto code = parseArgs(parser, args, QStringLiteral("Bridge stdin/stdout to the store's daemon.")))
        return *code;
    auto cfg = configOrReport(parser);
    if (!cfg)
        return ExitError;
    BridgeOptions options;
    options.agentExecutable = QCoreApplication::applicationFilePath();
    bool ok = true;
    if (parser.isSet(kIdle))
        options.spawnedIdleTimeoutSec = parser.value(kIdle).toInt(&ok);
    if (!ok || options.spawnedIdleTimeoutSec < 0) {
        printError(QStringLiteral("--idle-timeout must be a number of seconds"));
        return ExitError;
    }
    return runBridge(*cfg, options);
}

} // namespace mailstore::agent::cli
