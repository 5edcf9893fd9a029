// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Screenshotter: waits until a view has its data (or fails, or times out), then grabs
// the main window into a PNG. Used by --screenshot for runbooks and README pictures;
// a timeout or a failed call ends with a message and a non-zero exit code, never
// with a picture of a half-loaded view.

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>

namespace mailstore::app {

class MainWindow;
class AgentClient;
class RebuildDialog;


class Screenshotter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Screenshotter)
public:
    Screenshotter(MainWindow *window, AgentClient *client, QObject *parent = nullptr);
    ~Screenshotter() override;

    // view: "accounts", "account:NAME", "scan" (a host-wide index scan, finished),
    // "rebuild:NAME" (the rebuild dialog's preview over the window), "audit" (the
    // host's audit tab), "lookup:TEXT" (Ctrl+K with its matches) or "connect" (the
    // Connect dialog), "backups" (the host's Backups tab), "restore:ACCOUNT" (the restore
    // wizard's preview over the window) or "backupfile:PATH" (a backup archive opened
    // offline and verified; no host needed), "storage" (the host's Storage tab, 24 h)
    // or "fleet" (the fleet overview).
    void start(const QString &view, const QString &file, QSize size, int timeoutSec);
    // A problem before the view could even start loading (e.g. demo creation failed).
    void abort(const QString &message);

signals:
    void finished(int exitCode);

private:
    void watchHostPage();
    void onHostLoaded();
    void startScan();
    void startRebuild(const QString &account);
    void startAudit();
    void startLookup(const QString &text);
    void startConnectDialog();
    void startBackups(const QString &restoreAccount);
    void startStorage();
    void startFleet();
    void startBackupFile(const QString &path);
    void capture();
    void fail(const QString &message);

    MainWindow *m_window;
    AgentClient *m_client;
    QString m_view;
    QString m_file;
    QPointer<QDialog> m_dialog; // drawn over the window when set
    QTimer m_timeout;
    bool m_done = false;
    int m_settleTries = 0;
};

} // namespace mailstore::app
