// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BackupCatalog: the list of backups in one target folder (docs/backup-format.md,
// "Catalog"), one entry per backup with its chain link and its last verify. Replaced
// atomically (fs::writeFileAtomic) under an flock on a lock file, so two backups to one
// target never lose each other's entries and a crash leaves the old or the new list.

#include "../result.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace mailstore::core::archive {

inline constexpr std::string_view CatalogMagic = "MSBACKUP-CATALOG";
inline constexpr std::uint32_t CatalogVersion = 1;
inline constexpr std::string_view CatalogFileName = "backup-catalog";
inline constexpr std::size_t CatalogMaxBytes = 64ull * 1024 * 1024;

enum class VerifyState { Never, Good, Corrupt };
std::string_view verifyStateName(VerifyState state); // "never", "good", "corrupt"

struct CatalogEntry {
    std::string id;
    std::string account;
    std::int64_t created = 0;
    std::string parent;          // empty for a full backup
    std::uint64_t messages = 0;  // messages in the manifest (the account's state)
    std::uint64_t stored = 0;    // message members in this archive
    std::uint64_t bytes = 0;     // message bytes in this archive
    std::uint64_t archiveBytes = 0; // size of the .tar.zst file
    std::string manifestSha256;  // of the manifest member and sidecar
    std::int64_t lastVerified = 0; // unix seconds, 0 = never
    VerifyState verifyState = VerifyState::Never;

    // Never verified, or the last verify failed: shown as a warning.
    bool needsAttention() const { return verifyState != VerifyState::Good; }
};

struct BackupCatalog {
    std::vector<CatalogEntry> entries; // in creation order

    const CatalogEntry *find(std::string_view id) const;
    CatalogEntry *find(std::string_view id);
    // The newest backup of the account, nullptr if none.
    const CatalogEntry *latestFor(std::string_view account) const;
    // The entry and its ancestors, newest first. Corrupted when a parent is missing from
    // the catalog, belongs to another account, or the links loop.
    Result<std::vector<const CatalogEntry *>> chain(std::string_view id) const;
};

// The files of a backup in its target folder.
std::filesystem::path archivePath(const std::filesystem::path &target, std::string_view id);  // <id>.tar.zst
std::filesystem::path manifestPath(const std::filesystem::path &target, std::string_view id); // <id>.manifest

std::string serializeCatalog(const BackupCatalog &catalog);
Result<BackupCatalog> parseCatalog(std::string_view text);

// Reads <target>/backup-catalog; an absent file is an empty catalog.
Result<BackupCatalog> readCatalog(const std::filesystem::path &target);

// Read-modify-write under the target's lock; `change` may fail, then nothing is written.
Result<void> updateCatalog(const std::filesystem::path &target,
                           const std::function<Result<void>(BackupCatalog &)> &change);

} // namespace mailstore::core::archive
