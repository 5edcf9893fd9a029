// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonrowsmodel.h"

#include "agentclient.h"
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

void JsonRowsModel::fetch(const QString &method, const QJsonObject &params, const QString &arrayKey)
{
    const quint64 generation = ++m_generation;
    m_client->call(method, params, this, [this, generation, arrayKey](const api::Response &r) {
        if (generation != m_generation)
            return;
        if (r.error) {
            emit failed(errorText(*r.error));
            return;
        }
        beginResetModel();
        m_rows.clear();
        for (const QJsonValue &v : r.result.toObject().value(arrayKey).toArray())
            m_rows.append(v.toObject());
        endResetModel();
        m_loaded = true;
        emit loaded();
    });
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
