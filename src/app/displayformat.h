// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How numbers, sizes and times look everywhere in the console, in one place so every
// table says "3 min ago" and "1.2 MB" the same way.

#include <QDateTime>
#include <QString>

namespace mailstore::app::display {

QString count(qint64 n);              // "20,000" (locale grouping)
QString size(qint64 bytes);           // "70.0 MB"
QString relativeTime(qint64 unixSecs, const QDateTime &now = QDateTime::currentDateTime());
QString exactTime(qint64 unixSecs);   // "2026-11-27 10:13:54" for tooltips and summaries
QString dateTime(qint64 unixSecs);    // "27 Nov 2026 10:13" for message lists

} // namespace mailstore::app::display
