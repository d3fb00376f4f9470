// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/program/callstepsmodel.h"

#include <QUndoCommand>

namespace convener::models {

// Puts a copy of a step (with an id of its own) right after it.
class DuplicateStep final : public QUndoCommand
{
public:
    DuplicateStep(CallStepsModel *model, CallStepsModel::CallRef call, int row, core::Step copy);
    void undo() override;
    void redo() override;

private:
    CallStepsModel *m_model;
    CallStepsModel::CallRef m_call;
    int m_row;
    core::Step m_copy;
};

} // namespace convener::models
