// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/renamegroup.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

RenameGroup::RenameGroup(RetroBoardDocument *document, core::RetroBoardId board, core::RetroColumnId column,
    core::RetroGroupId group, std::string before, std::string after)
    : QUndoCommand(RetroBoardDocument::tr("Rename a group"))
    , m_document(document)
    , m_board(board)
    , m_column(column)
    , m_group(group)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void RenameGroup::redo()
{
    if (!m_document->applyRenameGroup(m_board, m_column, m_group, m_after, m_turn))
        setObsolete(true);
}

void RenameGroup::undo()
{
    if (!m_document->applyRenameGroup(m_board, m_column, m_group, m_before, m_turn))
        setObsolete(true);
}

} // namespace convener::models
