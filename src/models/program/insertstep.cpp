// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/program/insertstep.h"

namespace convener::models {

InsertStep::InsertStep(CallStepsModel *model, CallStepsModel::CallRef call, int row, std::vector<core::Step> steps,
                       const QString &text)
    : QUndoCommand(text), m_model(model), m_call(call), m_row(row), m_steps(std::move(steps))
{
}

void InsertStep::redo()
{
    if (!m_model->applyInsert(m_call, m_row, m_steps))
        setObsolete(true);
}

void InsertStep::undo()
{
    if (!m_model->applyRemove(m_call, m_row, static_cast<int>(m_steps.size())))
        setObsolete(true);
}

} // namespace convener::models
