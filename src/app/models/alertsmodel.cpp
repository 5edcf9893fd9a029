// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertsmodel.h"

#include "agentclient.h"
#include "api/jsonrpc.h"
#include "api/methods.h"
#include "displayformat.h"
#include "errortext.h"

#include <QIcon>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mailstore::app {

AlertsModel::AlertsModel(AgentClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

AlertsModel::~AlertsModel() = default;

void AlertsModel::load()
{
    const quint64 generation = ++m_generation;
    m_client->call(api::method::AlertsList, {}, this, [this, generation](const api::Response &r) {
        if (generation != m_generation)
            return;
        if (r.error) {
            // An agent before API 1.6 has no alerts: nothing to show, the charts say why.
            if (r.error->code == api::rpccode::MethodNotFound)
                setAnswer({});
            else
                emit failed(errorText(*r.error));
            return;
        }
        setAnswer(r.result.toObject());
    });
}

void AlertsModel::setAnswer(const QJsonObject &answer)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &v : answer.value("alerts"_L1).toArray())
        m_rows.append(v.toObject());
    m_learning = answer.value("learning"_L1).toBool();
    endResetModel();
    emit loaded();
}

std::optional<double> AlertsModel::thresholdFor(const QString &series) const
{
    for (const QJsonObject &a : m_rows)
        if (a.value("series"_L1).toString() == series && a.value("threshold"_L1).isDouble())
            return a.value("threshold"_L1).toDouble();
    return std::nullopt;
}

QString AlertsModel::worstSeverity() const
{
    QString worst;
    for (const QJsonObject &a : m_rows) {
        const QString s = a.value("severity"_L1).toString();
        if (s == "critical"_L1)
            return s;
        if (s == "warning"_L1)
            worst = s;
    }
    return worst;
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &a = m_rows[index.row()];
    const QString severity = a.value("severity"_L1).toString();
    switch (role) {
    case SeriesRole: return a.value("series"_L1).toString();
    case KindRole: return a.value("kind"_L1).toString();
    case SeverityRole: return severity;
    case Qt::DecorationRole:
        if (index.column() == Severity)
            return QIcon(severity == "critical"_L1 ? u":/icons/error.svg"_s : u":/icons/warning.svg"_s);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity: return severity == "critical"_L1 ? tr("Critical") : tr("Warning");
        case Message: return a.value("message"_L1).toString();
        case Since: {
            const qint64 since = a.value("since"_L1).toInteger();
            return since > 0 ? display::relativeTime(since / 1000) : QString();
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Since)
            return display::exactTime(a.value("since"_L1).toInteger() / 1000);
        return {};
    default: return {};
    }
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity: return tr("Severity");
    case Message: return tr("Alert");
    case Since: return tr("Since");
    }
    return {};
}

} // namespace mailstore::app
