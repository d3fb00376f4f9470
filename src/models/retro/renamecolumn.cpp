// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/renamecolumn.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

RenameColumn::RenameColumn(RetroBoardDocument *document, core::RetroBoardId board, core::RetroColumnId column,
    std::string before, std::string after)
    : QUndoCommand(RetroBoardDocument::tr("Rename a column"))
    , m_document(document)
    , m_board(board)
    , m_column(column)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void RenameColumn::redo()
{
    if (!m_document->applyRenameColumn(m_board, m_column, m_after, m_turn))
        setObsolete(true);
}

void RenameColumn::undo()
{
    if (!m_document->applyRenameColumn(m_board, m_column, m_before, m_turn))
        setObsolete(true);
}

} // namespace convener::models
