// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roomplan.h"

#include <QUndoCommand>

#include <optional>

namespace convener::models {

class RoomsSession;

// Swaps two people of a planned round: each takes the other's seat and role.
// The round is kept as it was before and after, so undo and redo put back
// exactly those rooms and roles.
class SwapSeats final : public QUndoCommand
{
public:
    SwapSeats(RoomsSession *session, core::CohortId cohort, int callNumber, int roundNumber, core::PersonId first,
              core::PersonId second, const QString &text);
    void undo() override;
    void redo() override;

private:
    RoomsSession *m_session;
    core::CohortId m_cohort;
    int m_call;
    int m_round;
    core::PersonId m_first;
    core::PersonId m_second;
    std::optional<core::RoomRound> m_before;
    std::optional<core::RoomRound> m_after;
};

} // namespace convener::models
