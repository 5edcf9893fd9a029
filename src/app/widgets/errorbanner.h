// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ErrorBanner: the inline message across the top of the window when the link to an
// agent fails: what happened, what to do, a Reconnect button, and the technical
// details (agent stderr tail) one click away. Never a modal dialog: the rest of the
// console stays usable.

#include <QFrame>

#include <memory>

namespace Ui {
class ErrorBanner;
}

namespace mailstore::app {

class ErrorBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)
public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;

    void showProblem(const QString &headline, const QString &whatToDo, const QString &details);
    void setReconnectVisible(bool visible);
    QString headline() const;

signals:
    void reconnectRequested();

private:
    std::unique_ptr<Ui::ErrorBanner> m_ui;
};

} // namespace mailstore::app
