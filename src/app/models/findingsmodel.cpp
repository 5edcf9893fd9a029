// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include <QIcon>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mailstore::app {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

FindingsModel::~FindingsModel() = default;

void FindingsModel::setFindings(const QJsonArray &findings)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &v : findings) {
        const QJsonObject o = v.toObject();
        m_rows.append(Row{o.value("code"_L1).toString(), o.value("severity"_L1).toString(),
                          o.value("path"_L1).toString(), o.value("detail"_L1).toString()});
    }
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity: return severityWord(r.severity);
        case Problem: return describe(r.code);
        case Code: return r.code;
        case Path: return r.path;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Severity)
            return QIcon(severityIcon(r.severity));
        break;
    case Qt::ToolTipRole:
        return r.detail.isEmpty() ? r.path : r.path + u'\n' + r.detail;
    case CodeRole:
        return r.code;
    case SeverityRole:
        return r.severity;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity: return tr("Severity");
    case Problem: return tr("Problem");
    case Code: return tr("Code");
    case Path: return tr("Path");
    }
    return {};
}

QString FindingsModel::describe(const QString &code)
{
    static const QHash<QString, const char *> sentences{
        {u"unreadable-folder"_s, QT_TR_NOOP("A folder cannot be read; its mail is invisible to the user.")},
        {u"non-utf8-name"_s, QT_TR_NOOP("A file or folder name is not valid UTF-8.")},
        {u"dangling-symlink"_s, QT_TR_NOOP("A symbolic link points to something that does not exist.")},
        {u"symlink-skipped"_s, QT_TR_NOOP("A symbolic link was not followed, for safety.")},
        {u"zero-byte-message"_s, QT_TR_NOOP("A message file is empty (0 bytes).")},
        {u"huge-message"_s, QT_TR_NOOP("A message is unusually large.")},
        {u"name-without-info"_s, QT_TR_NOOP("A message in cur/ has no flags part (:2,) in its name.")},
        {u"bad-message-name"_s, QT_TR_NOOP("A message file name does not follow the Maildir rules.")},
        {u"not-a-file"_s, QT_TR_NOOP("Something in a message folder is not a regular file.")},
        {u"missing-subfolder"_s, QT_TR_NOOP("A mailbox lacks its cur/ or new/ folder.")},
        {u"bad-mailbox-name"_s, QT_TR_NOOP("A mailbox name is not valid modified UTF-7.")},
        {u"stat-failed"_s, QT_TR_NOOP("The size or date of a file could not be read.")},
    };
    const auto it = sentences.constFind(code);
    return it != sentences.cend() ? tr(*it) : tr("Unrecognised problem (%1).").arg(code);
}

QString FindingsModel::severityWord(const QString &severity)
{
    if (severity == "error"_L1)
        return tr("Error");
    if (severity == "info"_L1)
        return tr("Info");
    return tr("Warning");
}

QString FindingsModel::severityIcon(const QString &severity)
{
    if (severity == "error"_L1)
        return u":/icons/error.svg"_s;
    if (severity == "info"_L1)
        return u":/icons/info.svg"_s;
    return u":/icons/warning.svg"_s;
}

} // namespace mailstore::app
