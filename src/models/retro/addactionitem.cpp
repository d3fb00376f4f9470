// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/addactionitem.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

AddActionItem::AddActionItem(RetroBoardDocument *document, core::RetroBoardId board, core::RetroAction action)
    : QUndoCommand(RetroBoardDocument::tr("Add an action item"))
    , m_document(document)
    , m_board(board)
    , m_action(std::move(action))
{
}

void AddActionItem::redo()
{
    if (m_action.id == 0) {
        const auto stored = m_document->applyAddAction(m_board, m_action, m_turn);
        if (!stored) {
            setObsolete(true);
            return;
        }
        m_action = *stored;
        return;
    }
    if (!m_document->applyRestoreAction(m_board, m_action, m_turn))
        setObsolete(true);
}

void AddActionItem::undo()
{
    if (!m_document->applyRemoveAction(m_board, m_action.id, m_turn))
        setObsolete(true);
}

} // namespace convener::models
