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

// Takes a card off the board with its votes; undo puts back the card, its
// votes and the grouping of its column.
class RemoveCard final : public QUndoCommand
{
public:
    RemoveCard(RetroBoardDocument *document, const core::RetroBoard &board, core::RetroCardId card);
    void undo() override;
    void redo() override;

private:
    RetroBoardDocument *m_document;
    core::RetroBoardId m_board;
    core::RetroCard m_card;
    std::vector<core::RetroVote> m_votes;
    core::RetroGrouping m_grouping;
    int m_turn = -1; // the card's turn in the document's RowLedger when this last ran
    int m_columnTurn = -1; // its column's
};

} // namespace convener::models
