// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The command line of mailstore-admin (QCommandLineParser), parsed into values and
// checked before any window exists, so mistakes end with a message and exit code 2.

#include <QSize>
#include <QString>
#include <QStringList>

#include <expected>

class QCoreApplication;

namespace mailstore::app {

struct AppOptions {
    bool demo = false;
    QString localRoot;   // from --connect local:DIR
    QString sshUrl;      // from --connect ssh://user@host[:port]
    QString httpsUrl;    // from --connect https://host[:port] (http:// for loopback only)
    QString fleetFile;   // --fleet FILE: a profile file whose hosts this run connects (not saved)
    QString checkUrl;    // --check-connection URL (local:DIR, ssh://… or https://…)
    QString identityFile;     // --identity F
    QString knownHostsFile;   // --known-hosts F (the console's own file by default)
    QString acceptFingerprint; // --accept-fingerprint SHA256:…
    QString remoteCommand;    // --remote-command CMD (default mailstore-agent --stdio)
    QString passwordFile;     // --password-file F (first line; never on the command line)
    QString tokenFile;        // --token-file F: the HTTPS API token (first line)
    QString caFile;           // --ca-file F: a private CA for the HTTPS agent (PEM)
    QString certPinsFile;     // --cert-pins F (the console's own file by default)
    QString layout;      // --layout PATTERN
    QString stateDir;    // --state-dir DIR, handed to the agent
    QString screenshotFile;
    QString view = QStringLiteral("accounts"); // "accounts", "account:NAME", "scan", "rebuild:NAME"
    QSize size{1280, 800};
    int timeoutSec = 90;

    QString viewAccount() const; // NAME of "account:NAME", else empty
    QStringList agentExtraArgs() const;
};

// Handles --help and --version itself (prints and exits, as QCommandLineParser does).
std::expected<AppOptions, QString> parseOptions(const QCoreApplication &app);

// True when argv asks for no window (--screenshot, --help, --version): decided before
// QApplication exists, so the offscreen platform can be chosen and these work headless.
bool argvWantsNoWindow(int argc, char **argv);

} // namespace mailstore::app
