// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RestoreJobs: what restore.preview and restore.start share: turning the call's params
// into the core's RestoreRequest (target by name, the backup's own account as the
// default destination, the journal under <state dir>/restores), the JSON of plans and
// reports, and the `restore` job itself. The job is heavy (archive reads pay into the
// host's I/O budget) and resumable: a resumed run repeats the same request and the
// core's journal makes it finish what the interrupted one began, duplicating nothing.

#include "../../api/jsonrpc.h"
#include "../../core/archive/restore.h"

#include <QJsonObject>
#include <QString>

#include <expected>
#include <mutex>

namespace mailstore::api {
class Params;
}

namespace mailstore::agent {

class AccountLocator;
class BackupTargets;
class CatalogService;
class JobManager;

// The params of restore.preview and restore.start (and a restore job's resumeParams).
struct RestoreParams {
    QString target, backup;
    QString into; // empty: the backup's own account
    QString mailbox, toFolder;
    qint64 since = 0, until = 0;

    static std::expected<RestoreParams, api::RpcError> read(const api::Params &params);
    static RestoreParams fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

QJsonObject restorePlanJson(const core::archive::RestorePlan &plan, const QString &into);
QJsonObject restoreReportJson(const core::archive::RestoreReport &report);

class RestoreJobs final {
public:
    RestoreJobs(const BackupTargets &targets, const AccountLocator &locator, CatalogService &catalog, JobManager &jobs,
                QString journalDir);

    // Resolves target, backup and destination; `params.into` is filled in when empty.
    std::expected<core::archive::RestoreRequest, api::RpcError> request(RestoreParams &params) const;
    // Error 1009 (data {"job"}) while another restore into the same account is queued or
    // running: two runs would share one journal and one set of tmp/ files.
    std::expected<QString, api::RpcError> start(const RestoreParams &params, const core::archive::RestoreRequest &request);
    // The same check alone, so a call can fail with it before planning.
    std::expected<void, api::RpcError> checkNoneRunningInto(const QString &into) const;
    void registerResumer();

private:
    const BackupTargets &m_targets;
    const AccountLocator &m_locator;
    CatalogService &m_catalog;
    JobManager &m_jobs;
    QString m_journalDir;
    std::mutex m_startMutex; // the check for a running restore and the start are one step
};

} // namespace mailstore::agent
