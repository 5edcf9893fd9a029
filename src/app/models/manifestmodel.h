// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ManifestModel: the messages of one backup's manifest (offline backup file view): its
// mailbox, file name, delivery date, size, flags, UID and the backup holding its bytes.
// Rows with a verify problem carry the problem as an icon plus a word. From/Subject are
// not shown: they would mean inflating the archive; the manifest alone is instant.

#include "core/archive/archiveproblem.h"
#include "core/archive/manifest.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace mailstore::app {

class ManifestModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManifestModel)
public:
    enum Column { Mailbox, File, Date, Size, Flags, Uid, StoredIn, Problem, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IndexRole };

    explicit ManifestModel(QObject *parent = nullptr);
    ~ManifestModel() override;

    void setManifest(std::shared_ptr<const core::archive::Manifest> manifest);
    // Problems of message members ("m/<n>") mark their rows; others are ignored here.
    void setProblems(const core::archive::MemberProblems &problems);
    const core::archive::ManifestMessage *message(int row) const;
    QString mailboxName(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const core::archive::Manifest> m_manifest;
    QHash<int, QString> m_problems; // row -> problem name
};

} // namespace mailstore::app
