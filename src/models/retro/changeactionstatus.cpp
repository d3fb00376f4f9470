// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/changeactionstatus.h"

#include "models/retro/retroboardmodel.h"

namespace convener::models {

ChangeActionStatus::ChangeActionStatus(RetroBoardModel *model, core::RetroBoardId board, core::RetroAction action, core::RetroActionStatus status)
    : QUndoCommand(status == core::RetroActionStatus::Done ? RetroBoardModel::tr("Mark an action item done") : RetroBoardModel::tr("Reopen an action item")), m_model(model), m_board(board), m_before(action), m_after(std::move(action))
{
    m_after.status = status;
}

void ChangeActionStatus::redo()
{
    if (!m_model->applyUpdateAction(m_board, m_after))
        setObsolete(true);
}

void ChangeActionStatus::undo()
{
    if (!m_model->applyUpdateAction(m_board, m_before))
        setObsolete(true);
}

} // namespace convener::models
