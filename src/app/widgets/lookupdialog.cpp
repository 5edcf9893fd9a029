// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookupdialog.h"

#include "models/lookupmodel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mailstore::app {

LookupDialog::LookupDialog(HostsProvider hosts, QWidget *parent)
    : QDialog(parent)
    , m_hosts(std::move(hosts))
    , m_model(new LookupModel(this))
    , m_edit(new QLineEdit)
    , m_view(new QTableView)
    , m_status(new QLabel)
{
    setObjectName(u"lookupDialog"_s);
    setWindowTitle(tr("Find account"));
    m_edit->setObjectName(u"lookupField"_s);
    m_edit->setPlaceholderText(tr("Part of an account name, e.g. alice or @example.org"));
    m_edit->setAccessibleName(tr("Account name to find"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_view->setObjectName(u"lookupResults"_s);
    m_view->setAccessibleName(tr("Matching accounts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *h = m_view->horizontalHeader();
    h->setHighlightSections(false);
    h->setSectionResizeMode(LookupModel::Account, QHeaderView::Stretch);
    h->resizeSection(LookupModel::Host, 170);
    h->resizeSection(LookupModel::Size, 90);
    h->resizeSection(LookupModel::Messages, 90);
    h->resizeSection(LookupModel::Health, 120);
    m_status->setObjectName(u"lookupStatus"_s);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    resize(760, 420);

    m_delay.setSingleShot(true);
    m_delay.setInterval(150);
    connect(m_edit, &QLineEdit::textChanged, &m_delay, qOverload<>(&QTimer::start));
    connect(&m_delay, &QTimer::timeout, this, &LookupDialog::searchNow);
    connect(m_edit, &QLineEdit::returnPressed, this, &LookupDialog::choose);
    connect(m_view, &QTableView::activated, this, &LookupDialog::choose);
    connect(m_model, &LookupModel::statusChanged, this, &LookupDialog::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_view->currentIndex().isValid())
            m_view->selectRow(0); // Enter opens the first match
    });
    updateStatus();
}

LookupDialog::~LookupDialog() = default;

QString LookupDialog::statusText() const
{
    return m_status->text();
}

void LookupDialog::searchNow()
{
    m_delay.stop();
    m_model->search(m_edit->text(), m_hosts());
}

void LookupDialog::updateStatus()
{
    m_status->setText(m_model->statusText());
}

void LookupDialog::choose()
{
    if (m_delay.isActive())
        searchNow(); // Enter right after typing: the results shown are for older text
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    HostConnection *host = m_model->hostAt(row);
    if (!host)
        return;
    emit accountChosen(host, m_model->accountAt(row));
    accept();
}

bool LookupDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            // Arrow keys move through the results while the text keeps the focus.
            QCoreApplication::sendEvent(m_view, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace mailstore::app
