// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One pass over an account that gives everything the catalog and the account page show:
// counts per mailbox, the Maildir findings and the index findings, each folder listed
// once. summary.findings/health count the problems among all of them.

#include "../maildir/account.h"
#include "integrityscan.h"

namespace mailstore::core::integrity {

Result<maildir::AccountDetail> scanAccountHealth(const maildir::AccountLocation &account,
                                                 const ScanOptions &options = {});

} // namespace mailstore::core::integrity
