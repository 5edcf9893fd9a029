// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The plain-text account summary support staff paste into a ticket: who, where, how
// big, when mail last arrived, per-mailbox numbers and the problems found. Plain text
// with exact times, because tickets outlive "3 min ago".

#include <QJsonObject>
#include <QString>

namespace mailstore::app {

// accountGet is the result of `account.get`.
QString accountSummaryText(const QJsonObject &accountGet, const QString &host,
                           const QString &agentVersion);

} // namespace mailstore::app
