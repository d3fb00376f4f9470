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

// Drops one card onto another: it joins the other's group, or both form a
// new one. Undo and redo set the column's whole grouping.
class GroupCards final : public QUndoCommand
{
public:
    GroupCards(RetroBoardDocument *document, const core::RetroBoard &board, core::RetroCardId dragged,
        core::RetroCardId target);
    void undo() override;
    void redo() override;

private:
    RetroBoardDocument *m_document;
    core::RetroBoardId m_board;
    core::RetroCardId m_dragged;
    core::RetroCardId m_target;
    core::RetroGrouping m_before;
    std::optional<core::RetroGrouping> m_after;
    int m_turn = -1; // the column's turn in the document's RowLedger when this last ran
};

} // namespace convener::models
