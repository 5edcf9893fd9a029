// SPDX-License-Identifier: GPL-3.0-or-later
// The console's first paint of the accounts table after connecting to a store:
// from MainWindow::connectLocal() (which starts the bridge) to the first paint of the
// table's viewport with rows in it. Measured against a daemon that already runs (the
// usual case: the console re-attaches) and, once, against a cold start.
//   bench_firstpaint --store DIR [--runs 7]
#include "benchutil.h"
#include "agentclient.h"
#include "localagent.h"
#include "mainwindow.h"
#include "models/accountsmodel.h"
#include "widgets/hostpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>

using namespace mailstore::app;

namespace {

class PaintWatch final : public QObject {
public:
    PaintWatch(QTableView *view, QEventLoop *loop)
        : m_view(view), m_loop(loop)
    {
        view->viewport()->installEventFilter(this);
    }
    qint64 paintedAtNs = -1;
    QElapsedTimer clock;

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && paintedAtNs < 0 && m_view->model() && m_view->model()->rowCount() > 0) {
            paintedAtNs = clock.nsecsElapsed();
            QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
        }
        return false;
    }

private:
    QTableView *m_view;
    QEventLoop *m_loop;
};

double firstPaintMs(const LocalStore &store)
{
    AgentClient client;
    MainWindow window(&client);
    window.resize(1280, 800);
    window.show();
    QEventLoop loop;
    PaintWatch watch(window.hostPage()->accountsView(), &loop);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    watch.clock.start();
    window.connectLocal(store);
    loop.exec();
    if (watch.paintedAtNs < 0)
        qFatal("the accounts table never painted rows");
    return double(watch.paintedAtNs) / 1e6;
}

void stopDaemon(const LocalStore &store)
{
    QProcess::execute(findAgentProgram(), QStringList{QStringLiteral("daemon"), QStringLiteral("stop"),
                                                      QStringLiteral("--root"), store.root} + store.extraArgs);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("MAILSTORE_AGENT"))
        qputenv("MAILSTORE_AGENT", MAILSTORE_AGENT_BIN);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("store"), QStringLiteral("An existing store."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Warm runs."), QStringLiteral("N"), QStringLiteral("7")});
    parser.process(app);
    QTemporaryDir state(QDir::tempPath() + QStringLiteral("/msf-XXXXXX"));
    const LocalStore store{parser.value(QStringLiteral("store")), {},
                           {QStringLiteral("--state-dir"), state.path()}};
    if (store.root.isEmpty())
        qFatal("usage: bench_firstpaint --store DIR");

    const double cold = firstPaintMs(store); // starts the daemon, builds its catalog
    bench::row(QStringLiteral("console first paint, cold (daemon start + catalog build)"),
               QStringLiteral("%1 ms").arg(cold, 0, 'f', 0), QStringLiteral("one run"));
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    std::vector<double> t;
    for (int i = 0; i < runs; ++i)
        t.push_back(firstPaintMs(store));
    std::sort(t.begin(), t.end());
    bench::row(QStringLiteral("console first paint of the accounts table after connect"),
               QStringLiteral("%1 ms").arg(t[t.size() / 2], 0, 'f', 0),
               QStringLiteral("daemon running; bridge start + host.info + accounts.list + paint; median of %1; target < 300 ms")
                   .arg(runs));
    stopDaemon(store);
    return 0;
}
