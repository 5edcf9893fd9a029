// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON shape of core values on the wire (docs/admin-api.md, "Types"), in one place
// so server and client cannot drift apart; plus typed parameter reading that turns a
// wrong type into -32602 naming the parameter.

#include "../core/finding.h"
#include "../core/maildir/account.h"
#include "../core/maildir/headerpeek.h"
#include "../core/maildir/mailbox.h"
#include "../core/integrity/indexrebuild.h"
#include "jsonrpc.h"

#include <QJsonArray>
#include <QJsonObject>

#include <expected>

namespace mailstore::api {

QJsonObject toJson(const core::maildir::AccountSummary &a);
QString healthName(core::maildir::Health h); // "ok" | "warning" | "error"
QJsonObject toJson(const core::Finding &f);
QJsonArray toJson(const core::Findings &findings);
QJsonObject toJson(const core::maildir::MailboxDetail &m);
QJsonObject messageToJson(const core::maildir::MessageFile &file,
                          const core::maildir::MessageHeaders &headers);

QJsonObject toJson(const core::integrity::MailboxRebuildReport &r);
QJsonObject toJson(const core::integrity::AccountRebuildReport &r);

// A core error as one technical line: its detail and, when set, the path (escaped for
// display), for logs, CLI messages and the `error` fields of answers.
QString errorText(const core::Error &e);

// Client side.
core::maildir::AccountSummary accountSummaryFromJson(const QJsonObject &o);

// Reads params of a call; every getter fails with InvalidParams naming the parameter
// when it is present with the wrong type or out of range.
class Params {
public:
    explicit Params(const QJsonValue &params);

    bool valid() const { return m_valid; } // params absent or an object
    std::expected<QString, RpcError> string(const QString &name, const QString &fallback = {},
                                            bool required = false) const;
    std::expected<qint64, RpcError> integer(const QString &name, qint64 fallback, qint64 min,
                                            qint64 max) const;
    std::expected<bool, RpcError> boolean(const QString &name, bool fallback) const;
    std::expected<QStringList, RpcError> stringList(const QString &name) const; // absent: empty

private:
    QJsonObject m_object;
    bool m_valid = true;
};

RpcError invalidParam(const QString &name, const QString &why);

} // namespace mailstore::api
