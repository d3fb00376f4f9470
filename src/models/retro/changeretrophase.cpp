// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/changeretrophase.h"

#include "models/retro/retroboardmodel.h"

namespace convener::models {

ChangeRetroPhase::ChangeRetroPhase(RetroBoardModel *model, core::RetroBoardId board, core::RetroBoardState before, core::RetroBoardState after)
    : QUndoCommand(RetroBoardModel::tr("Move to the %1 phase").arg(QString::fromUtf8(core::retroPhaseKey(after.phase)))), m_model(model), m_board(board), m_before(before), m_after(after)
{
}

void ChangeRetroPhase::redo()
{
    if (!m_model->applyState(m_board, m_after))
        setObsolete(true);
}

void ChangeRetroPhase::undo()
{
    if (!m_model->applyRestoreState(m_board, m_before, {}))
        setObsolete(true);
}

} // namespace convener::models
