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

// Removes an action item; undo puts it back.
class RemoveActionItem final : public QUndoCommand
{
public:
    RemoveActionItem(RetroBoardDocument *document, core::RetroBoardId board, core::RetroAction action);
    void undo() override;
    void redo() override;

private:
    RetroBoardDocument *m_document;
    core::RetroBoardId m_board;
    core::RetroAction m_action;
    int m_turn = -1; // the row's turn in the document's RowLedger when this last ran
};

} // namespace convener::models
