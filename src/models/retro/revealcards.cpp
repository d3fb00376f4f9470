// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/revealcards.h"

#include "models/retro/retroboardmodel.h"

namespace convener::models {

RevealCards::RevealCards(RetroBoardModel *model, core::RetroBoardId board, core::RetroBoardState before)
    : QUndoCommand(RetroBoardModel::tr("Reveal the cards")), m_model(model), m_board(board), m_before(before), m_after(before)
{
    m_after.revealed = true;
}

void RevealCards::redo()
{
    if (!m_model->applyState(m_board, m_after))
        setObsolete(true);
}

void RevealCards::undo()
{
    if (!m_model->applyRestoreState(m_board, m_before, {}))
        setObsolete(true);
}

} // namespace convener::models
