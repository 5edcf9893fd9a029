// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// verifyBackup: reads every byte of a backup archive, checks every member against the
// manifest, and, when the archive's folder has a catalog listing it, checks the chain
// (parents listed, their files and manifests present, every message an incremental
// refers to really stored in the ancestor it names) and records the outcome there.

#include "../fs/iothrottle.h"
#include "../result.h"
#include "archiveproblem.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
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

// Bytes are the archive file's (compressed) bytes read, against its size: what the disk
// does. Messages are message members read; their total is the catalog's stored count
// when the catalog lists the archive, else 0 until the manifest (at the end) tells it.
struct VerifyProgress {
    std::uint64_t messagesDone = 0, messagesTotal = 0;
    std::uint64_t bytesDone = 0, bytesTotal = 0;
};

struct VerifyOptions {
    bool record = true;   // write the outcome to the catalog (the verify's only write)
    std::int64_t now = 0; // unix seconds for the record; 0 = the clock
    // Hooks last, so positional initializers of the fields above still work.
    // Called about every MiB of the archive and once at the end, from the calling thread.
    std::function<void(const VerifyProgress &)> progress = {};
    // Checked between members and between blocks: fail(Cancelled), nothing recorded.
    const std::atomic<bool> *cancel = nullptr;
    fs::IoThrottle *throttle = nullptr; // archive file reads pay into it as they happen
};

// Errors only when the archive cannot be opened (NotFound, PermissionDenied, ...) or the
// outcome cannot be recorded, or Cancelled; a bad archive is a report with problems.
Result<VerifyReport> verifyBackup(const std::filesystem::path &archive, const VerifyOptions &options = {});

} // namespace mailstore::core::archive
