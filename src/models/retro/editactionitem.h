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

// Changes an action item's text, owner or due call.
class EditActionItem final : public QUndoCommand
{
public:
    EditActionItem(
        RetroBoardDocument *document, core::RetroBoardId board, core::RetroAction before, core::RetroAction after);
    void undo() override;
    void redo() override;

private:
    RetroBoardDocument *m_document;
    core::RetroBoardId m_board;
    core::RetroAction m_before;
    core::RetroAction m_after;
    int m_turn = -1; // the row's turn in the document's RowLedger when this last ran
};

} // namespace convener::models
