// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/program/removestep.h"

#include "storage/conversions.h"

namespace convener::models {

RemoveStep::RemoveStep(CallStepsModel *model, CallStepsModel::CallRef call, int row, core::Step step)
    : QUndoCommand(CallStepsModel::tr("Remove %1").arg(storage::toQt(step.title))), m_model(model), m_call(call),
      m_row(row), m_step(std::move(step))
{
}

void RemoveStep::redo()
{
    if (!m_model->applyRemove(m_call, m_row, 1))
        setObsolete(true);
}

void RemoveStep::undo()
{
    if (!m_model->applyInsert(m_call, m_row, {m_step}))
        setObsolete(true);
}

} // namespace convener::models
