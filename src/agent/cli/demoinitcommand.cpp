// SPDX-License-Identifier: GPL-3.0-or-later
// `demo-init DIR`: writes the demo store the console's --demo and the tests use.
#include "../../core/demo/demodamage.h"
#include "../../core/demo/demostore.h"
#include "cliout.h"
#include "commands.h"
#include "parse.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace mailstore::agent::cli {

int runDemoInitCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("demo-init"), QStringLiteral("demo-init DIR"));
    parser.addOption({QStringLiteral("accounts"), QStringLiteral("Number of accounts (default 60)."), QStringLiteral("N"),
                      QStringLiteral("60")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed; same seed, same store (default 1)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("scale"), QStringLiteral("Message count scale, 0.001..10 (default 1)."),
                      QStringLiteral("X"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("damaged"),
                      QStringLiteral("Accounts given realistic index damage, to show index health (default 6)."),
                      QStringLiteral("N"), QStringLiteral("6")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the summary as JSON.")});
    if (auto code = parseArgs(parser, args, QStringLiteral("Write a realistic Dovecot-style demo mail store.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        printError(QStringLiteral("usage: mailstore-agent demo-init DIR [--accounts N] [--seed S]"));
        return ExitError;
    }
    bool okA = true, okS = true, okX = true;
    const qint64 accounts = parser.value(QStringLiteral("accounts")).toLongLong(&okA);
    const qulonglong seed = parser.value(QStringLiteral("seed")).toULongLong(&okS);
    const double scale = parser.value(QStringLiteral("scale")).toDouble(&okX);
    if (!okA || accounts < 1 || accounts > 1'000'000) {
        printError(QStringLiteral("--accounts must be between 1 and 1000000"));
        return ExitError;
    }
    if (!okS) {
        printError(QStringLiteral("--seed must be a non-negative integer"));
        return ExitError;
    }
    bool okD = true;
    const qint64 damaged = parser.value(QStringLiteral("damaged")).toLongLong(&okD);
    if (!okD || damaged < 0 || damaged > accounts) {
        printError(QStringLiteral("--damaged must be between 0 and the number of accounts"));
        return ExitError;
    }
    if (!okX || scale < 0.001 || scale > 10) {
        printError(QStringLiteral("--scale must be between 0.001 and 10"));
        return ExitError;
    }
    core::demo::DemoOptions options;
    options.accounts = std::uint32_t(accounts);
    options.seed = seed;
    options.messageScale = scale;
    const QString dir = QDir(pos.at(1)).absolutePath();
    const bool tty = ::isatty(2);
    auto progress = [&](std::uint32_t done) {
        if (tty && (done % 100 == 0 || done == options.accounts))
            std::fprintf(stderr, "\rwriting accounts: %u/%u", done, options.accounts);
    };
    auto result = core::demo::writeDemoStore(dir.toStdString(), options, progress);
    if (tty)
        std::fputc('\n', stderr);
    if (!result) {
        printError(QStringLiteral("cannot write the demo store in %1: %2 %3")
                       .arg(dir, QString::fromStdString(result.error().detail),
                            QString::fromStdString(result.error().path)));
        return ExitError;
    }
    auto broken = core::demo::damageDemoAccounts(dir.toStdString(), std::uint32_t(damaged), seed, options.now);
    if (!broken) {
        printError(QStringLiteral("cannot damage demo accounts in %1: %2").arg(dir, QString::fromStdString(broken.error().detail)));
        return ExitError;
    }
    QJsonArray damagedJson;
    for (const auto &d : *broken)
        damagedJson.append(QJsonObject{{QStringLiteral("account"), QString::fromStdString(d.account)},
                                       {QStringLiteral("damage"), QString::fromStdString(d.kind)}});
    const auto &s = *result;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("root"), dir},
                              {QStringLiteral("domains"), qint64(s.domains)},
                              {QStringLiteral("accounts"), qint64(s.accounts)},
                              {QStringLiteral("mailboxes"), qint64(s.mailboxes)},
                              {QStringLiteral("messages"), qint64(s.messages)},
                              {QStringLiteral("bytes"), qint64(s.bytes)},
                              {QStringLiteral("damaged"), damagedJson}});
    } else {
        printLine(QStringLiteral("demo store written to %1: %2 domains, %3 accounts, %4 mailboxes, %5 messages, %6")
                      .arg(dir).arg(s.domains).arg(s.accounts).arg(s.mailboxes).arg(s.messages).arg(humanBytes(s.bytes)));
        for (const auto &d : *broken)
            printLine(QStringLiteral("  damaged on purpose: %1 (%2)").arg(QString::fromStdString(d.account),
                                                                      QString::fromStdString(d.kind)));
    }
    return ExitOk;
}

} // namespace mailstore::agent::cli
