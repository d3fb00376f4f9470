// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/changeretrosettings.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

ChangeRetroSettings::ChangeRetroSettings(
    RetroBoardDocument *document, const core::RetroBoard &board, core::RetroBoardState after)
    : QUndoCommand(RetroBoardDocument::tr("Change the retro settings"))
    , m_document(document)
    , m_board(board.id)
    , m_before(board.state)
    , m_after(after)
{
    for (const core::RetroCard &c : board.cards)
        m_authors.emplace_back(c.id, c.author);
}

void ChangeRetroSettings::redo()
{
    if (!m_document->applyState(m_board, m_after, m_turn))
        setObsolete(true);
}

void ChangeRetroSettings::undo()
{
    if (!m_document->applyRestoreState(m_board, m_before, m_authors, m_turn))
        setObsolete(true);
}

} // namespace convener::models
