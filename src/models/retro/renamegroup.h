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

class RetroBoardDocument;

// Gives a group of cards a new title.
class RenameGroup final : public QUndoCommand
{
public:
    RenameGroup(RetroBoardDocument *document, core::RetroBoardId board, core::RetroColumnId column,
        core::RetroGroupId group, std::string before, std::string after);
    void undo() override;
    void redo() override;

private:
    RetroBoardDocument *m_document;
    core::RetroBoardId m_board;
    core::RetroColumnId m_column;
    core::RetroGroupId m_group;
    std::string m_before;
    std::string m_after;
    int m_turn = -1; // the column's turn in the document's RowLedger when this last ran
};

} // namespace convener::models
