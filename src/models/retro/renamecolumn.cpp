// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/renamecolumn.h"

#include "models/retro/retroboardmodel.h"

namespace convener::models {

RenameColumn::RenameColumn(RetroBoardModel *model, core::RetroBoardId board, core::RetroColumnId column,
                           std::string before, std::string after)
    : QUndoCommand(RetroBoardModel::tr("Rename a column")), m_model(model), m_board(board), m_column(column),
      m_before(std::move(before)), m_after(std::move(after))
{
}

void RenameColumn::redo()
{
    if (!m_model->applyRenameColumn(m_board, m_column, m_after))
        setObsolete(true);
}

void RenameColumn::undo()
{
    if (!m_model->applyRenameColumn(m_board, m_column, m_before))
        setObsolete(true);
}

} // namespace convener::models
