// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/program/callstepsmodel.h"
#include "models/program/stepfield.h"

#include <QUndoCommand>

namespace convener::models {

// One field of a step changed (its title, a duration, who leads it...).
// Consecutive changes of the same numeric field of the same step fold into
// one undo step, so clicking a duration up five times undoes at once.
class ChangeStep final : public QUndoCommand
{
public:
    ChangeStep(CallStepsModel *model, CallStepsModel::CallRef call, int row, StepField field, int phase,
               core::Step before, core::Step after);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    CallStepsModel *m_model;
    CallStepsModel::CallRef m_call;
    int m_row;
    StepField m_field;
    int m_phase;
    core::Step m_before;
    core::Step m_after;
};

} // namespace convener::models
