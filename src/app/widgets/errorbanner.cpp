// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbanner.h"

#include "ui_errorbanner.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace mailstore::app {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::ErrorBanner>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(u":/icons/error.svg"_s).pixmap(24, 24));
    m_ui->iconLabel->setAccessibleName(tr("Error"));
    // A tinted background from the palette, so the banner also reads in dark themes;
    // the icon and the words carry the meaning, the colour only draws the eye.
    setAutoFillBackground(true);
    QPalette p = palette();
    const QColor base = p.color(QPalette::Window);
    p.setColor(QPalette::Window, base.lightness() > 128 ? QColor(0xfd, 0xec, 0xea)
                                                        : QColor(0x5a, 0x22, 0x22));
    setPalette(p);
    QFont bold = m_ui->headlineLabel->font();
    bold.setBold(true);
    m_ui->headlineLabel->setFont(bold);
    connect(m_ui->reconnectButton, &QPushButton::clicked, this, &ErrorBanner::reconnectRequested);
    connect(m_ui->detailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->detailsView->setVisible(on);
        m_ui->detailsButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showProblem(const QString &headline, const QString &whatToDo,
                              const QString &details)
{
    m_ui->headlineLabel->setText(headline);
    m_ui->hintLabel->setText(whatToDo);
    m_ui->hintLabel->setVisible(!whatToDo.isEmpty());
    m_ui->detailsView->setPlainText(details);
    m_ui->detailsButton->setVisible(!details.isEmpty());
    if (details.isEmpty())
        m_ui->detailsButton->setChecked(false);
    show();
}

void ErrorBanner::setReconnectVisible(bool visible)
{
    m_ui->reconnectButton->setVisible(visible);
}

QString ErrorBanner::headline() const
{
    return m_ui->headlineLabel->text();
}

} // namespace mailstore::app
