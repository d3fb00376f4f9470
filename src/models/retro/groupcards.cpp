// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/groupcards.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

GroupCards::GroupCards(
    RetroBoardDocument *document, const core::RetroBoard &board, core::RetroCardId dragged, core::RetroCardId target)
    : QUndoCommand(RetroBoardDocument::tr("Group cards"))
    , m_document(document)
    , m_board(board.id)
    , m_dragged(dragged)
    , m_target(target)
    , m_before(board.grouping(board.card(target)->column))
{
}

void GroupCards::redo()
{
    if (!m_after) {
        m_after = m_document->applyGroupCards(m_board, m_before.column, m_dragged, m_target, m_turn);
        if (!m_after)
            setObsolete(true);
        return;
    }
    if (!m_document->applyGrouping(m_board, *m_after, m_turn))
        setObsolete(true);
}

void GroupCards::undo()
{
    if (!m_document->applyGrouping(m_board, m_before, m_turn))
        setObsolete(true);
}

} // namespace convener::models
