// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroboard.h"
#include "storage/retro/retrorepository.h"

#include <QUndoCommand>

#include <optional>
#include <string>
#include <vector>

namespace convener::models {

class RetroBoardModel;

// Removes an action item; undo puts it back.
class RemoveActionItem final : public QUndoCommand
{
public:
    RemoveActionItem(RetroBoardModel *model, core::RetroBoardId board, core::RetroAction action);
    void undo() override;
    void redo() override;

private:
    RetroBoardModel *m_model;
    core::RetroBoardId m_board;
    core::RetroAction m_action;
};

} // namespace convener::models
