// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JobsModel: the jobs of one host's daemon (docs/admin-api.md, Jobs), newest first.
// Loaded with `job.list` when the link comes up and kept current by the `job.progress`
// notifications the daemon sends every client; a light poll covers a job whose
// notifications stop (e.g. a bridge that restarted). Finished jobs stay listed with
// their result. Views follow one job through jobChanged/jobFinished by id.

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QTimer>

namespace mailstore::app {

class AgentClient;

class JobsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsModel)
public:
    enum Column { Kind, Summary, State, Progress, Rate, Eta, Result, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole, // "j-3"
        StateRole,             // "queued" | "running" | "succeeded" | "failed" | "cancelled" | "interrupted"
        DoneRole,              // qint64
        TotalRole,             // qint64, 0 while unknown
        UnitRole,              // translated unit ("accounts")
        JobRole,               // the whole Job object
    };

    explicit JobsModel(AgentClient *client, QObject *parent = nullptr);
    ~JobsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Reloads the list (job.list); existing rows are updated, not reset.
    void refresh();
    // A job this console just started: fetched at once, and jobFinished is emitted for it
    // even if it ended before its first notification arrived.
    void track(const QString &id);
    void cancel(const QString &id);
    // job.resume: a new run of an interrupted (failed, cancelled) job; jobResumed on success.
    void resume(const QString &id);

    QJsonObject job(const QString &id) const;
    QString jobId(int row) const;
    int rowOf(const QString &id) const;
    int activeCount() const;
    bool isSupported() const { return m_supported; }

    static bool isFinishedState(const QString &state);
    static QString kindText(const QString &kind);
    static QString stateText(const QString &state);
    static QString unitText(const QString &unit);
    // "300 accounts checked, 3 with problems", the error sentence, "Cancelled after …".
    static QString resultText(const QJsonObject &job);
    static QString progressText(const QJsonObject &job);
    // "25.1 MB/s" or "12 accounts/s"; empty unless running.
    static QString rateText(const QJsonObject &job);
    // "3 min", "1 h 20 min"; "estimating…" until the agent has an ETA; empty unless running.
    static QString etaText(const QJsonObject &job);
    static QString durationText(qint64 seconds);
    static bool canResume(const QJsonObject &job);

signals:
    void jobChanged(const QJsonObject &job);
    void jobFinished(const QJsonObject &job); // once per job seen running or tracked
    void jobResumed(const QString &oldId, const QString &newId);
    void activeCountChanged(int active);
    void failed(const QString &message);

private:
    void onNotification(const QString &method, const QJsonValue &params);
    void upsert(const QJsonObject &job);
    void fetch(const QString &id);
    void pollQuiet();

    AgentClient *m_client;
    QList<QJsonObject> m_jobs;     // newest first
    QHash<QString, qint64> m_seen; // id -> ms since epoch of the last update
    QSet<QString> m_watched;       // jobs that get a jobFinished
    QSet<QString> m_finishedSent;
    QTimer m_poll;
    int m_active = 0;
    bool m_supported = true;
};

} // namespace mailstore::app
