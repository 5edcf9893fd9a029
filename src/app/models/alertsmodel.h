// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AlertsModel: a host's current storage alerts (alerts.list): severity (icon and word,
// never colour alone), message and since when, plus which series proves each alert and
// the threshold it crossed, so the Storage tab can draw that line on that chart.

#include "jsonrowsmodel.h"

#include <optional>

namespace mailstore::app {

class AgentClient;

class AlertsModel final : public JsonRowsModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsModel)
public:
    enum Column { Severity, Message, Since, ColumnCount };
    enum Role { SeriesRole = Qt::UserRole, KindRole, SeverityRole };

    explicit AlertsModel(AgentClient *client, QObject *parent = nullptr);
    ~AlertsModel() override;

    void load();
    void setAnswer(const QJsonObject &answer);
    bool isLearning() const { return m_learning; }
    QJsonObject alert(int r) const { return row(r); }
    // The threshold of the first alert on `series`, if any.
    std::optional<double> thresholdFor(const QString &series) const;
    // "critical", "warning" or empty.
    QString worstSeverity() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void answerFields(const QJsonObject &result) override;

    bool m_learning = false;
};

} // namespace mailstore::app
