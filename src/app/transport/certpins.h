// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CertPins: the console's own file of pinned TLS certificates, one line per agent:
//   host:port SHA256:<base64 of the SHA-256 of the leaf certificate's DER, no padding>
// (the fingerprint is written the way ssh-keygen writes SSH host keys, so operators
// compare one format for both transports). A pinned host is trusted with exactly that
// leaf certificate and no other, whatever the CAs say. The file holds no secrets; it is
// replaced atomically (temp file, fsync, rename, fsync of the folder) so a crash never
// leaves it half written. Lines the console does not understand are kept as they are.

#include <QString>

#include <expected>
#include <optional>

class QSslCertificate;

namespace mailstore::app {

// "SHA256:…" of a certificate's DER encoding; empty for a null certificate.
QString certificateFingerprint(const QSslCertificate &certificate);

// The file's key for a host: "host:port", "[v6-address]:port".
QString certPinKey(const QString &host, int port);

// AppDataLocation + "/pinned-certs".
QString defaultCertPinsFile();

class CertPins {
public:
    explicit CertPins(QString file);

    const QString &file() const { return m_file; }

    // The fingerprint pinned for key; nullopt when there is none (also when the file
    // does not exist yet); an error when the file exists but cannot be read, since
    // then nobody can tell whether the host is pinned.
    std::expected<std::optional<QString>, QString> find(const QString &key) const;

    // Pins fingerprint for key, replacing an older pin of that key. Creates the folder.
    std::expected<void, QString> pin(const QString &key, const QString &fingerprint);

private:
    std::expected<QByteArray, QString> read() const;

    QString m_file;
};

} // namespace mailstore::app
