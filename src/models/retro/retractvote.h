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

// Takes back one of a person's thumbs-up from a card.
class RetractVote final : public QUndoCommand
{
public:
    RetractVote(RetroBoardDocument *document, core::RetroBoardId board, core::PersonId person, core::RetroCardId card);
    void undo() override;
    void redo() override;

private:
    RetroBoardDocument *m_document;
    core::RetroBoardId m_board;
    core::PersonId m_person;
    core::RetroCardId m_card;
};

} // namespace convener::models
