// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LookupModel: the global account lookup (Ctrl+K). One search asks every connected host
// at once (accounts.list with the text as filter) and rows are added as each answer
// arrives, so a slow or dead host never holds back the others; a per-host status says
// which hosts answered, are still searching, or failed. A newer search makes answers to
// older ones be ignored.

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include "api/corejson.h"

namespace mailstore::app {

class HostConnection;

class LookupModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LookupModel)
public:
    enum Column { Account, Host, Size, Messages, Health, ColumnCount };
    enum Role { HostRole = Qt::UserRole + 1, NameRole };

    explicit LookupModel(QObject *parent = nullptr);
    ~LookupModel() override;

    // Searches the hosts that are connected (or degraded) now; others are reported as
    // skipped. An empty text clears the results.
    void search(const QString &text, const QList<HostConnection *> &hosts, int perHost = 20);
    int pendingHosts() const { return int(m_pending.size()); }
    // "3 hosts answered · mstore-2 still searching · mstore-3 unreachable".
    QString statusText() const;
    HostConnection *hostAt(int row) const;
    QString accountAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void hostAnswered(const QString &hostName);
    void statusChanged();
    void searchFinished(); // every host answered or failed

private:
    struct Row {
        QPointer<HostConnection> host;
        QString hostName;
        core::maildir::AccountSummary account;
    };
    void onAnswer(quint64 generation, HostConnection *host, const api::Response &response);

    QList<Row> m_rows;
    quint64 m_generation = 0;
    QHash<HostConnection *, QString> m_pending; // host → name, while its answer is out
    QStringList m_failed;                       // "mstore-3 (unreachable)"
    int m_answered = 0;
    QString m_text;
};

} // namespace mailstore::app
