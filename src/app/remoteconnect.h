// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Connecting to hosts named on the command line: the SSH and HTTPS transport factories
// (with the GUI's host-key and certificate questions) and `--check-connection`, which
// prints host.info as JSON for scripts and support, with exit codes that tell what went
// wrong.

#include "agentclient.h"
#include "appoptions.h"
#include "transport/httpstarget.h"
#include "transport/sshtarget.h"

#include <expected>

class QWidget;

namespace mailstore::app {

namespace checkexit {
inline constexpr int Ok = 0;
inline constexpr int Usage = 2;
inline constexpr int HostKey = 3;    // host key or certificate unknown and not accepted, changed
inline constexpr int Auth = 4;       // authentication failed, key file unusable, token refused
inline constexpr int Connection = 5; // unreachable, lost, remote command or agent failure
} // namespace checkexit

int exitCodeFor(SshFailure failure);
int exitCodeFor(HttpsFailure failure);

// The SSH target of --connect/--check-connection with --identity, --known-hosts,
// --accept-fingerprint, --remote-command and --password-file applied.
std::expected<SshTarget, QString> sshTargetFromOptions(const AppOptions &options);

// With promptParent, an unknown host key is asked about in a message box (Trust/Cancel);
// without, only target.acceptFingerprint can make it trusted.
AgentClient::TransportFactory sshTransportFactory(SshTarget target, QWidget *promptParent = nullptr);

// The HTTPS target of --connect/--check-connection with --token-file, --ca-file,
// --cert-pins and --accept-fingerprint applied. The token stays empty without
// --token-file (see askForToken).
std::expected<HttpsTarget, QString> httpsTargetFromOptions(const AppOptions &options);

// Asks for the API token in a password field; false when the person cancels.
bool askForToken(HttpsTarget &target, QWidget *parent);

// With promptParent, an unknown certificate is asked about in a message box
// (Trust/Cancel); without, only target.acceptFingerprint can make it trusted.
AgentClient::TransportFactory httpsTransportFactory(HttpsTarget target, QWidget *promptParent = nullptr);

// Runs the check in a local event loop; returns the process exit code.
int runCheckConnection(const AppOptions &options);

} // namespace mailstore::app
