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

// Anonymity, vote limits and phase timers. Undo of a move to anonymity puts
// back the authors of the cards that existed then; cards written while the
// board was anonymous never had an author stored, so nothing can expose them.
class ChangeRetroSettings final : public QUndoCommand
{
public:
    ChangeRetroSettings(RetroBoardDocument *document, const core::RetroBoard &board, core::RetroBoardState after);
    void undo() override;
    void redo() override;

private:
    RetroBoardDocument *m_document;
    core::RetroBoardId m_board;
    core::RetroBoardState m_before;
    core::RetroBoardState m_after;
    storage::RetroRepository::CardAuthors m_authors;
    int m_turn = -1; // the row's turn in the document's RowLedger when this last ran
};

} // namespace convener::models
