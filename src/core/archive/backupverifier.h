// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// verifyBackup: reads every byte of a backup archive, checks every member against the
// manifest, and, when the archive's folder has a catalog listing it, checks the chain
// (parents listed, their files and manifests present, every message an incremental
// refers to really stored in the ancestor it names) and records the outcome there.

#include "../result.h"
#include "archiveproblem.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace mailstore::core::archive {

struct VerifyReport {
    std::filesystem::path archive;
    std::string backupId;   // from the head, when it could be read
    std::string account;
    std::string parent;
    std::uint64_t messages = 0;       // messages in the manifest
    std::uint64_t membersChecked = 0; // message members whose size and hash matched
    std::uint64_t bytesRead = 0;
    bool chainChecked = false;        // the folder's catalog lists this backup
    bool recorded = false;            // the result was written to that catalog
    MemberProblems problems;

    bool good() const { return problems.empty(); }
};

struct VerifyOptions {
    bool record = true;   // write the outcome to the catalog (the verify's only write)
    std::int64_t now = 0; // unix seconds for the record; 0 = the clock
};

// Errors only when the archive cannot be opened (NotFound, PermissionDenied, ...) or the
// outcome cannot be recorded; a bad archive is a report with problems.
Result<VerifyReport> verifyBackup(const std::filesystem::path &archive, const VerifyOptions &options = {});

} // namespace mailstore::core::archive
