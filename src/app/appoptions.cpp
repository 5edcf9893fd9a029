// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
// A translation context of its own, so lupdate and the runtime agree on it.
struct AppOptionsText {
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
};
} // namespace

QString AppOptions::viewAccount() const
{
    return view.startsWith("account:"_L1) ? view.mid(8) : QString();
}

QStringList AppOptions::agentExtraArgs() const
{
    return stateDir.isEmpty() ? QStringList() : QStringList{u"--state-dir"_s, stateDir};
}

std::expected<AppOptions, QString> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(AppOptionsText::tr("Console for IMAP mailstore (Dovecot Maildir) hosts."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption demo(u"demo"_s,
        AppOptionsText::tr("Open the demo store (created on first use under the application data folder)."));
    const QCommandLineOption connect(u"connect"_s,
        AppOptionsText::tr("Connect to a store: local:DIR for a mail root on this machine, "
                           "ssh://user@host[:port] for a host running mailstore-agent, "
                           "https://host:port for an agent's HTTPS listener (http:// only on "
                           "this machine)."), u"target"_s);
    const QCommandLineOption check(u"check-connection"_s,
        AppOptionsText::tr("Connect to URL (local:DIR, ssh://user@host[:port] or "
                           "https://host:port), print the host's host.info as JSON and exit: "
                           "0 ok, 2 usage, 3 host key or certificate unknown or refused, "
                           "4 authentication failed (HTTPS: token refused), 5 connection or "
                           "agent failure."), u"URL"_s);
    const QCommandLineOption identity(u"identity"_s,
        AppOptionsText::tr("SSH private key file."), u"file"_s);
    const QCommandLineOption knownHosts(u"known-hosts"_s,
        AppOptionsText::tr("The console's known_hosts file (default: in the application data "
                           "folder); ~/.ssh/known_hosts is read as well."), u"file"_s);
    const QCommandLineOption acceptFp(u"accept-fingerprint"_s,
        AppOptionsText::tr("Trust an unknown SSH host key or HTTPS certificate only if its "
                           "fingerprint is this one (SHA256:…, as ssh-keygen -lf prints it; "
                           "for a certificate: the base64 SHA-256 of its DER form), and pin it."),
        u"fingerprint"_s);
    const QCommandLineOption remoteCommand(u"remote-command"_s,
        AppOptionsText::tr("Command run on the SSH host (default: mailstore-agent --stdio)."),
        u"command"_s);
    const QCommandLineOption passwordFile(u"password-file"_s,
        AppOptionsText::tr("Read the SSH password from the first line of this file."), u"file"_s);
    const QCommandLineOption tokenFile(u"token-file"_s,
        AppOptionsText::tr("Read the HTTPS API token from the first line of this file (made on "
                           "the host with mailstore-agent token add). Without it, --connect asks."),
        u"file"_s);
    const QCommandLineOption caFile(u"ca-file"_s,
        AppOptionsText::tr("PEM file with a private CA that signed the HTTPS agent's "
                           "certificate; trusted in addition to the system CAs."), u"file"_s);
    const QCommandLineOption certPins(u"cert-pins"_s,
        AppOptionsText::tr("The console's file of pinned HTTPS certificates (default: in the "
                           "application data folder). A pinned host must show exactly that "
                           "certificate."), u"file"_s);
    const QCommandLineOption fleet(u"fleet"_s,
        AppOptionsText::tr("Connect every host of a profile file (as File > Export profiles "
                           "writes it) for this run only, without saving them; with "
                           "--screenshot, pictures of a whole fleet for runbooks."),
        u"file"_s);
    const QCommandLineOption layout(u"layout"_s,
        AppOptionsText::tr("Account layout under the root, e.g. %d/%n/Maildir."), u"pattern"_s);
    const QCommandLineOption stateDir(u"state-dir"_s,
        AppOptionsText::tr("State folder for the local agent's daemon (default: the agent's own)."), u"dir"_s);
    const QCommandLineOption shot(u"screenshot"_s,
        AppOptionsText::tr("Render a view offscreen into a PNG file and exit."), u"file"_s);
    const QCommandLineOption view(u"view"_s,
        AppOptionsText::tr("View for --screenshot: accounts, account:NAME, scan (a host-wide "
                           "index scan), rebuild:NAME (the rebuild preview), audit (the audit "
                           "tab), lookup:TEXT (Ctrl+K with its matches), connect (the Connect "
                           "dialog), backups (the Backups tab), restore:NAME (the restore preview), "
                           "storage (the Storage tab, 24 h), fleet (the fleet overview) "
                           "or backupfile:PATH (a backup archive, offline)."),
        u"view"_s, u"accounts"_s);
    const QCommandLineOption size(u"size"_s, AppOptionsText::tr("Window size for --screenshot."), u"WxH"_s,
                                  u"1280x800"_s);
    const QCommandLineOption timeout(u"timeout"_s,
        AppOptionsText::tr("Seconds --screenshot waits for the view's data."), u"seconds"_s, u"90"_s);
    p.addOptions({demo, connect, fleet, check, identity, knownHosts, acceptFp, remoteCommand, passwordFile,
                  tokenFile, caFile, certPins, layout, stateDir, shot, view, size, timeout});
    p.process(app);

    if (!p.positionalArguments().isEmpty())
        return std::unexpected(AppOptionsText::tr("Unexpected argument: %1").arg(p.positionalArguments().first()));
    AppOptions o;
    o.demo = p.isSet(demo);
    const auto target = [&o](const QString &url, const QString &option) -> std::optional<QString> {
        if (url.startsWith("ssh://"_L1)) {
            o.sshUrl = url;
            return std::nullopt;
        }
        if (url.startsWith("https://"_L1) || url.startsWith("http://"_L1)) {
            o.httpsUrl = url; // checked by parseHttpsUrl, like ssh:// by parseSshUrl
            return std::nullopt;
        }
        if (!url.startsWith("local:"_L1) || url.size() <= 6)
            return AppOptionsText::tr("%1 takes local:DIR, ssh://user@host[:port] or "
                                      "https://host:port, not \"%2\".").arg(option, url);
        o.localRoot = QDir(url.mid(6)).absolutePath();
        if (!QDir(o.localRoot).exists())
            return AppOptionsText::tr("The folder %1 does not exist.").arg(o.localRoot);
        return std::nullopt;
    };
    if (p.isSet(connect) && p.isSet(check))
        return std::unexpected(AppOptionsText::tr("Use either --connect or --check-connection, not both."));
    if (p.isSet(connect)) {
        if (auto error = target(p.value(connect), u"--connect"_s))
            return std::unexpected(*error);
    }
    if (p.isSet(fleet)) {
        o.fleetFile = QFileInfo(p.value(fleet)).absoluteFilePath();
        if (!QFileInfo(o.fleetFile).isFile())
            return std::unexpected(AppOptionsText::tr("The profile file %1 does not exist.").arg(o.fleetFile));
    }
    if (p.isSet(check)) {
        o.checkUrl = p.value(check);
        if (auto error = target(o.checkUrl, u"--check-connection"_s))
            return std::unexpected(*error);
    }
    o.identityFile = p.value(identity);
    o.knownHostsFile = p.value(knownHosts);
    o.acceptFingerprint = p.value(acceptFp);
    o.remoteCommand = p.value(remoteCommand);
    o.passwordFile = p.value(passwordFile);
    o.tokenFile = p.value(tokenFile);
    o.caFile = p.value(caFile);
    o.certPinsFile = p.value(certPins);
    if (!o.acceptFingerprint.isEmpty() && !o.acceptFingerprint.startsWith("SHA256:"_L1))
        return std::unexpected(AppOptionsText::tr("--accept-fingerprint takes SHA256:… as "
                                                  "ssh-keygen -lf prints it."));
    if (o.sshUrl.isEmpty() && (p.isSet(identity) || p.isSet(knownHosts) || p.isSet(remoteCommand)
                               || p.isSet(passwordFile)))
        return std::unexpected(AppOptionsText::tr("--identity, --known-hosts, --remote-command and "
                                                  "--password-file need an ssh:// address."));
    if (o.httpsUrl.isEmpty() && (p.isSet(tokenFile) || p.isSet(caFile) || p.isSet(certPins)))
        return std::unexpected(AppOptionsText::tr("--token-file, --ca-file and --cert-pins need an "
                                                  "https:// address."));
    if (o.sshUrl.isEmpty() && o.httpsUrl.isEmpty() && p.isSet(acceptFp))
        return std::unexpected(AppOptionsText::tr("--accept-fingerprint needs an ssh:// or https:// "
                                                  "address."));
    // Without a window nobody could answer the token question.
    if (!o.httpsUrl.isEmpty() && o.tokenFile.isEmpty() && (p.isSet(check) || p.isSet(shot)))
        return std::unexpected(AppOptionsText::tr("--check-connection and --screenshot with an "
                                                  "https:// address need --token-file."));
    if (o.demo && (!o.localRoot.isEmpty() || !o.sshUrl.isEmpty() || !o.httpsUrl.isEmpty()))
        return std::unexpected(AppOptionsText::tr("Use either --demo or --connect, not both."));
    o.layout = p.value(layout);
    if (p.isSet(stateDir))
        o.stateDir = QDir(p.value(stateDir)).absolutePath();
    o.screenshotFile = p.value(shot);
    o.view = p.value(view);
    const bool rebuildView = o.view.startsWith("rebuild:"_L1) && o.view.size() > 8;
    const bool lookupView = o.view.startsWith("lookup:"_L1) && o.view.size() > 7;
    const bool plainView = o.view == "accounts"_L1 || o.view == "scan"_L1 || o.view == "audit"_L1
        || o.view == "connect"_L1 || o.view == "backups"_L1 || o.view == "storage"_L1 || o.view == "fleet"_L1;
    const bool restoreView = o.view.startsWith("restore:"_L1) && o.view.size() > 8;
    const bool fileView = o.view.startsWith("backupfile:"_L1) && o.view.size() > 11;
    if (!plainView && !rebuildView && !lookupView && !restoreView && !fileView && o.viewAccount().isEmpty())
        return std::unexpected(AppOptionsText::tr("--view takes accounts, account:NAME, scan, "
                                                  "rebuild:NAME, audit, lookup:TEXT, connect, backups, "
                                                  "restore:NAME, storage, fleet or backupfile:PATH, not \"%1\".").arg(o.view));
    const auto m = QRegularExpression(u"^(\\d{3,5})x(\\d{3,5})$"_s).match(p.value(size));
    if (!m.hasMatch())
        return std::unexpected(AppOptionsText::tr("--size takes WIDTHxHEIGHT, e.g. 1280x800."));
    o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    bool ok = false;
    o.timeoutSec = p.value(timeout).toInt(&ok);
    if (!ok || o.timeoutSec <= 0)
        return std::unexpected(AppOptionsText::tr("--timeout takes a number of seconds."));
    if (!o.screenshotFile.isEmpty() && !fileView && !o.demo && o.localRoot.isEmpty() && o.sshUrl.isEmpty()
        && o.httpsUrl.isEmpty() && o.fleetFile.isEmpty())
        return std::unexpected(AppOptionsText::tr("--screenshot needs a store: add --demo, --fleet FILE, --connect "
                                                  "local:DIR, --connect ssh://… or --connect https://…"));
    return o;
}

bool argvWantsNoWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strncmp(a, "--screenshot", 12) == 0 || std::strncmp(a, "--check-connection", 18) == 0
            || std::strcmp(a, "--help") == 0
            || std::strcmp(a, "-h") == 0 || std::strcmp(a, "--help-all") == 0
            || std::strcmp(a, "--version") == 0 || std::strcmp(a, "-v") == 0)
            return true;
    }
    return false;
}

} // namespace mailstore::app
