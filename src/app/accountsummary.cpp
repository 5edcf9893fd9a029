// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsummary.h"

#include "displayformat.h"
#include "models/findingsmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
// A translation context of its own, so lupdate and the runtime agree on it.
struct AccountSummaryText {
    Q_DECLARE_TR_FUNCTIONS(AccountSummary)
};
} // namespace

QString accountSummaryText(const QJsonObject &accountGet, const QString &host,
                           const QString &agentVersion)
{
    const QJsonObject a = accountGet.value("account"_L1).toObject();
    const QJsonArray mailboxes = accountGet.value("mailboxes"_L1).toArray();
    const QJsonArray findings = accountGet.value("findings"_L1).toArray();
    const qint64 last = a.value("lastDelivery"_L1).toInteger();
    QStringList out;
    out << AccountSummaryText::tr("Account: %1").arg(a.value("name"_L1).toString())
        << AccountSummaryText::tr("Host: %1 (agent %2)").arg(host, agentVersion)
        << AccountSummaryText::tr("Maildir: %1").arg(accountGet.value("maildir"_L1).toString())
        << AccountSummaryText::tr("Checked: %1").arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s))
        << AccountSummaryText::tr("Health: %1").arg(findings.isEmpty() ? AccountSummaryText::tr("Healthy")
                                                   : AccountSummaryText::tr("%1 problem(s)").arg(findings.size()))
        << AccountSummaryText::tr("Size: %1 in %2 messages (%3 unread), %4 mailboxes")
               .arg(display::size(a.value("bytes"_L1).toInteger()),
                    display::count(a.value("messages"_L1).toInteger()),
                    display::count(a.value("unseen"_L1).toInteger()),
                    display::count(mailboxes.size()))
        << AccountSummaryText::tr("Last delivery: %1").arg(display::exactTime(last));
    out << QString() << AccountSummaryText::tr("Mailboxes:");
    for (const auto &v : mailboxes) {
        const QJsonObject m = v.toObject();
        out << AccountSummaryText::tr("  %1: %2 messages, %3 unread, %4, last delivery %5")
                   .arg(m.value("name"_L1).toString(),
                        display::count(m.value("messages"_L1).toInteger()),
                        display::count(m.value("unseen"_L1).toInteger()),
                        display::size(m.value("bytes"_L1).toInteger()),
                        display::exactTime(m.value("lastDelivery"_L1).toInteger()));
    }
    if (!findings.isEmpty()) {
        out << QString() << AccountSummaryText::tr("Problems:");
        for (const auto &v : findings) {
            const QJsonObject f = v.toObject();
            const QString code = f.value("code"_L1).toString();
            out << u"  [%1] %2 (%3): %4"_s.arg(
                FindingsModel::severityWord(f.value("severity"_L1).toString()),
                FindingsModel::describe(code), code, f.value("path"_L1).toString());
        }
    }
    return out.join(u'\n') + u'\n';
}

} // namespace mailstore::app
