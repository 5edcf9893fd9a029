// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ScanView: the "Index health" tab of a host. Starts a host-wide index check
// (`index.verify {all}`, a job), follows it with a progress bar, then lists the accounts
// with findings: sortable, filterable, double-click opens the account, Export CSV.
// The same list shows per-account verifies of a selection of accounts.

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class ScanView;
}
class QSortFilterProxyModel;
class QTableView;

namespace mailstore::app {

class AgentClient;
class JobsModel;
class ScanResultsModel;

class ScanView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanView)
public:
    ScanView(AgentClient *client, JobsModel *jobs, QWidget *parent = nullptr);
    ~ScanView() override;

    void setHostName(const QString &host) { m_host = host; }
    void startHostScan(bool deep);
    // One `index.verify {account}` per name, a few at a time.
    void verifyAccounts(const QStringList &names);
    bool isRunning() const { return m_running; }
    QString jobId() const { return m_jobId; }

    QStringList selectedAccounts() const;
    bool exportCsv(const QString &file, QString *error) const;
    void focusStart();
    void focusFilter();

    ScanResultsModel *resultsModel() const { return m_results; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *resultsView() const;

signals:
    void accountActivated(const QString &name);
    void jobStarted(const QString &id);
    void selectionChanged();
    void finished(); // results are shown (or the scan failed/was cancelled)

private:
    void onJobChanged(const QJsonObject &job);
    void onJobFinished(const QJsonObject &job);
    void verifyNext(quint64 generation);
    void setRunning(bool running);
    void showError(const QString &message);
    void updateCount();
    void exportInteractive();
    void cancel();

    std::unique_ptr<Ui::ScanView> m_ui;
    AgentClient *m_client;
    JobsModel *m_jobs;
    ScanResultsModel *m_results;
    QSortFilterProxyModel *m_proxy;
    QString m_host;
    QString m_jobId;
    QStringList m_queue; // accounts still to verify (selection verify)
    int m_inFlight = 0;
    int m_done = 0;
    int m_total = 0;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_hasResults = false;
};

} // namespace mailstore::app
