// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The per-host part of MainWindow, shared by mainwindow.cpp and mainwindowhosts.cpp.

#include "fleet/hostconnection.h"
#include "mainwindow.h"
#include "models/jobsmodel.h"
#include "widgets/accountpage.h"
#include "widgets/hostpage.h"

namespace mailstore::app {

// Everything the window keeps for one host: its connection and its own pages, so
// switching hosts keeps each host's filter, selection and scroll position.
struct MainWindow::HostView {
    HostConnection *host = nullptr;
    JobsModel *jobs = nullptr;
    HostPage *hostPage = nullptr;
    AccountPage *accountPage = nullptr;
    QString transportName;
    bool onAccountPage = false;

    ~HostView()
    {
        delete hostPage;
        delete accountPage;
        delete jobs;
        delete host;
    }
};

} // namespace mailstore::app
