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

// Takes a card out of its group.
class UngroupCard final : public QUndoCommand
{
public:
    UngroupCard(RetroBoardDocument *document, const core::RetroBoard &board, core::RetroCardId card);
    void undo() override;
    void redo() override;

private:
    RetroBoardDocument *m_document;
    core::RetroBoardId m_board;
    core::RetroCardId m_card;
    core::RetroGrouping m_before;
    std::optional<core::RetroGrouping> m_after;
    int m_turn = -1; // the column's turn in the document's RowLedger when this last ran
};

} // namespace convener::models
