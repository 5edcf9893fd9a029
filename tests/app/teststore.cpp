// SPDX-License-Identifier: GPL-3.0-or-later
#include "teststore.h"

#include "core/demo/demometrics.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace mailstore::app::test {

QString TestStore::agentProgram()
{
    return QStringLiteral(MAILSTORE_AGENT_BIN);
}

TestStore::TestStore(int accounts, int seed, double scale)
{
    // The console finds the agent the way it does in the field: MAILSTORE_AGENT first.
    qputenv("MAILSTORE_AGENT", agentProgram().toLocal8Bit());
    if (agentProgram().isEmpty()) {
        m_error = u"the agent was not built (MAILSTORE_AGENT_BIN is empty)"_s;
        return;
    }
    if (!m_dir.isValid() || !QDir().mkpath(stateDir())) {
        m_error = u"no temporary folder"_s;
        return;
    }
    QProcess p;
    p.start(agentProgram(), {u"demo-init"_s, root(), u"--accounts"_s, QString::number(accounts),
                             u"--seed"_s, QString::number(seed), u"--scale"_s,
                             QString::number(scale)});
    if (!p.waitForFinished(180'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        m_error = u"demo-init failed: "_s + QString::fromUtf8(p.readAllStandardError());
}

TestStore::~TestStore()
{
    if (agentProgram().isEmpty() || !m_dir.isValid())
        return;
    QProcess p;
    p.start(agentProgram(), {u"daemon"_s, u"stop"_s, u"--root"_s, root(), u"--state-dir"_s,
                             stateDir()});
    p.waitForFinished(30'000);
}

bool TestStore::addDemoMetrics()
{
    const auto written = core::demo::writeDemoMetrics(
        QFile::encodeName(stateDir() + u"/metrics.sqlite"_s).toStdString(), QDateTime::currentMSecsSinceEpoch(), 7);
    if (!written)
        m_error = u"demo metrics: "_s + QString::fromStdString(written.error().detail);
    return bool(written);
}

LocalStore TestStore::localStore() const
{
    return LocalStore{root(), {}, {u"--state-dir"_s, stateDir()}};
}

} // namespace mailstore::app::test
