// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/castvote.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

CastVote::CastVote(
    RetroBoardDocument *document, core::RetroBoardId board, core::PersonId person, core::RetroCardId card)
    : QUndoCommand(RetroBoardDocument::tr("Vote on behalf of %1").arg(document->personName(person)))
    , m_document(document)
    , m_board(board)
    , m_person(person)
    , m_card(card)
{
}

void CastVote::redo()
{
    if (!m_document->applyCastVote(m_board, m_person, m_card))
        setObsolete(true);
}

void CastVote::undo()
{
    if (!m_document->applyRetractVote(m_board, m_person, m_card))
        setObsolete(true);
}

} // namespace convener::models
