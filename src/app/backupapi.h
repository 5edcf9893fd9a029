// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The backup and restore methods of admin API 1.5 (docs/admin-api.md) under the short
// names the console's backup views use; the shared method table is the one source.

#include "api/methods.h"

namespace mailstore::app::backupapi {
inline constexpr QLatin1StringView Targets = api::method::BackupTargets;
inline constexpr QLatin1StringView List = api::method::BackupList;
inline constexpr QLatin1StringView Create = api::method::BackupCreate;
inline constexpr QLatin1StringView Verify = api::method::BackupVerify;
inline constexpr QLatin1StringView RestorePreview = api::method::RestorePreview;
inline constexpr QLatin1StringView RestoreStart = api::method::RestoreStart;
inline constexpr QLatin1StringView RestoreKind = api::method::RestoreJobKind;
} // namespace mailstore::app::backupapi
