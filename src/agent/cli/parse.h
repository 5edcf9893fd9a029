// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Command-line parsing shared by the commands: global options, --help, and errors that
// exit with ExitError (2) instead of QCommandLineParser's default 1.

#include "../agentconfig.h"
#include "../../core/maildir/maillayout.h"

#include <QCommandLineParser>

#include <optional>

namespace mailstore::agent::cli {

// Parses args with the global options plus whatever `extra` adds. Prints help (exit 0)
// or the error (exit 2) itself; returns the exit code to use in that case.
std::optional<int> parseArgs(QCommandLineParser &parser, const QStringList &args,
                             const QString &description);

// resolveConfig() with the error printed; nullopt means "exit with ExitError".
std::optional<AgentConfig> configOrReport(const QCommandLineParser &parser);

// The Maildir of an account named on the command line (by the layout, under the root);
// nullopt (error printed) when the name does not fit the layout or there is no such folder.
std::optional<core::maildir::AccountLocation> locateAccount(const AgentConfig &cfg, const QString &name);
// The same without the folder having to exist (a restore into a new account creates it).
std::optional<core::maildir::AccountLocation> placeAccount(const AgentConfig &cfg, const QString &name);

} // namespace mailstore::agent::cli
