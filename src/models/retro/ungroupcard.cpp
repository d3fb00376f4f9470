// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/ungroupcard.h"

#include "models/retro/retroboardmodel.h"

namespace convener::models {

UngroupCard::UngroupCard(RetroBoardModel *model, const core::RetroBoard &board, core::RetroCardId card)
    : QUndoCommand(RetroBoardModel::tr("Take a card out of its group")), m_model(model), m_board(board.id), m_card(card), m_before(board.grouping(board.card(card)->column))
{
}

void UngroupCard::redo()
{
    if (!m_after) {
        m_after = m_model->applyUngroupCard(m_board, m_card);
        if (!m_after)
            setObsolete(true);
        return;
    }
    if (!m_model->applyGrouping(m_board, *m_after))
        setObsolete(true);
}

void UngroupCard::undo()
{
    if (!m_model->applyGrouping(m_board, m_before))
        setObsolete(true);
}

} // namespace convener::models
