// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LookupDialog (Ctrl+K): for support staff with a ticket — type part of an account
// name, see matches from every connected host (host, size, health) as each host
// answers, press Enter to open the account. Up/Down move through the matches without
// leaving the text field.

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QTableView;

namespace mailstore::app {

class HostConnection;
class LookupModel;

class LookupDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LookupDialog)
public:
    using HostsProvider = std::function<QList<HostConnection *>()>;
    explicit LookupDialog(HostsProvider hosts, QWidget *parent = nullptr);
    ~LookupDialog() override;

    LookupModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_edit; }
    QTableView *view() const { return m_view; }
    QString statusText() const;
    // Searches now (tests; typing waits a moment so each key does not cost a round trip).
    void searchNow();

signals:
    void accountChosen(mailstore::app::HostConnection *host, const QString &account);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();
    void updateStatus();

    HostsProvider m_hosts;
    LookupModel *m_model;
    QLineEdit *m_edit;
    QTableView *m_view;
    QLabel *m_status;
    QTimer m_delay;
};

} // namespace mailstore::app
