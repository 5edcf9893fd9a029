// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FindingsModel: what the last scan of an account noticed (docs/admin-api.md, Finding).
// Each stable finding code gets a translated sentence for people; the agent's detail
// stays in the tooltip.

#include <QAbstractTableModel>
#include <QJsonArray>

namespace mailstore::app {

class FindingsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)
public:
    enum Column { Severity, Problem, Code, Path, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        CodeRole = Qt::UserRole, // stable finding code
        SeverityRole,            // "info" | "warning" | "error"
    };

    explicit FindingsModel(QObject *parent = nullptr);
    ~FindingsModel() override;

    void setFindings(const QJsonArray &findings);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The sentence for people for a finding code (a generic one for unknown codes).
    static QString describe(const QString &code);
    static QString severityWord(const QString &severity);
    static QString severityIcon(const QString &severity); // resource path

private:
    struct Row {
        QString code;
        QString severity;
        QString path;
        QString detail;
    };
    QList<Row> m_rows;
};

} // namespace mailstore::app
