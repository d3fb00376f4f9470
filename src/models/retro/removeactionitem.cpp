// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/removeactionitem.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

RemoveActionItem::RemoveActionItem(RetroBoardDocument *document, core::RetroBoardId board, core::RetroAction action)
    : QUndoCommand(RetroBoardDocument::tr("Remove an action item"))
    , m_document(document)
    , m_board(board)
    , m_action(std::move(action))
{
}

void RemoveActionItem::redo()
{
    if (!m_document->applyRemoveAction(m_board, m_action.id, m_turn))
        setObsolete(true);
}

void RemoveActionItem::undo()
{
    if (!m_document->applyRestoreAction(m_board, m_action, m_turn))
        setObsolete(true);
}

} // namespace convener::models
