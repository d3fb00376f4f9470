// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/editactionitem.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

EditActionItem::EditActionItem(
    RetroBoardDocument *document, core::RetroBoardId board, core::RetroAction before, core::RetroAction after)
    : QUndoCommand(RetroBoardDocument::tr("Edit an action item"))
    , m_document(document)
    , m_board(board)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditActionItem::redo()
{
    if (!m_document->applyUpdateAction(m_board, m_after, m_turn))
        setObsolete(true);
}

void EditActionItem::undo()
{
    if (!m_document->applyUpdateAction(m_board, m_before, m_turn))
        setObsolete(true);
}

} // namespace convener::models
