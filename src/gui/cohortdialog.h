// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/cohort.h"

#include <QDate>
#include <QDialog>

#include <memory>
#include <string>
#include <vector>

namespace Ui {
class CohortDialog;
}

namespace convener::gui {

// Names a new cohort and sets its weekly rhythm: the first call's date, the
// local time and the time zone. The weekday follows from the date.
class CohortDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CohortDialog)

public:
    // today: the date to start from, passed in so the dialog never reads the clock.
    CohortDialog(const QDate &today, const QString &systemTimeZone, QWidget *parent = nullptr);
    ~CohortDialog() override;

    core::Cohort cohort() const;
    // The built-in program chosen, empty for none.
    std::string programId() const;
    // The hosts typed in, in order: the first hosts, the others co-host.
    std::vector<std::string> hosts() const;

private:
    void check();

    const std::unique_ptr<Ui::CohortDialog> m_ui;
};

} // namespace convener::gui
