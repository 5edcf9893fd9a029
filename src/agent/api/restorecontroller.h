// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RestoreController: restore.preview (what a restore would write, nothing written) and
// restore.start (mutating: the `restore` job). A restore that writes into mailboxes that
// exist now ("live") needs the destination account's name typed back as `confirm`, so
// a slip of the mouse never mixes old mail into someone's live INBOX.

#include "../dispatcher.h"

namespace mailstore::agent {

class RestoreJobs;

class RestoreController final {
public:
    explicit RestoreController(RestoreJobs &jobs);
    void registerRoutes(Dispatcher &dispatcher);

    Reply preview(const api::Params &params) const;
    Reply start(const api::Params &params);

private:
    RestoreJobs &m_jobs;
};

} // namespace mailstore::agent
