// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroboard.h"

#include <QUndoCommand>

#include <string>

namespace convener::models {

class RetroBoardModel;

// Gives a custom column of a board another title.
class RenameColumn final : public QUndoCommand
{
public:
    RenameColumn(RetroBoardModel *model, core::RetroBoardId board, core::RetroColumnId column, std::string before,
                 std::string after);
    void undo() override;
    void redo() override;

private:
    RetroBoardModel *m_model;
    core::RetroBoardId m_board;
    core::RetroColumnId m_column;
    std::string m_before;
    std::string m_after;
};

} // namespace convener::models
