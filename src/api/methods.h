// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The method table of the admin API, shared by the agent (which serves it) and the
// console (which calls it). docs/admin-api.md documents every entry.

#include <QLatin1StringView>

namespace mailstore::api {

inline constexpr int ApiMajor = 1;
inline constexpr int ApiMinor = 6;
inline constexpr QLatin1StringView ApiVersion{"1.6"};

// Frames above this size are refused with -32600 and the session goes on.
inline constexpr qsizetype MaxFrameBytes = 4 * 1024 * 1024;

namespace method {
inline constexpr QLatin1StringView ApiVersion{"api.version"};
inline constexpr QLatin1StringView HostInfo{"host.info"};
inline constexpr QLatin1StringView AccountsList{"accounts.list"};
inline constexpr QLatin1StringView AccountGet{"account.get"};
inline constexpr QLatin1StringView MailboxMessages{"mailbox.messages"};
inline constexpr QLatin1StringView DaemonStop{"daemon.stop"};
inline constexpr QLatin1StringView IndexVerify{"index.verify"};
inline constexpr QLatin1StringView IndexRebuild{"index.rebuild"};
inline constexpr QLatin1StringView JobGet{"job.get"};
inline constexpr QLatin1StringView JobList{"job.list"};
inline constexpr QLatin1StringView JobCancel{"job.cancel"};
inline constexpr QLatin1StringView JobResume{"job.resume"};
inline constexpr QLatin1StringView AuditList{"audit.list"};
inline constexpr QLatin1StringView BackupTargets{"backup.targets"};
inline constexpr QLatin1StringView BackupList{"backup.list"};
inline constexpr QLatin1StringView BackupCreate{"backup.create"};
inline constexpr QLatin1StringView BackupVerify{"backup.verify"};
inline constexpr QLatin1StringView RestorePreview{"restore.preview"};
inline constexpr QLatin1StringView RestoreStart{"restore.start"};
inline constexpr QLatin1StringView MetricsSeries{"metrics.series"};
inline constexpr QLatin1StringView MetricsQuery{"metrics.query"};
inline constexpr QLatin1StringView AlertsList{"alerts.list"};
// The job kind of restore.start (a restore job is not named after its method).
inline constexpr QLatin1StringView RestoreJobKind{"restore"};
// Notification (no id) the daemon sends to every client while a job runs.
inline constexpr QLatin1StringView JobProgress{"job.progress"};
} // namespace method

// Paging limits, shared so the console never asks for more than the agent gives.
inline constexpr int AccountsPageMax = 1000;
inline constexpr int MessagesPageMax = 500;
// metrics.query never answers with more buckets than this (the console asks for about
// two per pixel column of its chart).
inline constexpr int MetricsPointsMax = 5000;

} // namespace mailstore::api
