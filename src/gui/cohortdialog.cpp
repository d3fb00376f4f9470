// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/cohortdialog.h"

#include "core/builtinlibrary.h"
#include "gui/timezones.h"
#include "storage/conversions.h"
#include "ui_cohortdialog.h"

#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace convener::gui {

using storage::toQt;
using storage::toStd;

CohortDialog::CohortDialog(const QDate &today, const QString &systemTimeZone, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CohortDialog>())
{
    m_ui->setupUi(this);
    // Default: the same weekday one week from now, at 18:00.
    m_ui->startDateEdit->setDate(today.addDays(7));
    m_ui->timeEdit->setTime(QTime(18, 0));
    fillTimeZones(m_ui->timeZoneCombo, systemTimeZone);
    for (const auto &entry : core::BuiltinLibrary::entries()) {
        if (entry.kind == core::DocumentKind::Program)
            m_ui->programCombo->addItem(tr("%1 (%2 calls)").arg(toQt(entry.title)).arg(entry.callCount), toQt(entry.id));
    }
    m_ui->programCombo->addItem(tr("None for now"), QString());

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CohortDialog::check);
    connect(m_ui->startDateEdit, &QDateEdit::dateChanged, this, &CohortDialog::check);
    connect(m_ui->videoLinkEdit, &QLineEdit::textChanged, this, &CohortDialog::check);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

CohortDialog::~CohortDialog() = default;

core::Cohort CohortDialog::cohort() const
{
    core::Cohort c;
    c.name = core::trimmed(toStd(m_ui->nameEdit->text()));
    const QDate date = m_ui->startDateEdit->date();
    c.startDate = toStd(date.toString(Qt::ISODate));
    c.weekday = date.dayOfWeek();
    c.startTime = toStd(m_ui->timeEdit->time().toString(QStringLiteral("HH:mm")));
    c.timeZone = core::trimmed(toStd(m_ui->timeZoneCombo->currentText()));
    c.description = toStd(m_ui->descriptionEdit->toPlainText());
    c.videoLink = core::trimmed(toStd(m_ui->videoLinkEdit->text()));
    return c;
}

std::vector<std::string> CohortDialog::hosts() const
{
    std::vector<std::string> names;
    const QStringList parts = m_ui->hostsEdit->text().split(QLatin1Char(','));
    for (const QString &part : parts) {
        std::string name = core::trimmed(toStd(part));
        if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(std::move(name));
    }
    return names;
}

std::string CohortDialog::programId() const
{
    return toStd(m_ui->programCombo->currentData().toString());
}

void CohortDialog::check()
{
    m_ui->weekdayValue->setText(tr("Every %1").arg(QLocale().dayName(m_ui->startDateEdit->date().dayOfWeek())));
    QStringList problems;
    for (const auto &p : core::validateCohort(cohort()))
        problems << toQt(p.message);
    m_ui->problemLabel->setText(problems.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + problems.join(QLatin1Char(' ')));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace convener::gui
