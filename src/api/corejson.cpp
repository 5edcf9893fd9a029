// SPDX-License-Identifier: GPL-3.0-or-later
#include "corejson.h"

#include "../core/fs/pathtext.h"

#include <cmath>

namespace mailstore::api {

namespace {
QString u8(const std::string &s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
} // namespace

QJsonObject toJson(const core::maildir::AccountSummary &a)
{
    return QJsonObject{
        {QStringLiteral("name"), u8(a.name)},
        {QStringLiteral("domain"), u8(a.domain)},
        {QStringLiteral("mailboxes"), qint64(a.mailboxes)},
        {QStringLiteral("messages"), qint64(a.messages)},
        {QStringLiteral("unseen"), qint64(a.unseen)},
        {QStringLiteral("bytes"), qint64(a.bytes)},
        {QStringLiteral("lastDelivery"), qint64(a.lastDelivery)},
        {QStringLiteral("findings"), qint64(a.findings)},
        {QStringLiteral("health"), healthName(a.health)},
    };
}

QString healthName(core::maildir::Health h)
{
    switch (h) {
    case core::maildir::Health::Ok: return QStringLiteral("ok");
    case core::maildir::Health::Warning: return QStringLiteral("warning");
    case core::maildir::Health::Error: return QStringLiteral("error");
    }
    return QStringLiteral("ok");
}

QString errorText(const core::Error &e)
{
    QString out = QString::fromStdString(e.detail);
    if (!e.path.empty())
        out += QStringLiteral(" (%1)").arg(QString::fromStdString(core::fs::escapeForDisplay(e.path)));
    return out;
}

QJsonObject toJson(const core::Finding &f)
{
    QJsonObject o{
        {QStringLiteral("code"), u8(f.code)},
        {QStringLiteral("severity"), QString::fromLatin1(core::severityName(f.severity))},
        {QStringLiteral("path"), u8(f.path)},
    };
    if (!f.detail.empty())
        o.insert(QStringLiteral("detail"), u8(f.detail));
    return o;
}

QJsonArray toJson(const core::Findings &findings)
{
    QJsonArray a;
    for (const auto &f : findings)
        a.append(toJson(f));
    return a;
}

QJsonObject toJson(const core::maildir::MailboxDetail &m)
{
    return QJsonObject{
        {QStringLiteral("name"), u8(m.info.name)},
        {QStringLiteral("dirName"), u8(m.info.dirName)},
        {QStringLiteral("messages"), qint64(m.stats.messages)},
        {QStringLiteral("unseen"), qint64(m.stats.unseen)},
        {QStringLiteral("bytes"), qint64(m.stats.bytes)},
        {QStringLiteral("lastDelivery"), qint64(m.stats.newestDelivery)},
    };
}

QJsonObject messageToJson(const core::maildir::MessageFile &file,
                          const core::maildir::MessageHeaders &headers)
{
    QJsonObject o{
        {QStringLiteral("file"), u8(file.fileName)},
        {QStringLiteral("folder"), file.inNew ? QStringLiteral("new") : QStringLiteral("cur")},
        {QStringLiteral("size"), qint64(file.size)},
        {QStringLiteral("deliveredAt"), qint64(file.deliveredAt)},
        {QStringLiteral("flags"), u8(file.parsed.flags)},
        {QStringLiteral("seen"), !file.inNew && file.parsed.seen()},
        {QStringLiteral("date"), u8(headers.date)},
        {QStringLiteral("from"), u8(headers.from)},
        {QStringLiteral("to"), u8(headers.to)},
        {QStringLiteral("subject"), u8(headers.subject)},
        {QStringLiteral("messageId"), u8(headers.messageId)},
    };
    if (headers.dateUnix)
        o.insert(QStringLiteral("dateUnix"), qint64(*headers.dateUnix));
    return o;
}

QJsonObject toJson(const core::integrity::MailboxRebuildReport &r)
{
    QJsonArray moved;
    for (const auto &p : r.quarantined)
        moved.append(u8(p.string()));
    return QJsonObject{
        {QStringLiteral("mailbox"), u8(r.mailbox)},
        {QStringLiteral("path"), u8(r.path.string())},
        {QStringLiteral("uidValidity"), qint64(r.uidValidity)},
        {QStringLiteral("uidValidityKept"), r.uidValidityKept},
        {QStringLiteral("nextUid"), qint64(r.nextUid)},
        {QStringLiteral("messages"), qint64(r.messages)},
        {QStringLiteral("uidsKept"), qint64(r.uidsKept)},
        {QStringLiteral("uidsNew"), qint64(r.uidsNew)},
        {QStringLiteral("entriesDropped"), qint64(r.entriesDropped)},
        {QStringLiteral("quarantined"), moved},
        {QStringLiteral("uidlistWritten"), r.uidlistWritten},
    };
}

QJsonObject toJson(const core::integrity::AccountRebuildReport &r)
{
    QJsonArray boxes;
    for (const auto &m : r.mailboxes)
        boxes.append(toJson(m));
    return QJsonObject{{QStringLiteral("account"), u8(r.account)},
                       {QStringLiteral("quarantineDir"), u8(r.quarantineDir.string())},
                       {QStringLiteral("mailboxes"), boxes}};
}

core::maildir::AccountSummary accountSummaryFromJson(const QJsonObject &o)
{
    core::maildir::AccountSummary a;
    a.name = o.value(QStringLiteral("name")).toString().toStdString();
    a.domain = o.value(QStringLiteral("domain")).toString().toStdString();
    a.mailboxes = std::uint32_t(o.value(QStringLiteral("mailboxes")).toInteger());
    a.messages = std::uint64_t(o.value(QStringLiteral("messages")).toInteger());
    a.unseen = std::uint64_t(o.value(QStringLiteral("unseen")).toInteger());
    a.bytes = std::uint64_t(o.value(QStringLiteral("bytes")).toInteger());
    a.lastDelivery = o.value(QStringLiteral("lastDelivery")).toInteger();
    a.findings = std::uint32_t(o.value(QStringLiteral("findings")).toInteger());
    const QString health = o.value(QStringLiteral("health")).toString();
    a.health = health == QLatin1String("error")     ? core::maildir::Health::Error
             : health == QLatin1String("warning") ? core::maildir::Health::Warning
                                                  : core::maildir::Health::Ok;
    return a;
}

RpcError invalidParam(const QString &name, const QString &why)
{
    return RpcError{rpccode::InvalidParams, QStringLiteral("parameter '%1' %2").arg(name, why),
                    QJsonObject{{QStringLiteral("param"), name}}};
}

Params::Params(const QJsonValue &params)
{
    if (params.isObject())
        m_object = params.toObject();
    else if (!params.isUndefined() && !params.isNull())
        m_valid = false; // positional params are not used by any method
}

std::expected<QString, RpcError> Params::string(const QString &name, const QString &fallback,
                                                bool required) const
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return std::unexpected(invalidParam(name, QStringLiteral("is required")));
        return fallback;
    }
    if (!v.isString())
        return std::unexpected(invalidParam(name, QStringLiteral("must be a string")));
    return v.toString();
}

std::expected<qint64, RpcError> Params::integer(const QString &name, qint64 fallback, qint64 min,
                                                qint64 max) const
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::isnan(d) || d != std::floor(d))
        return std::unexpected(invalidParam(name, QStringLiteral("must be an integer")));
    if (d < double(min) || d > double(max))
        return std::unexpected(invalidParam(name, QStringLiteral("must be between %1 and %2").arg(min).arg(max)));
    return qint64(d);
}

std::expected<QStringList, RpcError> Params::stringList(const QString &name) const
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return QStringList{};
    if (!v.isArray())
        return std::unexpected(invalidParam(name, QStringLiteral("must be an array of strings")));
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return std::unexpected(invalidParam(name, QStringLiteral("must be an array of strings")));
        out << item.toString();
    }
    return out;
}

std::expected<bool, RpcError> Params::boolean(const QString &name, bool fallback) const
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool())
        return std::unexpected(invalidParam(name, QStringLiteral("must be true or false")));
    return v.toBool();
}

} // namespace mailstore::api
