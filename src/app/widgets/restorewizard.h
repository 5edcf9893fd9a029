// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RestoreWizard: plan → preview → apply for a restore from a backup target. What (the
// account, one mailbox or all, an optional delivery date range), from which point (the
// account's backup chain in the target, newest first), where to (the original account,
// skipping messages already there; a new folder "Restored <date>"; or another account),
// then the agent's plan (restore.preview). A plan that writes into live mailboxes needs
// the target account's name typed before Finish is enabled. Finish starts restore.start;
// the job shows in the Jobs dock.

#include <QJsonArray>
#include <QJsonObject>
#include <QWizard>

namespace mailstore::app {

class AgentClient;
class RestoreWhatPage;
class RestorePointPage;
class RestoreWherePage;
class RestorePreviewPage;

class RestoreWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreWizard)
public:
    enum PageId { WhatPage, PointPage, WherePage, PreviewPage };

    RestoreWizard(AgentClient *client, const QString &target, const QString &account,
                  const QString &backupId = {}, QWidget *parent = nullptr);
    ~RestoreWizard() override;

    // With the defaults (everything, newest or given point, original account), straight to
    // the preview once the chain is known (for screenshots and quick checks).
    // newFolder: restore into the new folder "Restored <date>" instead.
    void goToPreview(bool newFolder = false);

    AgentClient *client() const { return m_client; }
    QString target() const { return m_target; }
    QString account() const { return m_account; }
    QString preferredBackup() const { return m_backupId; }
    QJsonArray chain() const { return m_chain; } // newest first
    bool isChainLoaded() const { return m_chainLoaded; }

    // The parameters of restore.preview / restore.start for the current choices.
    QJsonObject requestParams() const;
    QString intoAccount() const;
    QJsonObject preview() const;
    bool isLive() const;
    RestorePreviewPage *previewPage() const { return m_previewPage; }
    RestoreWherePage *wherePage() const { return m_wherePage; }

signals:
    void chainLoaded();
    void chainFailed(const QString &message);
    void previewLoaded();
    void previewFailed(const QString &message);
    void jobStarted(const QString &id);

protected:
    bool validateCurrentPage() override;

private:
    void loadChain();
    void advance();

    AgentClient *m_client;
    QString m_target, m_account, m_backupId;
    QJsonArray m_chain;
    bool m_chainLoaded = false;
    bool m_autoAdvance = false;
    bool m_started = false; // restore.start accepted: the job exists
    RestoreWhatPage *m_whatPage;
    RestorePointPage *m_pointPage;
    RestoreWherePage *m_wherePage;
    RestorePreviewPage *m_previewPage;
};

} // namespace mailstore::app
