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

// Puts a card on the board. The first redo stores it and learns its id;
// later redos put back the same card.
class AddCard final : public QUndoCommand
{
public:
    AddCard(RetroBoardDocument *document, core::RetroBoardId board, core::RetroColumnId column,
        std::optional<core::PersonId> author, std::string text);
    void undo() override;
    void redo() override;

private:
    RetroBoardDocument *m_document;
    core::RetroBoardId m_board;
    core::RetroCard m_card;
    int m_turn = -1; // the row's turn in the document's RowLedger when this last ran
};

} // namespace convener::models
