// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DemoCreator: makes sure the demo store exists, running `mailstore-agent demo-init`
// in the background when it does not. It builds into "<dir>.partial" and renames on
// success, so an interrupted first start never leaves a half-made store behind. Then it
// makes the demo's backups (demobackups.h) and its storage history (demostate.h).

#include <QObject>
#include <QProcess>

namespace mailstore::app {

class DemoCreator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoCreator)
public:
    explicit DemoCreator(QObject *parent = nullptr);
    ~DemoCreator() override;

    // The usual place: AppDataLocation + "/demo-store".
    static QString defaultDirectory();

    // The agent arguments for the demo store in dir: its config with the backup target
    // and, unless the person chose a state folder (userStateDir), the demo's own.
    static QStringList agentArgs(const QString &dir, const QString &userStateDir = {});
    // The state folder the demo agent will use (its storage history goes there).
    void setUserStateDir(const QString &dir) { m_userStateDir = dir; }

    // Emits ready() soon (queued) when dir already holds a store; the demo backups are
    // made first when they are missing.
    void ensure(const QString &dir, const QStringList &extraArgs = {});

signals:
    void started();      // creation began (only when it was needed)
    void ready(const QString &dir);
    void failed(const QString &message, const QString &details);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void finish();

    QProcess m_process;
    QString m_dir;
    QString m_userStateDir;
};

} // namespace mailstore::app
