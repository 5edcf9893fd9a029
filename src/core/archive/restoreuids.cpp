// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoreuids.h"

#include "../dovecot/keywords.h"
#include "../fs/atomicfile.h"

#include <algorithm>
#include <ctime>
#include <random>
#include <set>

namespace mailstore::core::archive::detail {

std::uint32_t freshUidValidity() { return static_cast<std::uint32_t>(std::max<std::time_t>(std::time(nullptr), 1)); }

std::vector<std::uint32_t> planReservedUids(WorkMailbox &box, const ManifestMailbox &source,
                                            const std::vector<std::size_t> &selected, const Manifest &manifest,
                                            const std::optional<dovecot::Uidlist> &live)
{
    std::vector<std::uint32_t> uids(selected.size(), 0);
    box.keywords = source.keywords;
    if (box.freshFolder || source.uidValidity == 0) {
        // A new folder is a new mailbox to clients: fresh UIDVALIDITY, UIDs from 1.
        box.uidValidity = live ? live->uidValidity : freshUidValidity();
        for (std::size_t k = 0; k < uids.size(); ++k)
            uids[k] = static_cast<std::uint32_t>(k + 1);
        box.nextUid = static_cast<std::uint32_t>(uids.size() + 1);
        return uids;
    }
    // The round trip: the mailbox comes back as clients knew it.
    box.uidValidity = live ? live->uidValidity : source.uidValidity;
    box.uidlistHeader = source.uidlistHeader;
    std::set<std::uint32_t> used;
    std::uint32_t next = std::max<std::uint32_t>(source.nextUid, 1);
    for (std::size_t k = 0; k < uids.size(); ++k) {
        const std::uint32_t uid = manifest.messages[selected[k]].uid;
        if (uid != 0 && used.insert(uid).second) {
            uids[k] = uid;
            next = std::max(next, uid + 1);
        }
    }
    for (auto &uid : uids)
        if (uid == 0)
            uid = next++;
    box.nextUid = next;
    return uids;
}

void planKeywordLetters(WorkMailbox &box, const ManifestMailbox &source, const std::filesystem::path &dir)
{
    std::array<std::string, 26> names{};
    if (!dir.empty())
        if (auto live = dovecot::readKeywords(dir))
            names = live->names;
    for (std::size_t i = 0; i < 26; ++i) {
        const std::string &name = source.keywords[i];
        if (name.empty())
            continue; // a letter without a name means nothing; it is dropped
        const char from = static_cast<char>('a' + i);
        if (auto it = std::find(names.begin(), names.end(), name); it != names.end()) {
            box.keywordLetters[from] = static_cast<char>('a' + (it - names.begin()));
            continue;
        }
        auto freeSlot = std::find(names.begin(), names.end(), std::string());
        if (freeSlot == names.end())
            continue;
        *freeSlot = name;
        const char to = static_cast<char>('a' + (freeSlot - names.begin()));
        box.keywordLetters[from] = to;
        box.keywordsToAdd.emplace_back(to, name);
    }
}

std::string targetFileName(WorkMailbox &box, const std::string &original)
{
    const auto colon = original.find(':');
    std::string base = original.substr(0, colon);
    std::string info = colon == std::string::npos ? std::string() : original.substr(colon);
    if (!box.reserved && info.starts_with(":2,")) {
        const auto end = info.find(',', 3);
        const std::string letters = info.substr(3, end == std::string::npos ? std::string::npos : end - 3);
        std::string mapped;
        for (const char c : letters) {
            if (c >= 'a' && c <= 'z') {
                if (auto it = box.keywordLetters.find(c); it != box.keywordLetters.end())
                    mapped += it->second;
            } else {
                mapped += c;
            }
        }
        std::sort(mapped.begin(), mapped.end()); // Dovecot keeps the letters in ASCII order
        info = ":2," + mapped + (end == std::string::npos ? std::string() : info.substr(end));
    }
    if (box.takenBases.contains(base)) {
        // Another message has this name here: a new one, with the ,S= part kept at the end.
        static std::mt19937 random{std::random_device{}()};
        const auto comma = base.find(',');
        const std::string head = base.substr(0, comma), tail = comma == std::string::npos ? "" : base.substr(comma);
        std::string candidate;
        do {
            char suffix[16];
            std::snprintf(suffix, sizeof suffix, ".R%08x", static_cast<unsigned>(random()));
            candidate = head + suffix + tail;
        } while (box.takenBases.contains(candidate));
        base = candidate;
    }
    box.takenBases.insert(base);
    return base + info;
}

void assignUids(const dovecot::Uidlist &list, bool reserved, std::vector<UidEntry> &entries, UidCounts &counts)
{
    std::set<std::uint32_t> used;
    for (const auto &r : list.records)
        used.insert(r.uid);
    std::uint32_t next = std::max<std::uint32_t>(list.effectiveNextUid(), 1);
    std::vector<UidEntry *> order;
    for (auto &e : entries)
        order.push_back(&e);
    std::stable_sort(order.begin(), order.end(), [](const UidEntry *a, const UidEntry *b) {
        return (a->wished ? a->wished : UINT32_MAX) < (b->wished ? b->wished : UINT32_MAX);
    });
    std::vector<UidEntry *> later;
    for (UidEntry *e : order) {
        // Reserved: every UID of the selection is ours, below N too. Live: only UIDs at or
        // above the next UID are free (one below may have been seen and expunged).
        const bool free = e->wished != 0 && !used.contains(e->wished) && (reserved || e->wished >= next);
        if (!free) {
            later.push_back(e);
            continue;
        }
        e->uid = e->wished;
        used.insert(e->uid);
        next = std::max(next, e->uid + 1);
        ++counts.kept;
    }
    for (UidEntry *e : later) {
        while (used.contains(next))
            ++next;
        e->uid = next++;
        used.insert(e->uid);
        ++counts.fresh;
    }
}

Result<dovecot::Uidlist> currentUidlist(const std::filesystem::path &dir, std::uint32_t uidValidityIfNone)
{
    auto list = dovecot::readUidlist(dir);
    if (list || list.error().code != ErrorCode::NotFound)
        return list;
    dovecot::Uidlist fresh;
    fresh.uidValidity = uidValidityIfNone ? uidValidityIfNone : freshUidValidity();
    fresh.nextUid = 1;
    return fresh;
}

Result<void> addUidRecords(const std::filesystem::path &dir, dovecot::Uidlist list,
                           const std::vector<UidEntry> &entries, const Owner &owner)
{
    std::set<std::string> bases;
    for (const auto &r : list.records)
        bases.insert(r.baseName.substr(0, r.baseName.find(':')));
    bool added = false;
    for (const auto &e : entries) {
        if (!bases.insert(e.base).second)
            continue; // Dovecot (or an earlier run) already gave it a UID: that one stays
        dovecot::UidlistRecord r;
        r.uid = e.uid;
        r.baseName = e.base;
        list.records.push_back(std::move(r));
        added = true;
    }
    if (!added && std::filesystem::exists(dir / "dovecot-uidlist"))
        return ok();
    std::stable_sort(list.records.begin(), list.records.end(),
                     [](const auto &a, const auto &b) { return a.uid < b.uid; });
    list.nextUid = list.effectiveNextUid();
    auto text = dovecot::serializeUidlist(list);
    if (!text)
        return std::unexpected(text.error());
    return fs::writeFileAtomic(dir / "dovecot-uidlist", *text, fs::FileOwnership{0600, owner});
}

} // namespace mailstore::core::archive::detail
