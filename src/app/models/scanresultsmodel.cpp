// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanresultsmodel.h"

#include "findingtext.h"
#include "models/findingsmodel.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace mailstore::app {

ScanResultsModel::ScanResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ScanResultsModel::~ScanResultsModel() = default;

int ScanResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScanResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScanResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case Account: return r.account;
        case Problems: return r.problems;
        // A word beside the icon: never colour alone.
        case Worst: return r.worst.isEmpty() ? tr("Healthy") : FindingsModel::severityWord(r.worst);
        case Codes: return r.codes.join(", "_L1);
        }
        break;
    case Qt::DecorationRole:
        if (col == Worst)
            return QIcon(r.worst.isEmpty() ? u":/icons/healthy.svg"_s
                                           : FindingsModel::severityIcon(r.worst));
        break;
    case Qt::ToolTipRole:
        if (col == Codes || col == Worst) {
            QStringList lines;
            for (const QString &code : r.codes)
                lines << u"%1: %2"_s.arg(code, findingSentence(code));
            return lines.join(u'\n');
        }
        if (col == Problems)
            return tr("%n finding(s) in all, info notes included", nullptr, r.findings);
        break;
    case Qt::TextAlignmentRole:
        return col == Problems ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (col) {
        case Problems: return r.problems;
        case Worst: return severityRank(r.worst);
        case Codes: return r.codes.join(u' ');
        default: return r.account;
        }
    case ExportRole:
        switch (col) {
        case Account: return r.account;
        case Problems: return r.problems;
        case Worst: return r.worst.isEmpty() ? u"ok"_s : r.worst;
        case Codes: return r.codes.join(u' ');
        }
        break;
    case NameRole:
        return r.account;
    }
    return {};
}

QVariant ScanResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Problems ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Account: return tr("Account");
    case Problems: return tr("Problems");
    case Worst: return tr("Worst severity");
    case Codes: return tr("Codes");
    }
    return {};
}

void ScanResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ScanResultsModel::setResults(const QJsonArray &results)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(results.size());
    for (const auto &v : results)
        m_rows.append(rowFrom(v.toObject()));
    endResetModel();
}

void ScanResultsModel::addResult(const QJsonObject &result)
{
    const Row row = rowFrom(result);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).account == row.account) {
            m_rows[i] = row;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(row);
    endInsertRows();
}

QString ScanResultsModel::accountName(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).account : QString();
}

int ScanResultsModel::accountsWithProblems() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.problems > 0; }));
}

int ScanResultsModel::severityRank(const QString &severity)
{
    if (severity == "error"_L1)
        return 3;
    if (severity == "warning"_L1)
        return 2;
    return severity.isEmpty() ? 0 : 1;
}

ScanResultsModel::Row ScanResultsModel::rowFrom(const QJsonObject &result)
{
    Row row;
    row.account = result.value("account"_L1).toString();
    const QJsonArray findings = result.value("findings"_L1).toArray();
    row.findings = int(findings.size());
    int counted = 0;
    for (const auto &v : findings) {
        const QJsonObject f = v.toObject();
        const QString severity = f.value("severity"_L1).toString();
        if (severityRank(severity) > severityRank(row.worst))
            row.worst = severity;
        if (severityRank(severity) >= 2)
            ++counted;
        const QString code = f.value("code"_L1).toString();
        if (!row.codes.contains(code))
            row.codes << code;
    }
    // The agent's count is the contract; the findings are the fallback.
    row.problems = int(result.value("problems"_L1).toInteger(counted));
    return row;
}

} // namespace mailstore::app
