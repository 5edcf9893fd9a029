// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorewizard.h"

#include "agentclient.h"
#include "backupapi.h"
#include "errortext.h"
#include "widgets/restorewizardpages.h"

#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace mailstore::app {

RestoreWizard::RestoreWizard(AgentClient *client, const QString &target, const QString &account,
                             const QString &backupId, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_target(target)
    , m_account(account)
    , m_backupId(backupId)
    , m_whatPage(new RestoreWhatPage(this))
    , m_pointPage(new RestorePointPage(this))
    , m_wherePage(new RestoreWherePage(this))
    , m_previewPage(new RestorePreviewPage(this))
{
    setObjectName(u"restoreWizard"_s);
    setWindowTitle(tr("Restore %1 from %2").arg(account, target));
    // The same look on every platform and offscreen, so runbook pictures match.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(WhatPage, m_whatPage);
    setPage(PointPage, m_pointPage);
    setPage(WherePage, m_wherePage);
    setPage(PreviewPage, m_previewPage);
    setButtonText(QWizard::FinishButton, tr("&Restore"));
    resize(820, 600);
    loadChain();
}

RestoreWizard::~RestoreWizard() = default;

void RestoreWizard::loadChain()
{
    m_client->call(backupapi::List, QJsonObject{{u"target"_s, m_target}, {u"account"_s, m_account}}, this,
                   [this](const api::Response &r) {
        if (r.error) {
            emit chainFailed(errorText(*r.error));
            return;
        }
        m_chain = r.result.toObject().value("backups"_L1).toArray();
        m_chainLoaded = true;
        m_pointPage->fill();
        emit chainLoaded();
        if (m_chain.isEmpty())
            return;
        // A plan of everything names the backup's mailboxes, for the "What" page's list
        // (a deleted mailbox is in the backup, not in the live account).
        const QString id = m_backupId.isEmpty() ? m_chain.first().toObject().value("id"_L1).toString()
                                                : m_backupId;
        m_client->call(backupapi::RestorePreview,
                       QJsonObject{{u"target"_s, m_target}, {u"backup"_s, id}}, this,
                       [this](const api::Response &probe) {
            if (probe.error)
                return; // the list stays editable: a name can be typed
            QStringList names;
            for (const QJsonValue &m : probe.result.toObject().value("mailboxes"_L1).toArray())
                names << m.toObject().value("source"_L1).toString();
            m_whatPage->setMailboxes(names);
        });
        if (m_autoAdvance)
            advance();
    });
}

void RestoreWizard::goToPreview(bool newFolder)
{
    if (newFolder)
        m_wherePage->chooseNewFolder();
    m_autoAdvance = true;
    if (m_chainLoaded)
        advance();
}

void RestoreWizard::advance()
{
    m_autoAdvance = false;
    // next() validates each page as a person's click would.
    while (currentId() != PreviewPage) {
        const int before = currentId();
        next();
        if (currentId() == before)
            return;
    }
}

QString RestoreWizard::intoAccount() const
{
    const QString other = m_wherePage->intoAccount();
    return other.isEmpty() ? m_account : other;
}

QJsonObject RestoreWizard::requestParams() const
{
    QJsonObject p{{u"target"_s, m_target}, {u"backup"_s, m_pointPage->backupId()},
                  {u"account"_s, intoAccount()}};
    if (!m_whatPage->mailbox().isEmpty())
        p.insert(u"mailbox"_s, m_whatPage->mailbox());
    if (m_whatPage->since() > 0)
        p.insert(u"since"_s, m_whatPage->since());
    if (m_whatPage->until() > 0)
        p.insert(u"until"_s, m_whatPage->until());
    if (!m_wherePage->toFolder().isEmpty())
        p.insert(u"toFolder"_s, m_wherePage->toFolder());
    return p;
}

QJsonObject RestoreWizard::preview() const
{
    return m_previewPage->plan();
}

bool RestoreWizard::isLive() const
{
    return m_previewPage->isLive();
}

bool RestoreWizard::validateCurrentPage()
{
    if (currentId() != PreviewPage)
        return QWizard::validateCurrentPage();
    // QWizard::done() validates the page again when accept() closes the wizard: the job
    // is started by then, and must not be started twice.
    if (m_started)
        return true;
    if (!m_previewPage->isComplete())
        return false;
    // Finish starts the job; the wizard closes only once the agent accepted it.
    QJsonObject params = requestParams();
    if (isLive())
        params.insert(u"confirm"_s, m_previewPage->confirmField()->text());
    m_previewPage->setStarting(true);
    m_client->call(backupapi::RestoreStart, params, this, [this](const api::Response &r) {
        m_previewPage->setStarting(false);
        if (r.error) {
            m_previewPage->showError(tr("The restore did not start: %1").arg(errorText(*r.error)));
            return;
        }
        m_started = true;
        emit jobStarted(r.result.toObject().value("jobId"_L1).toString());
        accept();
    });
    return false;
}

} // namespace mailstore::app
