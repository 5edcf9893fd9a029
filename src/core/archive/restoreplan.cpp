// SPDX-License-Identifier: GPL-3.0-or-later
// Planning a restore: which messages of the backup are selected, where they land, which
// are already there (same size and SHA-256, counted as a multiset), and which member of
// which archive of the chain holds the bytes of each. Reads; never writes.
#include "../dovecot/filebytes.h"
#include "../fs/pathtext.h"
#include "../maildir/mailboxname.h"
#include "backupcatalog.h"
#include "restoretarget.h"
#include "restoreuids.h"
#include "sha256.h"

#include <algorithm>
#include <ctime>
#include <map>

namespace mailstore::core::archive {

namespace detail {

namespace {

bool isInboxName(std::string_view s)
{
    if (s.size() != 5)
        return false;
    for (std::size_t i = 0; i < 5; ++i)
        if ((s[i] & ~0x20) != "INBOX"[i])
            return false;
    return true;
}

// A new folder name people typed: levels separated by '/', none empty, no '.' (the
// Maildir++ separator on disk), no control bytes, not INBOX.
bool validFolderName(std::string_view name)
{
    if (name.empty() || name.size() > 200 || !fs::isValidUtf8(name) || isInboxName(name) || name.front() == '/'
        || name.back() == '/' || name.find("//") != std::string_view::npos || name.find('.') != std::string_view::npos)
        return false;
    return std::none_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

using ContentKey = std::pair<std::uint64_t, std::string>; // size, sha256

// How many files of each content the mailbox holds, hashing only files whose size one of
// the wanted messages has.
Result<std::map<ContentKey, std::uint64_t>> liveContent(const std::filesystem::path &dir,
                                                        const std::vector<LiveFile> &files,
                                                        const std::set<std::uint64_t> &sizes)
{
    std::map<ContentKey, std::uint64_t> out;
    for (const auto &f : files) {
        if (!sizes.contains(f.size))
            continue;
        auto sha = hashFile(dir / (f.inNew ? "new" : "cur") / f.name);
        if (!sha) {
            if (sha.error().code == ErrorCode::NotFound)
                continue; // Dovecot moved it between listing and reading; found under its new name
            return std::unexpected(sha.error());
        }
        ++out[{f.size, *sha}];
    }
    return out;
}

// Plans one target mailbox: what is there, what to write, under which names and UIDs.
Result<void> planMailbox(WorkPlan &w, std::uint32_t source, const std::string &target, const RestoreRequest &req,
                         const std::set<std::string> &createdByUs)
{
    const ManifestMailbox &src = w.manifest.mailboxes[source];
    WorkMailbox box;
    box.planIndex = w.plan.mailboxes.size();
    box.source = source;
    box.target = target;
    const std::string folder = maildir::maildirFolderFromDisplayName(target);
    box.dir = folder.empty() ? req.into.maildir : req.into.maildir / folder;
    box.exists = std::filesystem::is_directory(box.dir / "cur");
    std::vector<LiveFile> files;
    std::optional<dovecot::Uidlist> uidlist;
    if (box.exists) {
        auto listed = listLiveFiles(box.dir);
        if (!listed)
            return std::unexpected(listed.error());
        files = std::move(*listed);
        auto list = dovecot::readUidlist(box.dir);
        if (list)
            uidlist = std::move(*list);
        else if (list.error().code != ErrorCode::NotFound)
            return fail(ErrorCode::Corrupted, "the uidlist of " + target + " is damaged; run index rebuild first",
                        (box.dir / "dovecot-uidlist").string());
    }
    box.reserved = !box.exists || (files.empty() && !uidlist) || createdByUs.contains(target);
    box.freshFolder = !req.toFolder.empty();

    std::vector<std::size_t> selected;
    std::set<std::uint64_t> sizes;
    for (std::size_t i = 0; i < w.manifest.messages.size(); ++i) {
        const auto &m = w.manifest.messages[i];
        if (m.mailbox != source || (req.select.since && m.mtime < req.select.since)
            || (req.select.until && m.mtime >= req.select.until))
            continue;
        selected.push_back(i);
        sizes.insert(m.size);
    }
    auto present = liveContent(box.dir, files, sizes);
    if (!present)
        return std::unexpected(present.error());
    for (const auto &f : files)
        box.takenBases.insert(f.name.substr(0, f.name.find(':')));
    if (uidlist)
        for (const auto &r : uidlist->records)
            box.takenBases.insert(r.baseName.substr(0, r.baseName.find(':')));

    const std::size_t boxIndex = w.mailboxes.size();
    const auto planned = box.reserved ? planReservedUids(box, src, selected, w.manifest, uidlist)
                                      : std::vector<std::uint32_t>{};
    if (!box.reserved)
        planKeywordLetters(box, src, box.exists ? box.dir : std::filesystem::path());
    RestoreMailboxPlan mp{src.name, target, box.exists, 0, 0, 0};
    for (std::size_t k = 0; k < selected.size(); ++k) {
        const auto &m = w.manifest.messages[selected[k]];
        if (auto it = present->find({m.size, m.sha256}); it != present->end() && it->second > 0) {
            --it->second;
            ++mp.alreadyPresent;
            continue;
        }
        WorkMessage out{selected[k], boxIndex, m.inNew, {}, m.size, m.sha256, m.mtime, 0};
        out.uid = box.reserved ? planned[k]
                  : (uidlist && src.uidValidity != 0 && uidlist->uidValidity == src.uidValidity) ? m.uid
                                                                                                 : 0;
        out.fileName = targetFileName(box, m.fileName);
        w.messages.push_back(std::move(out));
        ++mp.messages;
        mp.bytes += m.size;
    }
    w.plan.messages += mp.messages;
    w.plan.bytes += mp.bytes;
    w.plan.alreadyPresent += mp.alreadyPresent;
    w.plan.live = w.plan.live || (box.exists && !box.reserved && mp.messages > 0);
    w.plan.mailboxes.push_back(std::move(mp));
    w.mailboxes.push_back(std::move(box));
    return ok();
}

// Which member of which archive holds each message to write.
Result<void> planArchives(WorkPlan &w, const std::filesystem::path &target, const BackupCatalog &catalog)
{
    auto chain = catalog.chain(w.plan.backupId);
    if (!chain)
        return std::unexpected(chain.error());
    std::map<std::string, std::map<ContentKey, std::uint64_t>> ordinals; // id -> content -> member
    for (const CatalogEntry *e : *chain) {
        const Manifest *m = &w.manifest;
        Manifest ancestor;
        if (e->id != w.plan.backupId) {
            if (std::none_of(w.messages.begin(), w.messages.end(), [&](const WorkMessage &x) {
                    return w.manifest.messages[x.manifestIndex].storedIn == e->id;
                }))
                continue;
            auto read = readBackupManifest(target, e->id);
            if (!read)
                return std::unexpected(read.error());
            ancestor = std::move(*read);
            m = &ancestor;
        }
        auto &map = ordinals[e->id];
        for (std::size_t i = 0; i < m->messages.size(); ++i)
            if (m->messages[i].storedIn == e->id)
                map.emplace(ContentKey{m->messages[i].size, m->messages[i].sha256}, i + 1);
    }
    std::map<std::string, WorkArchive> byId;
    for (std::size_t i = 0; i < w.messages.size(); ++i) {
        const auto &msg = w.manifest.messages[w.messages[i].manifestIndex];
        const auto it = ordinals.find(msg.storedIn);
        if (it == ordinals.end())
            return fail(ErrorCode::Corrupted, msg.fileName + " is stored in " + msg.storedIn
                                                  + ", which is not in the chain of " + w.plan.backupId);
        const auto ord = it->second.find({msg.size, msg.sha256});
        if (ord == it->second.end())
            return fail(ErrorCode::Corrupted, msg.storedIn + " does not store the content of " + msg.fileName);
        byId[msg.storedIn].id = msg.storedIn;
        byId[msg.storedIn].members[ord->second].push_back(i);
    }
    for (auto it = chain->rbegin(); it != chain->rend(); ++it)
        if (auto found = byId.find((*it)->id); found != byId.end()) {
            w.plan.archives.push_back(found->first);
            found->second.manifestSha256 = (*it)->manifestSha256;
            found->second.archiveBytes = (*it)->archiveBytes;
            found->second.lastVerified = (*it)->verifyState == VerifyState::Good ? (*it)->lastVerified : 0;
            w.archives.push_back(std::move(found->second));
        }
    return ok();
}

} // namespace

std::string journalKeyFor(const RestoreRequest &r)
{
    const std::string all = r.backupId + '\n' + r.into.maildir.string() + '\n' + r.select.mailbox + '\n'
        + std::to_string(r.select.since) + '\n' + std::to_string(r.select.until) + '\n' + r.toFolder;
    return r.backupId + "-" + Sha256::hex(all).substr(0, 16);
}

Result<WorkPlan> buildWorkPlan(const RestoreRequest &req, const std::set<std::string> &createdByUs)
{
    if (!isValidBackupId(req.backupId))
        return fail(ErrorCode::InvalidArgument, "not a backup id: " + fs::escapeForDisplay(req.backupId));
    if (req.select.since < 0 || req.select.until < 0 || (req.select.until && req.select.since >= req.select.until))
        return fail(ErrorCode::InvalidArgument, "the date range is empty (since must be before until)");
    if (!req.toFolder.empty() && !validFolderName(req.toFolder))
        return fail(ErrorCode::InvalidArgument, "not a usable new folder name: " + fs::escapeForDisplay(req.toFolder));
    if (req.into.maildir.empty() || !req.into.maildir.is_absolute())
        return fail(ErrorCode::InvalidArgument, "the account to restore into has no absolute Maildir path");
    auto catalog = readCatalog(req.target);
    if (!catalog)
        return std::unexpected(catalog.error());
    if (!catalog->find(req.backupId))
        return fail(ErrorCode::NotFound, "backup " + req.backupId + " is not in the catalog of " + req.target.string(),
                    req.target.string());
    auto manifest = readBackupManifest(req.target, req.backupId);
    if (!manifest)
        return std::unexpected(manifest.error());
    WorkPlan w;
    w.manifest = std::move(*manifest);
    w.plan.backupId = w.manifest.backupId;
    w.plan.account = w.manifest.account;
    w.journalKey = journalKeyFor(req);
    w.wholeAccount = req.select.mailbox.empty() && !req.select.since && !req.select.until && req.toFolder.empty();
    std::vector<std::uint32_t> sources;
    for (std::uint32_t i = 0; i < w.manifest.mailboxes.size(); ++i) {
        const auto &name = w.manifest.mailboxes[i].name;
        if (req.select.mailbox.empty() || name == req.select.mailbox
            || (isInboxName(name) && isInboxName(req.select.mailbox)))
            sources.push_back(i);
    }
    if (sources.empty())
        return fail(ErrorCode::InvalidArgument, "mailbox " + fs::escapeForDisplay(req.select.mailbox)
                                                    + " is not in backup " + req.backupId);
    for (const std::uint32_t s : sources) {
        const std::string &name = w.manifest.mailboxes[s].name;
        const std::string target = req.toFolder.empty() ? name
                                   : sources.size() == 1 ? req.toFolder
                                                         : req.toFolder + "/" + name;
        if (auto r = planMailbox(w, s, target, req, createdByUs); !r)
            return std::unexpected(r.error());
    }
    if (auto r = planArchives(w, req.target, *catalog); !r)
        return std::unexpected(r.error());
    return w;
}

} // namespace detail

Result<Manifest> readBackupManifest(const std::filesystem::path &target, std::string_view backupId)
{
    if (!isValidBackupId(backupId))
        return fail(ErrorCode::InvalidArgument, "not a backup id: " + fs::escapeForDisplay(backupId));
    const auto path = manifestPath(target, backupId);
    auto text = dovecot::detail::readWholeFile(path, ManifestMaxBytes);
    if (!text)
        return std::unexpected(text.error());
    auto catalog = readCatalog(target);
    if (!catalog)
        return std::unexpected(catalog.error());
    if (const CatalogEntry *e = catalog->find(backupId); e && Sha256::hex(*text) != e->manifestSha256)
        return fail(ErrorCode::Corrupted, "manifest of " + std::string(backupId) + " differs from the catalog",
                    path.string());
    auto manifest = parseManifest(*text);
    if (!manifest) {
        manifest.error().path = path.string();
        return manifest;
    }
    if (manifest->backupId != backupId)
        return fail(ErrorCode::Corrupted, "manifest names backup " + manifest->backupId, path.string());
    return manifest;
}

} // namespace mailstore::core::archive
