// SPDX-License-Identifier: GPL-3.0-or-later
#include "demostore.h"

#include "demoaccount.h"
#include "demofs.h"
#include "demoplan.h"
#include "demotext.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace mailstore::core::demo {

namespace {

// Refuses anything but an empty or absent folder: a demo must never mix into a
// real store.
Result<void> prepareRoot(const std::filesystem::path &root)
{
    std::error_code ec;
    const auto st = std::filesystem::status(root, ec);
    if (ec && ec != std::errc::no_such_file_or_directory)
        return failErrno(ec.value(), "stat", root.string());
    if (std::filesystem::exists(st)) {
        if (!std::filesystem::is_directory(st))
            return fail(ErrorCode::Conflict, "demo root exists and is not a folder", root.string());
        std::filesystem::directory_iterator it(root, ec);
        if (ec)
            return failErrno(ec.value(), "list", root.string());
        if (it != std::filesystem::directory_iterator())
            return fail(ErrorCode::Conflict, "demo root is not empty", root.string());
        return ok();
    }
    std::filesystem::create_directories(root, ec);
    if (ec)
        return failErrno(ec.value(), "mkdir", root.string());
    return ok();
}

} // namespace

Result<DemoSummary> writeDemoStore(const std::filesystem::path &root, const DemoOptions &options,
                                   const std::function<void(std::uint32_t)> &progress)
{
    if (!std::isfinite(options.messageScale) || options.messageScale < 0.0 || options.messageScale > 100.0)
        return fail(ErrorCode::InvalidArgument, "messageScale must be within 0..100");
    if (root.empty())
        return fail(ErrorCode::InvalidArgument, "empty demo root");
    if (auto r = prepareRoot(root); !r)
        return std::unexpected(r.error());
    auto rootDir = DemoDir::open(root.string());
    if (!rootDir)
        return std::unexpected(rootDir.error());

    const StorePlan plan = planStore(options);
    DemoSummary summary;
    std::vector<DemoDir> domainDirs(plan.byDomain.size());
    for (std::size_t d = 0; d < plan.byDomain.size(); ++d) {
        if (plan.byDomain[d].empty())
            continue;
        auto dir = rootDir->create(storeDomains()[d].name, 0755);
        if (!dir)
            return std::unexpected(dir.error());
        domainDirs[d] = std::move(*dir);
        ++summary.domains;
    }

    // Accounts are independent (own PRNG stream, own folder), so any thread may write
    // any of them and the tree is the same.
    std::vector<AccountTotals> totals(plan.accounts.size());
    std::atomic<std::uint32_t> next{0};
    std::atomic<std::uint32_t> done{0};
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    std::optional<Error> firstError;
    auto work = [&](bool reportProgress) {
        for (;;) {
            const std::uint32_t i = next.fetch_add(1);
            if (i >= plan.accounts.size() || failed.load())
                return;
            const AccountPlan &account = plan.accounts[i];
            auto r = writeAccount(domainDirs[account.domain], plan, account, options);
            if (!r) {
                const std::lock_guard lock(errorMutex);
                if (!firstError)
                    firstError = r.error();
                failed.store(true);
                return;
            }
            totals[i] = *r;
            const std::uint32_t written = done.fetch_add(1) + 1;
            if (reportProgress && progress)
                progress(written);
        }
    };

    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
    const auto threadCount = std::min<std::size_t>({hw, 8, std::max<std::size_t>(plan.accounts.size(), 1)});
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < threadCount; ++t) {
        try {
            helpers.emplace_back(work, false);
        } catch (const std::system_error &) {
            break; // fewer threads only make it slower
        }
    }
    // The calling thread works too and is the only one that reports progress, so
    // callers never see their callback run on a foreign thread.
    work(true);
    for (auto &t : helpers)
        t.join();
    if (firstError)
        return std::unexpected(*firstError);

    for (const auto &t : totals) {
        summary.mailboxes += t.mailboxes;
        summary.messages += t.messages;
        summary.bytes += t.bytes;
    }
    summary.accounts = static_cast<std::uint32_t>(plan.accounts.size());
    if (progress)
        progress(summary.accounts);
    return summary;
}

} // namespace mailstore::core::demo
