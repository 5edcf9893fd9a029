// SPDX-License-Identifier: GPL-3.0-or-later
#include "certpins.h"

#include "core/fs/atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSslCertificate>
#include <QStandardPaths>

#include <string_view>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
struct CertPinsText {
    Q_DECLARE_TR_FUNCTIONS(CertPins)
};

constexpr mode_t PinsFileMode = 0600; // no secret, but it tells which hosts one manages

// Splits "key fingerprint" lines; comments and blank lines give nothing.
std::optional<std::pair<QByteArray, QByteArray>> parseLine(const QByteArray &line)
{
    const QByteArray t = line.trimmed();
    if (t.isEmpty() || t.startsWith('#'))
        return std::nullopt;
    const QList<QByteArray> fields = t.simplified().split(' ');
    if (fields.size() != 2 || !fields[1].startsWith("SHA256:"))
        return std::nullopt;
    return std::pair{fields[0], fields[1]};
}
} // namespace

QString certificateFingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray digest = QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
    // ssh-keygen leaves out the '=' padding; so do we, so both read alike.
    return "SHA256:"_L1 + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString certPinKey(const QString &host, int port)
{
    const QHostAddress address(host);
    const bool v6 = !address.isNull() && address.protocol() == QAbstractSocket::IPv6Protocol;
    return (v6 ? u"[%1]:%2"_s : u"%1:%2"_s).arg(host).arg(port);
}

QString defaultCertPinsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/pinned-certs"_L1;
}

CertPins::CertPins(QString file) : m_file(std::move(file))
{
}

std::expected<QByteArray, QString> CertPins::read() const
{
    QFile f(m_file);
    if (!f.exists())
        return QByteArray();
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(
            CertPinsText::tr("Cannot read the pinned certificates in %1: %2.").arg(m_file, f.errorString()));
    return f.readAll();
}

std::expected<std::optional<QString>, QString> CertPins::find(const QString &key) const
{
    const auto text = read();
    if (!text)
        return std::unexpected(text.error());
    const QByteArray wanted = key.toUtf8();
    for (const QByteArray &line : text->split('\n')) {
        const auto entry = parseLine(line);
        if (entry && entry->first == wanted)
            return QString::fromLatin1(entry->second);
    }
    return std::nullopt;
}

std::expected<void, QString> CertPins::pin(const QString &key, const QString &fingerprint)
{
    const auto text = read();
    if (!text)
        return std::unexpected(text.error());
    const QByteArray wanted = key.toUtf8();
    QByteArray out;
    for (const QByteArray &line : text->split('\n')) {
        if (line.isEmpty())
            continue;
        const auto entry = parseLine(line);
        if (entry && entry->first == wanted)
            continue; // replaced below
        out += line + '\n';
    }
    out += wanted + ' ' + fingerprint.toLatin1() + '\n';

    const QString dir = QFileInfo(m_file).absolutePath();
    if (!QDir().mkpath(dir))
        return std::unexpected(CertPinsText::tr("Cannot create the folder %1 for pinned certificates.").arg(dir));
    const auto written = core::fs::writeFileAtomic(QFile::encodeName(m_file).toStdString(),
                                                   std::string_view(out.constData(), size_t(out.size())), PinsFileMode);
    if (!written)
        return std::unexpected(CertPinsText::tr("Cannot save the pinned certificate in %1: %2.")
                                   .arg(m_file, QString::fromStdString(written.error().detail)));
    return {};
}

} // namespace mailstore::app
