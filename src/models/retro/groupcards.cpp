// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/groupcards.h"

#include "models/retro/retroboardmodel.h"

namespace convener::models {

GroupCards::GroupCards(RetroBoardModel *model, const core::RetroBoard &board, core::RetroCardId dragged, core::RetroCardId target)
    : QUndoCommand(RetroBoardModel::tr("Group cards")), m_model(model), m_board(board.id), m_dragged(dragged), m_target(target), m_before(board.grouping(board.card(target)->column))
{
}

void GroupCards::redo()
{
    if (!m_after) {
        m_after = m_model->applyGroupCards(m_board, m_dragged, m_target);
        if (!m_after)
            setObsolete(true);
        return;
    }
    if (!m_model->applyGrouping(m_board, *m_after))
        setObsolete(true);
}

void GroupCards::undo()
{
    if (!m_model->applyGrouping(m_board, m_before))
        setObsolete(true);
}

} // namespace convener::models
