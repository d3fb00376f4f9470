// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/program/callstepsmodel.h"

#include <QUndoCommand>

namespace convener::models {

// Moves a step to another place in its call (to: its place once moved).
class MoveStep final : public QUndoCommand
{
public:
    MoveStep(CallStepsModel *model, CallStepsModel::CallRef call, int from, int to, const QString &title);
    void undo() override;
    void redo() override;

private:
    CallStepsModel *m_model;
    CallStepsModel::CallRef m_call;
    int m_from;
    int m_to;
};

} // namespace convener::models
