// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablestyle.h"

#include "csvexport.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
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

namespace {
struct TableText {
    Q_DECLARE_TR_FUNCTIONS(TableStyle)
};
} // namespace

void addExportActions(QMenu *menu, QTableView *view, const QString &fileName)
{
    menu->addAction(QIcon(QStringLiteral(":/icons/copy.svg")), TableText::tr("Copy as &text"), view, [view] {
        QGuiApplication::clipboard()->setText(QString::fromUtf8(csv::fromModel(*view->model())));
    });
    menu->addAction(QIcon(QStringLiteral(":/icons/export.svg")), TableText::tr("&Export CSV…"), view,
                    [view, fileName] {
        auto *dialog = new QFileDialog(view->window(), TableText::tr("Export CSV"), QDir::home().filePath(fileName),
                                       TableText::tr("CSV files (*.csv);;All files (*)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QFileDialog::fileSelected, view, [view](const QString &file) {
            QString error;
            if (!csv::writeFile(file, csv::fromModel(*view->model()), &error))
                QMessageBox::warning(view->window(), TableText::tr("Export CSV"), error);
        });
        dialog->open();
    });
}

} // namespace mailstore::app::tablestyle
