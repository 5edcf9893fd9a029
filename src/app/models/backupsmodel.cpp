// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupsmodel.h"

#include "backupapi.h"
#include "displayformat.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace mailstore::app {

BackupsModel::BackupsModel(AgentClient *client, QObject *parent)
    : JsonRowsModel(client, parent)
{
}

BackupsModel::~BackupsModel() = default;

void BackupsModel::clear()
{
    drop();
    m_target.clear();
}

void BackupsModel::load(const QString &target, const QString &account)
{
    // Another target: never show its rows under the new name while loading.
    if (target != m_target)
        drop();
    m_target = target;
    m_account = account;
    if (target.isEmpty())
        return;
    QJsonObject params{{u"target"_s, target}};
    if (!account.isEmpty())
        params.insert(u"account"_s, account);
    fetch(backupapi::List, params, u"backups"_s);
}

QString BackupsModel::backupId(int row) const
{
    return this->row(row).value("id"_L1).toString();
}

QString BackupsModel::accountOf(int row) const
{
    return this->row(row).value("account"_L1).toString();
}

QString BackupsModel::stateText(const QString &state)
{
    if (state == "good"_L1)
        return tr("good");
    if (state == "corrupt"_L1)
        return tr("corrupt");
    return tr("never verified");
}

int BackupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const QJsonObject &b = rows()[index.row()];
    const int c = index.column();
    const QString state = b.value("verifyState"_L1).toString();
    const qint64 verified = b.value("lastVerified"_L1).toInteger();
    const qint64 created = b.value("created"_L1).toInteger();
    const QString parent = b.value("parent"_L1).toString();
    switch (role) {
    case IdRole: return b.value("id"_L1).toString();
    case AccountRole: return b.value("account"_L1).toString();
    case StateRole: return state;
    case SortRole:
        switch (c) {
        case Created: return created;
        case Messages: return b.value("messages"_L1).toInteger();
        case Stored: return b.value("stored"_L1).toInteger();
        case Size: return b.value("archiveBytes"_L1).toInteger();
        // Problems first when sorted ascending: corrupt, never, then by date.
        case Verified: return (state == "corrupt"_L1 ? 0 : state == "good"_L1 ? 2 : 1) * 1e10 + double(verified);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return (c == Messages || c == Stored || c == Size) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                           : QVariant();
    case Qt::DecorationRole:
        if (c != Verified)
            return {};
        return QIcon(state == "good"_L1 ? u":/icons/healthy.svg"_s
                     : state == "corrupt"_L1 ? u":/icons/error.svg"_s : u":/icons/warning.svg"_s);
    case Qt::ToolTipRole:
        if (c == Created)
            return display::exactTime(created);
        if (c == Kind && !parent.isEmpty())
            return tr("Builds on backup %1").arg(parent);
        if (c == Verified && verified > 0)
            return tr("Last verified %1").arg(display::exactTime(verified));
        if (c == Size)
            return tr("%1 of messages, %2 archive")
                .arg(display::size(b.value("bytes"_L1).toInteger()),
                     display::size(b.value("archiveBytes"_L1).toInteger()));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (c) {
    case Id: return b.value("id"_L1).toString();
    case Account: return b.value("account"_L1).toString();
    case Created: return display::dateTime(created);
    case Kind: {
        if (parent.isEmpty())
            return tr("full");
        // The parent by its date when it is listed (the id is in the tooltip): shorter, and
        // what people compare.
        for (const QJsonObject &p : rows()) {
            if (p.value("id"_L1).toString() == parent)
                return tr("incremental on %1").arg(display::dateTime(p.value("created"_L1).toInteger()));
        }
        return tr("incremental on %1").arg(parent);
    }
    case Messages: return display::count(b.value("messages"_L1).toInteger());
    case Stored: return display::count(b.value("stored"_L1).toInteger());
    case Size: return display::size(b.value("archiveBytes"_L1).toInteger());
    case Verified:
        return verified > 0 ? tr("%1, %2").arg(stateText(state), display::relativeTime(verified))
                            : stateText(state);
    default: return {};
    }
}

QVariant BackupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return (section == Messages || section == Stored || section == Size)
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Backup");
    case Account: return tr("Account");
    case Created: return tr("Created");
    case Kind: return tr("Kind");
    case Messages: return tr("Messages");
    case Stored: return tr("Stored");
    case Size: return tr("Size");
    case Verified: return tr("Last verify");
    default: return {};
    }
}

} // namespace mailstore::app
