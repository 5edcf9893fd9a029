// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ConnectDialog: a new connection profile (or an edit of one) — SSH, HTTPS or a local
// folder; where it sits in the fleet (group) and its environment; the secret it needs.
// "Test connection" asks the host for host.info with exactly these settings and shows
// the answer (or the error) inline, without saving anything.

#include "fleet/connectionprofile.h"
#include "fleet/profiletransport.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mailstore::app {

class AgentClient;
class SshPrompter;

class ConnectDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)
public:
    // groups: the fleet's groups, offered first in the group box.
    explicit ConnectDialog(const QStringList &groups, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setProfile(const ConnectionProfile &profile);
    // The profile the fields describe (validate() tells whether it is usable).
    ConnectionProfile profile() const;
    ProfileSecrets secrets() const;
    bool rememberSecrets() const;

    void testConnection();
    // Refuses (with the reason inline) while the profile is not valid.
    void accept() override;
    QString testResult() const; // the inline result text of the last test
    bool isTesting() const { return m_testClient != nullptr; }

signals:
    void testFinished(bool ok);

private:
    void updateFields();
    void finishTest(bool ok, const QString &text);

    ConnectionProfile m_base;
    QComboBox *m_kind;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_folder;
    QLineEdit *m_identity;
    QLineEdit *m_remoteCommand;
    QLineEdit *m_password;
    QLineEdit *m_token;
    QLineEdit *m_caFile;
    QLineEdit *m_name;
    QComboBox *m_group;
    QComboBox *m_environment;
    QCheckBox *m_remember;
    QCheckBox *m_autoConnect;
    QLabel *m_result;
    QPushButton *m_testButton;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
    SshPrompter *m_prompter; // the test asks for what the fields leave out
    QPointer<AgentClient> m_testClient;
    bool m_environmentPicked = false;
};

} // namespace mailstore::app
