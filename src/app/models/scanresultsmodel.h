// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ScanResultsModel: the accounts an index check found something in — from a host-wide
// `index.verify {all}` job result or from per-account verifies — one row per account
// with its problem count, worst severity and finding codes. Sorting and filtering are
// a QSortFilterProxyModel's job (SortRole); ExportRole gives the plain values for CSV.

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace mailstore::app {

class ScanResultsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanResultsModel)
public:
    enum Column { Account, Problems, Worst, Codes, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole, // numbers as numbers, severity as its rank
        ExportRole,              // CSV value: name, count, "error", "a-code b-code"
        NameRole,
    };

    explicit ScanResultsModel(QObject *parent = nullptr);
    ~ScanResultsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void clear();
    // [{"account", "problems", "findings": [Finding…]}] — a host scan's `results`.
    void setResults(const QJsonArray &results);
    // One account's `index.verify` answer; replaces an earlier row of that account.
    // Healthy accounts are kept too, so a verify of a selection lists every account.
    void addResult(const QJsonObject &result);

    QString accountName(int row) const;
    int accountsWithProblems() const;

    static int severityRank(const QString &severity); // info 1, warning 2, error 3

private:
    struct Row {
        QString account;
        int problems = 0;
        int findings = 0;
        QString worst;     // "" when nothing was found
        QStringList codes; // distinct, in order of first appearance
    };
    static Row rowFrom(const QJsonObject &result);

    QList<Row> m_rows;
};

} // namespace mailstore::app
