// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/cohort.h"

#include <QDate>
#include <QDialog>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Ui {
class CohortDialog;
}

namespace convener::gui {

// Names a new cohort and sets its weekly rhythm: the first call's date, the
// local time and the time zone. The weekday follows from the date. The same
// dialog edits an existing cohort (see editCohort()).
class CohortDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CohortDialog)

public:
    // today: the date to start from, passed in so the dialog never reads the clock.
    CohortDialog(const QDate &today, const QString &systemTimeZone, QWidget *parent = nullptr);
    ~CohortDialog() override;

    // Turns the dialog into the editor of an existing cohort: the fields hold its
    // details and hosts, the program (fixed once a cohort has its calls) is not
    // offered, and OK emits changesConfirmed() instead of closing, so that a refusal
    // can be shown with the changes still there. callStarts are the planned starts
    // of the cohort's calls ("YYYY-MM-DDTHH:MM", empty for an undated call): the
    // dialog says what moving the first call does to them.
    void editCohort(const core::Cohort &cohort, const std::vector<std::string> &hosts,
                    const std::vector<std::string> &callStarts);
    // Why the changes could not be saved; the dialog stays open with them.
    void refuse(const QString &message);

    // The cohort as filled in; when editing, with the edited cohort's id.
    core::Cohort cohort() const;
    // The built-in program chosen, empty for none.
    std::string programId() const;
    // The hosts typed in, in order: the first hosts, the others co-host.
    std::vector<std::string> hosts() const;

Q_SIGNALS:
    // Editing only: OK was pressed with valid details.
    void changesConfirmed();

private:
    void check();
    QString rescheduleText() const;

    const std::unique_ptr<Ui::CohortDialog> m_ui;
    std::optional<core::Cohort> m_editing;                   // the cohort as stored, when editing
    int m_datedCalls = 0;

};

} // namespace convener::gui
