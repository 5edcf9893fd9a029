// SPDX-License-Identifier: GPL-3.0-or-later
// The storage gauges on /metrics of the real daemon (plain HTTP on loopback, sampling
// every second): every name of the contract with its device label, base units (seconds,
// bytes, a 0..1 ratio), the size equal to statvfs, the alert gauges for every kind and
// severity, and the whole page through promtool's checker and linter when installed.
#include "agentharness.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <sys/statvfs.h>

using namespace testing;

namespace {
// name{labels} -> value for every sample line of a Prometheus text page; false on a bad line.
bool parseSamples(const QByteArray &text, QHash<QString, double> *samples)
{
    static const QRegularExpression line(QStringLiteral(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})?) (\S+)$)"));
    for (const QByteArray &raw : text.split('\n')) {
        const QString l = QString::fromUtf8(raw);
        if (l.isEmpty() || l.startsWith(QLatin1Char('#')))
            continue;
        const auto m = line.match(l);
        bool ok = false;
        const double v = m.hasMatch() ? m.captured(3).toDouble(&ok) : 0;
        if (!ok)
            return false;
        samples->insert(m.captured(1), v);
    }
    return true;
}
} // namespace

class TestMetricsProm : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void storageGaugesWithDeviceLabel();
    void passesPromtool();

private:
    QByteArray get(const QString &path, const QByteArray &body = {});
    AgentHarness m_h;
    QProcess m_daemon;
    QByteArray m_token;
    int m_port = 0;
    QNetworkAccessManager m_nam;
};

QByteArray TestMetricsProm::get(const QString &path, const QByteArray &body)
{
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    req.setRawHeader("Authorization", "Bearer " + m_token);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = body.isEmpty() ? m_nam.get(req) : m_nam.post(req, body);
    QEventLoop loop;
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray out =
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return out;
}

void TestMetricsProm::initTestCase()
{
    QVERIFY(m_h.init(6, 0.05, 3));
    const QString tokens = m_h.tmp() + QStringLiteral("/tokens.json");
    QByteArray out;
    QCOMPARE(m_h.runAgent({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--tokens"), tokens,
                           QStringLiteral("--role"), QStringLiteral("support"), QStringLiteral("--name"),
                           QStringLiteral("prometheus")},
                          &out),
             0);
    m_token = out.trimmed();
    QFile conf(m_h.tmp() + QStringLiteral("/agent.conf"));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("metrics_interval=1\n");
    conf.close();
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    m_daemon.start(agentBin(),
                   QStringList{QStringLiteral("daemon")} + m_h.storeArgs() +
                       QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                   QStringLiteral("--tokens"), tokens, QStringLiteral("--config"), conf.fileName()});
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen += m_daemon.readAll(), listening.match(QString::fromUtf8(seen)).hasMatch()), 20000);
    m_port = listening.match(QString::fromUtf8(seen)).captured(1).toInt();
    QVERIFY(m_port > 0);
}

void TestMetricsProm::cleanupTestCase()
{
    m_h.stopDaemon();
    if (!m_daemon.waitForFinished(10000))
        m_daemon.kill();
}

void TestMetricsProm::storageGaugesWithDeviceLabel()
{
    const auto rpc =
        QJsonDocument::fromJson(get(QStringLiteral("/v1/rpc"), R"({"jsonrpc":"2.0","id":1,"method":"metrics.series"})"))
            .object();
    const auto s = result(rpc);
    QVERIFY(s.contains(QStringLiteral("virtualFs")));
    const bool virtualFs = s.value(QStringLiteral("virtualFs")).toBool();
    const QString device = virtualFs ? QStringLiteral("none") : s.value(QStringLiteral("device")).toString();
    const QString label = QStringLiteral("{device=\"%1\"}").arg(device);
    QStringList names = {QStringLiteral("mailstore_fsync_probe_seconds"),
                         QStringLiteral("mailstore_filesystem_size_bytes"),
                         QStringLiteral("mailstore_filesystem_used_bytes"),
                         QStringLiteral("mailstore_filesystem_inodes"),
                         QStringLiteral("mailstore_filesystem_inodes_used"),
                         QStringLiteral("mailstore_agent_read_bytes_per_second"),
                         QStringLiteral("mailstore_agent_write_bytes_per_second")};
    if (!virtualFs)
        names += {QStringLiteral("mailstore_disk_reads_per_second"),
                  QStringLiteral("mailstore_disk_writes_per_second"),
                  QStringLiteral("mailstore_disk_read_bytes_per_second"),
                  QStringLiteral("mailstore_disk_write_bytes_per_second"),
                  QStringLiteral("mailstore_disk_io_latency_seconds"),
                  QStringLiteral("mailstore_disk_utilisation_ratio")};
    // The rates need two samples: poll until every gauge is there.
    QHash<QString, double> samples;
    auto complete = [&] {
        samples.clear();
        if (!parseSamples(get(QStringLiteral("/metrics")), &samples))
            return false;
        for (const QString &n : std::as_const(names))
            if (!samples.contains(n + label))
                return false;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(complete(), 15000);
    struct statvfs vfs {};
    QCOMPARE(::statvfs(QFile::encodeName(m_h.root()).constData(), &vfs), 0);
    QCOMPARE(samples.value(QStringLiteral("mailstore_filesystem_size_bytes") + label),
             double(vfs.f_blocks) * double(vfs.f_frsize));
    QCOMPARE(samples.value(QStringLiteral("mailstore_filesystem_inodes") + label), double(vfs.f_files));
    const double fsync = samples.value(QStringLiteral("mailstore_fsync_probe_seconds") + label);
    QVERIFY2(fsync > 0 && fsync < 5, QByteArray::number(fsync).constData()); // seconds, not ms
    if (!virtualFs) {
        const double util = samples.value(QStringLiteral("mailstore_disk_utilisation_ratio") + label);
        QVERIFY2(util >= 0 && util <= 1, QByteArray::number(util).constData()); // a ratio, not %
    }
    for (const char *kind : {"fsync-latency", "io-latency", "space-full", "inodes-full"})
        for (const char *severity : {"warning", "critical"}) {
            const QString key = QStringLiteral("mailstore_storage_alerts{device=\"%1\",kind=\"%2\",severity=\"%3\"}")
                                    .arg(device, QLatin1String(kind), QLatin1String(severity));
            QVERIFY2(samples.contains(key), qPrintable(key));
            QCOMPARE(samples.value(key), 0.0); // a fresh host is still learning
        }
}

void TestMetricsProm::passesPromtool()
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        QSKIP("promtool is not installed");
    const QByteArray page = get(QStringLiteral("/metrics"));
    QVERIFY(page.contains("mailstore_fsync_probe_seconds{device="));
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(check.waitForStarted(10000));
    check.write(page);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30000));
    const QByteArray findings = check.readAll();
    QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, findings.constData());
    QVERIFY2(findings.trimmed().isEmpty(), findings.constData()); // no lint findings either
}

QTEST_GUILESS_MAIN(TestMetricsProm)
#include "tst_metricsprom.moc"
