// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HttpsTarget: everything one HTTPS connection to an agent needs (where, which token,
// which CA and pin file, how to treat an unknown certificate). Plain values, copied into
// transport factories. The token lives here only in memory: it is never logged, never
// written to a file and never part of a description or an error text.

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <expected>

namespace mailstore::app {

// Why an HTTPS link failed, so callers (--check-connection) can map it to an exit code.
enum class HttpsFailure {
    None,
    CertificateUnknown, // not signed by a trusted CA, not pinned, not accepted
    CertificateChanged, // differs from the pinned one: nothing was sent with the token
    PinsUnreadable,     // the pin file exists but cannot be read: trust cannot be decided
    AuthFailed,         // HTTP 401: the token is missing, unknown or revoked
    Connection,         // unreachable, timeouts, not an agent, link dropped
};

struct HttpsTarget {
    QString host;
    int port = 443;
    bool plainHttp = false;    // http://, accepted for loopback hosts only
    QByteArray token;          // the bearer token; in memory only
    QString caFile;            // PEM: a private CA for this host, added to the system CAs
    QString pinFile;           // the console's pin file (defaultCertPinsFile())
    QString acceptFingerprint; // non-interactive: trust an unknown certificate only with this SHA256
    bool interactive = false;  // ask through HttpsTransport::certificateUnknown
    int connectTimeoutSec = 10;

    // "host:port" ("[::1]:port"), the key of the pin file and the name shown to people.
    QString displayName() const;
    QUrl url(const QString &path) const;
};

// Parses https://host[:port] (default port 443) or http://host[:port] for a loopback
// host (default port 80); no user, path, query or fragment. The pin file defaults to
// defaultCertPinsFile().
std::expected<HttpsTarget, QString> parseHttpsUrl(const QString &url);

// True for a token that can go into an HTTP header as it is: printable ASCII without
// spaces (a CR or LF would let a token file inject headers).
bool isUsableToken(const QByteArray &token);

// The token from the first line of a file, without its line end.
std::expected<QByteArray, QString> readTokenFile(const QString &path);

} // namespace mailstore::app
