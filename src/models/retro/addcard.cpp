// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/addcard.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

AddCard::AddCard(RetroBoardDocument *document, core::RetroBoardId board, core::RetroColumnId column,
    std::optional<core::PersonId> author, std::string text)
    : QUndoCommand(RetroBoardDocument::tr("Add a card"))
    , m_document(document)
    , m_board(board)
{
    m_card.column = column;
    m_card.author = author;
    m_card.text = std::move(text);
}

void AddCard::redo()
{
    if (m_card.id == 0) {
        const auto stored = m_document->applyAddCard(m_board, m_card.column, m_card.author, m_card.text, m_turn);
        if (!stored) {
            setObsolete(true);
            return;
        }
        m_card = *stored;
        return;
    }
    if (!m_document->applyRestoreCard(m_board, m_card, {}, m_turn))
        setObsolete(true);
}

void AddCard::undo()
{
    int columnTurn = -1;
    if (!m_document->applyRemoveCard(m_board, m_card.column, m_card.id, m_turn, columnTurn))
        setObsolete(true);
}

} // namespace convener::models
