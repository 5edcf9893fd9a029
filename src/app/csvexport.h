// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CSV as spreadsheets and scripts read it (RFC 4180): UTF-8, a header row, CRLF line
// ends, and a field quoted when it holds a comma, quote, line break or edge space
// (quotes doubled). Exports a model's rows in the order a view shows them.

#include <QByteArray>
#include <QString>

class QAbstractItemModel;

namespace mailstore::app::csv {

QString field(const QString &value);
// Header from headerData(DisplayRole), cells from `role` (DisplayRole by default).
QByteArray fromModel(const QAbstractItemModel &model, int role = Qt::DisplayRole);
// Writes atomically (QSaveFile); on failure returns false and a sentence in *error.
bool writeFile(const QString &path, const QByteArray &csv, QString *error);

} // namespace mailstore::app::csv
