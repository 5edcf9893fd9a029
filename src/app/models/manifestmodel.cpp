// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifestmodel.h"

#include "backupfile.h"
#include "displayformat.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace mailstore::app {

ManifestModel::ManifestModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ManifestModel::~ManifestModel() = default;

void ManifestModel::setManifest(std::shared_ptr<const core::archive::Manifest> manifest)
{
    beginResetModel();
    m_manifest = std::move(manifest);
    m_problems.clear();
    endResetModel();
}

void ManifestModel::setProblems(const core::archive::MemberProblems &problems)
{
    m_problems.clear();
    for (const auto &p : problems) {
        const qsizetype index = messageIndexOfMember(p.member);
        if (index >= 0 && index < rowCount())
            m_problems.insert(int(index), QString::fromLatin1(core::archive::problemName(p.problem)));
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const core::archive::ManifestMessage *ManifestModel::message(int row) const
{
    if (!m_manifest || row < 0 || row >= rowCount())
        return nullptr;
    return &m_manifest->messages[std::size_t(row)];
}

QString ManifestModel::mailboxName(int row) const
{
    const auto *m = message(row);
    if (!m || m->mailbox >= m_manifest->mailboxes.size())
        return {};
    return QString::fromStdString(m_manifest->mailboxes[m->mailbox].name);
}

int ManifestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_manifest ? 0 : int(m_manifest->messages.size());
}

int ManifestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ManifestModel::data(const QModelIndex &index, int role) const
{
    const auto *m = message(index.row());
    if (!m)
        return {};
    const int c = index.column();
    if (role == IndexRole)
        return index.row();
    if (role == Qt::TextAlignmentRole)
        return (c == Size || c == Uid) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::DecorationRole && c == Problem && m_problems.contains(index.row()))
        return QIcon(u":/icons/error.svg"_s);
    if (role == Qt::ToolTipRole && c == Date)
        return display::exactTime(m->mtime);
    if (role == SortRole) {
        switch (c) {
        case Date: return qint64(m->mtime);
        case Size: return qulonglong(m->size);
        case Uid: return uint(m->uid);
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (c) {
    case Mailbox: return mailboxName(index.row());
    case File: return QString::fromStdString(m->fileName);
    case Date: return display::dateTime(m->mtime);
    case Size: return display::size(qint64(m->size));
    case Flags:
        // "new" is not a flag in Maildir terms, but it is what people ask about.
        return m->inNew ? tr("new") : QString::fromStdString(m->flags);
    case Uid: return m->uid == 0 ? QString() : QString::number(m->uid);
    case StoredIn:
        return m->storedIn == m_manifest->backupId ? tr("this archive")
                                                   : QString::fromStdString(m->storedIn);
    case Problem: return m_problems.value(index.row());
    default: return {};
    }
}

QVariant ManifestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return (section == Size || section == Uid) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Mailbox: return tr("Mailbox");
    case File: return tr("File");
    case Date: return tr("Delivered");
    case Size: return tr("Size");
    case Flags: return tr("Flags");
    case Uid: return tr("UID");
    case StoredIn: return tr("Stored in");
    case Problem: return tr("Problem");
    default: return {};
    }
}

} // namespace mailstore::app
