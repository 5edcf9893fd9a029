// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// From a saved profile (plus the secrets the keychain or the user gave) to the factory
// AgentClient uses to open links: a local agent, SSH, or HTTPS.

#include "agentclient.h"
#include "connectionprofile.h"

#include <expected>

class QWidget;

namespace mailstore::app {

class SshPrompter;

struct ProfileSecrets {
    QString password;   // SSH password / keyboard-interactive answer
    QString passphrase; // SSH key passphrase (tried once, before asking)
    QString token;      // HTTPS bearer token
};

// With promptParent, unknown host keys and certificates are asked about in dialogs;
// without, they are refused. With prompter, SSH asks for missing or refused passwords,
// passphrases and keyboard-interactive answers; without, those logins fail.
std::expected<AgentClient::TransportFactory, QString>
transportForProfile(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                    QWidget *promptParent, const SshPrompter *prompter = nullptr);

} // namespace mailstore::app
