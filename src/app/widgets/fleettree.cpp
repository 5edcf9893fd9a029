// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleettree.h"

#include "fleet/hostconnection.h"

#include <QMenu>
#include <QPainter>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
constexpr int ProfileIdRole = Qt::UserRole + 1;

QString stateIcon(HostConnection::State state)
{
    switch (state) {
    case HostConnection::State::Connected: return u":/icons/host.svg"_s;
    case HostConnection::State::Degraded: return u":/icons/warning.svg"_s;
    case HostConnection::State::Unreachable: return u":/icons/error.svg"_s;
    case HostConnection::State::Connecting:
    case HostConnection::State::Disconnected: break;
    }
    return u":/icons/disconnected.svg"_s;
}
} // namespace

FleetTree::FleetTree(QTreeWidget *tree, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
{
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::itemActivated, this, &FleetTree::onActivated);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        // A click shows a live host; connecting a saved one needs Enter or a double click.
        const QString id = item->data(0, ProfileIdRole).toString();
        if (id.isEmpty())
            emit overviewRequested(); // a group
        else if (HostConnection *host = m_hosts.value(id))
            emit hostActivated(host);
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &FleetTree::showContextMenu);
}

FleetTree::~FleetTree() = default;

QIcon FleetTree::swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

QTreeWidgetItem *FleetTree::groupItem(const ConnectionProfile &profile)
{
    QTreeWidgetItem *group = m_groups.value(profile.group);
    if (!group) {
        group = new QTreeWidgetItem(m_tree, {profile.group});
        group->setFlags(Qt::ItemIsEnabled);
        group->setIcon(0, swatch(environmentColor(profile.environment)));
        group->setToolTip(0, tr("%1 — environment: %2")
                                 .arg(profile.group, environmentName(profile.environment)));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setExpanded(true);
        m_groups.insert(profile.group, group);
    }
    return group;
}

QTreeWidgetItem *FleetTree::ensureItem(const ConnectionProfile &profile)
{
    QTreeWidgetItem *item = m_items.value(profile.id);
    QTreeWidgetItem *group = groupItem(profile);
    if (item && item->parent() != group) { // the profile moved to another group
        item->parent()->removeChild(item);
        group->addChild(item);
    }
    if (!item) {
        item = new QTreeWidgetItem(group);
        item->setData(0, ProfileIdRole, profile.id);
        m_items.insert(profile.id, item);
    }
    group->setExpanded(true);
    return item;
}

QString FleetTree::storageAlertIcon(const QJsonObject &hostInfo)
{
    const QJsonObject storage = hostInfo.value("storage"_L1).toObject();
    if (storage.value("alerts"_L1).toInt() <= 0)
        return {};
    return storage.value("worst"_L1).toString() == "critical"_L1 ? u":/icons/error.svg"_s
                                                                : u":/icons/warning.svg"_s;
}

void FleetTree::setProfiles(const QList<ConnectionProfile> &profiles)
{
    for (const auto &p : profiles) {
        QTreeWidgetItem *item = ensureItem(p);
        if (!m_hosts.contains(p.id))
            describeProfileOnly(item, p);
    }
}

void FleetTree::describeProfileOnly(QTreeWidgetItem *item, const ConnectionProfile &profile)
{
    item->setText(0, profile.name);
    item->setIcon(0, QIcon(stateIcon(HostConnection::State::Disconnected)));
    item->setForeground(0, m_tree->palette().brush(QPalette::Disabled, QPalette::Text));
    item->setToolTip(0, tr("%1 — not connected (press Enter to connect)\n%2")
                            .arg(profile.name, profile.url));
    item->setData(0, Qt::AccessibleTextRole, tr("%1, not connected").arg(profile.name));
}

void FleetTree::addHost(HostConnection *host)
{
    m_hosts.insert(host->profile().id, host);
    ensureItem(host->profile());
    updateHost(host);
}

void FleetTree::removeHost(HostConnection *host)
{
    const QString id = host->profile().id;
    m_hosts.remove(id);
    if (QTreeWidgetItem *item = m_items.take(id)) {
        QTreeWidgetItem *group = item->parent();
        delete item;
        if (group && group->childCount() == 0) {
            m_groups.remove(group->text(0));
            delete group;
        }
    }
}

void FleetTree::updateHost(HostConnection *host)
{
    QTreeWidgetItem *item = m_items.value(host->profile().id);
    if (!item)
        return;
    const auto state = host->state();
    const QString name = host->displayName();
    const qint64 problems = host->hostInfo().value("accountsWithProblems"_L1).toInteger();
    QString text = name;
    if (state != HostConnection::State::Connected)
        text += tr(" — %1").arg(HostConnection::stateName(state));
    else if (problems > 0)
        text += tr("  ⚠ %1").arg(problems);
    // Storage alerts (host.info "storage", API 1.6) outrank a healthy connection's icon.
    const QJsonObject storage = host->hostInfo().value("storage"_L1).toObject();
    const int storageAlerts = storage.value("alerts"_L1).toInt();
    const QString worst = storage.value("worst"_L1).toString();
    QString icon = stateIcon(state);
    if (const QString alertIcon = storageAlertIcon(host->hostInfo());
        state == HostConnection::State::Connected && !alertIcon.isEmpty())
        icon = alertIcon;
    if (state == HostConnection::State::Connected && storageAlerts > 0)
        text += tr("  ⚠ storage"); // the icon tells warning from critical (⛔ is missing from common fonts)
    item->setText(0, text);
    item->setIcon(0, QIcon(icon));
    item->setForeground(0, m_tree->palette().brush(QPalette::Text));
    QString tip = tr("%1 — %2\n%3\nEnvironment: %4")
                      .arg(name, HostConnection::stateName(state), host->profile().url,
                           environmentName(host->profile().environment));
    if (!host->reason().isEmpty())
        tip += u'\n' + host->reason();
    if (host->lastLatencyMs() >= 0 && state != HostConnection::State::Unreachable)
        tip += u'\n' + tr("Keep-alive round trip: %1 ms").arg(host->lastLatencyMs());
    if (problems > 0)
        tip += u'\n' + tr("%n account(s) with problems", nullptr, int(problems));
    if (storageAlerts > 0)
        tip += u'\n' + (worst == "critical"_L1 ? tr("%n critical storage alert(s)", nullptr, storageAlerts)
                                               : tr("%n storage alert(s)", nullptr, storageAlerts));
    item->setToolTip(0, tip);
    item->setData(0, Qt::AccessibleTextRole,
                  tr("%1, %2").arg(name, HostConnection::stateName(state)));
}

void FleetTree::select(HostConnection *host)
{
    if (QTreeWidgetItem *item = m_items.value(host->profile().id))
        m_tree->setCurrentItem(item);
}

HostConnection *FleetTree::currentHost() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item ? m_hosts.value(item->data(0, ProfileIdRole).toString()) : nullptr;
}

void FleetTree::onActivated(QTreeWidgetItem *item)
{
    const QString id = item->data(0, ProfileIdRole).toString();
    if (id.isEmpty()) {
        emit overviewRequested(); // a group
        return;
    }
    if (HostConnection *host = m_hosts.value(id))
        emit hostActivated(host);
    else
        emit profileActivated(id);
}

void FleetTree::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    const QString id = item ? item->data(0, ProfileIdRole).toString() : QString();
    if (id.isEmpty())
        return;
    QMenu menu(m_tree);
    HostConnection *host = m_hosts.value(id);
    if (host) {
        menu.addAction(tr("&Reconnect"), host, &HostConnection::reconnectNow);
        menu.addAction(tr("&Disconnect"), host, &HostConnection::stop);
    } else {
        menu.addAction(tr("&Connect"), this, [this, id] { emit profileActivated(id); });
    }
    menu.addSeparator();
    menu.addAction(tr("&Edit profile…"), this, [this, id] { emit editRequested(id); });
    menu.addAction(tr("&Remove from fleet"), this, [this, id] { emit removeRequested(id); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace mailstore::app
