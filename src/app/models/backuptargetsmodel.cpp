// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuptargetsmodel.h"

#include "backupapi.h"
#include "displayformat.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace mailstore::app {

BackupTargetsModel::BackupTargetsModel(AgentClient *client, QObject *parent)
    : JsonRowsModel(client, parent)
{
}

BackupTargetsModel::~BackupTargetsModel() = default;

void BackupTargetsModel::refresh()
{
    fetch(backupapi::Targets, {}, u"targets"_s);
}

QString BackupTargetsModel::targetName(int row) const
{
    return this->row(row).value("name"_L1).toString();
}

int BackupTargetsModel::rowOf(const QString &name) const
{
    for (int r = 0; r < rows().size(); ++r) {
        if (targetName(r) == name)
            return r;
    }
    return -1;
}

int BackupTargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupTargetsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const QJsonObject &t = rows()[index.row()];
    const int c = index.column();
    const bool available = t.value("available"_L1).toBool(true);
    const qint64 attention = t.value("attention"_L1).toInteger();
    const qint64 lastBackup = t.value("lastBackup"_L1).toInteger();
    const qint64 lastVerified = t.value("lastVerified"_L1).toInteger();
    if (role == NameRole)
        return t.value("name"_L1).toString();
    if (role == SortRole) {
        switch (c) {
        case Free: return t.value("freeBytes"_L1).toInteger();
        case Backups: return t.value("backups"_L1).toInteger();
        case Size: return t.value("bytes"_L1).toInteger();
        case LastBackup: return lastBackup;
        case LastVerify: return lastVerified;
        case Attention: return attention;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return (c >= Free && c != LastBackup && c != LastVerify) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                  : QVariant();
    if (role == Qt::DecorationRole) {
        if (c == Name)
            return QIcon(!available ? u":/icons/error.svg"_s
                         : attention > 0 ? u":/icons/warning.svg"_s : u":/icons/healthy.svg"_s);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (!available)
            return tr("Not available: %1").arg(t.value("error"_L1).toString());
        if (c == LastBackup && lastBackup > 0)
            return display::exactTime(lastBackup);
        if (c == LastVerify && lastVerified > 0)
            return display::exactTime(lastVerified);
        if (c == Attention)
            return tr("Backups never verified or whose last verify failed");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (c) {
    case Name: return t.value("name"_L1).toString();
    case Path:
        return available ? t.value("path"_L1).toString()
                         : tr("%1 (not available)").arg(t.value("path"_L1).toString());
    case Free: return available ? display::size(t.value("freeBytes"_L1).toInteger()) : QString();
    case Backups: return display::count(t.value("backups"_L1).toInteger());
    case Size: return display::size(t.value("bytes"_L1).toInteger());
    case LastBackup: return lastBackup > 0 ? display::relativeTime(lastBackup) : tr("never");
    case LastVerify: return lastVerified > 0 ? display::relativeTime(lastVerified) : tr("never");
    case Attention:
        // A word with the number: colour alone is not enough (CONSOLE.md).
        return attention > 0 ? tr("⚠ %1").arg(display::count(attention)) : tr("none");
    default: return {};
    }
}

QVariant BackupTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return (section >= Free && section != LastBackup && section != LastVerify)
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Target");
    case Path: return tr("Folder");
    case Free: return tr("Free");
    case Backups: return tr("Backups");
    case Size: return tr("Size");
    case LastBackup: return tr("Last backup");
    case LastVerify: return tr("Last verify");
    case Attention: return tr("Need attention");
    default: return {};
    }
}

} // namespace mailstore::app
