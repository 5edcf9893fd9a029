// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include "findingtext.h"

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
    return findingSentence(code);
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
