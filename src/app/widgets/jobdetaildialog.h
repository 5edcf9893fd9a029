// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JobDetailDialog: one job in full (opened with Enter or a double click in the jobs
// dock): what, state, times, progress, rate, time left, result or error, the runs it
// resumes or was resumed by, and its log. Follows the job live while it is open.

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;

namespace mailstore::app {

class JobsModel;

class JobDetailDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetailDialog)
public:
    JobDetailDialog(JobsModel *model, const QString &id, QWidget *parent = nullptr);
    ~JobDetailDialog() override;

    QString jobId() const { return m_id; }
    // The log as shown (tests and screenshots read it).
    QString logText() const;

private:
    void showJob(const QJsonObject &job);

    QString m_id;
    QLabel *m_summary;
    QPlainTextEdit *m_log;
};

} // namespace mailstore::app
