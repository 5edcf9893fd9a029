// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal pieces of the index scan, shared by the per-mailbox, per-account and
// host-wide scans so that each mailbox's folders are listed once.

#include "integrityscan.h"

namespace mailstore::core::integrity {

// Index findings of a mailbox whose message files were already listed.
void scanMailboxIndexWith(const maildir::MailboxInfo &mailbox, const std::vector<maildir::MessageFile> &files,
                          const ScanOptions &options, Findings &out);

// Deep check: reads every message and compares its size with S= and W= in its name.
void checkMessageSizes(const maildir::MailboxInfo &mailbox, const std::vector<maildir::MessageFile> &files,
                       const ScanOptions &options, Findings &out);

} // namespace mailstore::core::integrity
