// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Works SshPrompter's dialogs the way a person would, for the offscreen prompter tests:
// find the open dialog among the top-level windows, type into its fields, tick
// "Remember", press OK or Cancel.

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QSignalSpy;

namespace mailstore::test {

// Waits for the next SshPrompter::promptOpened (spy on it) and returns the visible
// dialog called objectName among QApplication::topLevelWidgets(); null on timeout.
QDialog *waitForDialog(QSignalSpy &opened, const char *objectName, int timeoutMs);

// The dialog's answer fields, in order (sshAnswer0, sshAnswer1, …).
QList<QLineEdit *> answerFields(QDialog *dialog);

// Types one answer per field, ticks "Remember" if asked to, and clicks OK. False when
// the dialog has fewer fields or no enabled Remember box where one was asked for.
bool answer(QDialog *dialog, const QStringList &answers, bool remember = false);

// Clicks Cancel.
void cancel(QDialog *dialog);

} // namespace mailstore::test
