// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/program/callstepsmodel.h"

#include <QUndoCommand>

namespace convener::models {

// Takes over a call a co-host sent (its steps, title and length) in place of
// the call's own; the call keeps its date.
class ReplaceSteps final : public QUndoCommand
{
public:
    ReplaceSteps(CallStepsModel *model, CallStepsModel::CallRef call, core::ProgramCall before,
                 core::ProgramCall after);
    void undo() override;
    void redo() override;

private:
    CallStepsModel *m_model;
    CallStepsModel::CallRef m_call;
    core::ProgramCall m_before;
    core::ProgramCall m_after;
};

} // namespace convener::models
