// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobdetaildialog.h"

#include "displayformat.h"
#include "models/jobsmodel.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mailstore::app {

JobDetailDialog::JobDetailDialog(JobsModel *model, const QString &id, QWidget *parent)
    : QDialog(parent)
    , m_id(id)
    , m_summary(new QLabel)
    , m_log(new QPlainTextEdit)
{
    setObjectName(u"jobDetailDialog"_s);
    setWindowTitle(tr("Job %1").arg(id));
    setAccessibleName(tr("Job details"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *logLabel = new QLabel(tr("&Log (newest last):"));
    logLabel->setBuddy(m_log);
    layout->addWidget(logLabel);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setAccessibleName(tr("Job log"));
    layout->addWidget(m_log, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);

    if (model) {
        connect(model, &JobsModel::jobChanged, this, [this](const QJsonObject &job) {
            if (job.value("id"_L1).toString() == m_id)
                showJob(job);
        });
        showJob(model->job(id));
    }
}

JobDetailDialog::~JobDetailDialog() = default;

QString JobDetailDialog::logText() const
{
    return m_log->toPlainText();
}

void JobDetailDialog::showJob(const QJsonObject &job)
{
    QStringList lines;
    lines << tr("%1 — %2").arg(JobsModel::kindText(job.value("kind"_L1).toString()), job.value("summary"_L1).toString());
    lines << tr("State: %1").arg(JobsModel::stateText(job.value("state"_L1).toString()));
    if (const qint64 started = job.value("startedAt"_L1).toInteger(); started > 0)
        lines << tr("Started: %1").arg(display::exactTime(started));
    if (const qint64 finished = job.value("finishedAt"_L1).toInteger(); finished > 0)
        lines << tr("Ended: %1").arg(display::exactTime(finished));
    const QJsonObject p = job.value("progress"_L1).toObject();
    QString progress = JobsModel::progressText(job);
    if (p.value("bytesTotal"_L1).toInteger() > 0)
        progress += tr(" (%1 of %2)").arg(display::size(p.value("bytesDone"_L1).toInteger()),
                                          display::size(p.value("bytesTotal"_L1).toInteger()));
    lines << tr("Progress: %1").arg(progress);
    if (!p.value("phase"_L1).toString().isEmpty())
        lines << tr("Now: %1").arg(p.value("phase"_L1).toString());
    if (const QString rate = JobsModel::rateText(job); !rate.isEmpty())
        lines << tr("Rate: %1, time left: %2").arg(rate, JobsModel::etaText(job));
    if (const QString result = JobsModel::resultText(job); !result.isEmpty())
        lines << tr("Result: %1").arg(result);
    if (job.contains("resumedFrom"_L1))
        lines << tr("Resumes job %1").arg(job.value("resumedFrom"_L1).toString());
    if (job.contains("resumedBy"_L1))
        lines << tr("Resumed as job %1").arg(job.value("resumedBy"_L1).toString());
    m_summary->setText(lines.join(u'\n'));

    QStringList log;
    for (const auto &l : job.value("log"_L1).toArray())
        log << l.toString();
    const QString text = log.join(u'\n');
    if (text != m_log->toPlainText()) {
        // Stay at the end while following; keep the place while someone reads back.
        QScrollBar *bar = m_log->verticalScrollBar();
        const bool atEnd = bar->value() == bar->maximum();
        const int keep = bar->value();
        m_log->setPlainText(text);
        bar->setValue(atEnd ? bar->maximum() : keep);
    }
}

} // namespace mailstore::app
