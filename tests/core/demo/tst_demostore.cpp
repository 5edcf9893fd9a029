// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoplan.h"
#include "core/demo/demostore.h"
#include "storewalk.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>
#include <unordered_set>

namespace demo = mailstore::core::demo;
using mailstore::core::ErrorCode;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

demo::DemoOptions options(std::uint32_t accounts, double scale, std::uint64_t seed)
{
    demo::DemoOptions o;
    o.accounts = accounts;
    o.messageScale = scale;
    o.seed = seed;
    return o;
}

const QRegularExpression kBase(QStringLiteral(R"(^(\d+)\.M(\d+)P(\d+)\.([a-z0-9-]+),S=(\d+),W=(\d+)$)"));

} // namespace

class TestDemoStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameSeedGivesIdenticalTree();
    void otherSeedGivesOtherTree();
    void refusesNonEmptyRoot();
    void refusesFileAsRoot();
    void createsAbsentRoot();
    void rejectsBadScale();
    void writeErrorNamesPath();
    void progressEndsAtTotal();
    void layoutAndUidlists();
    void fileNamesMatchContent();
    void messagesParse();
    void encodedSubjectsAndAttachmentsPresent();
    void summaryMatchesDisk();
    void accountSizesAreHeavyTailed();
    void modifiedUtf7FolderPresent();
    void deliveryTimesFavourRecentMail();
    void manyAccountNamesStayUnique();

private:
    QTemporaryDir m_tmp;
    QString m_root;
    demo::DemoSummary m_summary;
    std::vector<std::uint32_t> m_progress;
    QList<storewalk::Account> m_accounts;
    demo::DemoOptions m_options = options(200, 0.1, 7);
};

void TestDemoStore::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_root = m_tmp.filePath(QStringLiteral("store"));
    auto r =
        demo::writeDemoStore(m_root.toStdString(), m_options, [this](std::uint32_t n) { m_progress.push_back(n); });
    QVERIFY2(r, r ? "" : r.error().detail.c_str());
    m_summary = *r;
    m_accounts = storewalk::accounts(m_root);
}

void TestDemoStore::sameSeedGivesIdenticalTree()
{
    const QString a = m_tmp.filePath(QStringLiteral("same-a"));
    const QString b = m_tmp.filePath(QStringLiteral("same-b"));
    QVERIFY(demo::writeDemoStore(a.toStdString(), options(25, 0.3, 11)));
    QVERIFY(demo::writeDemoStore(b.toStdString(), options(25, 0.3, 11)));
    const auto ma = storewalk::manifest(a);
    const auto mb = storewalk::manifest(b);
    QVERIFY(ma.size() > 100);
    QCOMPARE(ma.size(), mb.size());
    for (qsizetype i = 0; i < ma.size(); ++i)
        QVERIFY2(ma[i] == mb[i], qPrintable(ma[i].path + QStringLiteral(" vs ") + mb[i].path));
}

void TestDemoStore::otherSeedGivesOtherTree()
{
    const QString a = m_tmp.filePath(QStringLiteral("seed-a"));
    const QString b = m_tmp.filePath(QStringLiteral("seed-b"));
    QVERIFY(demo::writeDemoStore(a.toStdString(), options(10, 0.3, 21)));
    QVERIFY(demo::writeDemoStore(b.toStdString(), options(10, 0.3, 22)));
    QVERIFY(storewalk::manifest(a) != storewalk::manifest(b));
}

void TestDemoStore::refusesNonEmptyRoot()
{
    const QString root = m_tmp.filePath(QStringLiteral("occupied"));
    QVERIFY(QDir().mkpath(root));
    QFile keep(root + QStringLiteral("/keep.txt"));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("real mail lives here\n");
    keep.close();
    auto r = demo::writeDemoStore(root.toStdString(), options(3, 0.1, 1));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("keep.txt")});
    QCOMPARE(readAll(root + QStringLiteral("/keep.txt")), QByteArray("real mail lives here\n"));
}

void TestDemoStore::refusesFileAsRoot()
{
    const QString root = m_tmp.filePath(QStringLiteral("a-file"));
    QFile f(root);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto r = demo::writeDemoStore(root.toStdString(), options(3, 0.1, 1));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Conflict);
}

void TestDemoStore::createsAbsentRoot()
{
    const QString root = m_tmp.filePath(QStringLiteral("deep/er/store"));
    auto r = demo::writeDemoStore(root.toStdString(), options(4, 0.2, 3));
    QVERIFY(r);
    QCOMPARE(r->accounts, 4u);
    QCOMPARE(storewalk::accounts(root).size(), 4);
    // An existing empty folder is fine too.
    const QString empty = m_tmp.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    QVERIFY(demo::writeDemoStore(empty.toStdString(), options(2, 0.2, 3)));
}

void TestDemoStore::rejectsBadScale()
{
    auto r = demo::writeDemoStore(m_tmp.filePath(QStringLiteral("bad")).toStdString(), options(2, -1.0, 1));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("bad"))));
}

void TestDemoStore::writeErrorNamesPath()
{
    // A file size limit makes write() fail with EFBIG, the cheapest real I/O error.
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto previous = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const QString root = m_tmp.filePath(QStringLiteral("too-small"));
    auto r = demo::writeDemoStore(root.toStdString(), options(20, 1.0, 1));
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previous);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::TooLarge);
    QVERIFY2(QString::fromStdString(r.error().path).startsWith(root), r.error().path.c_str());
}

void TestDemoStore::progressEndsAtTotal()
{
    QVERIFY(!m_progress.empty());
    QVERIFY(std::is_sorted(m_progress.begin(), m_progress.end()));
    QCOMPARE(m_progress.back(), m_options.accounts);
}

void TestDemoStore::layoutAndUidlists()
{
    static const QRegularExpression header(QStringLiteral(R"(^3 V(\d+) N(\d+) G([0-9a-f]{32})$)"));
    static const QRegularExpression record(QStringLiteral(R"(^(\d+) :(\S+)$)"));
    QCOMPARE(m_accounts.size(), qsizetype(m_options.accounts));
    for (const auto &account : m_accounts) {
        QSet<qint64> validities;
        QStringList folders;
        for (const auto &box : account.mailboxes) {
            for (const char *sub : {"cur", "new", "tmp"})
                QVERIFY2(QFileInfo(box.path + u'/' + QLatin1String(sub)).isDir(), qPrintable(box.path));
            if (!box.dirName.isEmpty()) {
                QVERIFY(QFileInfo::exists(box.path + QStringLiteral("/maildirfolder")));
                QCOMPARE(QFileInfo(box.path + QStringLiteral("/maildirfolder")).size(), 0);
                folders << box.dirName.mid(1);
            }
            const QList<QByteArray> lines = readAll(box.path + QStringLiteral("/dovecot-uidlist")).split('\n');
            QVERIFY2(lines.size() >= 2 && lines.last().isEmpty(), qPrintable(box.path));
            const auto h = header.match(QString::fromLatin1(lines[0]));
            QVERIFY2(h.hasMatch(), lines[0].constData());
            QVERIFY2(!validities.contains(h.captured(1).toLongLong()), qPrintable(box.path));
            validities.insert(h.captured(1).toLongLong());
            qint64 lastUid = 0;
            QStringList listed;
            for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
                const auto m = record.match(QString::fromLatin1(lines[i]));
                QVERIFY2(m.hasMatch(), lines[i].constData());
                QVERIFY(m.captured(1).toLongLong() > lastUid);
                lastUid = m.captured(1).toLongLong();
                listed << m.captured(2);
            }
            QCOMPARE(h.captured(2).toLongLong(), lastUid + 1);
            QStringList onDisk;
            for (const auto &msg : box.messages)
                onDisk << msg.base;
            listed.sort();
            onDisk.sort();
            QCOMPARE(listed, onDisk);
        }
        const QString maildir = account.maildir;
        QStringList subscribed =
            QString::fromUtf8(readAll(maildir + QStringLiteral("/subscriptions"))).split(u'\n', Qt::SkipEmptyParts);
        subscribed.sort();
        folders.sort();
        QCOMPARE(subscribed, folders);
        const QString hex = QString::fromLatin1(readAll(maildir + QStringLiteral("/dovecot-uidvalidity")));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}$")).match(hex).hasMatch());
        QCOMPARE(hex.toLongLong(nullptr, 16), *std::max_element(validities.begin(), validities.end()));
        const QFileInfo marker(maildir + QStringLiteral("/dovecot-uidvalidity.") + hex);
        QVERIFY(marker.exists());
        QCOMPARE(marker.size(), 0);
    }
}

void TestDemoStore::fileNamesMatchContent()
{
    static const QRegularExpression flags(QStringLiteral("^D?F?R?S?T?$"));
    for (const auto &account : m_accounts) {
        for (const auto &box : account.mailboxes) {
            for (const auto &msg : box.messages) {
                const auto m = kBase.match(msg.base);
                QVERIFY2(m.hasMatch(), qPrintable(msg.name));
                if (msg.inNew) {
                    QCOMPARE(msg.name, msg.base);
                } else {
                    QVERIFY2(msg.name.startsWith(msg.base + QStringLiteral(":2,")), qPrintable(msg.name));
                    QVERIFY2(flags.match(msg.name.mid(msg.base.size() + 3)).hasMatch(), qPrintable(msg.name));
                }
                const QByteArray content = readAll(msg.path);
                QCOMPARE(m.captured(5).toLongLong(), content.size());
                QCOMPARE(m.captured(6).toLongLong(), content.size() + content.count('\n'));
                QVERIFY(!content.contains('\r'));
                QCOMPARE(QFileInfo(msg.path).lastModified().toSecsSinceEpoch(), m.captured(1).toLongLong());
            }
        }
    }
}

void TestDemoStore::messagesParse()
{
    int checked = 0;
    for (const auto &account : m_accounts) {
        const QByteArray address = (account.user + u'@' + account.domain).toUtf8();
        for (const auto &box : account.mailboxes) {
            for (const auto &msg : box.messages) {
                const auto p = storewalk::parseMessage(readAll(msg.path));
                QVERIFY2(p.ok, qPrintable(msg.path));
                for (const char *h : {"date", "from", "to", "subject", "message-id", "mime-version"})
                    QVERIFY2(p.headers.contains(h), qPrintable(msg.path + u' ' + QLatin1String(h)));
                const QDateTime date = QDateTime::fromString(QString::fromLatin1(p.headers["date"]), Qt::RFC2822Date);
                QVERIFY2(date.isValid(), p.headers["date"].constData());
                const qint64 delivered = kBase.match(msg.base).captured(1).toLongLong();
                QVERIFY(date.toSecsSinceEpoch() <= delivered && date.toSecsSinceEpoch() >= delivered - 300);
                if (box.dirName == QStringLiteral(".Sent"))
                    QVERIFY2(p.headers["from"].contains(address), p.headers["from"].constData());
                ++checked;
            }
        }
    }
    QCOMPARE(quint64(checked), m_summary.messages);
}

void TestDemoStore::encodedSubjectsAndAttachmentsPresent()
{
    int utf8B = 0, latin1Q = 0, attachments = 0, alternative = 0;
    for (const auto &account : m_accounts) {
        for (const auto &box : account.mailboxes) {
            for (const auto &msg : box.messages) {
                const auto p = storewalk::parseMessage(readAll(msg.path));
                const QByteArray subject = p.headers["subject"];
                bool words = false;
                const QString decoded = storewalk::decodeWords(subject, &words);
                if (words) {
                    QVERIFY2(std::any_of(decoded.begin(), decoded.end(), [](QChar c) { return c.unicode() > 127; }),
                             subject.constData());
                    utf8B += subject.startsWith("=?UTF-8?B?") ? 1 : 0;
                    latin1Q += subject.startsWith("=?ISO-8859-1?Q?") ? 1 : 0;
                }
                const QByteArray type = p.headers["content-type"];
                alternative += type.startsWith("multipart/alternative") ? 1 : 0;
                if (!type.startsWith("multipart/mixed"))
                    continue;
                const qsizetype at = type.indexOf("boundary=\"");
                QVERIFY(at > 0);
                const QByteArray boundary = "--" + type.mid(at + 10, type.indexOf('"', at + 10) - at - 10);
                QVERIFY2(p.body.contains("\n" + boundary + "--\n"), qPrintable(msg.path));
                qsizetype from = 0;
                while ((from = p.body.indexOf(boundary + "\n", from)) >= 0) {
                    from += boundary.size() + 1;
                    const qsizetype end = p.body.indexOf("\n" + boundary, from);
                    const auto part = storewalk::parseMessage(p.body.mid(from, end - from));
                    if (!part.ok || part.headers["content-transfer-encoding"] != "base64")
                        continue;
                    QVERIFY(part.headers["content-disposition"].startsWith("attachment"));
                    const auto data = QByteArray::fromBase64Encoding(part.body.trimmed().replace('\n', ""),
                                                                     QByteArray::AbortOnBase64DecodingErrors);
                    QVERIFY2(data && data.decoded.size() >= 1024, qPrintable(msg.path));
                    ++attachments;
                }
            }
        }
    }
    QVERIFY(utf8B > 0);
    QVERIFY(latin1Q > 0);
    QVERIFY(attachments > 0);
    QVERIFY(alternative > 0);
}

void TestDemoStore::summaryMatchesDisk()
{
    QSet<QString> domains;
    quint64 mailboxes = 0, messages = 0, bytes = 0;
    for (const auto &account : m_accounts) {
        domains.insert(account.domain);
        mailboxes += quint64(account.mailboxes.size());
        for (const auto &box : account.mailboxes) {
            messages += quint64(box.messages.size());
            for (const auto &msg : box.messages)
                bytes += quint64(QFileInfo(msg.path).size());
        }
    }
    QCOMPARE(m_summary.accounts, m_options.accounts);
    QCOMPARE(quint64(m_summary.domains), quint64(domains.size()));
    QVERIFY(m_summary.domains >= 4);
    QCOMPARE(quint64(m_summary.mailboxes), mailboxes);
    QCOMPARE(m_summary.messages, messages);
    QCOMPARE(m_summary.bytes, bytes);
}

void TestDemoStore::accountSizesAreHeavyTailed()
{
    std::vector<qsizetype> counts;
    for (const auto &account : m_accounts) {
        qsizetype n = 0;
        for (const auto &box : account.mailboxes)
            n += box.messages.size();
        counts.push_back(n);
    }
    std::sort(counts.begin(), counts.end());
    const qsizetype median = counts[counts.size() / 2];
    QVERIFY(median > 0);
    QVERIFY2(counts.back() >= 20 * median,
             qPrintable(QStringLiteral("max %1 median %2").arg(counts.back()).arg(median)));
}

void TestDemoStore::modifiedUtf7FolderPresent()
{
    int found = 0;
    for (const auto &account : m_accounts) {
        for (const auto &box : account.mailboxes) {
            // "&-" is an escaped '&', not an encoded run.
            if (!box.dirName.contains(QRegularExpression(QStringLiteral("&[^-]"))))
                continue;
            const QString name = storewalk::decodeModifiedUtf7(box.dirName.mid(1));
            QVERIFY2(std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() > 127; }),
                     qPrintable(box.dirName));
            ++found;
        }
    }
    QVERIFY(found > 0);
    QCOMPARE(storewalk::decodeModifiedUtf7(QStringLiteral("Entw&APw-rfe")), QStringLiteral("Entwürfe"));
    QCOMPARE(storewalk::decodeModifiedUtf7(QStringLiteral("Kunden &- Partner")), QStringLiteral("Kunden & Partner"));
}

void TestDemoStore::deliveryTimesFavourRecentMail()
{
    const qint64 year = 365 * 86400;
    qint64 lastYear = 0, yearBefore = 0;
    for (const auto &account : m_accounts) {
        for (const auto &box : account.mailboxes) {
            for (const auto &msg : box.messages) {
                const qint64 t = kBase.match(msg.base).captured(1).toLongLong();
                QVERIFY(t < m_options.now);
                QVERIFY(t > m_options.now - 2 * year - 86400);
                (t > m_options.now - year ? lastYear : yearBefore) += 1;
            }
        }
    }
    QVERIFY2(lastYear > yearBefore, qPrintable(QStringLiteral("%1 vs %2").arg(lastYear).arg(yearBefore)));
}

void TestDemoStore::manyAccountNamesStayUnique()
{
    const auto plan = demo::planStore(options(100000, 0.01, 5));
    QCOMPARE(plan.accounts.size(), std::size_t(100000));
    std::unordered_set<std::string> seen;
    for (const auto &a : plan.accounts) {
        QVERIFY2(seen.insert(a.person.address).second, a.person.address.c_str());
        QVERIFY(!a.local.empty() && a.local.find('/') == std::string::npos && a.local[0] != '.');
    }
    QCOMPARE(demo::planStore(options(300, 1, 5)).accounts[299].person.address, plan.accounts[299].person.address);
}

QTEST_GUILESS_MAIN(TestDemoStore)
#include "tst_demostore.moc"
