// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounthealth.h"

#include "../dovecot/indexfiles.h"
#include "../fs/pathtext.h"
#include "../parallel.h"
#include "mailboxscan.h"

#include <algorithm>
#include <mutex>

namespace mailstore::core::integrity {

Result<maildir::AccountDetail> scanAccountHealth(const maildir::AccountLocation &account,
                                                 const ScanOptions &options)
{
    maildir::AccountDetail detail;
    detail.location = account;
    detail.summary.name = account.name;
    detail.summary.domain = account.domain;
    auto boxes = maildir::listMailboxes(account.maildir, &detail.findings);
    if (!boxes)
        return std::unexpected(boxes.error());

    // The list index lives at the Maildir root; scanAccountIndex without mailboxes
    // would list them again, so check it here directly.
    for (const auto &[kind, name] : {std::pair{dovecot::IndexFileKind::Index, "dovecot.list.index"},
                                     std::pair{dovecot::IndexFileKind::Log, "dovecot.list.index.log"}}) {
        auto check = dovecot::checkIndexFile(kind, account.maildir / name);
        if (check)
            for (const auto &issue : check->issues)
                detail.findings.push_back(Finding{code::ListIndexDamaged, Severity::Error,
                                                  fs::escapeForDisplay((account.maildir / name).string()),
                                                  issue.detail});
    }

    for (maildir::MailboxInfo &box : *boxes) {
        if (options.cancel && options.cancel->load())
            return fail(ErrorCode::Cancelled, "scan cancelled", account.maildir.string());
        auto files = maildir::listMessageFiles(box, &detail.findings);
        maildir::MailboxStats stats;
        if (files) {
            for (const auto &m : *files) {
                ++stats.messages;
                if (m.inNew || !m.parsed.seen())
                    ++stats.unseen;
                stats.bytes += m.size;
                stats.newestDelivery = std::max(stats.newestDelivery, m.deliveredAt);
            }
            scanMailboxIndexWith(box, *files, options, detail.findings);
        } else {
            detail.findings.push_back(Finding{findingcode::UnreadableFolder, Severity::Error,
                                              fs::escapeForDisplay(box.path.string()), files.error().detail});
        }
        auto &s = detail.summary;
        s.messages += stats.messages;
        s.unseen += stats.unseen;
        s.bytes += stats.bytes;
        s.lastDelivery = std::max(s.lastDelivery, stats.newestDelivery);
        detail.mailboxes.push_back(maildir::MailboxDetail{std::move(box), stats});
    }
    detail.summary.mailboxes = std::uint32_t(detail.mailboxes.size());
    maildir::summarizeFindings(detail.summary, detail.findings);
    return detail;
}

Result<std::vector<AccountHealth>> scanHost(const std::filesystem::path &root, const maildir::MailLayout &layout,
                                            const ScanOptions &options, unsigned threads,
                                            const std::function<void(const HostScanProgress &)> &progress)
{
    auto accounts = layout.discover(root);
    if (!accounts)
        return std::unexpected(accounts.error());
    std::mutex mutex;
    HostScanProgress state;
    state.accountsTotal = accounts->size();
    std::vector<AccountHealth> results;
    parallelFor(accounts->size(), threads, [&](std::size_t i) {
        if (options.cancel && options.cancel->load())
            return;
        const auto &loc = (*accounts)[i];
        auto detail = scanAccountHealth(loc, options);
        Findings findings;
        if (detail)
            findings = std::move(detail->findings);
        else if (detail.error().code != ErrorCode::Cancelled)
            findings.push_back(Finding{findingcode::UnreadableFolder, Severity::Error,
                                       fs::escapeForDisplay(loc.maildir.string()), detail.error().detail});
        const bool problem = std::any_of(findings.begin(), findings.end(), isProblem);
        std::lock_guard lock(mutex);
        ++state.accountsDone;
        state.withProblems += problem ? 1 : 0;
        if (!findings.empty())
            results.push_back(AccountHealth{loc.name, std::move(findings)});
        if (progress)
            progress(state);
    });
    std::sort(results.begin(), results.end(),
              [](const AccountHealth &a, const AccountHealth &b) { return a.account < b.account; });
    if (options.cancel && options.cancel->load())
        return fail(ErrorCode::Cancelled, "scan cancelled after " + std::to_string(state.accountsDone) + " accounts");
    return results;
}

} // namespace mailstore::core::integrity
