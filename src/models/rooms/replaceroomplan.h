// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/roomround.h"

#include <QUndoCommand>

#include <optional>
#include <vector>

namespace convener::models {

class RoomsDocument;

// Replaces the planned rounds of a call with a new plan; undo saves the
// previous plan back (recorded rounds are never touched either way). Neither
// overwrites a plan someone else changed since this command last ran.
class ReplaceRoomPlan final : public QUndoCommand
{
public:
    struct Plan
    {
        std::vector<core::RoomRound> rounds;
        std::optional<int> unavoidable;                      // the scheduler's lower bound, when known
        bool stoppedEarly = false;
    };

    ReplaceRoomPlan(
        RoomsDocument *document, core::CohortId cohort, int callNumber, Plan before, Plan after, const QString &text);
    void undo() override;
    void redo() override;

private:
    RoomsDocument *m_document;
    core::CohortId m_cohort;
    int m_call;
    Plan m_before;
    Plan m_after;
    int m_turn = -1; // the plan's turn in the document's RowLedger when this last ran
};

} // namespace convener::models
