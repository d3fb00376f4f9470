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

// Moves the board to another phase. Undo puts back the whole earlier state,
// including hidden cards when the move had revealed them.
class ChangeRetroPhase final : public QUndoCommand
{
public:
    ChangeRetroPhase(RetroBoardDocument *document, core::RetroBoardId board, core::RetroBoardState before,
        core::RetroBoardState after);
    void undo() override;
    void redo() override;

private:
    RetroBoardDocument *m_document;
    core::RetroBoardId m_board;
    core::RetroBoardState m_before;
    core::RetroBoardState m_after;
    int m_turn = -1; // the row's turn in the document's RowLedger when this last ran
};

} // namespace convener::models
