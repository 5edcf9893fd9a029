// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditview.h"

#include "displayformat.h"
#include "models/auditmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mailstore::app {

AuditView::AuditView(AgentClient *client, QWidget *parent)
    : QWidget(parent)
    , m_model(new AuditModel(client, this))
    , m_view(new QTableView)
    , m_summary(new QLabel)
{
    setObjectName(u"auditView"_s);
    m_summary->setObjectName(u"auditSummary"_s);
    m_summary->setWordWrap(true);
    m_view->setObjectName(u"auditTable"_s);
    m_view->setAccessibleName(tr("Audit log"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *h = m_view->horizontalHeader();
    h->setHighlightSections(false);
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    h->resizeSection(AuditModel::Time, 160);
    h->resizeSection(AuditModel::Principal, 150);
    h->resizeSection(AuditModel::Transport, 70);
    h->resizeSection(AuditModel::Method, 130);
    h->resizeSection(AuditModel::Arguments, 320);
    h->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    m_summary->setText(tr("Loading the audit log…"));

    connect(m_model, &AuditModel::loaded, this, [this] {
        m_summary->setText(m_model->total() == 0
            ? tr("Nothing changed on this host yet: every call that changes something (rebuilds, "
                 "cancelled jobs, stopping the agent) is listed here, allowed or refused.")
            : tr("%1 recorded changes, newest first. Refused calls are listed too.")
                  .arg(display::count(m_model->total())));
    });
    connect(m_model, &AuditModel::failed, this, [this](const QString &message) {
        m_summary->setText(tr("The audit log could not be loaded: %1").arg(message));
    });
}

AuditView::~AuditView() = default;

void AuditView::refresh()
{
    m_model->refresh();
}

} // namespace mailstore::app
