// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/run/runplan.h"

#include <QUndoCommand>

namespace convener::models {

class RunController;

// "Fit to end on time" on a live run. The fit itself is done before the push
// (its result is what the host is told); redo after an undo re-applies it.
class FitSchedule final : public QUndoCommand
{
public:
    FitSchedule(RunController &run, core::RunPlan previous, core::RunPlan fitted);

    void redo() override;
    void undo() override;

private:
    RunController &m_run;
    core::RunPlan m_previous;
    core::RunPlan m_fitted;
    bool m_first = true;
};

} // namespace convener::models
