// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ProgressDelegate: paints a progress bar in a table cell from the model's done/total
// roles, with the cell's text on it. Painting (not a widget per row) keeps a long job
// list cheap and lets the jobs dock grow rate and ETA columns later.

#include <QStyledItemDelegate>

namespace mailstore::app {

class ProgressDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)
public:
    // doneRole/totalRole give qint64 values; total <= 0 paints the text only.
    ProgressDelegate(int doneRole, int totalRole, QObject *parent = nullptr);
    ~ProgressDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_doneRole;
    int m_totalRole;
};

} // namespace mailstore::app
