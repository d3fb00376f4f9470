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

// One thumbs-up from a person for a card.
class CastVote final : public QUndoCommand
{
public:
    CastVote(RetroBoardDocument *document, core::RetroBoardId board, core::PersonId person, core::RetroCardId card);
    void undo() override;
    void redo() override;

private:
    RetroBoardDocument *m_document;
    core::RetroBoardId m_board;
    core::PersonId m_person;
    core::RetroCardId m_card;
};

} // namespace convener::models
