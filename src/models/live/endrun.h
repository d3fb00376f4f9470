// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/run/runstate.h"

#include <QUndoCommand>

namespace convener::models {

class RunController;

// "End call" on a live run. The run is ended before the push; undo brings it
// back as it stood when it ended. Its deadlines are wall-clock times, so the
// time since counts, as it did in the call: a phase that would have ended in
// between has moved on.
class EndRun final : public QUndoCommand
{
public:
    EndRun(RunController &run, core::RunState before);

    void redo() override;
    void undo() override;

private:
    RunController &m_run;
    core::RunState m_before;
    bool m_first = true;
};

} // namespace convener::models
