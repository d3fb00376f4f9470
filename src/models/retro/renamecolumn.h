// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroboard.h"

#include <QUndoCommand>

#include <string>

namespace convener::models {

class RetroBoardDocument;

// Gives a custom column of a board another title.
class RenameColumn final : public QUndoCommand
{
public:
    RenameColumn(RetroBoardDocument *document, core::RetroBoardId board, core::RetroColumnId column, std::string before,
        std::string after);
    void undo() override;
    void redo() override;

private:
    RetroBoardDocument *m_document;
    core::RetroBoardId m_board;
    core::RetroColumnId m_column;
    std::string m_before;
    std::string m_after;
    int m_turn = -1; // the column's turn in the document's RowLedger when this last ran
};

} // namespace convener::models
