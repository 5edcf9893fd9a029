// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
struct ProfileText {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};
} // namespace

ConnectionProfile::Kind ConnectionProfile::kind() const
{
    if (url.startsWith("local:"_L1))
        return Kind::Local;
    if (url.startsWith("ssh://"_L1))
        return Kind::Ssh;
    if (url.startsWith("https://"_L1) || url.startsWith("http://"_L1))
        return Kind::Https;
    return Kind::Unknown;
}

QString ConnectionProfile::address() const
{
    if (kind() == Kind::Local)
        return url.mid(6);
    return QUrl(url).host();
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"name"_s, name}, {u"group"_s, group},
                  {u"environment"_s, environmentKey(environment)}, {u"url"_s, url}};
    if (!identityFile.isEmpty())
        o.insert(u"identityFile"_s, identityFile);
    if (!remoteCommand.isEmpty())
        o.insert(u"remoteCommand"_s, remoteCommand);
    if (!caFile.isEmpty())
        o.insert(u"caFile"_s, caFile);
    if (autoConnect)
        o.insert(u"autoConnect"_s, true);
    return o;
}

std::expected<ConnectionProfile, QString> ConnectionProfile::fromJson(const QJsonObject &json)
{
    ConnectionProfile p;
    const auto text = [&json](const char *key, QString *out) -> QString {
        const QJsonValue v = json.value(QLatin1StringView(key));
        if (v.isUndefined())
            return {};
        if (!v.isString())
            return ProfileText::tr("%1: must be a string").arg(QLatin1StringView(key));
        *out = v.toString();
        return {};
    };
    QString envKey = u"other"_s;
    for (const auto &[key, field] : {std::pair{"id", &p.id}, {"name", &p.name}, {"group", &p.group},
                                     {"url", &p.url}, {"identityFile", &p.identityFile},
                                     {"remoteCommand", &p.remoteCommand}, {"caFile", &p.caFile},
                                     {"environment", &envKey}}) {
        if (QString error = text(key, field); !error.isEmpty())
            return std::unexpected(error);
    }
    const auto env = environmentFromKey(envKey);
    if (!env)
        return std::unexpected(env.error());
    p.environment = *env;
    p.autoConnect = json.value("autoConnect"_L1).toBool(false);
    if (p.id.isEmpty())
        p.id = newProfileId();
    if (QString error = p.validate(); !error.isEmpty())
        return std::unexpected(error);
    return p;
}

QString ConnectionProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return ProfileText::tr("name: must not be empty");
    if (group.trimmed().isEmpty())
        return ProfileText::tr("group: must not be empty");
    return validateLink();
}

QString ConnectionProfile::validateLink() const
{
    switch (kind()) {
    case Kind::Unknown:
        return ProfileText::tr("url: must start with local:, ssh:// or https:// (got \"%1\")").arg(url);
    case Kind::Local:
        if (url.size() <= 6)
            return ProfileText::tr("url: local: needs the mail root folder, e.g. local:/srv/mail");
        break;
    case Kind::Ssh:
    case Kind::Https: {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty())
            return ProfileText::tr("url: \"%1\" names no host").arg(url);
        if (!u.path().isEmpty() && u.path() != "/"_L1)
            return ProfileText::tr("url: \"%1\" must not have a path").arg(url);
        break;
    }
    }
    if (remoteCommand.contains(u'\n') || remoteCommand.contains(u'\r'))
        return ProfileText::tr("remoteCommand: must be one line");
    return {};
}

QString environmentKey(Environment env)
{
    switch (env) {
    case Environment::Production: return u"production"_s;
    case Environment::Staging: return u"staging"_s;
    case Environment::Test: return u"test"_s;
    case Environment::Other: break;
    }
    return u"other"_s;
}

QString environmentName(Environment env)
{
    switch (env) {
    case Environment::Production: return ProfileText::tr("Production");
    case Environment::Staging: return ProfileText::tr("Staging");
    case Environment::Test: return ProfileText::tr("Test");
    case Environment::Other: break;
    }
    return ProfileText::tr("Other");
}

QColor environmentColor(Environment env)
{
    // Strong, distinct hues that stay readable with white text on light and dark themes.
    switch (env) {
    case Environment::Production: return QColor(0xc6, 0x28, 0x28);
    case Environment::Staging: return QColor(0xc7, 0x6a, 0x00);
    case Environment::Test: return QColor(0x2e, 0x7d, 0x32);
    case Environment::Other: break;
    }
    return QColor(0x54, 0x6e, 0x7a);
}

std::expected<Environment, QString> environmentFromKey(const QString &key)
{
    for (Environment env : {Environment::Production, Environment::Staging, Environment::Test,
                            Environment::Other}) {
        if (environmentKey(env) == key)
            return env;
    }
    return std::unexpected(ProfileText::tr("environment: \"%1\" is not one of production, staging, "
                                           "test, other").arg(key));
}

QString newProfileId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace mailstore::app
