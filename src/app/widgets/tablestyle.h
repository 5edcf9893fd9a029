// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the console's read-only tables look and size their columns, in one place so the
// backup views (and any later table) behave alike.

class QMenu;
class QString;
class QTableView;

namespace mailstore::app::tablestyle {

// Whole-row selection, no editing, alternating rows, no grid, sortable, fixed row
// height (a view never measures thousands of rows), text elided in the middle.
void setUp(QTableView *view);

// Sets a column to `width`, or wider when its (translated) header text needs it.
void fitHeader(QTableView *view, int column, int width);

// "Copy as text" and "Export CSV…" (rows as the view shows them) for a table's menu;
// fileName is the suggested name of the CSV file.
void addExportActions(QMenu *menu, QTableView *view, const QString &fileName);

} // namespace mailstore::app::tablestyle
