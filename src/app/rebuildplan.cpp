// SPDX-License-Identifier: GPL-3.0-or-later
#include "rebuildplan.h"

#include <QJsonArray>

#include <numeric>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
template <typename F>
qint64 sum(const RebuildPlan &plan, F field)
{
    qint64 n = 0;
    for (const auto &a : plan.accounts) {
        for (const auto &m : a.mailboxes)
            n += field(m);
    }
    return n;
}
} // namespace

RebuildPlan RebuildPlan::fromJson(const QJsonObject &result)
{
    RebuildPlan plan;
    for (const auto &rv : result.value("reports"_L1).toArray()) {
        const QJsonObject r = rv.toObject();
        Account account;
        account.name = r.value("account"_L1).toString();
        account.quarantineDir = r.value("quarantineDir"_L1).toString();
        account.doveadm = r.value("doveadm"_L1).toString();
        for (const auto &mv : r.value("mailboxes"_L1).toArray()) {
            const QJsonObject m = mv.toObject();
            Mailbox mb;
            mb.mailbox = m.value("mailbox"_L1).toString();
            mb.uidValidity = m.value("uidValidity"_L1).toInteger();
            mb.uidValidityKept = m.value("uidValidityKept"_L1).toBool(true);
            mb.nextUid = m.value("nextUid"_L1).toInteger();
            mb.messages = m.value("messages"_L1).toInteger();
            mb.uidsKept = m.value("uidsKept"_L1).toInteger();
            mb.uidsNew = m.value("uidsNew"_L1).toInteger();
            mb.entriesDropped = m.value("entriesDropped"_L1).toInteger();
            for (const auto &q : m.value("quarantined"_L1).toArray())
                mb.quarantined << q.toString();
            mb.uidlistWritten = m.value("uidlistWritten"_L1).toBool();
            account.mailboxes << mb;
        }
        plan.accounts << account;
    }
    return plan;
}

int RebuildPlan::mailboxCount() const
{
    return std::accumulate(accounts.cbegin(), accounts.cend(), 0,
                           [](int n, const Account &a) { return n + int(a.mailboxes.size()); });
}

int RebuildPlan::fileCount() const
{
    return int(sum(*this, [](const Mailbox &m) { return qint64(m.quarantined.size()); }));
}

qint64 RebuildPlan::messages() const
{
    return sum(*this, [](const Mailbox &m) { return m.messages; });
}

qint64 RebuildPlan::uidsKept() const
{
    return sum(*this, [](const Mailbox &m) { return m.uidsKept; });
}

qint64 RebuildPlan::uidsNew() const
{
    return sum(*this, [](const Mailbox &m) { return m.uidsNew; });
}

qint64 RebuildPlan::entriesDropped() const
{
    return sum(*this, [](const Mailbox &m) { return m.entriesDropped; });
}

QStringList RebuildPlan::accountsWithNewUidValidity() const
{
    QStringList names;
    for (const auto &a : accounts) {
        if (std::any_of(a.mailboxes.cbegin(), a.mailboxes.cend(),
                        [](const Mailbox &m) { return !m.uidValidityKept; }))
            names << a.name;
    }
    return names;
}

} // namespace mailstore::app
