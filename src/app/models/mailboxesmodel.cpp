// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailboxesmodel.h"

#include "displayformat.h"

#include <QFont>
#include <QIcon>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mailstore::app {

MailboxesModel::MailboxesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

MailboxesModel::~MailboxesModel() = default;

void MailboxesModel::setMailboxes(const QJsonArray &mailboxes)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &v : mailboxes) {
        const QJsonObject o = v.toObject();
        m_rows.append(Row{o.value("name"_L1).toString(), o.value("messages"_L1).toInteger(),
                          o.value("unseen"_L1).toInteger(), o.value("bytes"_L1).toInteger(),
                          o.value("lastDelivery"_L1).toInteger()});
    }
    endResetModel();
}

void MailboxesModel::clear()
{
    setMailboxes({});
}

int MailboxesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MailboxesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MailboxesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case Mailbox: return r.name;
        case Messages: return display::count(r.messages);
        case Unseen: return display::count(r.unseen);
        case Size: return display::size(r.bytes);
        case LastDelivery: return display::relativeTime(r.lastDelivery);
        }
        break;
    case Qt::ToolTipRole:
        if (col == LastDelivery)
            return display::exactTime(r.lastDelivery);
        break;
    case Qt::DecorationRole:
        if (col == Mailbox)
            return QIcon(u":/icons/mailbox.svg"_s);
        break;
    case Qt::FontRole:
        if (r.unseen > 0 && (col == Mailbox || col == Unseen)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        return col == Mailbox ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case NameRole:
        return r.name;
    case SortValueRole:
        switch (col) {
        case Messages: return r.messages;
        case Unseen: return r.unseen;
        case Size: return r.bytes;
        case LastDelivery: return r.lastDelivery;
        default: return r.name;
        }
    }
    return {};
}

QVariant MailboxesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Mailbox ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Mailbox: return tr("Mailbox");
    case Messages: return tr("Messages");
    case Unseen: return tr("Unread");
    case Size: return tr("Size");
    case LastDelivery: return tr("Last delivery");
    }
    return {};
}

QString MailboxesModel::mailboxName(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

} // namespace mailstore::app
