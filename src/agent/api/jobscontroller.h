// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JobsController: job.get, job.list, job.cancel, job.resume.

#include "../dispatcher.h"

namespace mailstore::agent {

class JobManager;

class JobsController final {
public:
    explicit JobsController(JobManager &jobs);
    void registerRoutes(Dispatcher &dispatcher);

private:
    JobManager &m_jobs;
};

} // namespace mailstore::agent
