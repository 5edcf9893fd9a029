// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsmodel.h"

#include "agentclient.h"
#include "api/jsonrpc.h"
#include "api/methods.h"
#include "errortext.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mailstore::app {

MetricsModel::MetricsModel(AgentClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

MetricsModel::~MetricsModel() = default;

void MetricsModel::loadSeries()
{
    m_client->call(api::method::MetricsSeries, {}, this, [this](const api::Response &r) {
        if (r.error && r.error->code == api::rpccode::MethodNotFound) {
            m_available = false;
            emit unavailable(tr("This host's agent has no storage metrics (API < 1.6). Update "
                                "mailstore-agent on the host to see its storage charts."));
            return;
        }
        if (r.error) {
            emit failed(errorText(*r.error));
            return;
        }
        setSeriesAnswer(r.result.toObject());
    });
}

void MetricsModel::setSeriesAnswer(const QJsonObject &answer)
{
    m_available = true;
    m_names.clear();
    m_units.clear();
    for (const QJsonValue &v : answer.value("series"_L1).toArray()) {
        const QJsonObject s = v.toObject();
        const QString name = s.value("name"_L1).toString();
        m_names << name;
        m_units.insert(name, s.value("unit"_L1).toString());
    }
    m_intervalSec = std::max(0, answer.value("intervalSec"_L1).toInt(10)); // 0: sampling off
    m_device = answer.value("device"_L1).toString();
    m_virtualFs = answer.value("virtualFs"_L1).toBool();
    m_agentError = answer.value("error"_L1).toString();
    m_latest = answer.value("latest"_L1).toObject();
    emit seriesLoaded();
}

void MetricsModel::query(const QStringList &names, qint64 fromMs, qint64 toMs, int maxPoints)
{
    const quint64 generation = ++m_generation;
    m_from = fromMs;
    m_to = toMs;
    m_maxPoints = std::clamp(maxPoints, 10, api::MetricsPointsMax);
    for (const QString &name : names) {
        const QJsonObject params{{"series"_L1, name}, {"from"_L1, fromMs}, {"to"_L1, toMs},
                                 {"maxPoints"_L1, m_maxPoints}};
        m_client->call(api::method::MetricsQuery, params, this,
                       [this, generation](const api::Response &r) {
            if (generation != m_generation)
                return; // a newer range is on its way
            if (r.error) {
                emit failed(errorText(*r.error));
                return;
            }
            setQueryAnswer(r.result.toObject());
        });
    }
}

QList<charts::Bucket> MetricsModel::parsePoints(const QJsonObject &answer)
{
    QList<charts::Bucket> out;
    const QJsonArray points = answer.value("points"_L1).toArray();
    out.reserve(points.size());
    for (const QJsonValue &v : points) {
        const QJsonObject p = v.toObject();
        out.append({p.value("t"_L1).toInteger(), p.value("min"_L1).toDouble(), p.value("max"_L1).toDouble(),
                    p.value("avg"_L1).toDouble(), quint32(p.value("count"_L1).toInteger())});
    }
    return out;
}

void MetricsModel::setQueryAnswer(const QJsonObject &answer)
{
    const QString name = answer.value("series"_L1).toString();
    if (!m_units.contains(name))
        m_units.insert(name, answer.value("unit"_L1).toString());
    m_buckets.insert(name, parsePoints(answer));
    emit queried(name);
}

} // namespace mailstore::app
