// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/removecard.h"

#include "models/retro/retroboardmodel.h"

namespace convener::models {

RemoveCard::RemoveCard(RetroBoardModel *model, const core::RetroBoard &board, core::RetroCardId card)
    : QUndoCommand(RetroBoardModel::tr("Remove a card")), m_model(model), m_board(board.id), m_card(*board.card(card)), m_grouping(board.grouping(m_card.column))
{
    for (const core::RetroVote &v : board.votes) {
        if (v.card == card)
            m_votes.push_back(v);
    }
}

void RemoveCard::redo()
{
    if (!m_model->applyRemoveCard(m_board, m_card.id))
        setObsolete(true);
}

void RemoveCard::undo()
{
    if (!m_model->applyRestoreCard(m_board, m_card, m_votes) || !m_model->applyGrouping(m_board, m_grouping))
        setObsolete(true);
}

} // namespace convener::models
