// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/ungroupcard.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

UngroupCard::UngroupCard(RetroBoardDocument *document, const core::RetroBoard &board, core::RetroCardId card)
    : QUndoCommand(RetroBoardDocument::tr("Take a card out of its group"))
    , m_document(document)
    , m_board(board.id)
    , m_card(card)
    , m_before(board.grouping(board.card(card)->column))
{
}

void UngroupCard::redo()
{
    if (!m_after) {
        m_after = m_document->applyUngroupCard(m_board, m_before.column, m_card, m_turn);
        if (!m_after)
            setObsolete(true);
        return;
    }
    if (!m_document->applyGrouping(m_board, *m_after, m_turn))
        setObsolete(true);
}

void UngroupCard::undo()
{
    if (!m_document->applyGrouping(m_board, m_before, m_turn))
        setObsolete(true);
}

} // namespace convener::models
