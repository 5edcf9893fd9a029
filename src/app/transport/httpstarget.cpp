// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpstarget.h"

#include "certpins.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
struct HttpsTargetText {
    Q_DECLARE_TR_FUNCTIONS(HttpsTarget)
};

bool isLoopbackHost(const QString &host)
{
    return host.compare("localhost"_L1, Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}
} // namespace

QString HttpsTarget::displayName() const
{
    return certPinKey(host, port);
}

QUrl HttpsTarget::url(const QString &path) const
{
    QUrl u;
    u.setScheme(plainHttp ? u"http"_s : u"https"_s);
    u.setHost(host);
    u.setPort(port);
    u.setPath(path);
    return u;
}

std::expected<HttpsTarget, QString> parseHttpsUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    const bool https = u.scheme() == "https"_L1;
    if (!u.isValid() || (!https && u.scheme() != "http"_L1) || u.host().isEmpty())
        return std::unexpected(HttpsTargetText::tr("Not an HTTPS address: \"%1\" (expected "
                                                   "https://host[:port]).")
                                   .arg(url));
    if ((!u.path().isEmpty() && u.path() != "/"_L1) || u.hasQuery() || u.hasFragment() || !u.userInfo().isEmpty())
        return std::unexpected(HttpsTargetText::tr("An HTTPS agent address has no user, path, query "
                                                   "or fragment: \"%1\". The token goes in "
                                                   "--token-file.")
                                   .arg(url));
    HttpsTarget t;
    t.host = u.host();
    t.plainHttp = !https;
    t.port = u.port(https ? 443 : 80);
    if (t.port < 1 || t.port > 65535)
        return std::unexpected(HttpsTargetText::tr("Invalid port in \"%1\".").arg(url));
    // Without TLS the bearer token would cross the network readable by anyone on the
    // way; on the loopback interface it never leaves this machine.
    if (t.plainHttp && !isLoopbackHost(t.host))
        return std::unexpected(HttpsTargetText::tr("Plain http:// is allowed only for this machine "
                                                   "(127.0.0.1, ::1, localhost), since the API token "
                                                   "would travel unencrypted; use https://%1.")
                                   .arg(t.displayName()));
    t.pinFile = defaultCertPinsFile();
    return t;
}

bool isUsableToken(const QByteArray &token)
{
    if (token.isEmpty())
        return false;
    for (const char c : token)
        if (c <= ' ' || c > '~')
            return false;
    return true;
}

std::expected<QByteArray, QString> readTokenFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(HttpsTargetText::tr("Cannot read the token file %1: %2").arg(path, file.errorString()));
    // Only the first line, without its line end: the usual format of secret files.
    QByteArray token = file.readLine();
    while (token.endsWith('\n') || token.endsWith('\r'))
        token.chop(1);
    if (!isUsableToken(token))
        // Never quote the content: it may be a secret with a typo.
        return std::unexpected(HttpsTargetText::tr("The token file %1 does not start with a usable "
                                                   "token (one line of printable characters "
                                                   "without spaces).")
                                   .arg(path));
    return token;
}

} // namespace mailstore::app
