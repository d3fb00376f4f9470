// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/program/callstepsmodel.h"

#include <QUndoCommand>

namespace convener::models {

// Takes a step out of a call; undo puts the same step back in its place.
class RemoveStep final : public QUndoCommand
{
public:
    RemoveStep(CallStepsModel *model, CallStepsModel::CallRef call, int row, core::Step step);
    void undo() override;
    void redo() override;

private:
    CallStepsModel *m_model;
    CallStepsModel::CallRef m_call;
    int m_row;
    core::Step m_step;
};

} // namespace convener::models
