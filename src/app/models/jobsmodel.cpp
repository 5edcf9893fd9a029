// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsmodel.h"

#include "agentclient.h"
#include "displayformat.h"
#include "errortext.h"
#include "api/methods.h"

#include <QDateTime>
#include <QIcon>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
// A running job whose last news is older than this is asked for directly.
constexpr qint64 QuietMs = 3000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString idOf(const QJsonObject &job)
{
    return job.value("id"_L1).toString();
}

bool newerThan(const QJsonObject &a, const QJsonObject &b)
{
    const qint64 ca = a.value("createdAt"_L1).toInteger(), cb = b.value("createdAt"_L1).toInteger();
    if (ca != cb)
        return ca > cb;
    // "j-10" after "j-9": compare the numbers, not the strings.
    return idOf(a).mid(2).toLongLong() > idOf(b).mid(2).toLongLong();
}
} // namespace

JobsModel::JobsModel(AgentClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    connect(m_client, &AgentClient::notificationReceived, this, &JobsModel::onNotification);
    m_poll.setInterval(1500);
    connect(&m_poll, &QTimer::timeout, this, &JobsModel::pollQuiet);
}

JobsModel::~JobsModel() = default;

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &job = m_jobs.at(index.row());
    const QJsonObject progress = job.value("progress"_L1).toObject();
    const QString state = job.value("state"_L1).toString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind: return kindText(job.value("kind"_L1).toString());
        case Summary: return job.value("summary"_L1).toString();
        case State: return stateText(state);
        case Progress: return progressText(job);
        case Rate: return rateText(job);
        case Eta: return etaText(job);
        case Result: return resultText(job);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Rate || index.column() == Eta)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DecorationRole:
        if (index.column() == State) {
            if (state == "failed"_L1)
                return QIcon(u":/icons/error.svg"_s);
            if (state == "cancelled"_L1)
                return QIcon(u":/icons/cancel.svg"_s);
            if (state == "interrupted"_L1)
                return QIcon(u":/icons/warning.svg"_s);
            if (state == "succeeded"_L1)
                return QIcon(u":/icons/healthy.svg"_s);
            return QIcon(u":/icons/jobs.svg"_s);
        }
        break;
    case Qt::ToolTipRole: {
        const qint64 created = job.value("createdAt"_L1).toInteger();
        const qint64 finished = job.value("finishedAt"_L1).toInteger();
        QString tip = tr("Job %1, started %2").arg(idOf(job), display::exactTime(created));
        if (finished > 0)
            tip += u'\n' + tr("Finished %1").arg(display::exactTime(finished));
        const QString result = resultText(job);
        if (!result.isEmpty())
            tip += u'\n' + result;
        return tip;
    }
    case IdRole: return idOf(job);
    case StateRole: return state;
    case DoneRole: return progress.value("done"_L1).toInteger();
    case TotalRole: return progress.value("total"_L1).toInteger();
    case UnitRole: return unitText(progress.value("unit"_L1).toString());
    case JobRole: return job;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind: return tr("Job");
    case Summary: return tr("For");
    case State: return tr("State");
    case Progress: return tr("Progress");
    case Rate: return tr("Rate");
    case Eta: return tr("Time left");
    case Result: return tr("Result");
    }
    return {};
}

void JobsModel::refresh()
{
    m_client->call(api::method::JobList, {}, this, [this](const api::Response &r) {
        if (r.error) {
            if (r.error->code == api::rpccode::MethodNotFound) {
                m_supported = false; // an agent before API 1.1: no jobs, nothing to say
                return;
            }
            emit failed(errorText(*r.error));
            return;
        }
        m_supported = true;
        const QJsonArray jobs = r.result.toObject().value("jobs"_L1).toArray();
        for (const auto &j : jobs)
            upsert(j.toObject());
    });
}

void JobsModel::track(const QString &id)
{
    m_watched.insert(id);
    const QJsonObject known = job(id);
    if (!known.isEmpty() && isFinishedState(known.value("state"_L1).toString())) {
        upsert(known); // already over: let the watcher hear it now
        return;
    }
    fetch(id);
}

void JobsModel::cancel(const QString &id)
{
    m_client->call(api::method::JobCancel, QJsonObject{{u"id"_s, id}}, this,
                   [this](const api::Response &r) {
        if (r.error) {
            emit failed(tr("The job could not be cancelled: %1").arg(errorText(*r.error)));
            return;
        }
        upsert(r.result.toObject());
    });
}

void JobsModel::resume(const QString &id)
{
    m_client->call(api::method::JobResume, QJsonObject{{u"id"_s, id}}, this,
                   [this, id](const api::Response &r) {
        if (r.error) {
            emit failed(tr("The job could not be resumed: %1").arg(errorText(*r.error)));
            return;
        }
        const QJsonObject resumed = r.result.toObject();
        upsert(resumed);
        fetch(id); // the old job now names its new run (resumedBy)
        emit jobResumed(id, resumed.value("id"_L1).toString());
    });
}

bool JobsModel::canResume(const QJsonObject &job)
{
    const QString state = job.value("state"_L1).toString();
    return job.value("resumable"_L1).toBool() && !job.contains("resumedBy"_L1)
        && (state == "interrupted"_L1 || state == "failed"_L1 || state == "cancelled"_L1);
}

QJsonObject JobsModel::job(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? QJsonObject() : m_jobs.at(row);
}

QString JobsModel::jobId(int row) const
{
    return row >= 0 && row < m_jobs.size() ? idOf(m_jobs.at(row)) : QString();
}

int JobsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (idOf(m_jobs.at(i)) == id)
            return i;
    }
    return -1;
}

int JobsModel::activeCount() const
{
    return m_active;
}

void JobsModel::onNotification(const QString &method, const QJsonValue &params)
{
    if (method == api::method::JobProgress)
        upsert(params.toObject());
}

void JobsModel::fetch(const QString &id)
{
    m_client->call(api::method::JobGet, QJsonObject{{u"id"_s, id}}, this,
                   [this, id](const api::Response &r) {
        if (r.error) {
            emit failed(tr("Job %1: %2").arg(id, errorText(*r.error)));
            return;
        }
        upsert(r.result.toObject());
    });
}

void JobsModel::upsert(const QJsonObject &job)
{
    const QString id = idOf(job);
    if (id.isEmpty())
        return;
    const QString state = job.value("state"_L1).toString();
    const bool finished = isFinishedState(state);
    int row = rowOf(id);
    const bool wasActive = row >= 0 && !isFinishedState(m_jobs.at(row).value("state"_L1).toString());
    if (row < 0) {
        row = 0;
        while (row < m_jobs.size() && newerThan(m_jobs.at(row), job))
            ++row;
        beginInsertRows({}, row, row);
        m_jobs.insert(row, job);
        endInsertRows();
    } else {
        m_jobs[row] = job;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    m_seen.insert(id, nowMs());

    int active = 0;
    for (const auto &j : std::as_const(m_jobs))
        active += isFinishedState(j.value("state"_L1).toString()) ? 0 : 1;
    if (active != m_active) {
        m_active = active;
        emit activeCountChanged(active);
    }
    if (active > 0 && !m_poll.isActive())
        m_poll.start();
    else if (active == 0)
        m_poll.stop();

    emit jobChanged(job);
    if (!finished)
        m_watched.insert(id); // seen running: its end is news
    else if ((wasActive || m_watched.contains(id)) && !m_finishedSent.contains(id)) {
        // The state-change notification may come without the result: fetch it once.
        if (state == "succeeded"_L1 && job.value("result"_L1).isNull()
            && !job.contains("resultFetched"_L1)) {
            m_client->call(api::method::JobGet, QJsonObject{{u"id"_s, id}}, this,
                           [this, job](const api::Response &r) {
                QJsonObject full = r.error ? job : r.result.toObject();
                full.insert(u"resultFetched"_s, true); // never ask twice
                upsert(full);
            });
            return;
        }
        m_finishedSent.insert(id);
        emit jobFinished(job);
    }
}

void JobsModel::pollQuiet()
{
    const qint64 now = nowMs();
    for (const auto &j : std::as_const(m_jobs)) {
        const QString id = idOf(j);
        if (!isFinishedState(j.value("state"_L1).toString()) && now - m_seen.value(id) > QuietMs) {
            m_seen.insert(id, now); // one request per quiet period
            fetch(id);
        }
    }
}

} // namespace mailstore::app
