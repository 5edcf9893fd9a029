// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ConnectionProfile: how to reach one host (a URL plus the few settings the link needs),
// where it sits in the fleet tree (its group) and which environment it belongs to, so
// production is never mistaken for a test host. Profiles hold no secrets: passwords,
// passphrases and tokens live in the system keychain under the profile's id.

#include <QColor>
#include <QJsonObject>
#include <QString>

#include <expected>

namespace mailstore::app {

enum class Environment { Production, Staging, Test, Other };

struct ConnectionProfile {
    QString id;          // stable key (a UUID without braces); names the keychain entries
    QString name;        // shown until host.info names the host
    QString group;       // fleet tree group, e.g. "Production", "New hardware"
    Environment environment = Environment::Other;
    QString url;         // local:DIR, ssh://user@host[:port] or https://host[:port]
    QString identityFile;  // SSH private key file (optional)
    QString remoteCommand; // SSH remote command (empty: the default)
    QString caFile;        // HTTPS: a private CA for this host (optional)
    bool autoConnect = false;

    enum class Kind { Local, Ssh, Https, Unknown };
    Kind kind() const;
    // The host part of the URL ("mstore-1.example.net"), or the folder for local:.
    QString address() const;

    QJsonObject toJson() const;
    // Names the field that was wrong ("url: must start with local:, ssh:// or https://").
    static std::expected<ConnectionProfile, QString> fromJson(const QJsonObject &json);
    // Checks the fields a dialog or an import could get wrong; empty when valid.
    QString validate() const;
    // Only what a connection needs (the URL and the remote command): "Test connection"
    // works before the profile has a name or group.
    QString validateLink() const;
};

QString environmentKey(Environment env);   // "production", stable in files
QString environmentName(Environment env);  // translated, for people
QColor environmentColor(Environment env);  // red for production, …
std::expected<Environment, QString> environmentFromKey(const QString &key);

QString newProfileId();

} // namespace mailstore::app
