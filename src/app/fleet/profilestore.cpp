// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
};
constexpr auto FormatTag = "mailstore-admin-profiles";
constexpr int FormatVersion = 1;
constexpr qint64 MaxImportBytes = 4 * 1024 * 1024; // thousands of hosts fit easily
} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{
}

ProfileStore::~ProfileStore() = default;

// ~/.config/mailstore-admin/profiles.ini: a file of its own, so it can be backed up or
// handed to configuration management alone.
void ProfileStore::load()
{
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, u"mailstore-admin"_s, u"profiles"_s);
    loadFrom(settings);
}

void ProfileStore::save() const
{
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, u"mailstore-admin"_s, u"profiles"_s);
    saveTo(settings);
}

void ProfileStore::loadFrom(QSettings &settings)
{
    m_profiles.clear();
    const int n = settings.beginReadArray(u"profiles"_s);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        // Stored as one JSON object per entry: the same reader as imports, so a hand-edited
        // settings file is checked just as strictly.
        const auto doc = QJsonDocument::fromJson(settings.value(u"json"_s).toByteArray());
        if (auto p = ConnectionProfile::fromJson(doc.object()))
            m_profiles.append(*p);
        else
            qWarning("mailstore-admin: skipping saved profile %d: %s", i, qPrintable(p.error()));
    }
    settings.endArray();
    emit changed();
}

void ProfileStore::saveTo(QSettings &settings) const
{
    settings.remove(u"profiles"_s);
    settings.beginWriteArray(u"profiles"_s, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"json"_s, QJsonDocument(m_profiles[i].toJson()).toJson(QJsonDocument::Compact));
    }
    settings.endArray();
    settings.sync();
}

const ConnectionProfile *ProfileStore::find(const QString &id) const
{
    for (const auto &p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

void ProfileStore::upsert(const ConnectionProfile &profile)
{
    for (auto &p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            return;
        }
    }
    m_profiles.append(profile);
}

void ProfileStore::put(const ConnectionProfile &profile)
{
    upsert(profile);
    save();
    emit changed();
}

void ProfileStore::remove(const QString &id)
{
    m_profiles.removeIf([&id](const ConnectionProfile &p) { return p.id == id; });
    save();
    emit changed();
}

QStringList ProfileStore::groups() const
{
    QStringList out;
    for (const auto &p : m_profiles) {
        if (!out.contains(p.group))
            out.append(p.group);
    }
    return out;
}

std::expected<void, QString> ProfileStore::exportTo(const QString &file) const
{
    QJsonArray list;
    for (const auto &p : m_profiles)
        list.append(p.toJson());
    const QJsonObject doc{{u"format"_s, QLatin1StringView(FormatTag)},
                          {u"version"_s, FormatVersion}, {u"profiles"_s, list}};
    QSaveFile out(file); // temp file, then rename: a crash never leaves half a file
    if (!out.open(QIODevice::WriteOnly))
        return std::unexpected(StoreText::tr("Cannot write %1: %2").arg(file, out.errorString()));
    out.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return std::unexpected(StoreText::tr("Cannot write %1: %2").arg(file, out.errorString()));
    return {};
}

std::expected<QList<ConnectionProfile>, QString> ProfileStore::readFile(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return std::unexpected(StoreText::tr("Cannot read %1: %2").arg(file, in.errorString()));
    if (in.size() > MaxImportBytes)
        return std::unexpected(StoreText::tr("%1 is not a profile file (larger than 4 MiB)").arg(file));
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(StoreText::tr("%1 is not valid JSON: %2 at byte %3")
                                   .arg(file, parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toString() != QLatin1StringView(FormatTag))
        return std::unexpected(StoreText::tr("%1 is not a Mailstore Admin profile file (no "
                                             "\"format\": \"%2\")").arg(file, QLatin1StringView(FormatTag)));
    if (root.value("version"_L1).toInt() != FormatVersion)
        return std::unexpected(StoreText::tr("%1 has profile format version %2; this version reads %3")
                                   .arg(file).arg(root.value("version"_L1).toInt()).arg(FormatVersion));
    QList<ConnectionProfile> incoming;
    const QJsonArray list = root.value("profiles"_L1).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        if (entry.contains("password"_L1) || entry.contains("token"_L1) || entry.contains("passphrase"_L1))
            return std::unexpected(StoreText::tr("profile %1: contains a secret; profile files must "
                                                 "not carry passwords or tokens").arg(i + 1));
        auto p = ConnectionProfile::fromJson(entry);
        if (!p)
            return std::unexpected(StoreText::tr("profile %1 (%2): %3")
                                       .arg(i + 1).arg(entry.value("name"_L1).toString(), p.error()));
        incoming.append(*p);
    }
    return incoming;
}

std::expected<int, QString> ProfileStore::importFrom(const QString &file)
{
    const auto read = readFile(file);
    if (!read)
        return std::unexpected(read.error());
    const QList<ConnectionProfile> &incoming = *read;
    for (const auto &p : incoming)
        upsert(p);
    save();
    emit changed();
    return int(incoming.size());
}

} // namespace mailstore::app
