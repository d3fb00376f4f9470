// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/people/persondialog.h"

#include "gui/people/timezones.h"
#include "models/text.h"
#include "ui_persondialog.h"

#include <algorithm>
#include <QPushButton>

namespace convener::gui {

using models::toQt;
using models::toStd;

PersonDialog::PersonDialog(const core::Member &member, std::vector<std::string> otherEmails, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PersonDialog>()), m_original(member),
      m_otherEmails(std::move(otherEmails))
{
    m_ui->setupUi(this);
    setWindowTitle(member.person.id == 0 ? tr("Add Person") : tr("Edit %1").arg(toQt(member.person.displayName)));
    m_ui->roleCombo->addItem(tr("Participant"), QStringLiteral("participant"));
    m_ui->roleCombo->addItem(tr("Host"), QStringLiteral("host"));
    m_ui->roleCombo->addItem(tr("Co-host"), QStringLiteral("co-host"));
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(toQt(core::roleKey(member.role))));
    fillTimeZones(m_ui->timeZoneCombo, toQt(member.person.timeZone));

    m_ui->nameEdit->setText(toQt(member.person.displayName));
    m_ui->emailEdit->setText(toQt(member.person.email));
    m_ui->pronounsEdit->setText(toQt(member.person.pronouns));
    m_ui->locationEdit->setText(toQt(member.person.location));
    m_ui->notesEdit->setPlainText(toQt(member.person.notes));

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &PersonDialog::check);
    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, &PersonDialog::check);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

PersonDialog::~PersonDialog() = default;

core::Member PersonDialog::member() const
{
    core::Member m = m_original;
    m.person.displayName = core::trimmed(toStd(m_ui->nameEdit->text()));
    m.person.email = core::trimmed(toStd(m_ui->emailEdit->text()));
    m.person.pronouns = core::trimmed(toStd(m_ui->pronounsEdit->text()));
    m.person.location = core::trimmed(toStd(m_ui->locationEdit->text()));
    m.person.timeZone = core::trimmed(toStd(m_ui->timeZoneCombo->currentText()));
    m.person.notes = toStd(m_ui->notesEdit->toPlainText());
    m.role = core::roleFromKey(toStd(m_ui->roleCombo->currentData().toString())).value_or(core::Role::Participant);
    return m;
}

void PersonDialog::check()
{
    const std::string email = core::trimmed(toStd(m_ui->emailEdit->text()));
    QString problem;
    if (core::trimmed(toStd(m_ui->nameEdit->text())).empty()) {
        problem = tr("A name is needed.");
    } else if (!email.empty() && !core::looksLikeEmail(email)) {
        problem = tr("'%1' does not look like an email address.").arg(toQt(email));
    } else if (!email.empty()
               && std::find(m_otherEmails.begin(), m_otherEmails.end(), core::normalizedEmail(email))
                      != m_otherEmails.end()) {
        problem = tr("Someone in this cohort already has the email %1.").arg(toQt(email));
    }
    // Shown as words with a warning sign, not by colour alone.
    m_ui->problemLabel->setText(problem.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace convener::gui
