// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonrowsmodel.h"

#include "agentclient.h"
#include "api/jsonrpc.h"
#include "errortext.h"

#include <QJsonArray>

namespace mailstore::app {

JsonRowsModel::JsonRowsModel(AgentClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

int JsonRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void JsonRowsModel::fetch(const QString &method, const QJsonObject &params, const QString &arrayKey,
                          bool emptyIfMissing)
{
    const quint64 generation = ++m_generation;
    m_client->call(method, params, this, [this, generation, arrayKey, emptyIfMissing](const api::Response &r) {
        if (generation != m_generation)
            return;
        if (r.error && !(emptyIfMissing && r.error->code == api::rpccode::MethodNotFound)) {
            emit failed(errorText(*r.error));
            return;
        }
        takeAnswer(r.error ? QJsonObject() : r.result.toObject(), arrayKey);
    });
}

void JsonRowsModel::takeAnswer(const QJsonObject &result, const QString &arrayKey)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &v : result.value(arrayKey).toArray())
        m_rows.append(v.toObject());
    answerFields(result);
    endResetModel();
    m_loaded = true;
    emit loaded();
}

void JsonRowsModel::drop()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_loaded = false;
}

} // namespace mailstore::app
