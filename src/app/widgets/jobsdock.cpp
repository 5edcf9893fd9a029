// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsdock.h"

#include "models/jobsmodel.h"
#include "widgets/jobdetaildialog.h"
#include "widgets/progressdelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mailstore::app {

JobsDock::JobsDock(JobsModel *model, QWidget *parent)
    : QDockWidget(tr("Jobs"), parent)
    , m_model(model)
    , m_view(new QTableView)
    , m_cancelButton(new QToolButton)
    , m_resumeButton(new QToolButton)
    , m_detailButton(new QToolButton)
    , m_errorLabel(new QLabel)
    , m_emptyLabel(new QLabel)
{
    setObjectName(u"jobsDock"_s);
    setAccessibleName(tr("Jobs"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    auto *bar = new QHBoxLayout;
    m_emptyLabel->setText(tr("No jobs yet. Long work (scanning all accounts, rebuilding "
                             "indexes) runs here and goes on when the console closes."));
    m_emptyLabel->setWordWrap(true);
    bar->addWidget(m_emptyLabel, 1);
    bar->addStretch(); // keeps the buttons at the right when the hint is hidden
    auto *detail = new QAction(QIcon(u":/icons/info.svg"_s), tr("&Details…"), this);
    detail->setToolTip(tr("Show the selected job with its log (Enter or double click)"));
    m_detailButton->setDefaultAction(detail);
    m_detailButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailButton->setAccessibleName(tr("Show the selected job's details and log"));
    bar->addWidget(m_detailButton);
    auto *resume = new QAction(QIcon(u":/icons/refresh.svg"_s), tr("&Resume job"), this);
    resume->setToolTip(tr("Run the selected interrupted job again; a rebuild goes on with "
                          "the accounts it had not finished."));
    m_resumeButton->setDefaultAction(resume);
    m_resumeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_resumeButton->setAccessibleName(tr("Resume the selected job"));
    m_resumeButton->setObjectName(u"jobsResumeButton"_s);
    bar->addWidget(m_resumeButton);
    auto *cancel = new QAction(QIcon(u":/icons/cancel.svg"_s), tr("&Cancel job"), this);
    cancel->setToolTip(tr("Stop the selected job (Delete). Work already done stays done."));
    cancel->setShortcut(QKeySequence::Delete);
    cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(cancel);
    m_cancelButton->setDefaultAction(cancel);
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelButton->setAccessibleName(tr("Cancel the selected job"));
    m_cancelButton->setObjectName(u"jobsCancelButton"_s);
    bar->addWidget(m_cancelButton);
    layout->addLayout(bar);

    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_view->setObjectName(u"jobsView"_s);
    m_view->setAccessibleName(tr("Jobs"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setItemDelegateForColumn(JobsModel::Progress,
        new ProgressDelegate(JobsModel::DoneRole, JobsModel::TotalRole, m_view));
    QHeaderView *h = m_view->horizontalHeader();
    h->setHighlightSections(false);
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    h->resizeSection(JobsModel::Kind, 130);
    h->resizeSection(JobsModel::Summary, 220);
    h->resizeSection(JobsModel::State, 110);
    h->resizeSection(JobsModel::Progress, 240);
    h->resizeSection(JobsModel::Rate, 90);
    h->resizeSection(JobsModel::Eta, 90);
    h->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(cancel, &QAction::triggered, this, &JobsDock::cancelSelected);
    connect(resume, &QAction::triggered, this, &JobsDock::resumeSelected);
    connect(detail, &QAction::triggered, this, [this] {
        if (m_view->currentIndex().isValid())
            showDetail(m_view->currentIndex().data(JobsModel::IdRole).toString());
    });
    // Enter and double click.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showDetail(index.data(JobsModel::IdRole).toString());
    });
    m_model = nullptr;
    setModel(model);
}

void JobsDock::setModel(JobsModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_view->setModel(model);
    m_errorLabel->hide();
    if (!model) // no host yet
        return;
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsDock::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &JobsDock::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &JobsDock::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &JobsDock::updateButtons);
    connect(model, &JobsModel::failed, this, [this](const QString &message) {
        m_errorLabel->setText(message);
        m_errorLabel->show();
    });
    connect(model, &JobsModel::jobChanged, m_errorLabel, &QWidget::hide);
    updateButtons();
}

JobsDock::~JobsDock() = default;

void JobsDock::showJob(const QString &id)
{
    show();
    raise();
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row >= 0)
        m_view->selectRow(row);
}

void JobsDock::setCancelVisible(bool visible)
{
    m_cancelButton->setVisible(visible);
    m_cancelButton->defaultAction()->setVisible(visible); // its Delete shortcut too
}

void JobsDock::setResumeVisible(bool visible)
{
    m_resumeVisible = visible;
    updateButtons();
}

void JobsDock::showDetail(const QString &id)
{
    if (!m_model || id.isEmpty())
        return;
    auto *dialog = new JobDetailDialog(m_model, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void JobsDock::updateButtons()
{
    m_emptyLabel->setVisible(!m_model || m_model->rowCount() == 0);
    const QModelIndex current = m_view->currentIndex();
    const bool cancellable = current.isValid()
        && !JobsModel::isFinishedState(current.data(JobsModel::StateRole).toString());
    m_cancelButton->defaultAction()->setEnabled(cancellable);
    m_detailButton->defaultAction()->setEnabled(current.isValid());
    // Shown only where it applies (an interrupted job) and only to admins.
    const bool resumable = m_model && current.isValid()
        && JobsModel::canResume(m_model->job(current.data(JobsModel::IdRole).toString()));
    m_resumeButton->setVisible(m_resumeVisible && resumable);
}

void JobsDock::resumeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_model)
        m_model->resume(current.data(JobsModel::IdRole).toString());
}

void JobsDock::cancelSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_model)
        m_model->cancel(current.data(JobsModel::IdRole).toString());
}

} // namespace mailstore::app
