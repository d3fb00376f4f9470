// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/changeactionitemstatus.h"

#include "models/retro/retroboardmodel.h"

namespace convener::models {

ChangeActionItemStatus::ChangeActionItemStatus(RetroBoardModel *model, core::RetroBoardId board, core::RetroAction action, core::RetroActionStatus status)
    : QUndoCommand(status == core::RetroActionStatus::Done ? RetroBoardModel::tr("Mark an action item done") : RetroBoardModel::tr("Reopen an action item")), m_model(model), m_board(board), m_before(action), m_after(std::move(action))
{
    m_after.status = status;
}

void ChangeActionItemStatus::redo()
{
    if (!m_model->applyUpdateAction(m_board, m_after))
        setObsolete(true);
}

void ChangeActionItemStatus::undo()
{
    if (!m_model->applyUpdateAction(m_board, m_before))
        setObsolete(true);
}

} // namespace convener::models
