// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Open backup file…: a real backup (core createBackup of a hand-made account) is
// opened with no host at all; its messages are listed from the manifest, verify runs on
// a worker thread and names a flipped byte by its member, and a saved .eml holds exactly
// the delivered bytes.
#include "archive/backupfixture.h"
#include "backupfile.h"
#include "core/archive/backupwriter.h"
#include "mainwindow.h"
#include "models/manifestmodel.h"
#include "widgets/backupfiledialog.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <atomic>
#include <filesystem>
#include <vector>

using namespace Qt::StringLiterals;
using namespace mailstore;
using namespace mailstore::app;

class TestBackupFile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsMessagesOffline();
    void notAnArchive();
    void verifyGood();
    void verifyNamesFlippedMember();
    void cancelVerify();
    void workerReportsRealProgress();
    void cancelStopsTheWorkerBeforeTheEnd();
    void saveWritesExactBytes();

private:
    BackupFileDialog *open(MainWindow &window, const QString &archive);
    QString bigArchive();
    QString m_big; // a backup of an account with a 16 MiB message of noise, made once
    QTemporaryDir m_tmp;
    std::string m_root;
    QString m_archive;
    QString m_id;
};

void TestBackupFile::initTestCase()
{
    m_root = fixture::tempRoot(m_tmp);
    const auto account = backupfixture::makeAccount(m_root + "/store");
    QVERIFY(fixture::makeDir(m_root + "/onsite"));
    auto made = core::archive::createBackup(account, m_root + "/onsite");
    QVERIFY(made);
    m_archive = QString::fromStdString(made->archive.string());
    m_id = QString::fromStdString(made->entry.id);
}

BackupFileDialog *TestBackupFile::open(MainWindow &window, const QString &archive)
{
    BackupFileDialog *dialog = window.openBackupFile(archive);
    QSignalSpy loaded(dialog, &BackupFileDialog::loaded);
    if (!loaded.wait(10'000))
        return nullptr;
    return dialog;
}

void TestBackupFile::listsMessagesOffline()
{
    MainWindow window; // no host: the backup file needs none
    BackupFileDialog *dialog = open(window, m_archive);
    QVERIFY(dialog);
    QCOMPARE(backupIdOf(m_archive), m_id);
    ManifestModel *model = dialog->model();
    QCOMPARE(model->rowCount(), 6);
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows << model->index(r, ManifestModel::Mailbox).data().toString() + u' '
                    + model->index(r, ManifestModel::File).data().toString() + u' '
                    + model->index(r, ManifestModel::Flags).data().toString() + u' '
                    + model->index(r, ManifestModel::Uid).data().toString();
    rows.sort();
    QCOMPARE(rows, (QStringList{u"INBOX 1700000001.M1P1.host,S=11:2,S S 1"_s,
                                u"INBOX 1700000002.M2P1.host,S=12:2,FSa FSa 2"_s,
                                u"INBOX 1700000003.M3P1.host:2,  7"_s,
                                u"INBOX 1700000004.M4P1.host new "_s,
                                u"Sent 1700000005.M5P1.host:2,S S 1"_s,
                                u"Sent 1700000006.M6P1.host:2,RS RS 2"_s}));
    const QModelIndex big = model->match(model->index(0, ManifestModel::File), Qt::DisplayRole,
                                         u"1700000005.M5P1.host:2,S"_s).value(0);
    QVERIFY(big.isValid());
    QCOMPARE(model->index(big.row(), ManifestModel::Size).data(ManifestModel::SortRole).toULongLong(), 70000ull);
    QCOMPARE(model->index(big.row(), ManifestModel::Date).data(ManifestModel::SortRole).toLongLong(),
             1700000005ll);
    QCOMPARE(model->index(big.row(), ManifestModel::StoredIn).data().toString(), u"this archive"_s);
    QVERIFY(dialog->summaryText().contains(u"<b>alice</b>"_s));
    QVERIFY(dialog->summaryText().contains(u"full backup"_s));
}

void TestBackupFile::notAnArchive()
{
    MainWindow window;
    BackupFileDialog *dialog = window.openBackupFile(QString::fromStdString(m_root) + u"/onsite/backup-catalog"_s);
    QSignalSpy failed(dialog, &BackupFileDialog::failed);
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.first().first().toString(),
             u"backup-catalog is not a backup archive (expected <id>.tar.zst)."_s);
    QCOMPARE(dialog->model()->rowCount(), 0);
}

void TestBackupFile::verifyGood()
{
    MainWindow window;
    BackupFileDialog *dialog = open(window, m_archive);
    QVERIFY(dialog);
    QSignalSpy done(dialog, &BackupFileDialog::verifyFinished);
    dialog->verify();
    QVERIFY(dialog->isVerifying()); // on a worker: the call returned at once
    QVERIFY(done.wait(30'000));
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY(dialog->statusText().startsWith(u"Good: all 6 stored messages match"_s));
    QCOMPARE(dialog->problemsView()->topLevelItemCount(), 0);
}

void TestBackupFile::verifyNamesFlippedMember()
{
    // A copy of the target whose archive has one flipped byte in message member m/3.
    const std::string damaged = m_root + "/damaged";
    QVERIFY(fixture::makeDir(damaged));
    const std::string name = m_id.toStdString();
    std::filesystem::copy_file(m_root + "/onsite/" + name + ".manifest", damaged + "/" + name + ".manifest");
    auto members = backupfixture::readMemberList(m_archive.toStdString());
    QCOMPARE(members[3].name, std::string("m/3"));
    members[3].data[2] ^= 0x20;
    QVERIFY(backupfixture::writeArchive(damaged + "/" + name + ".tar.zst", members));

    MainWindow window;
    BackupFileDialog *dialog = open(window, QString::fromStdString(damaged + "/" + name + ".tar.zst"));
    QVERIFY(dialog);
    QSignalSpy done(dialog, &BackupFileDialog::verifyFinished);
    dialog->verify();
    QVERIFY(done.wait(30'000));
    QCOMPARE(done.first().first().toBool(), false);
    QTreeWidget *problems = dialog->problemsView();
    QCOMPARE(problems->topLevelItemCount(), 1);
    QCOMPARE(problems->topLevelItem(0)->text(0), u"hash-mismatch"_s);
    QCOMPARE(problems->topLevelItem(0)->text(1), u"m/3"_s);
    const QString file = dialog->model()->index(2, ManifestModel::File).data().toString();
    QCOMPARE(problems->topLevelItem(0)->text(2), dialog->model()->mailboxName(2) + u" / "_s + file);
    QCOMPARE(dialog->model()->index(2, ManifestModel::Problem).data().toString(), u"hash-mismatch"_s);
    QCOMPARE(dialog->model()->index(1, ManifestModel::Problem).data().toString(), QString());
    QVERIFY(dialog->statusText().startsWith(u"Damaged: 1 problem(s) found."_s)); // untranslated in tests
}

void TestBackupFile::cancelVerify()
{
    MainWindow window;
    BackupFileDialog *dialog = open(window, m_archive);
    QVERIFY(dialog);
    QSignalSpy done(dialog, &BackupFileDialog::verifyFinished);
    dialog->verify();
    dialog->cancelVerify();
    QVERIFY(!dialog->isVerifying());
    QCOMPARE(dialog->statusText(), u"Verify cancelled. Nothing was changed."_s);
    QVERIFY(!done.wait(1000)); // the dropped result never arrives
}

QString TestBackupFile::bigArchive()
{
    if (!m_big.isEmpty())
        return m_big;
    auto account = backupfixture::makeAccount(m_root + "/bigstore");
    std::string noise(16u << 20, '\0'); // zstd cannot shrink it: the archive is as big
    std::uint64_t x = 88172645463325252ull;
    for (char &c : noise) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        c = char(x >> 24);
    }
    fixture::writeFile(account.maildir.string() + "/cur/1700000009.M9P1.host:2,S", noise, 1700000009);
    fixture::makeDir(m_root + "/bigsite");
    auto made = core::archive::createBackup(account, m_root + "/bigsite");
    if (made)
        m_big = QString::fromStdString(made->archive.string());
    return m_big;
}

void TestBackupFile::workerReportsRealProgress()
{
    // What the dialog's worker runs: progress from the core, the archive's bytes against
    // its size, only growing and ending at the size.
    const QString archive = bigArchive();
    QVERIFY(!archive.isEmpty());
    const quint64 size = quint64(QFileInfo(archive).size());
    std::vector<std::pair<quint64, quint64>> seen;
    BackupFileVerifyHooks hooks;
    hooks.progress = [&](quint64 done, quint64 total) { seen.emplace_back(done, total); };
    auto v = verifyBackupFile(archive, hooks);
    QVERIFY(v && v->good && !v->cancelled);
    QVERIFY(seen.size() >= 2);
    for (std::size_t i = 1; i < seen.size(); ++i)
        QVERIFY(seen[i].first >= seen[i - 1].first && seen[i].second == size);
    QCOMPARE(seen.back().first, size);
}

void TestBackupFile::cancelStopsTheWorkerBeforeTheEnd()
{
    // The flag the dialog's Cancel sets ends the worker's read after its first MiB, long
    // before the end of a 16 MiB archive (it used to read to the end regardless).
    const QString archive = bigArchive();
    QVERIFY(!archive.isEmpty());
    const quint64 size = quint64(QFileInfo(archive).size());
    std::atomic<bool> cancel{false};
    BackupFileVerifyHooks hooks;
    hooks.cancel = &cancel;
    hooks.progress = [&](quint64 done, quint64) {
        if (done >= (1u << 20))
            cancel = true;
    };
    auto v = verifyBackupFile(archive, hooks);
    QVERIFY(v);
    QVERIFY(v->cancelled);
    QVERIFY(!v->good);
    QVERIFY2(v->bytesRead >= (1u << 20) && v->bytesRead < size,
             qPrintable(u"%1 of %2"_s.arg(v->bytesRead).arg(size)));
}

void TestBackupFile::saveWritesExactBytes()
{
    MainWindow window;
    BackupFileDialog *dialog = open(window, m_archive);
    QVERIFY(dialog);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(dialog->messagesView()->model());
    QVERIFY(proxy);
    const QModelIndex at = proxy->match(proxy->index(0, ManifestModel::File), Qt::DisplayRole,
                                        u"1700000005.M5P1.host:2,S"_s).value(0);
    QVERIFY(at.isValid());
    const QString out = m_tmp.filePath(u"saved.eml"_s);
    QSignalSpy saved(dialog, &BackupFileDialog::saved);
    dialog->saveMessage(at.row(), out);
    QVERIFY(saved.wait(10'000));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(70000, 'x'));
}

QTEST_MAIN(TestBackupFile)
#include "tst_backupfile.moc"
