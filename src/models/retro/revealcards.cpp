// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/revealcards.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

RevealCards::RevealCards(RetroBoardDocument *document, core::RetroBoardId board, core::RetroBoardState before)
    : QUndoCommand(RetroBoardDocument::tr("Reveal the cards"))
    , m_document(document)
    , m_board(board)
    , m_before(before)
    , m_after(before)
{
    m_after.revealed = true;
}

void RevealCards::redo()
{
    if (!m_document->applyState(m_board, m_after, m_turn))
        setObsolete(true);
}

void RevealCards::undo()
{
    if (!m_document->applyRestoreState(m_board, m_before, {}, m_turn))
        setObsolete(true);
}

} // namespace convener::models
