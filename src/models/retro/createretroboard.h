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

// Creates a call's retro board; undo removes it, redo puts the same board back.
class CreateRetroBoard final : public QUndoCommand
{
public:
    CreateRetroBoard(RetroBoardDocument *document, int callNumber, core::RetroTemplate source,
        std::vector<core::RetroColumnSpec> columns);
    void undo() override;
    void redo() override;

private:
    RetroBoardDocument *m_document;
    int m_call;
    core::RetroTemplate m_source;
    std::vector<core::RetroColumnSpec> m_columns;
    std::optional<core::RetroBoard> m_board;
};

} // namespace convener::models
