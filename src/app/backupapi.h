// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The backup and restore methods of admin API 1.5 (docs/admin-api.md) the console calls.
// Kept beside the console until the shared method table lists them.

#include <QLatin1StringView>

namespace mailstore::app::backupapi {
inline constexpr QLatin1StringView Targets{"backup.targets"};
inline constexpr QLatin1StringView List{"backup.list"};
inline constexpr QLatin1StringView Create{"backup.create"};
inline constexpr QLatin1StringView Verify{"backup.verify"};
inline constexpr QLatin1StringView RestorePreview{"restore.preview"};
inline constexpr QLatin1StringView RestoreStart{"restore.start"};
// Job kinds (the same names as the methods that start them, as for index jobs).
inline constexpr QLatin1StringView RestoreKind{"restore"};
} // namespace mailstore::app::backupapi
