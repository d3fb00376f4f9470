// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/program/movestep.h"

namespace convener::models {

MoveStep::MoveStep(CallStepsModel *model, CallStepsModel::CallRef call, int from, int to, const QString &title)
    : QUndoCommand(to < from ? CallStepsModel::tr("Move %1 earlier").arg(title)
                             : CallStepsModel::tr("Move %1 later").arg(title)),
      m_model(model), m_call(call), m_from(from), m_to(to)
{
}

void MoveStep::redo()
{
    if (!m_model->applyMove(m_call, m_from, m_to))
        setObsolete(true);
}

void MoveStep::undo()
{
    if (!m_model->applyMove(m_call, m_to, m_from))
        setObsolete(true);
}

} // namespace convener::models
