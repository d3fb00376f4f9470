// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/program/callstepsmodel.h"

#include <QUndoCommand>

#include <vector>

namespace convener::models {

// Puts steps (a practice from the library or a file) into a call at a place.
// Their ids are already unique in the call.
class InsertStep final : public QUndoCommand
{
public:
    InsertStep(CallStepsModel *model, CallStepsModel::CallRef call, int row, std::vector<core::Step> steps,
               const QString &text);
    void undo() override;
    void redo() override;

private:
    CallStepsModel *m_model;
    CallStepsModel::CallRef m_call;
    int m_row;
    std::vector<core::Step> m_steps;
};

} // namespace convener::models
