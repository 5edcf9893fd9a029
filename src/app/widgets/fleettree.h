// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FleetTree: drives the window's fleet tree — groups (with their environment's colour)
// and one item per host, connected or only saved as a profile. A host item carries its
// state as an icon plus a word, never colour alone, and a badge with the number of
// accounts with problems; a host with storage alerts shows the warning or critical
// icon. Items are keyed by profile id, so a saved profile and its live connection are
// the same row.

#include "fleet/connectionprofile.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

class QTreeWidget;
class QTreeWidgetItem;

namespace mailstore::app {

class HostConnection;

class FleetTree final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetTree)
public:
    explicit FleetTree(QTreeWidget *tree, QObject *parent = nullptr);
    ~FleetTree() override;

    // Saved profiles that are not connected show as "not connected" items.
    void setProfiles(const QList<ConnectionProfile> &profiles);
    void addHost(HostConnection *host);
    void removeHost(HostConnection *host);
    void updateHost(HostConnection *host);
    void select(HostConnection *host);
    HostConnection *currentHost() const;
    QTreeWidgetItem *itemFor(const QString &profileId) const { return m_items.value(profileId); }

    static QIcon swatch(const QColor &color);
    // The icon of a connected host with storage alerts (host.info "storage", API 1.6):
    // ":/icons/error.svg" for critical, ":/icons/warning.svg" for warnings, else empty.
    static QString storageAlertIcon(const QJsonObject &hostInfo);

signals:
    void hostActivated(mailstore::app::HostConnection *host);
    // A saved profile with no connection yet was activated (Enter or double click).
    void profileActivated(const QString &profileId);
    void removeRequested(const QString &profileId);
    // A group was clicked or activated: the fleet overview.
    void overviewRequested();
    void editRequested(const QString &profileId);

private:
    QTreeWidgetItem *groupItem(const ConnectionProfile &profile);
    QTreeWidgetItem *ensureItem(const ConnectionProfile &profile);
    void describeProfileOnly(QTreeWidgetItem *item, const ConnectionProfile &profile);
    void onActivated(QTreeWidgetItem *item);
    void showContextMenu(const QPoint &pos);

    QTreeWidget *m_tree;
    QHash<QString, QTreeWidgetItem *> m_items;   // profile id → host item
    QHash<QString, QTreeWidgetItem *> m_groups;  // group name → group item
    QHash<QString, HostConnection *> m_hosts;    // profile id → live connection
};

} // namespace mailstore::app
