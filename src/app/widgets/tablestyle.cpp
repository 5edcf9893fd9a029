// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablestyle.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace mailstore::app::tablestyle {

void setUp(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->setTextElideMode(Qt::ElideMiddle); // folders, file names and ids differ at their ends
}

void fitHeader(QTableView *view, int column, int width)
{
    // "Messages" fits in English; "Nachrichten" must not be cut either.
    const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
    const int need = view->horizontalHeader()->fontMetrics().horizontalAdvance(title) + 24;
    view->horizontalHeader()->resizeSection(column, std::max(width, need));
}

} // namespace mailstore::app::tablestyle
