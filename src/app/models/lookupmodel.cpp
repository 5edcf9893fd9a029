// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookupmodel.h"

#include "api/methods.h"
#include "displayformat.h"
#include "fleet/hostconnection.h"

#include <QIcon>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mailstore::app {

using HealthState = core::maildir::Health;

LookupModel::LookupModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

LookupModel::~LookupModel() = default;

void LookupModel::search(const QString &text, const QList<HostConnection *> &hosts, int perHost)
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_pending.clear();
    m_failed.clear();
    m_answered = 0;
    m_text = text.trimmed();
    if (m_text.isEmpty()) {
        emit statusChanged();
        return;
    }
    const quint64 generation = m_generation;
    for (HostConnection *host : hosts) {
        const auto state = host->state();
        if (state != HostConnection::State::Connected && state != HostConnection::State::Degraded) {
            m_failed.append(tr("%1 (%2)").arg(host->displayName(), HostConnection::stateName(state)));
            continue;
        }
        m_pending.insert(host, host->displayName());
        host->client()->call(api::method::AccountsList,
                             QJsonObject{{u"filter"_s, m_text}, {u"limit"_s, perHost}}, this,
                             [this, generation, host = QPointer<HostConnection>(host)](const api::Response &r) {
            if (host)
                onAnswer(generation, host, r);
        });
    }
    emit statusChanged();
    if (m_pending.isEmpty())
        emit searchFinished();
}

void LookupModel::onAnswer(quint64 generation, HostConnection *host, const api::Response &response)
{
    if (generation != m_generation)
        return; // an answer to an older search
    const QString name = m_pending.take(host);
    if (response.error) {
        m_failed.append(tr("%1 (%2)").arg(name, response.error->message));
    } else {
        ++m_answered;
        const QJsonArray accounts = response.result.toObject().value("accounts"_L1).toArray();
        if (!accounts.isEmpty()) {
            // Rows stay grouped by host in the order the answers came.
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + accounts.size() - 1));
            for (const QJsonValue &a : accounts)
                m_rows.append(Row{host, name, api::accountSummaryFromJson(a.toObject())});
            endInsertRows();
        }
        emit hostAnswered(name);
    }
    emit statusChanged();
    if (m_pending.isEmpty())
        emit searchFinished();
}

QString LookupModel::statusText() const
{
    if (m_text.isEmpty())
        return tr("Type part of an account name; every connected host is searched at once.");
    QStringList parts;
    parts << tr("%n match(es)", nullptr, int(m_rows.size()))
          << tr("%n host(s) answered", nullptr, m_answered);
    for (const QString &name : m_pending)
        parts << tr("%1 still searching…").arg(name);
    if (!m_failed.isEmpty())
        parts << tr("not searched: %1").arg(m_failed.join(", "_L1));
    return parts.join(u" · "_s);
}

HostConnection *LookupModel::hostAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].host.data() : nullptr;
}

QString LookupModel::accountAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? QString::fromStdString(m_rows[row].account.name) : QString();
}

int LookupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LookupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LookupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const auto &a = row.account;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Account: return QString::fromStdString(a.name);
        case Host: return row.hostName;
        case Size: return display::size(qint64(a.bytes));
        case Messages: return display::count(qint64(a.messages));
        case Health: return a.findings ? tr("%n problem(s)", nullptr, int(a.findings)) : tr("OK");
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Health)
            return QIcon(a.health == HealthState::Error ? u":/icons/error.svg"_s
                         : a.findings || a.health == HealthState::Warning ? u":/icons/warning.svg"_s
                                                                     : u":/icons/healthy.svg"_s);
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Size || index.column() == Messages
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case HostRole:
        return row.hostName;
    case NameRole:
        return QString::fromStdString(a.name);
    }
    return {};
}

QVariant LookupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Account: return tr("Account");
    case Host: return tr("Host");
    case Size: return tr("Size");
    case Messages: return tr("Messages");
    case Health: return tr("Health");
    }
    return {};
}

} // namespace mailstore::app
