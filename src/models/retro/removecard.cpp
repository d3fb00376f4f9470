// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/removecard.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

RemoveCard::RemoveCard(RetroBoardDocument *document, const core::RetroBoard &board, core::RetroCardId card)
    : QUndoCommand(RetroBoardDocument::tr("Remove a card"))
    , m_document(document)
    , m_board(board.id)
    , m_card(*board.card(card))
    , m_grouping(board.grouping(m_card.column))
{
    for (const core::RetroVote &v : board.votes) {
        if (v.card == card)
            m_votes.push_back(v);
    }
}

void RemoveCard::redo()
{
    if (!m_document->applyRemoveCard(m_board, m_card.column, m_card.id, m_turn, m_columnTurn))
        setObsolete(true);
}

void RemoveCard::undo()
{
    if (!m_document->applyRestoreCard(m_board, m_card, m_votes, m_turn))
        setObsolete(true);
    // A card that was in a group: its column's groups as they were.
    else if (m_card.group != 0 && !m_document->applyGrouping(m_board, m_grouping, m_columnTurn))
        setObsolete(true);
}

} // namespace convener::models
