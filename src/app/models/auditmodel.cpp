// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditmodel.h"

#include "agentclient.h"
#include "api/methods.h"
#include "errortext.h"

#include <QDateTime>
#include <QIcon>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
// {"account": "alice@example.org", "dryRun": false} → account=alice@example.org, dryRun=false
QString argumentsText(const QJsonObject &args)
{
    QStringList parts;
    for (auto it = args.begin(); it != args.end(); ++it) {
        const QJsonValue v = it.value();
        QString value = v.isString() ? v.toString()
                      : v.isBool()   ? (v.toBool() ? u"true"_s : u"false"_s)
                      : v.isDouble() ? QString::number(v.toDouble())
                                     : u"…"_s;
        parts << it.key() + u'=' + value;
    }
    return parts.join(", "_L1);
}
} // namespace

AuditModel::AuditModel(AgentClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

AuditModel::~AuditModel() = default;

void AuditModel::refresh()
{
    ++m_generation;
    m_loading = false;
    load(0);
}

void AuditModel::load(int offset)
{
    if (m_loading)
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    m_client->call(api::method::AuditList, QJsonObject{{u"offset"_s, offset}, {u"limit"_s, m_pageSize}},
                   this, [this, generation, offset](const api::Response &r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (r.error) {
            emit failed(errorText(*r.error));
            return;
        }
        const QJsonObject result = r.result.toObject();
        const QJsonArray entries = result.value("entries"_L1).toArray();
        if (offset == 0) {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        }
        m_total = result.value("total"_L1).toInteger();
        if (!entries.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + entries.size() - 1));
            for (const QJsonValue &e : entries)
                m_rows.append(e.toObject());
            endInsertRows();
        }
        emit loaded();
    });
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && m_rows.size() < m_total;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(int(m_rows.size()));
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &e = m_rows[index.row()];
    const bool ok = e.value("result"_L1).toString() == "ok"_L1;
    const QDateTime time = QDateTime::fromString(e.value("time"_L1).toString(), Qt::ISODateWithMs);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return QLocale().toString(time.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
        case Principal: return tr("%1 (%2)").arg(e.value("principal"_L1).toString(), e.value("role"_L1).toString());
        case Transport: return e.value("transport"_L1).toString();
        case Method: return e.value("method"_L1).toString();
        case Arguments: return argumentsText(e.value("args"_L1).toObject());
        case Result:
            // A word as well as the icon: "refused" for forbidden is what an auditor looks for.
            if (ok)
                return tr("done");
            return e.value("code"_L1).toInt() == 1011 ? tr("refused (forbidden)")
                                                      : tr("failed (%1)").arg(e.value("code"_L1).toInt());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return e.value("time"_L1).toString(); // the exact UTC time as logged
        if (index.column() == Arguments)
            return argumentsText(e.value("args"_L1).toObject());
        break;
    case Qt::DecorationRole:
        if (index.column() == Result)
            return QIcon(ok ? u":/icons/healthy.svg"_s : u":/icons/error.svg"_s);
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Principal: return tr("Who");
    case Transport: return tr("Via");
    case Method: return tr("Action");
    case Arguments: return tr("Arguments");
    case Result: return tr("Result");
    }
    return {};
}

} // namespace mailstore::app
