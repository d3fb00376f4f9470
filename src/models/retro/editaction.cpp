// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/editaction.h"

#include "models/retro/retroboardmodel.h"

namespace convener::models {

EditAction::EditAction(RetroBoardModel *model, core::RetroBoardId board, core::RetroAction before, core::RetroAction after)
    : QUndoCommand(RetroBoardModel::tr("Edit an action item")), m_model(model), m_board(board), m_before(std::move(before)), m_after(std::move(after))
{
}

void EditAction::redo()
{
    if (!m_model->applyUpdateAction(m_board, m_after))
        setObsolete(true);
}

void EditAction::undo()
{
    if (!m_model->applyUpdateAction(m_board, m_before))
        setObsolete(true);
}

} // namespace convener::models
