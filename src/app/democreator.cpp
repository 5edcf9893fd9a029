// SPDX-License-Identifier: GPL-3.0-or-later
#include "democreator.h"

#include "demobackups.h"
#include "demostate.h"
#include "localagent.h"

#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace mailstore::app {

DemoCreator::DemoCreator(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::finished, this, &DemoCreator::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            emit failed(tr("The demo store could not be created: the agent program did not start."),
                        m_process.program() + u": "_s + m_process.errorString());
    });
}

DemoCreator::~DemoCreator()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QString DemoCreator::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo-store"_s;
}

void DemoCreator::ensure(const QString &dir, const QStringList &extraArgs)
{
    m_dir = dir;
    if (QDir(dir).exists() && !QDir(dir).isEmpty()) {
        QTimer::singleShot(0, this, &DemoCreator::finish);
        return;
    }
    const QString partial = dir + u".partial"_s;
    QDir(partial).removeRecursively();
    QDir().mkpath(QFileInfo(dir).absolutePath());
    QString program = findAgentProgram();
    if (program.isEmpty())
        program = u"mailstore-agent"_s;
    m_process.setProgram(program);
    m_process.setArguments(QStringList{u"demo-init"_s, partial} + extraArgs);
    m_process.start();
    emit started();
}

void DemoCreator::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const QString details = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
    const QString partial = m_dir + u".partial"_s;
    if (status != QProcess::NormalExit || exitCode != 0) {
        QDir(partial).removeRecursively();
        emit failed(tr("The demo store could not be created (the agent exited with code %1).")
                        .arg(exitCode), details);
        return;
    }
    if (!QDir().rename(partial, m_dir)) {
        emit failed(tr("The demo store was created but could not be moved to %1.").arg(m_dir),
                    details);
        return;
    }
    finish();
}

void DemoCreator::finish()
{
    // The demo's backups are made off the GUI thread; a store from an older version gets
    // them on its next start.
    auto *watcher = new QFutureWatcher<std::expected<void, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto done = watcher->result();
        if (!done) // the store itself is fine: show it, without a backup target
            qWarning("mailstore-admin: the demo backups could not be made: %s", qPrintable(done.error()));
        emit ready(m_dir);
    });
    const QString state = m_userStateDir.isEmpty() ? demo::stateDir(m_dir) : m_userStateDir;
    watcher->setFuture(QtConcurrent::run([dir = m_dir, state]() -> std::expected<void, QString> {
        const auto backups = demo::ensureBackups(dir);
        // The history is worth having even when the backups failed.
        if (const auto metrics = demo::ensureMetrics(state); !metrics)
            return std::unexpected(u"storage history: "_s + metrics.error());
        return backups;
    }));
}

QStringList DemoCreator::agentArgs(const QString &dir, const QString &userStateDir)
{
    const QString config = demo::configFile(dir);
    QStringList args = QFileInfo::exists(config) ? QStringList{u"--config"_s, config} : QStringList();
    if (userStateDir.isEmpty())
        args << u"--state-dir"_s << demo::stateDir(dir);
    return args;
}

} // namespace mailstore::app
