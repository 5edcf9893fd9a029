// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertsmodel.h"

#include "api/jsonrpc.h"
#include "api/methods.h"
#include "displayformat.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace mailstore::app {

AlertsModel::AlertsModel(AgentClient *client, QObject *parent) : JsonRowsModel(client, parent) {}

AlertsModel::~AlertsModel() = default;

// An agent before API 1.6 has no alerts: nothing to show, the charts say why.
void AlertsModel::load() { fetch(api::method::AlertsList, {}, u"alerts"_s, true); }

void AlertsModel::setAnswer(const QJsonObject &answer) { takeAnswer(answer, u"alerts"_s); }

void AlertsModel::answerFields(const QJsonObject &result) { m_learning = result.value("learning"_L1).toBool(); }

std::optional<double> AlertsModel::thresholdFor(const QString &series) const
{
    for (const QJsonObject &a : rows())
        if (a.value("series"_L1).toString() == series && a.value("threshold"_L1).isDouble())
            return a.value("threshold"_L1).toDouble();
    return std::nullopt;
}

QString AlertsModel::worstSeverity() const
{
    QString worst;
    for (const QJsonObject &a : rows()) {
        const QString s = a.value("severity"_L1).toString();
        if (s == "critical"_L1)
            return s;
        if (s == "warning"_L1)
            worst = s;
    }
    return worst;
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QJsonObject a = row(index.row());
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
