// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AuditView: the host page's Audit tab — who changed what on this host, when, over
// which link, and whether it was allowed. Loads when first shown and on F5.

#include <QWidget>

class QLabel;
class QTableView;

namespace mailstore::app {

class AgentClient;
class AuditModel;

class AuditView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditView)
public:
    explicit AuditView(AgentClient *client, QWidget *parent = nullptr);
    ~AuditView() override;

    AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void refresh();

private:
    AuditModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
};

} // namespace mailstore::app
