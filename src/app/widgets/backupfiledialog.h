// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BackupFileDialog: File ▸ Open backup file… — one backup archive looked at offline, with
// no host: what it holds (from its sidecar manifest), Verify (every byte read on a
// worker thread, with progress and Cancel, each problem listed by member and message)
// and "Save message as .eml…". Reading never blocks the window.

#include "backupfile.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace mailstore::app {

class ManifestModel;

class BackupFileDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupFileDialog)
public:
    explicit BackupFileDialog(QWidget *parent = nullptr);
    ~BackupFileDialog() override;

    // Reads the manifest on a worker thread; loaded() or failed() follows.
    void openFile(const QString &archive);
    void verify();
    void cancelVerify();
    // Extracts the message of a proxy row (the table's order) on a worker thread.
    void saveMessage(int row, const QString &out);

    bool isVerifying() const { return m_verifyRunning; }
    QTableView *messagesView() const { return m_view; }
    QTreeWidget *problemsView() const { return m_problems; }
    ManifestModel *model() const { return m_model; }
    QString summaryText() const;
    QString statusText() const;
    const BackupFile *file() const { return m_file.get(); }

signals:
    void loaded();
    void failed(const QString &message);
    void verifyFinished(bool good);
    void saved(const QString &path);
    void saveFailed(const QString &message);

private:
    void onLoaded(const std::expected<BackupFile, QString> &result);
    void onVerified(const std::expected<BackupFileVerify, QString> &result);
    void updateProgress();
    void updateButtons();
    void saveSelected();
    void setStatus(const QString &text, bool problem = false);

    std::unique_ptr<BackupFile> m_file;
    ManifestModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QTableView *m_view;
    QPushButton *m_verifyButton;
    QPushButton *m_cancelButton;
    QPushButton *m_saveButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_problems;
    QFutureWatcher<std::expected<BackupFile, QString>> m_openWatcher;
    QFutureWatcher<std::expected<BackupFileVerify, QString>> *m_verifyWatcher = nullptr;
    QTimer m_progressTimer;
    QElapsedTimer m_verifyClock;
    bool m_verifyRunning = false;
    struct VerifyRun;
    std::shared_ptr<VerifyRun> m_verifyRun;
};

} // namespace mailstore::app
