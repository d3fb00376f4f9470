// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/removeactionitem.h"

#include "models/retro/retroboardmodel.h"

namespace convener::models {

RemoveActionItem::RemoveActionItem(RetroBoardModel *model, core::RetroBoardId board, core::RetroAction action)
    : QUndoCommand(RetroBoardModel::tr("Remove an action item")), m_model(model), m_board(board), m_action(std::move(action))
{
}

void RemoveActionItem::redo()
{
    if (!m_model->applyRemoveAction(m_board, m_action.id))
        setObsolete(true);
}

void RemoveActionItem::undo()
{
    if (!m_model->applyRestoreAction(m_board, m_action))
        setObsolete(true);
}

} // namespace convener::models
