// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/editactionitem.h"

#include "models/retro/retroboardmodel.h"

namespace convener::models {

EditActionItem::EditActionItem(RetroBoardModel *model, core::RetroBoardId board, core::RetroAction before, core::RetroAction after)
    : QUndoCommand(RetroBoardModel::tr("Edit an action item")), m_model(model), m_board(board), m_before(std::move(before)), m_after(std::move(after))
{
}

void EditActionItem::redo()
{
    if (!m_model->applyUpdateAction(m_board, m_after))
        setObsolete(true);
}

void EditActionItem::undo()
{
    if (!m_model->applyUpdateAction(m_board, m_before))
        setObsolete(true);
}

} // namespace convener::models
