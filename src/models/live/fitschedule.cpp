// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/live/fitschedule.h"

#include "models/live/runcontroller.h"

#include <QCoreApplication>

namespace convener::models {

FitSchedule::FitSchedule(RunController &run, core::RunPlan previous, core::RunPlan fitted)
    : QUndoCommand(QCoreApplication::translate("FitSchedule", "Fit the call to end on time"))
    , m_run(run)
    , m_previous(std::move(previous))
    , m_fitted(std::move(fitted))
{
}

void FitSchedule::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    if (!m_run.applyPlan(m_fitted))
        setObsolete(true);
}

void FitSchedule::undo()
{
    if (!m_run.applyPlan(m_previous))
        setObsolete(true);
}

} // namespace convener::models
