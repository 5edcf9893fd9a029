// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagesmodel.h"

#include "agentclient.h"
#include "api/methods.h"
#include "displayformat.h"
#include "errortext.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mailstore::app {

MessagesModel::MessagesModel(AgentClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

MessagesModel::~MessagesModel() = default;

void MessagesModel::setMailbox(const QString &account, const QString &mailbox)
{
    m_account = account;
    m_mailbox = mailbox;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    endResetModel();
    m_loading = false;
    if (!account.isEmpty() && !mailbox.isEmpty())
        request(0, true);
}

void MessagesModel::setPageSize(int rows)
{
    m_pageSize = qBound(1, rows, api::MessagesPageMax);
}

int MessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case Date: return display::dateTime(r.date);
        case From: return r.from;
        case Subject: return r.subject.isEmpty() ? tr("(no subject)") : r.subject;
        case Size: return display::size(r.size);
        }
        break;
    case Qt::ToolTipRole:
        switch (col) {
        case Date: return r.dateHeader.isEmpty() ? display::exactTime(r.date) : r.dateHeader;
        case From: return tr("From: %1\nTo: %2").arg(r.from, r.to);
        case Subject: return r.file;
        }
        break;
    case Qt::FontRole:
        if (!r.seen) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::AccessibleDescriptionRole:
        return r.seen ? tr("read") : tr("unread");
    case Qt::TextAlignmentRole:
        return col == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case FileRole:
        return r.file;
    case SeenRole:
        return r.seen;
    case SortValueRole:
        switch (col) {
        case Date: return r.date;
        case Size: return r.size;
        case From: return r.from;
        default: return r.subject;
        }
    }
    return {};
}

QVariant MessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case From: return tr("From");
    case Subject: return tr("Subject");
    case Size: return tr("Size");
    }
    return {};
}

bool MessagesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && m_rows.size() < m_total;
}

void MessagesModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(m_rows.size(), false);
}

void MessagesModel::request(qint64 offset, bool reset)
{
    const quint64 generation = m_generation;
    m_loading = true;
    const QJsonObject params{{u"account"_s, m_account}, {u"mailbox"_s, m_mailbox},
                             {u"offset"_s, offset}, {u"limit"_s, m_pageSize}};
    m_client->call(api::method::MailboxMessages, params, this,
                   [this, generation, offset, reset](const api::Response &r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (r.error) {
            m_total = m_rows.size(); // stop paging until the mailbox is chosen again
            emit failed(errorText(*r.error));
            return;
        }
        const QJsonObject result = r.result.toObject();
        const QJsonArray list = result.value("messages"_L1).toArray();
        QList<Row> page;
        page.reserve(list.size());
        for (const auto &v : list) {
            const QJsonObject o = v.toObject();
            const qint64 dateUnix = o.value("dateUnix"_L1).toInteger();
            page.append(Row{o.value("file"_L1).toString(), o.value("from"_L1).toString(),
                            o.value("to"_L1).toString(), o.value("subject"_L1).toString(),
                            o.value("date"_L1).toString(),
                            dateUnix ? dateUnix : o.value("deliveredAt"_L1).toInteger(),
                            o.value("size"_L1).toInteger(), o.value("seen"_L1).toBool()});
        }
        const qint64 total = result.value("total"_L1).toInteger();
        if (offset == m_rows.size() && !page.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
            m_rows.append(page);
            endInsertRows();
            m_total = qMax<qint64>(total, m_rows.size());
        } else {
            m_total = m_rows.size();
        }
        if (reset)
            emit loaded();
    });
}

} // namespace mailstore::app
