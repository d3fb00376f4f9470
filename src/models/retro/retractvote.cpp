// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/retractvote.h"

#include "models/retro/retroboardmodel.h"

namespace convener::models {

RetractVote::RetractVote(RetroBoardModel *model, core::RetroBoardId board, core::PersonId person, core::RetroCardId card)
    : QUndoCommand(RetroBoardModel::tr("Take back a vote of %1").arg(model->personName(person))), m_model(model), m_board(board), m_person(person), m_card(card)
{
}

void RetractVote::redo()
{
    if (!m_model->applyRetractVote(m_board, m_person, m_card))
        setObsolete(true);
}

void RetractVote::undo()
{
    if (!m_model->applyCastVote(m_board, m_person, m_card))
        setObsolete(true);
}

} // namespace convener::models
