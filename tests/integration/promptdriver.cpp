// SPDX-License-Identifier: GPL-3.0-or-later
#include "promptdriver.h"

#include "transport/sshprompter.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using mailstore::app::SshPrompter;

namespace mailstore::test {

QDialog *waitForDialog(QSignalSpy &opened, const char *objectName, int timeoutMs)
{
    if (opened.isEmpty() && !opened.wait(timeoutMs))
        return nullptr;
    opened.removeFirst();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        auto *dialog = qobject_cast<QDialog *>(window);
        if (dialog && dialog->isVisible() && dialog->objectName() == QLatin1String(objectName))
            return dialog;
    }
    return nullptr;
}

QList<QLineEdit *> answerFields(QDialog *dialog)
{
    QList<QLineEdit *> fields;
    for (int i = 0;; ++i) {
        auto *field = dialog->findChild<QLineEdit *>(QLatin1String(SshPrompter::AnswerFieldName) + QString::number(i));
        if (!field)
            return fields;
        fields << field;
    }
}

bool answer(QDialog *dialog, const QStringList &answers, bool remember)
{
    const QList<QLineEdit *> fields = answerFields(dialog);
    if (fields.size() < answers.size())
        return false;
    for (qsizetype i = 0; i < answers.size(); ++i)
        QTest::keyClicks(fields.at(i), answers.at(i));
    if (remember) {
        auto *box = dialog->findChild<QCheckBox *>(QLatin1String(SshPrompter::RememberBoxName));
        if (!box || !box->isEnabled())
            return false;
        QTest::mouseClick(box, Qt::LeftButton);
        if (!box->isChecked())
            return false;
    }
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    return true;
}

void cancel(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
}

} // namespace mailstore::test
