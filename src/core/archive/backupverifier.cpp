// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupverifier.h"

#include "../dovecot/filebytes.h"
#include "archivereader.h"
#include "backupcatalog.h"
#include "sha256.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <sys/stat.h>

namespace mailstore::core::archive {

namespace {

void compareWithManifest(const ArchiveScan &scan, VerifyReport &report)
{
    const Manifest &m = *scan.manifest;
    std::set<std::uint64_t> expected;
    for (std::size_t i = 0; i < m.messages.size(); ++i) {
        const auto &msg = m.messages[i];
        if (msg.storedIn != m.backupId)
            continue;
        const std::uint64_t ordinal = i + 1;
        expected.insert(ordinal);
        const std::string member = messageMemberName(i);
        const auto seen = scan.messages.find(ordinal);
        if (seen == scan.messages.end()) {
            // After a stream error the rest was never read: that is the stream's problem.
            if (scan.complete)
                report.problems.push_back({ArchiveProblem::MissingMember, member, "no member for " + msg.fileName});
            continue;
        }
        if (seen->second.size != msg.size)
            report.problems.push_back({ArchiveProblem::SizeMismatch, member,
                                       std::to_string(seen->second.size) + " bytes, manifest says "
                                           + std::to_string(msg.size)});
        else if (seen->second.sha256 != msg.sha256)
            report.problems.push_back({ArchiveProblem::HashMismatch, member, "SHA-256 differs for " + msg.fileName});
        else
            ++report.membersChecked;
    }
    for (const auto &[ordinal, seen] : scan.messages)
        if (!expected.contains(ordinal))
            report.problems.push_back({ArchiveProblem::ExtraMember, messageMemberName(ordinal - 1),
                                       "the manifest lists no message stored here under this member"});
}

Result<Manifest> loadSidecar(const std::filesystem::path &target, const CatalogEntry &entry)
{
    auto text = dovecot::detail::readWholeFile(manifestPath(target, entry.id), ManifestMaxBytes);
    if (!text)
        return std::unexpected(text.error());
    if (Sha256::hex(*text) != entry.manifestSha256)
        return fail(ErrorCode::Corrupted, "manifest file differs from the catalog's checksum");
    return parseManifest(*text);
}

void checkChain(const std::filesystem::path &target, const BackupCatalog &catalog, const ArchiveScan &scan,
                VerifyReport &report)
{
    const Manifest &m = *scan.manifest;
    const std::string self = report.archive.filename().string();
    auto broken = [&](std::string member, std::string detail) {
        report.problems.push_back({ArchiveProblem::ChainBroken, std::move(member), std::move(detail)});
    };
    const CatalogEntry *entry = catalog.find(m.backupId);
    if (entry->manifestSha256 != scan.manifestSha256)
        report.problems.push_back({ArchiveProblem::ManifestCorrupt, std::string(ManifestMemberName),
                                   "manifest differs from the one the catalog recorded"});
    auto chain = catalog.chain(m.backupId);
    if (!chain) {
        broken(self, chain.error().detail);
        return;
    }
    // Every ancestor's archive present and its manifest intact; what each stores, by hash.
    std::map<std::string, std::set<std::pair<std::string, std::uint64_t>>> storedBy;
    std::set<std::string> unreadable; // reported once, not again for each message in it
    for (std::size_t i = 1; i < chain->size(); ++i) {
        const CatalogEntry *a = (*chain)[i];
        struct stat st {};
        if (::stat(archivePath(target, a->id).c_str(), &st) != 0) {
            broken(a->id, "ancestor archive is missing");
            unreadable.insert(a->id);
            continue;
        }
        if (a->verifyState == VerifyState::Corrupt)
            broken(a->id, "ancestor failed its last verify");
        auto manifest = loadSidecar(target, *a);
        if (!manifest) {
            broken(a->id, "ancestor manifest: " + manifest.error().detail);
            unreadable.insert(a->id);
            continue;
        }
        auto &set = storedBy[a->id];
        for (const auto &msg : manifest->messages)
            if (msg.storedIn == a->id)
                set.insert({msg.sha256, msg.size});
    }
    for (const auto &msg : m.messages) {
        if (msg.storedIn == m.backupId || unreadable.contains(msg.storedIn))
            continue;
        const auto it = storedBy.find(msg.storedIn);
        if (it == storedBy.end()) {
            broken(msg.fileName, "refers to " + msg.storedIn + ", not a readable ancestor");
            continue;
        }
        if (!it->second.contains({msg.sha256, msg.size}))
            broken(msg.fileName, msg.storedIn + " does not store this content");
    }
}

} // namespace

Result<VerifyReport> verifyBackup(const std::filesystem::path &archivePath_, const VerifyOptions &options)
{
    const std::filesystem::path target = archivePath_.has_parent_path() ? archivePath_.parent_path() : ".";
    VerifyProgress progress;
    if (struct stat st {}; ::stat(archivePath_.c_str(), &st) == 0 && S_ISREG(st.st_mode))
        progress.bytesTotal = static_cast<std::uint64_t>(st.st_size);
    if (options.progress) {
        // The message total, when the folder's catalog lists this file name; a catalog
        // that cannot be read here is the chain check's business, later.
        const std::string name = archivePath_.filename().string();
        if (name.ends_with(".tar.zst"))
            if (auto catalog = readCatalog(target))
                if (const CatalogEntry *e = catalog->find(name.substr(0, name.size() - 8)))
                    progress.messagesTotal = e->stored;
    }
    ReadHooks hooks;
    hooks.throttle = options.throttle;
    hooks.cancel = options.cancel;
    ScanTick tick;
    if (options.progress)
        tick = [&](std::uint64_t members) {
            progress.messagesDone = members;
            progress.messagesTotal = std::max(progress.messagesTotal, members);
            progress.bytesDone = std::min(hooks.fileBytes.load(std::memory_order_relaxed), progress.bytesTotal);
            options.progress(progress);
            return true;
        };
    auto scan = scanArchive(archivePath_, &hooks, tick);
    if (!scan)
        return std::unexpected(scan.error());
    if (options.cancel && options.cancel->load())
        return fail(ErrorCode::Cancelled, "verify cancelled", archivePath_.string());
    if (options.progress) {
        std::uint64_t stored = 0;
        if (scan->manifest)
            for (const auto &m : scan->manifest->messages)
                stored += m.storedIn == scan->manifest->backupId ? 1 : 0;
        progress.messagesDone = std::max(progress.messagesDone, std::uint64_t(scan->messages.size()));
        progress.messagesTotal = std::max(stored, progress.messagesDone);
        progress.bytesDone = hooks.fileBytes.load();
        progress.bytesTotal = std::max(progress.bytesTotal, progress.bytesDone);
        options.progress(progress);
    }
    VerifyReport report;
    report.archive = archivePath_;
    report.problems = scan->problems;
    report.bytesRead = scan->bytesRead;
    if (scan->head) {
        report.backupId = scan->head->backupId;
        report.account = scan->head->account;
        report.parent = scan->head->parent;
    }
    const bool manifestProblem = std::any_of(report.problems.begin(), report.problems.end(), [](const auto &p) {
        return p.problem == ArchiveProblem::ManifestCorrupt || p.problem == ArchiveProblem::UnsupportedVersion;
    });
    if (!scan->manifest) {
        if (scan->complete && scan->head && !manifestProblem)
            report.problems.push_back({ArchiveProblem::ManifestMissing, std::string(ManifestMemberName),
                                       "the archive ends without a manifest"});
    } else {
        report.messages = scan->manifest->messages.size();
        compareWithManifest(*scan, report);
    }

    if (report.backupId.empty() || archivePath_.filename() != archivePath(target, report.backupId).filename())
        return report; // not a catalogued file name: checked on its own
    auto catalog = readCatalog(target);
    if (!catalog)
        return std::unexpected(catalog.error());
    if (!catalog->find(report.backupId)) {
        if (!report.parent.empty())
            report.problems.push_back({ArchiveProblem::ChainBroken, archivePath_.filename().string(),
                                       "incremental backup not listed in its folder's catalog"});
        return report;
    }
    if (scan->manifest) {
        checkChain(target, *catalog, *scan, report);
        report.chainChecked = true;
    }
    if (!options.record)
        return report;
    const std::int64_t now = options.now ? options.now
                                         : std::chrono::duration_cast<std::chrono::seconds>(
                                               std::chrono::system_clock::now().time_since_epoch())
                                               .count();
    auto recorded = updateCatalog(target, [&](BackupCatalog &c) -> Result<void> {
        if (CatalogEntry *e = c.find(report.backupId)) {
            e->lastVerified = now;
            e->verifyState = report.good() ? VerifyState::Good : VerifyState::Corrupt;
        }
        return ok();
    });
    if (!recorded)
        return std::unexpected(recorded.error());
    report.recorded = true;
    return report;
}

} // namespace mailstore::core::archive
