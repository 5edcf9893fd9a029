// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsnapshot.h"

#include "../dovecot/filebytes.h"
#include "../dovecot/keywords.h"
#include "../dovecot/uidlist.h"
#include "../maildir/mailbox.h"

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unordered_map>

namespace mailstore::core::archive {

namespace {

constexpr std::uint64_t MetadataCap = 64ull * 1024 * 1024;

std::string firstLine(const std::string &text) { return text.substr(0, text.find('\n')); }

} // namespace

Result<AccountSnapshot> snapshotAccount(const maildir::AccountLocation &account)
{
    AccountSnapshot snap;
    snap.skeleton.account = account.name;
    auto subscriptions = dovecot::detail::readWholeFile(account.maildir / "subscriptions", MetadataCap);
    if (subscriptions) {
        snap.skeleton.subscriptions = std::move(*subscriptions);
        snap.skeleton.hasSubscriptions = true;
    } else if (subscriptions.error().code != ErrorCode::NotFound) {
        return std::unexpected(subscriptions.error());
    }
    auto boxes = maildir::listMailboxes(account.maildir);
    if (!boxes)
        return std::unexpected(boxes.error());
    for (const auto &box : *boxes) {
        ManifestMailbox mb;
        mb.name = box.name;
        mb.dirName = box.dirName;
        std::unordered_map<std::string, std::uint32_t> uids;
        auto raw = dovecot::detail::readWholeFile(box.path / "dovecot-uidlist", MetadataCap);
        if (raw) {
            mb.uidlistHeader = firstLine(*raw);
            // A uidlist whose header does not parse keeps its raw header only: the restore
            // then assigns new UIDs, as Dovecot itself would.
            if (auto list = dovecot::parseUidlist(*raw)) {
                mb.uidValidity = list->uidValidity;
                mb.nextUid = list->effectiveNextUid();
                for (const auto &r : list->records)
                    uids[r.baseName] = r.uid;
            }
        } else if (raw.error().code != ErrorCode::NotFound) {
            return std::unexpected(raw.error());
        }
        auto keywords = dovecot::readKeywords(box.path);
        if (keywords)
            mb.keywords = keywords->names;
        else if (keywords.error().code != ErrorCode::NotFound)
            return std::unexpected(keywords.error());

        auto files = maildir::listMessageFiles(box);
        if (!files)
            return std::unexpected(files.error());
        const auto boxIndex = static_cast<std::uint32_t>(snap.skeleton.mailboxes.size());
        for (const auto &f : *files) {
            struct stat st {};
            const auto path = box.path / (f.inNew ? "new" : "cur") / f.fileName;
            if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
                continue; // vanished (or renamed) since the listing; found again by name later
            SnapshotMessage m;
            m.mailbox = boxIndex;
            m.inNew = f.inNew;
            m.fileName = f.fileName;
            m.baseName = f.parsed.base;
            m.size = static_cast<std::uint64_t>(st.st_size);
            m.mtime = st.st_mtime;
            if (auto it = uids.find(m.baseName); it != uids.end())
                m.uid = it->second;
            snap.messages.push_back(std::move(m));
        }
        snap.skeleton.mailboxes.push_back(std::move(mb));
        snap.mailboxDirs.push_back(box.path);
    }
    std::sort(snap.messages.begin(), snap.messages.end(), [](const auto &a, const auto &b) {
        return std::tie(a.mailbox, a.inNew, a.fileName) < std::tie(b.mailbox, b.inNew, b.fileName);
    });
    return snap;
}

} // namespace mailstore::core::archive
