// SPDX-License-Identifier: GPL-3.0-or-later
#include "localagent.h"

#include "transport/processtransport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mailstore::app {

QString findAgentProgram()
{
    const QString fromEnv = qEnvironmentVariable("MAILSTORE_AGENT");
    if (!fromEnv.isEmpty())
        return fromEnv; // trusted as given, so a wrong value fails loudly, not silently
    const QString appDir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {appDir + "/mailstore-agent"_L1,
                                     appDir + "/../agent/mailstore-agent"_L1}) {
        const QFileInfo fi(candidate);
        if (fi.isFile() && fi.isExecutable())
            return fi.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(u"mailstore-agent"_s);
}

QStringList stdioArguments(const LocalStore &store)
{
    QStringList args{u"--stdio"_s, u"--root"_s, store.root};
    if (!store.layout.isEmpty())
        args << u"--layout"_s << store.layout;
    args << store.extraArgs;
    return args;
}

AgentClient::TransportFactory localTransportFactory(const LocalStore &store)
{
    return [store]() -> std::unique_ptr<Transport> {
        QString program = findAgentProgram();
        if (program.isEmpty())
            program = u"mailstore-agent"_s; // fails to start with a clear message
        return std::make_unique<ProcessTransport>(program, stdioArguments(store));
    };
}

} // namespace mailstore::app
