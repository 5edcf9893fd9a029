// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SshTarget: everything one SSH connection needs (where, as whom, which remote command,
// which known_hosts files, which credentials). Plain values so a worker thread can own a
// copy; secrets live here only in memory and are never written to logs or settings.

#include <QString>
#include <QStringList>

#include <expected>
#include <functional>
#include <optional>
#include <stop_token>

namespace mailstore::app {

// Why an SSH link failed, so callers (--check-connection) can map it to an exit code.
enum class SshFailure {
    None,
    HostKeyUnknown,  // not in any known_hosts and not accepted
    HostKeyRefused,  // CHANGED or OTHER: possible man in the middle, nothing was sent
    AuthFailed,      // no offered method worked, or the key file was unusable
    Connection,      // unreachable, protocol or channel errors, link dropped
    RemoteCommand,   // the remote command could not run (exit 127 and friends)
};

struct SshHostKey {
    QString host;        // "[127.0.0.1]:2222" style, as known_hosts names it
    QString keyType;     // "ssh-ed25519"
    QString fingerprint; // "SHA256:…", as `ssh-keygen -lf` prints it
    QString oldFingerprint; // for CHANGED/OTHER: the key known before (may be empty)
};

// Questions the worker asks while authenticating. Every callback runs on the SSH worker
// thread, so it must not touch widgets (SshPrompter marshals them to dialogs). It may
// block until a person answers, but must return soon after `stop` is requested: the
// transport is then going away and waits for its worker. An empty optional means the
// person cancelled; authentication then ends at once with SshFailure::AuthFailed.
struct SshPrompt {
    QString text;
    bool echo = false;
};
struct SshKbdintRequest {
    QString account;     // "user@host:port", so a dialog can say who is asking
    QString name;        // from the server; may be empty
    QString instruction; // from the server; may be empty
    QList<SshPrompt> prompts;
};
// One answer per prompt; fewer answers than prompts also counts as cancelled.
using SshKbdintCallback =
    std::function<std::optional<QStringList>(const SshKbdintRequest &request, std::stop_token stop)>;

struct SshSecretRequest {
    QString account;  // "user@host:port"
    QString keyFile;  // the encrypted key file, for a passphrase; empty for a password
    int attempt = 1;  // 2 and up: the previous answer was refused
};
// A key passphrase or an account password.
using SshSecretCallback =
    std::function<std::optional<QString>(const SshSecretRequest &request, std::stop_token stop)>;

inline constexpr auto DefaultRemoteCommand = "mailstore-agent --stdio";

struct SshTarget {
    QString user;
    QString host;
    int port = 22;
    // Passed as-is to ssh_channel_request_exec (SSH's interface); never built from input.
    QString remoteCommand = QString::fromLatin1(DefaultRemoteCommand);
    QString identityFile;      // optional private key file
    QString knownHostsFile;    // the console's own file (written on trust)
    QString userKnownHostsFile; // the user's ~/.ssh/known_hosts (read only)
    QString acceptFingerprint; // non-interactive: trust an unknown key only with this SHA256
    bool interactiveHostKey = false; // ask through SshTransport::hostKeyUnknown
    // Empty: SSH_AUTH_SOCK of the environment. Otherwise the ssh-agent socket to use.
    QString agentSocket;
    QString password;          // for password / keyboard-interactive, if any
    SshSecretCallback passphrase;     // asked when identityFile is encrypted
    SshKbdintCallback kbdint;         // asked for keyboard-interactive prompts
    SshSecretCallback passwordPrompt; // asked when password is empty and the host offers password auth
    int connectTimeoutSec = 10;
    int keepAliveSec = 30;

    QString displayName() const; // "user@host:port"
};

// Parses ssh://user@host[:port]; defaults: the local user name, port 22, the console's
// known_hosts under AppDataLocation, the user's ~/.ssh/known_hosts.
std::expected<SshTarget, QString> parseSshUrl(const QString &url);

// The console's own known_hosts file: AppDataLocation + "/known_hosts".
QString defaultConsoleKnownHosts();

} // namespace mailstore::app
