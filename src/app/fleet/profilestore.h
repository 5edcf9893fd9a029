// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ProfileStore: the saved connection profiles, kept in QSettings (no secrets there, ever)
// and exchanged with colleagues as a JSON file. An import is all or nothing: one bad
// entry names itself and nothing is merged, so a half-imported fleet never appears.

#include "connectionprofile.h"

#include <QList>
#include <QObject>

#include <expected>

class QSettings;

namespace mailstore::app {

class ProfileStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)
public:
    explicit ProfileStore(QObject *parent = nullptr);
    ~ProfileStore() override;

    // ~/.config/mailstore-admin/profiles.ini (QSettings, INI format).
    void load();
    void save() const;
    void loadFrom(QSettings &settings);
    void saveTo(QSettings &settings) const;

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    const ConnectionProfile *find(const QString &id) const;
    // Adds or replaces (same id) and saves.
    void put(const ConnectionProfile &profile);
    void remove(const QString &id);
    QStringList groups() const; // in first-seen order

    // The file carries a format tag and version so future versions can read old files.
    std::expected<void, QString> exportTo(const QString &file) const;
    // Returns how many profiles were added or replaced.
    std::expected<int, QString> importFrom(const QString &file);
    // Reads and checks a profile file without touching the saved profiles.
    static std::expected<QList<ConnectionProfile>, QString> readFile(const QString &file);

signals:
    void changed();

private:
    void upsert(const ConnectionProfile &profile); // same id: replaced, else appended

    QList<ConnectionProfile> m_profiles;
};

} // namespace mailstore::app
