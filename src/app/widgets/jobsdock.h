// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JobsDock: the jobs of the selected host at the bottom of the window (Ctrl+J):
// kind, what for, state, a progress bar, rate, time left, the result; Cancel for the
// selected job, Resume for an interrupted one (admins only), its details and log on
// Enter or a double click.
// Errors (e.g. a refused cancel) show inline above the list.

#include <QDockWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace mailstore::app {

class JobsModel;

class JobsDock final : public QDockWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsDock)
public:
    explicit JobsDock(JobsModel *model, QWidget *parent = nullptr);
    ~JobsDock() override;

    QTableView *view() const { return m_view; }
    // The dock shows the jobs of the host selected in the fleet tree.
    void setModel(JobsModel *model);
    // Hidden for callers whose role may not cancel jobs.
    void setCancelVisible(bool visible);
    void setResumeVisible(bool visible);
    // Opens the job's detail (with its log), following it live.
    void showDetail(const QString &id);
    // Selects the job's row and shows the dock.
    void showJob(const QString &id);

private:
    void updateButtons();
    void cancelSelected();
    void resumeSelected();

    JobsModel *m_model;
    QTableView *m_view;
    QToolButton *m_cancelButton;
    QToolButton *m_resumeButton;
    QToolButton *m_detailButton;
    bool m_resumeVisible = true;
    QLabel *m_errorLabel;
    QLabel *m_emptyLabel;
};

} // namespace mailstore::app
