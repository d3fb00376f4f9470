// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/changeretrophase.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

ChangeRetroPhase::ChangeRetroPhase(
    RetroBoardDocument *document, core::RetroBoardId board, core::RetroBoardState before, core::RetroBoardState after)
    : QUndoCommand(
        RetroBoardDocument::tr("Move to the %1 phase").arg(QString::fromUtf8(core::retroPhaseKey(after.phase))))
    , m_document(document)
    , m_board(board)
    , m_before(before)
    , m_after(after)
{
}

void ChangeRetroPhase::redo()
{
    if (!m_document->applyState(m_board, m_after, m_turn))
        setObsolete(true);
}

void ChangeRetroPhase::undo()
{
    if (!m_document->applyRestoreState(m_board, m_before, {}, m_turn))
        setObsolete(true);
}

} // namespace convener::models
