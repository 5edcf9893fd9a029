// SPDX-License-Identifier: GPL-3.0-or-later
#include "uidplan.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace mailstore::core::integrity {

namespace {

// Microseconds from a Dovecot base name "<secs>.M<usecs>P<pid>.<host>", 0 when absent.
std::uint64_t microseconds(std::string_view base)
{
    const auto dot = base.find('.');
    if (dot == std::string_view::npos || dot + 1 >= base.size() || base[dot + 1] != 'M')
        return 0;
    std::uint64_t v = 0;
    const char *begin = base.data() + dot + 2;
    std::from_chars(begin, base.data() + base.size(), v);
    return v;
}

// Dovecot's order for handing out new UIDs (maildir_filename_sort_cmp).
bool dovecotOrder(const maildir::MessageFile *a, const maildir::MessageFile *b)
{
    if (a->deliveredAt != b->deliveredAt)
        return a->deliveredAt < b->deliveredAt;
    const auto ua = microseconds(a->parsed.base), ub = microseconds(b->parsed.base);
    if (ua != ub)
        return ua < ub;
    return a->parsed.base < b->parsed.base;
}

// Parses what is left of a uidlist. A broken header still leaves its record lines
// worth keeping: parse them under a stand-in header and report V/N as unknown.
dovecot::Uidlist parseTolerantly(std::string_view content, bool &headerBroken)
{
    headerBroken = false;
    if (auto list = dovecot::parseUidlist(content))
        return *list;
    headerBroken = true;
    const auto nl = content.find('\n');
    if (nl == std::string_view::npos)
        return {};
    std::string patched = "3 V1 N1\n";
    patched.append(content.substr(nl + 1));
    auto list = dovecot::parseUidlist(patched);
    if (!list)
        return {};
    list->uidValidity = 0;
    list->nextUid = 0;
    for (auto &r : list->records)
        ++r.lineNumber; // the stand-in header replaced one line with one line: numbers agree
    return *list;
}

} // namespace

UidPlan planUids(std::optional<std::string_view> uidlistContent, const std::vector<maildir::MessageFile> &files,
                 std::optional<std::uint32_t> indexUidValidity, std::optional<std::uint32_t> indexNextUid,
                 std::int64_t now)
{
    UidPlan plan;
    bool headerBroken = false;
    dovecot::Uidlist old;
    if (uidlistContent)
        old = parseTolerantly(*uidlistContent, headerBroken);

    std::unordered_map<std::string_view, const maildir::MessageFile *> byName;
    byName.reserve(files.size());
    for (const auto &f : files)
        byName.emplace(f.parsed.base, &f);

    // Keep surviving lines: first line wins for a name, first live line wins for a UID.
    std::unordered_set<std::string_view> named;
    std::unordered_set<std::uint32_t> usedUids;
    std::uint32_t highestEver = 0;
    bool resolvedConflicts = false;
    for (const auto &r : old.records) {
        highestEver = std::max(highestEver, r.uid);
        const auto file = byName.find(r.baseName);
        if (file == byName.end()) {
            ++plan.entriesDropped;
            continue;
        }
        if (named.contains(r.baseName) || usedUids.contains(r.uid)) {
            resolvedConflicts = true;
            continue;
        }
        named.insert(r.baseName);
        usedUids.insert(r.uid);
        plan.list.records.push_back(dovecot::UidlistRecord{r.uid, r.baseName, r.extensions, 0});
    }
    plan.uidsKept = plan.list.records.size();

    // UIDVALIDITY, as documented in the header.
    if (old.uidValidity && indexUidValidity && old.uidValidity != *indexUidValidity)
        plan.list.uidValidity = *indexUidValidity;
    else if (old.uidValidity)
        plan.list.uidValidity = old.uidValidity;
    else if (indexUidValidity)
        plan.list.uidValidity = *indexUidValidity;
    else {
        plan.list.uidValidity = std::uint32_t(std::max<std::int64_t>(now, 1));
        plan.uidValidityKept = false;
    }

    std::vector<const maildir::MessageFile *> unnamedCur, unnamedNew;
    for (const auto &f : files)
        if (!named.contains(f.parsed.base))
            (f.inNew ? unnamedNew : unnamedCur).push_back(&f);

    plan.needsRewrite = !uidlistContent ? !files.empty()
                                        : headerBroken || !old.issues.empty() || plan.entriesDropped > 0
                                              || resolvedConflicts || !unnamedCur.empty()
                                              || plan.list.uidValidity != old.uidValidity
                                              || (indexNextUid && old.effectiveNextUid() < *indexNextUid);
    // Mail in new/ that Dovecot has not seen yet gets its UID from Dovecot as usual,
    // unless we rewrite anyway: then we hand them out too, in the same order it would.
    std::vector<const maildir::MessageFile *> unnamed = unnamedCur;
    if (plan.needsRewrite)
        unnamed.insert(unnamed.end(), unnamedNew.begin(), unnamedNew.end());
    std::sort(unnamed.begin(), unnamed.end(), dovecotOrder);

    std::uint64_t next = std::max<std::uint64_t>({std::uint64_t(old.nextUid), std::uint64_t(highestEver) + 1,
                                                  indexNextUid.value_or(1), 1});
    for (const auto *f : unnamed) {
        plan.list.records.push_back(dovecot::UidlistRecord{std::uint32_t(next++), f->parsed.base, {}, 0});
        ++plan.uidsNew;
    }
    std::sort(plan.list.records.begin(), plan.list.records.end(),
              [](const auto &a, const auto &b) { return a.uid < b.uid; });
    plan.list.version = 3;
    plan.list.nextUid = std::uint32_t(next);
    plan.list.guid = old.guid;
    plan.list.otherHeader = old.otherHeader;
    return plan;
}

} // namespace mailstore::core::integrity
