// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse.h"

#include "cliout.h"

#include <cstdio>
#include <filesystem>

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

std::optional<core::maildir::AccountLocation> placeAccount(const AgentConfig &cfg, const QString &name)
{
    auto layout = core::maildir::MailLayout::parse(cfg.layout.toStdString());
    auto loc = layout ? layout->placeAccount(cfg.root.toStdString(), name.toStdString())
                      : std::unexpected(layout.error());
    if (!loc) {
        printError(QStringLiteral("'%1' is not an account name for layout %2").arg(name, cfg.layout));
        return std::nullopt;
    }
    return *loc;
}

std::optional<core::maildir::AccountLocation> locateAccount(const AgentConfig &cfg, const QString &name)
{
    auto loc = placeAccount(cfg, name);
    std::error_code ec;
    if (loc && !std::filesystem::is_directory(loc->maildir, ec)) {
        printError(QStringLiteral("no account '%1' in %2").arg(name, cfg.root));
        return std::nullopt;
    }
    return loc;
}

} // namespace mailstore::agent::cli
