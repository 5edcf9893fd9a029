// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MetricsModel: one host's storage metrics as the console knows them — the series the
// agent keeps (metrics.series) and, for the range on screen, the buckets of each series
// (metrics.query). JSON answers are parsed here, never in widgets; setSeriesAnswer() and
// setQueryAnswer() take an answer directly, so a widget can be shown from a recorded one.
// An agent older than API 1.6 has no metrics.series: that is `unavailable`, not an error.

#include "charts/timeserieschart.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace mailstore::app {

class AgentClient;

class MetricsModel final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsModel)
public:
    explicit MetricsModel(AgentClient *client, QObject *parent = nullptr);
    ~MetricsModel() override;

    void loadSeries();
    // One metrics.query per name; answers of an older query() are dropped.
    void query(const QStringList &names, qint64 fromMs, qint64 toMs, int maxPoints);

    void setSeriesAnswer(const QJsonObject &answer);
    void setQueryAnswer(const QJsonObject &answer);
    static QList<charts::Bucket> parsePoints(const QJsonObject &answer);

    bool isAvailable() const { return m_available; }
    bool hasSeries(const QString &name) const { return m_names.contains(name); }
    QStringList seriesNames() const { return m_names; }
    QString unit(const QString &name) const { return m_units.value(name); }
    QList<charts::Bucket> buckets(const QString &name) const { return m_buckets.value(name); }
    int intervalSec() const { return m_intervalSec; } // 0: the host records no new samples
    QString device() const { return m_device; }
    bool isVirtualFs() const { return m_virtualFs; }
    QString agentError() const { return m_agentError; }
    QJsonObject latest() const { return m_latest; }
    qint64 lastFrom() const { return m_from; }
    qint64 lastTo() const { return m_to; }
    int lastMaxPoints() const { return m_maxPoints; }

signals:
    void seriesLoaded();
    void unavailable(const QString &message);
    void queried(const QString &name);
    void failed(const QString &message);

private:
    AgentClient *m_client;
    QStringList m_names;
    QHash<QString, QString> m_units;
    QHash<QString, QList<charts::Bucket>> m_buckets;
    QJsonObject m_latest;
    QString m_device;
    QString m_agentError;
    quint64 m_generation = 0;
    qint64 m_from = 0;
    qint64 m_to = 0;
    int m_maxPoints = 0;
    int m_intervalSec = 10;
    bool m_available = false;
    bool m_virtualFs = false;
};

} // namespace mailstore::app
