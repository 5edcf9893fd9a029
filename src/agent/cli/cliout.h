// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Output helpers shared by the CLI commands: data on stdout, diagnostics on stderr,
// JSON exactly as the API returns it, and plain aligned tables for people.

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace mailstore::agent::cli {

// Exit codes of every CLI command (documented in README.md).
inline constexpr int ExitOk = 0;
inline constexpr int ExitNotFound = 1; // or: problems found, for checking commands
inline constexpr int ExitError = 2;
inline constexpr int ExitNoSpace = 3; // restore: the target ran out of space

void printJson(const QJsonValue &value);
void printLine(const QString &line);
void printError(const QString &message);

// Columns whose index is in rightAligned are right-aligned (numbers).
void printTable(const QStringList &header, const std::vector<QStringList> &rows,
                const std::vector<int> &rightAligned);

QString humanBytes(quint64 bytes);
QString humanTime(qint64 unixSeconds); // "2026-11-27 10:13" (UTC), "-" for 0

} // namespace mailstore::agent::cli
