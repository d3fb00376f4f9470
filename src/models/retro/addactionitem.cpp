// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/addactionitem.h"

#include "models/retro/retroboardmodel.h"

namespace convener::models {

AddActionItem::AddActionItem(RetroBoardModel *model, core::RetroBoardId board, core::RetroAction action)
    : QUndoCommand(RetroBoardModel::tr("Add an action item")), m_model(model), m_board(board), m_action(std::move(action))
{
}

void AddActionItem::redo()
{
    if (m_action.id == 0) {
        const auto stored = m_model->applyAddAction(m_board, m_action);
        if (!stored) {
            setObsolete(true);
            return;
        }
        m_action = *stored;
        return;
    }
    if (!m_model->applyRestoreAction(m_board, m_action))
        setObsolete(true);
}

void AddActionItem::undo()
{
    if (!m_model->applyRemoveAction(m_board, m_action.id))
        setObsolete(true);
}

} // namespace convener::models
