// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobjournal.h"

#include "../../core/fs/atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace mailstore::agent {

namespace {
// Job ids are made by the daemon ("j-<base36>-<n>"); anything else in the folder, or an
// id that would leave it, is not ours to read or write.
bool safeId(const QString &id)
{
    return !id.isEmpty() && id.size() <= 64
        && std::all_of(id.begin(), id.end(), [](QChar c) {
               return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_');
           });
}
} // namespace

JobJournal::JobJournal(QString dir)
    : m_dir(std::move(dir))
{
}

QString JobJournal::pathOf(const QString &id) const
{
    return m_dir + QLatin1Char('/') + id + QStringLiteral(".json");
}

std::expected<void, QString> JobJournal::save(const JobRecord &record) const
{
    if (!safeId(record.id))
        return std::unexpected(QStringLiteral("job id '%1' cannot name a journal file").arg(record.id));
    const QByteArray data = QJsonDocument(record.toJournalJson()).toJson(QJsonDocument::Compact);
    auto written = core::fs::writeFileAtomic(QFile::encodeName(pathOf(record.id)).toStdString(),
                                             std::string_view(data.constData(), size_t(data.size())), 0600);
    if (!written)
        return std::unexpected(QStringLiteral("cannot write job journal %1: %2")
                                   .arg(pathOf(record.id), QString::fromStdString(written.error().detail)));
    return {};
}

void JobJournal::remove(const QString &id) const
{
    if (safeId(id))
        QFile::remove(pathOf(id));
}

JobJournal::Loaded JobJournal::load() const
{
    Loaded out;
    QDir dir(m_dir);
    if (!dir.exists())
        QDir().mkpath(m_dir);
    // Temp files of a write that a kill -9 cut short: the job file itself is whole.
    for (const QString &name : dir.entryList({QStringLiteral(".*.json.tmp.*")}, QDir::Files | QDir::Hidden))
        dir.remove(name);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'hhmmss"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        QString problem;
        std::optional<JobRecord> record;
        if (!f.open(QIODevice::ReadOnly)) {
            problem = f.errorString();
        } else {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
            f.close();
            if (!doc.isObject())
                problem = error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not a JSON object");
            else if (!(record = JobRecord::fromJournalJson(doc.object())))
                problem = QStringLiteral("not a job record (id, kind, state or journalVersion missing)");
            else if (record->id + QStringLiteral(".json") != name)
                problem = QStringLiteral("holds job '%1', not the job its name says").arg(record->id), record.reset();
        }
        if (record) {
            out.jobs.append(*record);
            continue;
        }
        // Kept for whoever investigates, out of the way of the next load.
        dir.mkpath(QStringLiteral("corrupt"));
        const QString aside = dir.filePath(QStringLiteral("corrupt/") + name + QLatin1Char('.') + stamp);
        const bool moved = QFile::rename(dir.filePath(name), aside);
        out.problems << QStringLiteral("job journal file %1 is unreadable (%2); %3")
                            .arg(dir.filePath(name), problem,
                                 moved ? QStringLiteral("moved to ") + aside : QStringLiteral("could not move it aside"));
    }
    std::sort(out.jobs.begin(), out.jobs.end(), [](const JobRecord &a, const JobRecord &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt < b.createdAt;
        // "j-…-10" after "j-…-9": the shorter id of one daemon run is the older.
        return a.id.size() != b.id.size() ? a.id.size() < b.id.size() : a.id < b.id;
    });
    return out;
}

} // namespace mailstore::agent
