// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One account's summary and detail, computed from its Maildir.

#include "../finding.h"
#include "../result.h"
#include "mailbox.h"
#include "maillayout.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mailstore::core::maildir {

enum class Health { Ok, Warning, Error }; // worst problem of an account

struct AccountSummary {
    std::string name;
    std::string domain;
    std::uint32_t mailboxes = 0;
    std::uint64_t messages = 0;
    std::uint64_t unseen = 0;
    std::uint64_t bytes = 0;
    std::int64_t lastDelivery = 0; // unix seconds, 0 when no mail
    std::uint32_t findings = 0;    // problems (Warning/Error findings) of the last scan
    Health health = Health::Ok;
};

// Sets summary.findings and summary.health from a scan's findings.
void summarizeFindings(AccountSummary &summary, const Findings &findings);

struct MailboxDetail {
    MailboxInfo info;
    MailboxStats stats;
};

struct AccountDetail {
    AccountLocation location;
    AccountSummary summary;
    std::vector<MailboxDetail> mailboxes;
    Findings findings;
};

// Scans every mailbox of the account (metadata only).
Result<AccountDetail> scanAccount(const AccountLocation &location);

} // namespace mailstore::core::maildir
