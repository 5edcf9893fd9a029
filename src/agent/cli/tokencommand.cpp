// SPDX-License-Identifier: GPL-3.0-or-later
// `token add|list|revoke`: manages the HTTPS bearer tokens file. Needs no store.
#include "../tokenstore.h"
#include "cliout.h"
#include "commands.h"
#include "parse.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mailstore::agent::cli {

int runTokenCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("token"), QStringLiteral("token add|list|revoke [ID]"));
    parser.addOption({QStringLiteral("tokens"), QStringLiteral("The tokens file (created mode 0600)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("role"), QStringLiteral("admin or support (token add)."), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Label shown in the audit log (token add)."),
                      QStringLiteral("LABEL")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Machine-readable output.")});
    if (auto code = parseArgs(parser, args, QStringLiteral("Manage the HTTPS API's bearer tokens.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString verb = pos.value(1);
    const QString file = parser.value(QStringLiteral("tokens"));
    if (file.isEmpty()) {
        printError(QStringLiteral("--tokens FILE is required"));
        return ExitError;
    }
    auto store = TokenStore::load(file);
    if (!store) {
        printError(store.error());
        return ExitError;
    }
    const bool json = parser.isSet(QStringLiteral("json"));

    if (verb == QLatin1String("add")) {
        const auto role = roleFromName(parser.value(QStringLiteral("role")));
        if (!role) {
            printError(QStringLiteral("--role must be admin or support"));
            return ExitError;
        }
        QString id;
        const QString token = store->add(*role, parser.value(QStringLiteral("name")), &id);
        if (auto saved = store->save(); !saved) {
            printError(saved.error());
            return ExitError;
        }
        if (json) {
            printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("role"), roleName(*role)},
                                  {QStringLiteral("token"), token}});
        } else {
            printLine(token);
            printError(QStringLiteral("token %1 (%2) added; it is shown only this once, store it now")
                           .arg(id, roleName(*role)));
        }
        return ExitOk;
    }
    if (verb == QLatin1String("list")) {
        QJsonArray list;
        std::vector<QStringList> rows;
        for (const auto &e : store->entries()) {
            list.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("name"), e.name},
                                    {QStringLiteral("role"), roleName(e.role)},
                                    {QStringLiteral("created"), e.created}});
            rows.push_back({e.id, roleName(e.role), humanTime(e.created), e.name});
        }
        if (json)
            printJson(QJsonObject{{QStringLiteral("tokens"), list}});
        else
            printTable({QStringLiteral("ID"), QStringLiteral("ROLE"), QStringLiteral("CREATED"), QStringLiteral("NAME")},
                       rows, {});
        return ExitOk;
    }
    if (verb == QLatin1String("revoke")) {
        const QString id = pos.value(2);
        if (id.isEmpty()) {
            printError(QStringLiteral("usage: token revoke --tokens FILE ID"));
            return ExitError;
        }
        if (!store->revoke(id)) {
            printError(QStringLiteral("no token with id '%1'").arg(id));
            return ExitNotFound;
        }
        if (auto saved = store->save(); !saved) {
            printError(saved.error());
            return ExitError;
        }
        printLine(QStringLiteral("revoked token %1").arg(id));
        return ExitOk;
    }
    printError(QStringLiteral("usage: token add|list|revoke --tokens FILE (try --help)"));
    return ExitError;
}

} // namespace mailstore::agent::cli
