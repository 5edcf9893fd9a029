// SPDX-License-Identifier: GPL-3.0-or-later
#include "account.h"

#include "../fs/pathtext.h"

#include <algorithm>

namespace mailstore::core::maildir {

Result<AccountDetail> scanAccount(const AccountLocation &location)
{
    AccountDetail detail;
    detail.location = location;
    detail.summary.name = location.name;
    detail.summary.domain = location.domain;

    auto mailboxes = listMailboxes(location.maildir, &detail.findings);
    if (!mailboxes)
        return std::unexpected(mailboxes.error());

    for (MailboxInfo &info : *mailboxes) {
        auto stats = scanMailbox(info, &detail.findings);
        if (!stats) {
            // A folder that vanished or broke between listing and scanning is one finding,
            // not a failed account.
            detail.findings.push_back(Finding{findingcode::UnreadableFolder, Severity::Error,
                                              fs::escapeForDisplay(info.path.string()),
                                              stats.error().detail});
            stats = MailboxStats{};
        }
        AccountSummary &s = detail.summary;
        s.messages += stats->messages;
        s.unseen += stats->unseen;
        s.bytes += stats->bytes;
        s.lastDelivery = std::max(s.lastDelivery, stats->newestDelivery);
        detail.mailboxes.push_back(MailboxDetail{std::move(info), *stats});
    }
    detail.summary.mailboxes = static_cast<std::uint32_t>(detail.mailboxes.size());
    summarizeFindings(detail.summary, detail.findings);
    return detail;
}

void summarizeFindings(AccountSummary &summary, const Findings &findings)
{
    summary.findings = 0;
    summary.health = Health::Ok;
    for (const Finding &f : findings) {
        if (!isProblem(f))
            continue;
        ++summary.findings;
        if (f.severity == Severity::Error)
            summary.health = Health::Error;
        else if (summary.health == Health::Ok)
            summary.health = Health::Warning;
    }
}

} // namespace mailstore::core::maildir
