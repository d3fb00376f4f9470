// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/people/cohortdialog.h"

#include "core/program/builtinlibrary.h"
#include "gui/people/timezones.h"
#include "models/storageerror.h"
#include "models/text.h"
#include "ui_cohortdialog.h"

#include <algorithm>
#include <QDateTime>
#include <QLocale>
#include <QPushButton>

namespace convener::gui {

using models::toQt;
using models::toStd;

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
    connect(m_ui->timeEdit, &QTimeEdit::timeChanged, this, &CohortDialog::check);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_editing)
            Q_EMIT changesConfirmed();
        else
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

CohortDialog::~CohortDialog() = default;

void CohortDialog::editCohort(const core::Cohort &cohort, const std::vector<std::string> &hosts,
                              const std::vector<std::string> &callStarts)
{
    m_editing = cohort;
    m_datedCalls = static_cast<int>(
        std::count_if(callStarts.begin(), callStarts.end(), [](const std::string &s) { return !s.empty(); }));
    setWindowTitle(tr("Edit Cohort"));
    m_ui->introLabel->setText(tr("Change what this cohort is called, when its calls take place, where they "
                                 "take place and who hosts them."));
    m_ui->nameEdit->setText(toQt(cohort.name));
    if (const QDate date = QDate::fromString(toQt(cohort.startDate), Qt::ISODate); date.isValid())
        m_ui->startDateEdit->setDate(date);
    if (const QTime time = QTime::fromString(toQt(cohort.startTime), QStringLiteral("HH:mm")); time.isValid())
        m_ui->timeEdit->setTime(time);
    fillTimeZones(m_ui->timeZoneCombo, toQt(cohort.timeZone));
    m_ui->descriptionEdit->setPlainText(toQt(cohort.description));
    m_ui->videoLinkEdit->setText(toQt(cohort.videoLink));
    QStringList names;
    for (const std::string &name : hosts)
        names << toQt(name);
    m_ui->hostsEdit->setText(names.join(QStringLiteral(", ")));
    m_ui->programLabel->hide();
    m_ui->programCombo->hide();
    m_ui->rescheduleLabel->setVisible(m_datedCalls > 0);
    m_ui->hostsNoteLabel->show();
    check();
}

void CohortDialog::refuse(const QString &message)
{
    m_ui->problemLabel->setText(QStringLiteral("\u26A0 ") + message);
}

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
    c.videoLink = core::completedVideoLink(toStd(m_ui->videoLinkEdit->text()));
    if (m_editing)
        c.id = m_editing->id;
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
    const QString problems = models::describe(core::validateCohort(cohort()));
    m_ui->problemLabel->setText(problems.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + problems);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    if (m_datedCalls > 0)
        m_ui->rescheduleLabel->setText(rescheduleText());
}

QString CohortDialog::rescheduleText() const
{
    const core::Cohort now = cohort();
    const QString format = QStringLiteral("ddd d MMM yyyy, HH:mm");
    const QDateTime from(QDate::fromString(toQt(m_editing->startDate), Qt::ISODate),
                         QTime::fromString(toQt(m_editing->startTime), QStringLiteral("HH:mm")));
    const QDateTime to(m_ui->startDateEdit->date(), m_ui->timeEdit->time());
    if (now.startDate == m_editing->startDate && now.startTime == m_editing->startTime)
        return tr("Calls with a date: %1. Changing the first call's date or the time moves every one of them by the "
                  "same amount, so a call moved on its own keeps its distance; calls already held move too. Another "
                  "time zone keeps their local times.")
            .arg(m_datedCalls);
    return tr("On saving, every call with a date, held or not, moves as the first call does: from %1 to %2.")
        .arg(from.isValid() ? QLocale().toString(from, format) : tr("no date"), QLocale().toString(to, format));
}

} // namespace convener::gui
