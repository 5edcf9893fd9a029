// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortext.h"

#include "agentclient.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
// A translation context of its own, so lupdate and the runtime agree on it.
struct ErrorTextText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
};
} // namespace

QString errorHeadline(const api::RpcError &error)
{
    namespace c = api::rpccode;
    const QJsonObject data = error.data.toObject();
    switch (error.code) {
    case clientcode::ConnectionLost:
        return ErrorTextText::tr("The connection to the agent was lost.");
    case clientcode::ProtocolError:
        return ErrorTextText::tr("The agent answered with data this console cannot read.");
    case clientcode::Timeout:
        return ErrorTextText::tr("The agent did not answer in time.");
    case clientcode::NotConnected:
        return ErrorTextText::tr("Not connected to an agent.");
    case c::NotFound:
        if (data.contains("mailbox"_L1))
            return ErrorTextText::tr("The mailbox %1 does not exist (any more).").arg(data.value("mailbox"_L1).toString());
        if (data.contains("account"_L1))
            return ErrorTextText::tr("The account %1 does not exist (any more).").arg(data.value("account"_L1).toString());
        return ErrorTextText::tr("Not found.");
    case c::PermissionDenied:
        return ErrorTextText::tr("The agent may not read %1 (permission denied).").arg(data.value("path"_L1).toString());
    case c::Io:
        return ErrorTextText::tr("Reading the store failed (I/O error).");
    case c::Corrupted:
        return ErrorTextText::tr("Store data is damaged.");
    case c::NotReady:
        return ErrorTextText::tr("The agent is still building its account catalog. Try again shortly.");
    case c::TooLarge:
        return ErrorTextText::tr("The request exceeds a limit of the agent.");
    case c::NoSpace:
        return ErrorTextText::tr("No space left on the device of %1. Free space there and run it again: "
                                 "what was done is kept.").arg(data.value("path"_L1).toString());
    case c::InvalidArgument:
        if (data.value("param"_L1).toString() == "confirm"_L1)
            return ErrorTextText::tr("The typed account name does not match the account that would change.");
        return ErrorTextText::tr("The agent refused a value of the request.");
    case c::InvalidParams:
        return ErrorTextText::tr("The agent refused a value of the request.");
    case c::MethodNotFound:
        return ErrorTextText::tr("The agent is too old for this feature.");
    default:
        return ErrorTextText::tr("The agent reported an internal error.");
    }
}

QString errorText(const api::RpcError &error)
{
    const QString head = errorHeadline(error);
    if (error.message.isEmpty() || error.message == head)
        return head;
    return head + u' ' + error.message;
}

} // namespace mailstore::app
