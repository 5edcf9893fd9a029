// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JsonRowsModel: a table whose rows are the objects of one array in one API answer
// (backup.targets, backup.list). It owns what such models share: the call, dropping an
// answer that a newer request has overtaken, the reset, and loaded/failed. Subclasses
// say which call and how to show a row.

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace mailstore::app {

class AgentClient;

class JsonRowsModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonRowsModel)
public:
    bool isLoaded() const { return m_loaded; }
    QJsonObject row(int r) const { return m_rows.value(r); }
    int rowCount(const QModelIndex &parent = {}) const override;

signals:
    void loaded();
    void failed(const QString &message);

protected:
    JsonRowsModel(AgentClient *client, QObject *parent);
    // Calls `method`; the answer's `arrayKey` array becomes the rows, unless a newer
    // fetch() or drop() came meanwhile. `emptyIfMissing`: an agent without the method
    // (older API) counts as an empty answer, not a failure.
    void fetch(const QString &method, const QJsonObject &params, const QString &arrayKey,
               bool emptyIfMissing = false);
    // What fetch() does with an answer (also for answers fed in directly).
    void takeAnswer(const QJsonObject &result, const QString &arrayKey);
    // Called inside the reset with the whole answer, for fields beside the array.
    virtual void answerFields(const QJsonObject &result) { Q_UNUSED(result) }
    // Empties the table at once and forgets any answer still on its way.
    void drop();
    const QList<QJsonObject> &rows() const { return m_rows; }

private:
    AgentClient *m_client;
    QList<QJsonObject> m_rows;
    quint64 m_generation = 0;
    bool m_loaded = false;
};

} // namespace mailstore::app
