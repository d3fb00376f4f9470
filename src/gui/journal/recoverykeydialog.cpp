// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/journal/recoverykeydialog.h"

#include "ui_recoverykeydialog.h"

#include <QFontDatabase>
#include <QPushButton>

namespace convener::gui {

RecoveryKeyDialog::RecoveryKeyDialog(const QString &recoveryKey, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RecoveryKeyDialog>())
{
    m_ui->setupUi(this);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    m_ui->keyLabel->setFont(mono);
    // Seven groups a line, so it reads and copies by hand like a card.
    const QStringList groups = recoveryKey.split(QLatin1Char('-'));
    m_ui->keyLabel->setText(groups.mid(0, 7).join(QLatin1Char('-')) + QLatin1Char('\n')
                            + groups.mid(7).join(QLatin1Char('-')));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_ui->writtenDownCheck, &QCheckBox::toggled, ok, &QPushButton::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

RecoveryKeyDialog::~RecoveryKeyDialog() = default;

void RecoveryKeyDialog::done(int result)
{
    if (!m_ui->writtenDownCheck->isChecked())
        return;
    m_ui->keyLabel->clear();
    QDialog::done(result);
}

} // namespace convener::gui
