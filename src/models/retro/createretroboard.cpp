// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/createretroboard.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

CreateRetroBoard::CreateRetroBoard(RetroBoardDocument *document, int callNumber, core::RetroTemplate source,
    std::vector<core::RetroColumnSpec> columns)
    : QUndoCommand(RetroBoardDocument::tr("Create the retro board of call %1").arg(callNumber))
    , m_document(document)
    , m_call(callNumber)
    , m_source(source)
    , m_columns(std::move(columns))
{
}

void CreateRetroBoard::redo()
{
    if (!m_board) {
        m_board = m_document->applyCreateBoard(m_call, m_source, m_columns);
        if (!m_board)
            setObsolete(true);
        return;
    }
    if (!m_document->applyRestoreBoard(*m_board))
        setObsolete(true);
}

void CreateRetroBoard::undo()
{
    if (!m_board || !m_document->applyRemoveBoard(m_board->id))
        setObsolete(true);
}

} // namespace convener::models
