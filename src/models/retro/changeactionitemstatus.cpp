// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/changeactionitemstatus.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

ChangeActionItemStatus::ChangeActionItemStatus(
    RetroBoardDocument *document, core::RetroBoardId board, core::RetroAction action, core::RetroActionStatus status)
    : QUndoCommand(status == core::RetroActionStatus::Done ? RetroBoardDocument::tr("Mark an action item done")
                                                           : RetroBoardDocument::tr("Reopen an action item"))
    , m_document(document)
    , m_board(board)
    , m_before(action)
    , m_after(std::move(action))
{
    m_after.status = status;
}

void ChangeActionItemStatus::redo()
{
    if (!m_document->applyUpdateAction(m_board, m_after, m_turn))
        setObsolete(true);
}

void ChangeActionItemStatus::undo()
{
    if (!m_document->applyUpdateAction(m_board, m_before, m_turn))
        setObsolete(true);
}

} // namespace convener::models
