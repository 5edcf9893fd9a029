// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse.h"

#include "cliout.h"

#include <cstdio>

namespace mailstore::agent::cli {

std::optional<int> parseArgs(QCommandLineParser &parser, const QStringList &args,
                             const QString &description)
{
    parser.setApplicationDescription(description);
    addGlobalOptions(parser);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        printError(parser.errorText() + QStringLiteral(" (try --help)"));
        return ExitError;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    return std::nullopt;
}

std::optional<AgentConfig> configOrReport(const QCommandLineParser &parser)
{
    auto cfg = resolveConfig(parser);
    if (!cfg) {
        printError(cfg.error());
        return std::nullopt;
    }
    return *cfg;
}

} // namespace mailstore::agent::cli
