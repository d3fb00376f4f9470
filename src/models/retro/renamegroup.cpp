// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/renamegroup.h"

#include "models/retro/retroboardmodel.h"

namespace convener::models {

RenameGroup::RenameGroup(RetroBoardModel *model, core::RetroBoardId board, core::RetroGroupId group, std::string before, std::string after)
    : QUndoCommand(RetroBoardModel::tr("Rename a group")), m_model(model), m_board(board), m_group(group), m_before(std::move(before)), m_after(std::move(after))
{
}

void RenameGroup::redo()
{
    if (!m_model->applyRenameGroup(m_board, m_group, m_after))
        setObsolete(true);
}

void RenameGroup::undo()
{
    if (!m_model->applyRenameGroup(m_board, m_group, m_before))
        setObsolete(true);
}

} // namespace convener::models
