// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcatalog.h"

#include "../integrity/accounthealth.h"
#include "../parallel.h"

#include <sys/stat.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace mailstore::core::catalog {

namespace {

std::string toLower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return out;
}

// A folder changed this recently may change again within the file system's timestamp
// granularity without its mtime moving ("racy" stamps); such stamps are not trusted, so
// the account is scanned again on the next refresh.
constexpr std::int64_t RacyWindowNs = 2'000'000'000;
constexpr std::int64_t UntrustedStamp = -2;

std::int64_t nowNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_REALTIME, &ts);
    return std::int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

std::int64_t mtimeNs(const std::filesystem::path &dir)
{
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0)
        return -1;
    return std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

} // namespace

AccountCatalog::AccountCatalog(std::filesystem::path root, maildir::MailLayout layout)
    : m_root(std::move(root))
    , m_layout(std::move(layout))
{
}

AccountCatalog::EntryPtr AccountCatalog::scanEntry(const maildir::AccountLocation &loc)
{
    auto entry = std::make_shared<Entry>();
    Entry &e = *entry;
    e.location = loc;
    e.lowerName = toLower(loc.name);
    // The scan lists the mailboxes; their folders are stamped afterwards from that same
    // list. Any folder that changed after the scan began has an mtime inside the racy
    // window measured from the scan's start, so it is never trusted: a delivery during
    // the scan shows as a change on the next refresh instead of being missed.
    const std::int64_t racyAfter = nowNs() - RacyWindowNs;
    auto detail = integrity::scanAccountHealth(loc);
    auto stamp = [&](std::filesystem::path dir) {
        const std::int64_t m = mtimeNs(dir);
        e.stamps.emplace_back(std::move(dir), m > racyAfter ? UntrustedStamp : m);
    };
    stamp(loc.maildir);
    if (detail) {
        for (const auto &box : detail->mailboxes) {
            if (!box.info.dirName.empty())
                stamp(box.info.path); // a rewritten uidlist shows here (INBOX's is the Maildir's)
            stamp(box.info.path / "cur");
            stamp(box.info.path / "new");
        }
        e.summary = detail->summary;
    } else {
        e.summary.name = loc.name;
        e.summary.domain = loc.domain;
        e.summary.findings = 1; // the account could not be read at all: that is a problem
        e.summary.health = maildir::Health::Error;
    }
    return entry;
}

bool AccountCatalog::stampsCurrent(const Entry &e)
{
    return std::all_of(e.stamps.begin(), e.stamps.end(),
                       [](const auto &s) { return mtimeNs(s.first) == s.second; });
}

Result<BuildStats> AccountCatalog::build(unsigned threads)
{
    return rebuild(false, threads);
}

Result<BuildStats> AccountCatalog::refresh(unsigned threads)
{
    return rebuild(true, threads);
}

Result<BuildStats> AccountCatalog::rebuild(bool reuseUnchanged, unsigned threads)
{
    const auto started = std::chrono::steady_clock::now();
    Findings discoveryFindings;
    auto found = m_layout.discover(m_root, &discoveryFindings);
    if (!found)
        return std::unexpected(found.error());

    // Copy the old entries we may reuse, so readers keep the old catalog meanwhile.
    std::unordered_map<std::string_view, EntryPtr> previous;
    if (reuseUnchanged) {
        std::shared_lock lock(m_mutex);
        previous.reserve(m_entries.size());
        for (const auto &e : m_entries)
            previous.emplace(e->location.name, e);
    }

    const auto &locations = *found;
    m_progressDone = 0;
    m_progressTotal = locations.size();
    std::vector<EntryPtr> entries(locations.size());
    std::atomic<std::size_t> rescanned{0};
    parallelFor(locations.size(), threads, [&](std::size_t i) {
        if (reuseUnchanged) {
            auto it = previous.find(locations[i].name);
            if (it != previous.end() && it->second->location.maildir == locations[i].maildir
                && stampsCurrent(*it->second)) {
                entries[i] = it->second;
                ++m_progressDone;
                return;
            }
        }
        entries[i] = scanEntry(locations[i]);
        ++rescanned;
        ++m_progressDone;
    });
    std::sort(entries.begin(), entries.end(),
              [](const EntryPtr &a, const EntryPtr &b) { return a->location.name < b->location.name; });

    {
        std::unique_lock lock(m_mutex);
        m_entries = std::move(entries);
        m_discoveryFindings = std::move(discoveryFindings);
    }
    m_ready = true;
    BuildStats stats;
    stats.accounts = locations.size();
    stats.rescanned = rescanned.load();
    stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return stats;
}

void AccountCatalog::invalidate(const std::string &name)
{
    std::unique_lock lock(m_mutex);
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), name,
                               [](const EntryPtr &e, const std::string &n) { return e->location.name < n; });
    if (it == m_entries.end() || (*it)->location.name != name)
        return;
    auto copy = std::make_shared<Entry>(**it);
    for (auto &stamp : copy->stamps)
        stamp.second = UntrustedStamp;
    *it = std::move(copy);
}

Page AccountCatalog::query(const Query &q) const
{
    const std::string needle = toLower(q.filter);
    std::shared_lock lock(m_mutex);
    std::vector<const Entry *> hits;
    hits.reserve(needle.empty() && !q.problemsOnly ? m_entries.size() : 256);
    for (const auto &e : m_entries) {
        if (q.problemsOnly && e->summary.findings == 0)
            continue;
        if (!needle.empty() && e->lowerName.find(needle) == std::string::npos)
            continue;
        hits.push_back(e.get());
    }

    Page page;
    page.total = hits.size();
    if (q.offset >= hits.size())
        return page;

    // Entries are kept sorted by name, so a name sort needs no work; other keys sort
    // only as far as the requested page reaches (partial_sort), with the name as a tie
    // breaker so paging is stable.
    auto key = [&](const Entry *e) -> std::uint64_t {
        switch (q.sort) {
        case SortKey::Size: return e->summary.bytes;
        case SortKey::Messages: return e->summary.messages;
        case SortKey::Unseen: return e->summary.unseen;
        case SortKey::LastDelivery: return std::uint64_t(std::max<std::int64_t>(0, e->summary.lastDelivery));
        case SortKey::Mailboxes: return e->summary.mailboxes;
        case SortKey::Problems: return e->summary.findings;
        case SortKey::Name: break;
        }
        return 0;
    };
    auto less = [&](const Entry *a, const Entry *b) {
        if (q.sort != SortKey::Name) {
            const auto ka = key(a), kb = key(b);
            if (ka != kb)
                return q.descending ? ka > kb : ka < kb;
            return a->location.name < b->location.name;
        }
        return q.descending ? a->location.name > b->location.name
                            : a->location.name < b->location.name;
    };
    const std::size_t end = std::min(hits.size(), q.offset + q.limit);
    if (q.sort == SortKey::Name) {
        if (q.descending)
            std::reverse(hits.begin(), hits.end());
    } else {
        std::partial_sort(hits.begin(), hits.begin() + std::ptrdiff_t(end), hits.end(), less);
    }
    page.accounts.reserve(end - q.offset);
    for (std::size_t i = q.offset; i < end; ++i)
        page.accounts.push_back(hits[i]->summary);
    return page;
}

std::optional<maildir::AccountLocation> AccountCatalog::find(const std::string &name) const
{
    std::shared_lock lock(m_mutex);
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), name,
                               [](const EntryPtr &e, const std::string &n) { return e->location.name < n; });
    if (it == m_entries.end() || (*it)->location.name != name)
        return std::nullopt;
    return (*it)->location;
}

std::size_t AccountCatalog::size() const
{
    std::shared_lock lock(m_mutex);
    return m_entries.size();
}

Totals AccountCatalog::totals() const
{
    std::shared_lock lock(m_mutex);
    Totals t;
    t.accounts = m_entries.size();
    for (const auto &e : m_entries) {
        t.messages += e->summary.messages;
        t.bytes += e->summary.bytes;
        t.withProblems += e->summary.findings > 0 ? 1 : 0;
    }
    return t;
}

Findings AccountCatalog::discoveryFindings() const
{
    std::shared_lock lock(m_mutex);
    return m_discoveryFindings;
}

} // namespace mailstore::core::catalog
