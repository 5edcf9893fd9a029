// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RebuildDialog: plan → preview → apply for "Rebuild index…". Opens with a dry run of
// `index.rebuild` for the chosen accounts and shows exactly what would change per
// account and mailbox (UIDs kept, new UIDs, dropped entries, files that go to
// quarantine and where, UIDVALIDITY kept or not). One button named after the action
// applies it; typing a confirmation is asked only when a mailbox would get a new
// UIDVALIDITY (clients download it again). The rebuild then runs as a job the dialog
// follows; closing the dialog leaves the job running (the jobs dock shows it).

#include "rebuildplan.h"

#include <QDialog>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace Ui {
class RebuildDialog;
}
class QPushButton;

namespace mailstore::app {

class AgentClient;
class JobsModel;

class RebuildDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RebuildDialog)
public:
    enum class Stage { Planning, Preview, NothingToDo, Running, Done, Failed };
    Q_ENUM(Stage)

    RebuildDialog(AgentClient *client, JobsModel *jobs, const QStringList &accounts,
                  QWidget *parent = nullptr);
    ~RebuildDialog() override;

    Stage stage() const { return m_stage; }
    const RebuildPlan &plan() const { return m_plan; }
    QStringList accounts() const { return m_accounts; }
    QString jobId() const { return m_jobId; }
    QPushButton *applyButton() const { return m_apply; }
    // The text to type before applying; empty when none is needed.
    QString requiredConfirmation() const { return m_confirmation; }
    void setConfirmationText(const QString &text);
    void setOptions(bool kick, bool resync);

    // Runs the rebuild (as the apply button does), if the preview allows it.
    void apply();

signals:
    void planLoaded();
    void jobStarted(const QString &id);
    void rebuildFinished(const QStringList &accounts, bool succeeded);

private:
    void loadPlan();
    void showPlan(const RebuildPlan &plan, bool done);
    void setStage(Stage stage);
    void updateApply();
    void showError(const QString &message);
    void onJobChanged(const QJsonObject &job);
    void onJobFinished(const QJsonObject &job);
    QJsonObject baseParams() const;

    std::unique_ptr<Ui::RebuildDialog> m_ui;
    AgentClient *m_client;
    JobsModel *m_jobs;
    QStringList m_accounts;
    RebuildPlan m_plan;
    QString m_confirmation;
    QString m_jobId;
    QPushButton *m_apply;
    Stage m_stage = Stage::Planning;
};

} // namespace mailstore::app
