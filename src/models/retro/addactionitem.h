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

// Records an action item. The first redo stores it; later redos put back the same item.
class AddActionItem final : public QUndoCommand
{
public:
    AddActionItem(RetroBoardDocument *document, core::RetroBoardId board, core::RetroAction action);
    void undo() override;
    void redo() override;

private:
    RetroBoardDocument *m_document;
    core::RetroBoardId m_board;
    core::RetroAction m_action;
    int m_turn = -1; // the row's turn in the document's RowLedger when this last ran
};

} // namespace convener::models
