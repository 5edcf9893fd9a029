// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes one demo account: its Maildir++ folders, messages, dovecot-uidlist files and
// the root's subscriptions and dovecot-uidvalidity. Everything is drawn from the
// account's own PRNG stream, so accounts can be written on any thread in any order.

#include "demofs.h"
#include "demoplan.h"

#include <cstdint>

namespace mailstore::core::demo {

struct AccountTotals {
    std::uint32_t mailboxes = 0;
    std::uint64_t messages = 0;
    std::uint64_t bytes = 0; // sum of message file sizes
};

Result<AccountTotals> writeAccount(const DemoDir &domainDir, const StorePlan &plan, const AccountPlan &account,
                                   const DemoOptions &options);

} // namespace mailstore::core::demo
