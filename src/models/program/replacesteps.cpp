// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/program/replacesteps.h"

#include "storage/conversions.h"

namespace convener::models {

ReplaceSteps::ReplaceSteps(CallStepsModel *model, CallStepsModel::CallRef call, core::ProgramCall before,
                           core::ProgramCall after)
    : QUndoCommand(CallStepsModel::tr("Open %1 from a file").arg(storage::toQt(after.title))), m_model(model),
      m_call(call), m_before(std::move(before)), m_after(std::move(after))
{
}

void ReplaceSteps::redo()
{
    if (!m_model->applyCall(m_call, m_after))
        setObsolete(true);
}

void ReplaceSteps::undo()
{
    if (!m_model->applyCall(m_call, m_before))
        setObsolete(true);
}

} // namespace convener::models
