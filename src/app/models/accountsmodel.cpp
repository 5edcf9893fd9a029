// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsmodel.h"

#include "agentclient.h"
#include "api/corejson.h"
#include "api/methods.h"
#include "displayformat.h"
#include "errortext.h"

#include <QIcon>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
QString sortKey(int column)
{
    switch (column) {
    case AccountsModel::Account: return u"name"_s;
    case AccountsModel::Messages: return u"messages"_s;
    case AccountsModel::Size: return u"size"_s;
    case AccountsModel::Unseen: return u"unseen"_s;
    case AccountsModel::LastDelivery: return u"lastDelivery"_s;
    case AccountsModel::Mailboxes: return u"mailboxes"_s;
    case AccountsModel::Problems: return u"problems"_s;
    default: return {};
    }
}
} // namespace

AccountsModel::AccountsModel(AgentClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

AccountsModel::~AccountsModel() = default;

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &a = m_rows.at(index.row());
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case Account: return QString::fromStdString(a.name);
        case Messages: return display::count(qint64(a.messages));
        case Unseen: return display::count(qint64(a.unseen));
        case Size: return display::size(qint64(a.bytes));
        case LastDelivery: return display::relativeTime(a.lastDelivery);
        case Mailboxes: return display::count(a.mailboxes);
        // Health is a word and an icon, never colour alone.
        case Problems: return a.findings ? tr("%n problem(s)", nullptr, int(a.findings)) : tr("OK");
        }
        break;
    case Qt::ToolTipRole:
        if (col == LastDelivery)
            return display::exactTime(a.lastDelivery);
        if (col == Problems && a.findings)
            return tr("%n problem(s) found by the last scan", nullptr, int(a.findings));
        if (col == Size)
            return tr("%1 bytes").arg(display::count(qint64(a.bytes)));
        break;
    case Qt::DecorationRole:
        if (col == Problems)
            return QIcon(a.health == core::maildir::Health::Error     ? u":/icons/error.svg"_s
                         : a.findings || a.health == core::maildir::Health::Warning ? u":/icons/warning.svg"_s
                                                                                     : u":/icons/healthy.svg"_s);
        break;
    case Qt::TextAlignmentRole:
        return col == Account || col == Problems ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case NameRole:
        return QString::fromStdString(a.name);
    case SortValueRole:
        switch (col) {
        case Messages: return qint64(a.messages);
        case Unseen: return qint64(a.unseen);
        case Size: return qint64(a.bytes);
        case LastDelivery: return qint64(a.lastDelivery);
        case Mailboxes: return qint64(a.mailboxes);
        case Problems: return qint64(a.findings);
        default: return QString::fromStdString(a.name);
        }
    }
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Account || section == Problems ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                         : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Account: return tr("Account");
    case Messages: return tr("Messages");
    case Unseen: return tr("Unread");
    case Size: return tr("Size");
    case LastDelivery: return tr("Last delivery");
    case Mailboxes: return tr("Mailboxes");
    case Problems: return tr("Health");
    }
    return {};
}

bool AccountsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_queried && !m_loading && m_rows.size() < m_total;
}

void AccountsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(m_rows.size(), false);
}

void AccountsModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_order))
        return;
    m_sortColumn = column;
    m_order = order;
    if (m_queried || m_loading)
        refresh();
}

void AccountsModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    refresh();
}

void AccountsModel::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly)
        return;
    m_problemsOnly = on;
    refresh();
}

void AccountsModel::setPageSize(int rows)
{
    m_pageSize = qBound(1, rows, api::AccountsPageMax);
}

void AccountsModel::refresh()
{
    request(0, true);
}

bool AccountsModel::isSortable(int column) const
{
    return !sortKey(column).isEmpty();
}

QString AccountsModel::accountName(int row) const
{
    return row >= 0 && row < m_rows.size() ? QString::fromStdString(m_rows.at(row).name)
                                           : QString();
}

void AccountsModel::request(qint64 offset, bool reset)
{
    const quint64 generation = reset ? ++m_generation : m_generation;
    m_loading = true;
    const QJsonObject params{
        {u"filter"_s, m_filter},
        {u"problemsOnly"_s, m_problemsOnly},
        {u"sort"_s, sortKey(m_sortColumn)},
        {u"order"_s, m_order == Qt::AscendingOrder ? u"asc"_s : u"desc"_s},
        {u"offset"_s, offset},
        {u"limit"_s, m_pageSize},
    };
    m_client->call(api::method::AccountsList, params, this,
                   [this, generation, offset, reset](const api::Response &r) {
        if (generation != m_generation)
            return; // answer to a query the user has already replaced
        m_loading = false;
        if (r.error) {
            if (reset)
                m_queried = false; // nothing to page on until a refresh works
            else
                m_total = m_rows.size(); // stop paging: a view would retry in a loop
            emit failed(errorText(*r.error));
            return;
        }
        const QJsonObject result = r.result.toObject();
        const QJsonArray list = result.value("accounts"_L1).toArray();
        QList<core::maildir::AccountSummary> page;
        page.reserve(list.size());
        for (const auto &v : list)
            page.append(api::accountSummaryFromJson(v.toObject()));
        const qint64 total = result.value("total"_L1).toInteger();
        if (reset) {
            beginResetModel();
            m_rows = std::move(page);
            m_total = qMax<qint64>(total, m_rows.size());
            endResetModel();
            m_queried = true;
        } else if (offset == m_rows.size() && !page.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
            m_rows.append(page);
            endInsertRows();
            m_total = qMax<qint64>(total, m_rows.size());
        } else {
            m_total = m_rows.size(); // the host shrank under us: stop paging
        }
        if (!isFiltered())
            m_hostTotal = m_total;
        emit totalsChanged();
        if (reset)
            emit loaded();
        else
            emit pageLoaded();
    });
}

} // namespace mailstore::app
