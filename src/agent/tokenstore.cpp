// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenstore.h"

#include "../core/fs/atomicfile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace mailstore::agent {

namespace {
constexpr int TokenBytes = 32;

QByteArray randomBytes(int n)
{
    QByteArray out(n, '\0');
    // RAND_bytes draws from the OS CSPRNG; failing it is not survivable for a secret.
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1)
        qFatal("RAND_bytes failed: no secure random source");
    return out;
}

QByteArray digest(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}
} // namespace

std::expected<TokenStore, QString> TokenStore::load(const QString &path)
{
    TokenStore store;
    store.m_path = path;
    QFile f(path);
    if (!f.exists())
        return store;
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot read token file %1: %2").arg(path, f.errorString()));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (!doc.isObject())
        return std::unexpected(QStringLiteral("token file %1 is not valid JSON: %2").arg(path, err.errorString()));
    for (const auto &v : doc.object().value(QStringLiteral("tokens")).toArray()) {
        const QJsonObject o = v.toObject();
        TokenEntry e;
        e.id = o.value(QStringLiteral("id")).toString();
        e.name = o.value(QStringLiteral("name")).toString();
        const auto role = roleFromName(o.value(QStringLiteral("role")).toString());
        e.sha256 = QByteArray::fromHex(o.value(QStringLiteral("sha256")).toString().toLatin1());
        e.created = o.value(QStringLiteral("created")).toInteger();
        if (e.id.isEmpty() || !role || e.sha256.size() != 32)
            return std::unexpected(QStringLiteral("token file %1 has a malformed entry").arg(path));
        e.role = *role;
        store.m_entries.append(e);
    }
    return store;
}

std::expected<void, QString> TokenStore::save() const
{
    QJsonArray tokens;
    for (const auto &e : m_entries)
        tokens.append(QJsonObject{{QStringLiteral("id"), e.id},
                                  {QStringLiteral("name"), e.name},
                                  {QStringLiteral("role"), roleName(e.role)},
                                  {QStringLiteral("sha256"), QString::fromLatin1(e.sha256.toHex())},
                                  {QStringLiteral("created"), e.created}});
    const QByteArray data = QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                      {QStringLiteral("tokens"), tokens}})
                                .toJson(QJsonDocument::Indented);
    auto written = core::fs::writeFileAtomic(QFile::encodeName(m_path).toStdString(),
                                             std::string_view(data.constData(), size_t(data.size())), 0600);
    if (!written)
        return std::unexpected(QStringLiteral("cannot write token file %1: %2")
                                   .arg(m_path, QString::fromStdString(written.error().detail)));
    return {};
}

QString TokenStore::add(Role role, const QString &name, QString *id)
{
    // The prefix lets secret scanners recognise a leaked token; the rest is 256 random bits.
    const QByteArray token = "msa_" + randomBytes(TokenBytes).toBase64(QByteArray::Base64UrlEncoding
                                                                        | QByteArray::OmitTrailingEquals);
    TokenEntry e;
    e.id = QString::fromLatin1(randomBytes(6).toHex());
    e.name = name.isEmpty() ? e.id : name;
    e.role = role;
    e.sha256 = digest(token);
    e.created = QDateTime::currentSecsSinceEpoch();
    m_entries.append(e);
    if (id)
        *id = e.id;
    return QString::fromLatin1(token);
}

bool TokenStore::revoke(const QString &id)
{
    return m_entries.removeIf([&](const TokenEntry &e) { return e.id == id; }) > 0;
}

std::optional<TokenEntry> TokenStore::verify(const QByteArray &token) const
{
    const QByteArray presented = digest(token);
    std::optional<TokenEntry> match;
    for (const auto &e : m_entries) {
        // No early exit: the time taken does not depend on which entry matched.
        if (CRYPTO_memcmp(presented.constData(), e.sha256.constData(), 32) == 0)
            match = e;
    }
    return match;
}

} // namespace mailstore::agent
