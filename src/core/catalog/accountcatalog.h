// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AccountCatalog: the in-memory index of every account on a host, so that listing,
// filtering, sorting and paging a host with 100,000 accounts answers in milliseconds.
// Built in parallel; kept fresh by comparing each mailbox's cur/ and new/ mtimes (cheap
// stat()s) and rescanning only the accounts whose mailboxes changed.
//
// Thread contract: build() and refresh() may run on a worker thread; query() and find()
// may run concurrently with them from other threads (a shared mutex guards the data).

#include "../maildir/account.h"
#include "../maildir/maillayout.h"
#include "../result.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <vector>

namespace mailstore::core::catalog {

enum class SortKey { Name, Size, Messages, Unseen, LastDelivery, Mailboxes, Problems };

struct Query {
    std::string filter;        // case-insensitive substring of the account name
    bool problemsOnly = false; // only accounts with findings
    SortKey sort = SortKey::Name;
    bool descending = false;
    std::size_t offset = 0;
    std::size_t limit = 100;
};

struct Page {
    std::size_t total = 0;     // matches before paging
    std::vector<maildir::AccountSummary> accounts;
};

struct Totals {
    std::size_t accounts = 0;
    std::uint64_t messages = 0;
    std::uint64_t bytes = 0;
    std::size_t withProblems = 0;
};

struct BuildStats {
    std::size_t accounts = 0;
    std::size_t rescanned = 0; // accounts scanned again by this call
    double seconds = 0;
};

class AccountCatalog {
public:
    AccountCatalog(std::filesystem::path root, maildir::MailLayout layout);

    // Discovers and scans every account. threads = 0: hardware concurrency.
    Result<BuildStats> build(unsigned threads = 0);

    // Rediscovers accounts, rescans only changed ones. Cheap when nothing changed.
    Result<BuildStats> refresh(unsigned threads = 0);

    // Marks an account as changed, so the next refresh scans it again (after a repair,
    // whose in-place changes folder mtimes may not show).
    void invalidate(const std::string &name);

    Page query(const Query &q) const;
    std::optional<maildir::AccountLocation> find(const std::string &name) const;
    std::size_t size() const;
    Totals totals() const;
    bool ready() const { return m_ready.load(); }
    // Progress of the build or refresh running now: accounts done of accounts found.
    std::size_t progressDone() const { return m_progressDone.load(); }
    std::size_t progressTotal() const { return m_progressTotal.load(); }

    const std::filesystem::path &root() const { return m_root; }
    const maildir::MailLayout &layout() const { return m_layout; }

    // Findings from discovery itself (unreadable domain folders and the like).
    Findings discoveryFindings() const;

private:
    struct Entry {
        maildir::AccountLocation location;
        maildir::AccountSummary summary;
        std::string lowerName;
        std::vector<std::pair<std::filesystem::path, std::int64_t>> stamps; // dir -> mtime ns
    };
    using EntryPtr = std::shared_ptr<const Entry>;
    static EntryPtr scanEntry(const maildir::AccountLocation &loc);
    static bool stampsCurrent(const Entry &e);
    Result<BuildStats> rebuild(bool reuseUnchanged, unsigned threads);

    std::filesystem::path m_root;
    maildir::MailLayout m_layout;
    mutable std::shared_mutex m_mutex;
    // Sorted by name. Shared, immutable entries: a refresh reuses unchanged ones without
    // copying, and readers keep a consistent snapshot while it runs.
    std::vector<EntryPtr> m_entries;
    Findings m_discoveryFindings;
    std::atomic<bool> m_ready{false};
    std::atomic<std::size_t> m_progressDone{0};
    std::atomic<std::size_t> m_progressTotal{0};
};

} // namespace mailstore::core::catalog
