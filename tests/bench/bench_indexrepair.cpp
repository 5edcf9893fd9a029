// SPDX-License-Identifier: GPL-3.0-or-later
// Rebuild of a 50,000-message INBOX, ours against `doveadm force-resync` alone, on the
// same damage applied to byte-identical copies, against a real Dovecot on loopback. The
// headline is how many UIDs each keeps: every kept UID is a message clients do not
// download again.
//   bench_indexrepair [--messages 50000]
#include "benchutil.h"
#include "core/dovecot/uidlist.h"
#include "core/integrity/indexrebuild.h"
#include "corruptions.h"
#include "dovecotserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <map>

using namespace mailstore::core;

namespace {

// base name -> UID, as the uidlist on disk says (Dovecot honours it, and rewrites it
// after a force-resync, so it is what IMAP clients see).
std::map<std::string, std::uint32_t> uidMap(const QString &maildir)
{
    std::map<std::string, std::uint32_t> out;
    auto list = dovecot::readUidlist(maildir.toStdString());
    if (list)
        for (const auto &r : list->records)
            out[r.baseName] = r.uid;
    return out;
}

double keptShare(const std::map<std::string, std::uint32_t> &before, const std::map<std::string, std::uint32_t> &after)
{
    std::size_t kept = 0;
    for (const auto &[name, uid] : before) {
        auto it = after.find(name);
        kept += it != after.end() && it->second == uid ? 1 : 0;
    }
    return 100.0 * double(kept) / double(std::max<std::size_t>(before.size(), 1));
}

bool copyTree(const QString &from, const QString &to)
{
    QDir(to).removeRecursively();
    return QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), from, to}) == 0;
}

void writeMailbox(const QString &maildir, int messages)
{
    QDir().mkpath(maildir + QStringLiteral("/cur"));
    QDir().mkpath(maildir + QStringLiteral("/new"));
    QDir().mkpath(maildir + QStringLiteral("/tmp"));
    QByteArray uidlist = "3 V1790000000 N" + QByteArray::number(messages + 1) + " G0123456789abcdef0123456789abcdef\n";
    for (int i = 1; i <= messages; ++i) {
        const QByteArray body = "From: bench@example.org\nTo: alice@example.org\nSubject: message " + QByteArray::number(i)
            + "\nMessage-ID: <" + QByteArray::number(i) + "@bench>\n\nbody\n";
        const QByteArray base = QByteArray::number(1700000000 + i) + ".M" + QByteArray::number(i) + "P1.bench,S="
            + QByteArray::number(body.size()) + ",W=" + QByteArray::number(body.size() + body.count('\n'));
        QFile f(maildir + QStringLiteral("/cur/") + QString::fromLatin1(base) + QStringLiteral(":2,S"));
        f.open(QIODevice::WriteOnly);
        f.write(body);
        uidlist += QByteArray::number(i) + " :" + base + "\n";
    }
    QFile u(maildir + QStringLiteral("/dovecot-uidlist"));
    u.open(QIODevice::WriteOnly);
    u.write(uidlist);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages in the INBOX."), QStringLiteral("N"),
                      QStringLiteral("50000")});
    parser.process(app);
    const int messages = parser.value(QStringLiteral("messages")).toInt();

    integration::DovecotServer server;
    QString error;
    if (!server.start(&error))
        qFatal("cannot start Dovecot: %s", qPrintable(error));
    const QString maildir = server.maildirOf(QStringLiteral("alice"));
    writeMailbox(maildir, messages);
    server.fixPermissions();
    // Let Dovecot build its own index of the mailbox first, as on a real host.
    auto first = server.doveadm({QStringLiteral("force-resync"), QStringLiteral("-u"), QStringLiteral("alice"), QStringLiteral("INBOX")}, 600000);
    (void)server.doveadm({QStringLiteral("index"), QStringLiteral("-u"), QStringLiteral("alice"), QStringLiteral("INBOX")}, 600000);
    const auto baseline = uidMap(maildir);
    const QString pristine = server.root() + QStringLiteral("/pristine");
    copyTree(maildir, pristine);

    std::printf("| damage (%d-message INBOX) | ours: rebuild | ours: rebuild + force-resync | doveadm force-resync alone | "
                "UIDs kept: ours | UIDs kept: Dovecot alone | UIDVALIDITY kept: ours / Dovecot |\n", messages);
    std::printf("|---|---|---|---|---|---|---|\n");
    const auto uidValidity = [&] {
        auto l = dovecot::readUidlist(maildir.toStdString());
        return l ? l->uidValidity : 0u;
    };
    const std::uint32_t originalValidity = uidValidity();
    using integration::Corruption;
    for (Corruption kind : {Corruption::UidlistGarbageLine, Corruption::UidlistDuplicateUid, Corruption::UidlistBadHeader,
                            Corruption::UidlistFileWithoutEntry, Corruption::UidValidityChanged, Corruption::LogTruncatedMidRecord,
                            Corruption::UidlistDeleted}) {
        // Dovecot alone.
        copyTree(pristine, maildir);
        if (!integration::corrupt(kind, maildir)) {
            std::printf("| %s | (damage needs a file this mailbox lacks) | | | | |\n", integration::corruptionName(kind));
            continue;
        }
        server.fixPermissions();
        QElapsedTimer t;
        t.start();
        (void)server.doveadm({QStringLiteral("force-resync"), QStringLiteral("-u"), QStringLiteral("alice"), QStringLiteral("INBOX")}, 600000);
        const double dovecotMs = double(t.nsecsElapsed()) / 1e6;
        const double dovecotKept = keptShare(baseline, uidMap(maildir));
        const bool dovecotValidity = uidValidity() == originalValidity;

        // Ours, then Dovecot finishing (what the agent does).
        copyTree(pristine, maildir);
        (void)integration::corrupt(kind, maildir);
        server.fixPermissions();
        t.restart();
        const maildir::AccountLocation loc{"alice", "alice", "", maildir.toStdString()};
        auto report = integrity::rebuildAccountIndex(loc);
        if (!report)
            qFatal("rebuild failed: %s", report.error().detail.c_str());
        const double rebuildMs = double(t.nsecsElapsed()) / 1e6;
        server.fixPermissions();
        (void)server.doveadm({QStringLiteral("force-resync"), QStringLiteral("-u"), QStringLiteral("alice"), QStringLiteral("INBOX")}, 600000);
        const double oursMs = double(t.nsecsElapsed()) / 1e6;
        const double oursKept = keptShare(baseline, uidMap(maildir));
        const bool oursValidity = uidValidity() == originalValidity;
        std::printf("| %s | %.0f ms (%.2f×) | %.0f ms | %.0f ms | %.3f%% | %.3f%% | %s / %s |\n", integration::corruptionName(kind),
                    rebuildMs, rebuildMs / dovecotMs, oursMs, dovecotMs, oursKept, dovecotKept, oursValidity ? "yes" : "no",
                    dovecotValidity ? "yes" : "no");
        std::fflush(stdout);
    }
    Q_UNUSED(first);
    server.stop();
    return 0;
}
