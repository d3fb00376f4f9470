// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/editcard.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

EditCard::EditCard(RetroBoardDocument *document, core::RetroBoardId board, core::RetroCardId card, std::string before,
    std::string after)
    : QUndoCommand(RetroBoardDocument::tr("Edit a card"))
    , m_document(document)
    , m_board(board)
    , m_card(card)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditCard::redo()
{
    if (!m_document->applyEditCard(m_board, m_card, m_after, m_turn))
        setObsolete(true);
}

void EditCard::undo()
{
    if (!m_document->applyEditCard(m_board, m_card, m_before, m_turn))
        setObsolete(true);
}

} // namespace convener::models
