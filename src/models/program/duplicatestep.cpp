// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/program/duplicatestep.h"

#include "storage/conversions.h"

namespace convener::models {

DuplicateStep::DuplicateStep(CallStepsModel *model, CallStepsModel::CallRef call, int row, core::Step copy)
    : QUndoCommand(CallStepsModel::tr("Duplicate %1").arg(storage::toQt(copy.title))), m_model(model), m_call(call),
      m_row(row), m_copy(std::move(copy))
{
}

void DuplicateStep::redo()
{
    if (!m_model->applyInsert(m_call, m_row + 1, {m_copy}))
        setObsolete(true);
}

void DuplicateStep::undo()
{
    if (!m_model->applyRemove(m_call, m_row + 1, 1))
        setObsolete(true);
}

} // namespace convener::models
